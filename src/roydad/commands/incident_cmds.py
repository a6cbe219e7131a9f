"""Incidents made and read: `roydad consolidate` groups stored events into incidents,
`roydad incidents` lists them, `roydad incident` shows one, `roydad history` its decisions.
An analyst's decisions are in `roydad.commands.review_cmds`, the ACH matrix in
`roydad.commands.ach_cmds`."""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import Annotated

import typer
from rich.table import Table

from roydad.commands.common import (
    existing_incident,
    fail,
    notice_pending,
    open_cli_store,
    plural,
    stdout_console,
)
from roydad.commands.incident_view import incident_detail, incidents_table
from roydad.commands.options import (
    INCIDENT_FORMATS,
    ActorOption,
    CountryOption,
    DbOption,
    IncidentFormatOption,
    LimitOption,
    MinSourcesOption,
    SinceOption,
    TextOption,
    TypeOption,
    UntilOption,
    check_format,
    event_type,
    parse_day,
)

commands = typer.Typer()


def consolidation_line(mentions: int, created: int, attached: int, url: str) -> str:
    grouped = mentions - created - attached
    return (
        f"consolidated {plural(mentions, 'event')}: {plural(created, 'new incident')} "
        f"({grouped} joined another new report's incident), {attached} attached to existing "
        f"incidents → {url}"
    )


def consolidate_store(db: str | None) -> None:
    """Group the stored events that are in no incident yet into incidents, and say so."""
    from roydad.review.consolidation import consolidate as consolidate_events

    store = open_cli_store(db)
    try:
        counts = consolidate_events(store)
        typer.echo(consolidation_line(counts.mentions, counts.created, counts.attached,
                                      store.url))
    finally:
        store.close()


@commands.command()
def consolidate(db: DbOption = None) -> None:
    """Group stored events from different reports into incidents (incremental).

    `roydad process` does this after extracting, unless --no-consolidate."""
    consolidate_store(db)


@commands.command()
def incidents(
    db: DbOption = None,
    type_: TypeOption = None,
    country: CountryOption = None,
    admin1: Annotated[str | None, typer.Option(help="Province.")] = None,
    actor: ActorOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    status: Annotated[str | None, typer.Option(help="machine/accepted/edited/rejected.")]
    = None,
    text: TextOption = None,
    min_sources: MinSourcesOption = None,
    order: Annotated[str, typer.Option(help="date, uncertain or sources.")] = "date",
    limit: LimitOption = 50,
    format_: IncidentFormatOption = "table",
) -> None:
    """List incidents with their source counts and ranges."""
    from roydad.store import IncidentFilter

    check_format(format_, INCIDENT_FORMATS)
    try:
        flt = IncidentFilter(
            event_type=event_type(type_), country=country, admin1=admin1,
            actor=actor, since=parse_day(since, "--since"),
            until=parse_day(until, "--until"), status=status, text=text,
            min_sources=min_sources, order=order, limit=limit,
        )
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    store = open_cli_store(db)
    found = store.incidents(flt)
    if format_ == "jsonl":
        for incident in found:
            sys.stdout.write(incident.to_json() + "\n")
    else:
        rows = list(found)
        total = store.count_incidents(replace(flt, limit=None, offset=0))
        stdout_console().print(incidents_table(rows, f"incidents ({len(rows)} of {total})"))
    notice_pending(store)
    store.close()


@commands.command()
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
    store = open_cli_store(db)
    try:
        found = existing_incident(store, incident_id)
    finally:
        store.close()
    if json_:
        typer.echo(found.model_dump_json(indent=2))
        return
    stdout_console().print(incident_detail(found))


@commands.command()
def history(
    incident_id: Annotated[str, typer.Argument(help="Incident id.")],
    db: DbOption = None,
) -> None:
    """Every decision that touched an incident (who, when, why), oldest first."""
    store = open_cli_store(db)
    decisions = store.incident_history(incident_id)
    store.close()
    if not decisions:
        raise fail(f"no decisions recorded for {incident_id}")
    table = Table(title=f"history of {incident_id}")
    for col in ("#", "when", "what", "who", "why", "incidents", "undone by"):
        table.add_column(col)
    for d in decisions:
        table.add_row(
            str(d.id), d.at[:19], d.kind, d.actor, d.reason or "", ", ".join(d.incident_ids),
            str(d.undone_by or ""),
        )
    stdout_console().print(table)
