"""Incident commands: consolidate, list, show, history, merge, split, edit, review, undo, ach."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from roydad.commands.common import (
    DbOption,
    event_type,
    notice_pending,
    open_cli_store,
    plural,
)
from roydad.commands.incident_view import edit_values, incident_detail, incidents_table
from roydad.models import Incident

if TYPE_CHECKING:
    from roydad.store import Store

ByOption = Annotated[
    str | None, typer.Option("--by", help="Who decides (default: your login name).")
]
ReasonOption = Annotated[str | None, typer.Option("--reason", help="Why, for the audit trail.")]

err = Console(stderr=True)


def _console() -> Console:
    return Console(width=None if sys.stdout.isatty() else 160)


def _open(db: str | None) -> Store:
    return open_cli_store(db)


@contextmanager
def _opened(db: str | None) -> Iterator[Store]:
    """The store for one command; a missing incident or a refused decision becomes a clear
    one-line error and exit code 1, and the store is closed either way."""
    from roydad.store import StaleEditError

    store = _open(db)
    try:
        yield store
    except (KeyError, ValueError, StaleEditError) as exc:
        # KeyError's str() is the repr of its message.
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        raise _fail(str(message)) from None
    finally:
        store.close()


def _who(by: str | None) -> str:
    return by or getpass.getuser()


def _fail(message: str) -> typer.Exit:
    err.print(message, markup=False, soft_wrap=True)
    return typer.Exit(1)


def _existing(store: Store, incident_id: str) -> Incident:
    """The incident, or a clear error and exit code 1. Besides an incident id, the id you gave
    a document (a JSONL "id", a file name) or where it was read ("reports.jsonl:3") names the
    incident that document reports, when it reports one."""
    found = store.incident(incident_id)
    if found is not None:
        return found
    reporting = store.incidents_of_source(incident_id)
    if len(reporting) == 1:
        only = store.incident(reporting[0])
        assert only is not None
        return only
    if reporting:
        raise _fail(
            f"{incident_id} is reported in {len(reporting)} incidents: "
            f"{', '.join(reporting)}; give one of these ids"
        )
    raise _fail(
        f"no incident {incident_id} (nor a document of that id in any incident): "
        "`roydad incidents` lists them"
    )


def consolidation_line(mentions: int, created: int, attached: int, url: str) -> str:
    grouped = mentions - created - attached
    return (
        f"consolidated {plural(mentions, 'event')}: {plural(created, 'new incident')} "
        f"({grouped} joined another new report's incident), {attached} attached to existing "
        f"incidents → {url}"
    )


def consolidate_store(db: str | None) -> None:
    """Group the stored events that are in no incident yet into incidents, and say so."""
    from roydad.review.consolidation import consolidate

    store = _open(db)
    try:
        counts = consolidate(store)
        typer.echo(consolidation_line(counts.mentions, counts.created, counts.attached,
                                      store.url))
    finally:
        store.close()


def register(app: typer.Typer) -> None:
    _register_ach(app)

    @app.command()
    def consolidate(db: DbOption = None) -> None:
        """Group stored events from different reports into incidents (incremental).

        `roydad process` does this after extracting, unless --no-consolidate."""
        consolidate_store(db)

    @app.command()
    def incidents(
        db: DbOption = None,
        type_: Annotated[str | None, typer.Option("--type", help="PLOVER category.")] = None,
        country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-3.")] = None,
        admin1: Annotated[str | None, typer.Option(help="Province.")] = None,
        actor: Annotated[str | None, typer.Option(help="Actor name or kb id.")] = None,
        since: Annotated[str | None, typer.Option(help="On or after (YYYY-MM-DD).")] = None,
        until: Annotated[str | None, typer.Option(help="On or before (YYYY-MM-DD).")] = None,
        status: Annotated[str | None, typer.Option(help="machine/accepted/edited/rejected.")]
        = None,
        text: Annotated[str | None, typer.Option(help="Words in the evidence.")] = None,
        min_sources: Annotated[int | None, typer.Option(help="At least this many reports.")]
        = None,
        order: Annotated[str, typer.Option(help="date, uncertain or sources.")] = "date",
        limit: Annotated[int | None, typer.Option(help="At most this many.", min=0)] = 50,
        format_: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    ) -> None:
        """List incidents with their source counts and ranges."""
        from roydad.cli import _parse_day
        from roydad.store import IncidentFilter

        if format_ not in ("table", "jsonl"):
            raise typer.BadParameter("choose table or jsonl", param_hint="--format")
        try:
            flt = IncidentFilter(
                event_type=event_type(type_), country=country, admin1=admin1,
                actor=actor, since=_parse_day(since, "--since"),
                until=_parse_day(until, "--until"), status=status, text=text,
                min_sources=min_sources, order=order, limit=limit,
            )
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
        store = _open(db)
        found = store.incidents(flt)
        if format_ == "jsonl":
            for incident in found:
                sys.stdout.write(incident.to_json() + "\n")
        else:
            rows = list(found)
            total = store.count_incidents(replace(flt, limit=None, offset=0))
            _console().print(incidents_table(rows, f"incidents ({len(rows)} of {total})"))
        notice_pending(store)
        store.close()

    @app.command()
    def incident(
        incident_id: Annotated[str, typer.Argument(
            help="Incident id (inc-...), or your id of a document it reports.")],
        db: DbOption = None,
        json_: Annotated[bool, typer.Option("--json", help="Print the incident as JSON.")]
        = False,
    ) -> None:
        """Show one incident: its fields, every source, the claims and the disagreements.

        Also takes the id you gave a document (a JSONL "id", a file name): the incident that
        document reports."""
        store = _open(db)
        try:
            found = _existing(store, incident_id)
        finally:
            store.close()
        if json_:
            typer.echo(found.model_dump_json(indent=2))
            return
        _console().print(incident_detail(found))

    @app.command()
    def history(
        incident_id: Annotated[str, typer.Argument(help="Incident id.")],
        db: DbOption = None,
    ) -> None:
        """Every decision that touched an incident (who, when, why), oldest first."""
        store = _open(db)
        decisions = store.incident_history(incident_id)
        store.close()
        if not decisions:
            raise _fail(f"no decisions recorded for {incident_id}")
        table = Table(title=f"history of {incident_id}")
        for col in ("#", "when", "what", "who", "why", "incidents", "undone by"):
            table.add_column(col)
        for d in decisions:
            table.add_row(
                str(d.id), d.at[:19], d.kind, d.actor, d.reason or "", ", ".join(d.incident_ids),
                str(d.undone_by or ""),
            )
        _console().print(table)

    @app.command()
    def merge(
        incident_ids: Annotated[list[str], typer.Argument(help="Incidents; the first stays.")],
        db: DbOption = None, by: ByOption = None, reason: ReasonOption = None,
    ) -> None:
        """Merge incidents that are one happening (undo with `roydad undo`)."""
        from roydad.review.decisions import merge_incidents

        with _opened(db) as store:
            survivor = merge_incidents(store, incident_ids, actor=_who(by), reason=reason)
        typer.echo(f"merged into {survivor}")

    @app.command()
    def split(
        incident_id: Annotated[str, typer.Argument(help="The incident to split.")],
        event_ids: Annotated[list[str], typer.Argument(help="The reports to move out.")],
        db: DbOption = None, by: ByOption = None, reason: ReasonOption = None,
    ) -> None:
        """Move reports out of an incident into a new one (undo with `roydad undo`)."""
        from roydad.review.decisions import split_incident

        with _opened(db) as store:
            new_id = split_incident(store, incident_id, event_ids, actor=_who(by), reason=reason)
        typer.echo(f"split {len(event_ids)} reports into {new_id}")

    @app.command()
    def edit(
        incident_id: Annotated[str, typer.Argument(help="The incident to edit.")],
        changes: Annotated[list[str], typer.Argument(help="field=value (JSON values allowed).")],
        reason: Annotated[str, typer.Option("--reason", help="Why (required).")],
        db: DbOption = None, by: ByOption = None,
    ) -> None:
        """Set incident fields by hand, e.g. `fatalities_best=3 date_start=2024-03-05`."""
        try:
            values = edit_values(changes)
        except ValueError as exc:
            raise _fail(str(exc)) from None
        from roydad.review.decisions import edit_incident

        with _opened(db) as store:
            current = _existing(store, incident_id)
            edit_incident(store, incident_id, values, actor=_who(by), reason=reason,
                          expected_version=current.version)
        typer.echo(f"edited {incident_id}: {', '.join(values)}")

    @app.command()
    def review(
        incident_id: Annotated[str, typer.Argument(help="The incident.")],
        verdict: Annotated[str, typer.Argument(help="accept, reject or reopen.")],
        db: DbOption = None, by: ByOption = None, reason: ReasonOption = None,
    ) -> None:
        """Accept or reject a machine-coded incident (reopen sends it back to review)."""
        status = {"accept": "accepted", "reject": "rejected", "reopen": "machine"}.get(verdict)
        if status is None:
            raise typer.BadParameter("choose accept, reject or reopen", param_hint="VERDICT")
        from roydad.review.decisions import set_status

        with _opened(db) as store:
            current = _existing(store, incident_id)
            set_status(store, incident_id, status, actor=_who(by), reason=reason,
                       expected_version=current.version)
        typer.echo(f"{incident_id}: {status}")

    @app.command()
    def undo(
        decision_id: Annotated[int, typer.Argument(help="The decision (see `roydad history`).")],
        db: DbOption = None, by: ByOption = None, reason: ReasonOption = None,
    ) -> None:
        """Reverse a decision (merge, split, attach, edit, accept, reject)."""
        from roydad.review import decisions

        with _opened(db) as store:
            done = decisions.undo(store, decision_id, actor=_who(by), reason=reason)
        typer.echo(f"undid decision {decision_id} (decision {done.id})")


def _register_ach(app: typer.Typer) -> None:
    @app.command()
    def ach(
        incident_id: Annotated[str, typer.Argument(help="Incident id.")],
        db: DbOption = None,
        json_: Annotated[bool, typer.Option("--json", help="Print the matrix as JSON.")] = False,
    ) -> None:
        """Analysis of Competing Hypotheses: who is said to have done it, and how the claims and
        facts of every report bear on each hypothesis (least inconsistent first)."""
        from roydad.analysis.ach import render_ach
        from roydad.review import ach_judgements

        with _opened(db) as store:
            matrix = ach_judgements.ach(store, incident_id)
        if json_:
            typer.echo(json.dumps(matrix.to_dict(), indent=2, ensure_ascii=False))
            return
        console = _console()
        console.print(render_ach(matrix))
        ranked = ", ".join(
            f"{h} ({matrix.inconsistency[h]:g})" for h in matrix.ranking
        )
        console.print(f"hypotheses by inconsistency (lowest first): {ranked}", markup=False)

    @app.command("ach-evidence")
    def ach_evidence(
        incident_id: Annotated[str, typer.Argument(help="Incident id.")],
        text: Annotated[str, typer.Argument(help="The evidence, in your words or quoted.")],
        source: Annotated[str | None, typer.Option(help="Where it comes from.")] = None,
        on: Annotated[str | None, typer.Option("--date", help="Its date (YYYY-MM-DD).")] = None,
        db: DbOption = None, by: ByOption = None, reason: ReasonOption = None,
    ) -> None:
        """Add an evidence row to an incident's ACH matrix (a recorded, undoable decision)."""
        from roydad.cli import _parse_day
        from roydad.review.ach_judgements import add_ach_evidence

        with _opened(db) as store:
            key = add_ach_evidence(store, incident_id, text, actor=_who(by), source=source,
                                   on=_parse_day(on, "--date"), reason=reason)
        typer.echo(f"added evidence {key} to {incident_id}")

    @app.command("ach-cell")
    def ach_cell(
        incident_id: Annotated[str, typer.Argument(help="Incident id.")],
        evidence_key: Annotated[str, typer.Argument(help="Row key (see `roydad ach --json`).")],
        hypothesis: Annotated[str, typer.Argument(help="Hypothesis (column).")],
        value: Annotated[str, typer.Argument(help="CC, C, N, I or II.")],
        db: DbOption = None, by: ByOption = None, reason: ReasonOption = None,
    ) -> None:
        """Set one cell of the ACH matrix by judgement (a recorded, undoable decision)."""
        from roydad.review.ach_judgements import set_ach_cell

        with _opened(db) as store:
            set_ach_cell(store, incident_id, evidence_key, hypothesis, value.upper(),
                         actor=_who(by), reason=reason)
        typer.echo(f"{incident_id}: {evidence_key} × {hypothesis} = {value.upper()}")
