"""An analyst's decisions on incidents, each recorded with who and why and undoable: `roydad
merge`, `split`, `edit`, `review` (accept, reject, reopen) and `undo`."""

from __future__ import annotations

from typing import Annotated

import typer

from roydad.commands.common import existing_incident, fail, opened, who
from roydad.commands.incident_view import edit_values
from roydad.commands.options import ByOption, DbOption, ReasonOption

commands = typer.Typer()


@commands.command()
def merge(
    incident_ids: Annotated[list[str], typer.Argument(help="Incidents; the first stays.")],
    db: DbOption = None, by: ByOption = None, reason: ReasonOption = None,
) -> None:
    """Merge incidents that are one happening (undo with `roydad undo`)."""
    from roydad.review.decisions import merge_incidents

    with opened(db) as store:
        survivor = merge_incidents(store, incident_ids, actor=who(by), reason=reason)
    typer.echo(f"merged into {survivor}")


@commands.command()
def split(
    incident_id: Annotated[str, typer.Argument(help="The incident to split.")],
    event_ids: Annotated[list[str], typer.Argument(help="The reports to move out.")],
    db: DbOption = None, by: ByOption = None, reason: ReasonOption = None,
) -> None:
    """Move reports out of an incident into a new one (undo with `roydad undo`)."""
    from roydad.review.decisions import split_incident

    with opened(db) as store:
        new_id = split_incident(store, incident_id, event_ids, actor=who(by), reason=reason)
    typer.echo(f"split {len(event_ids)} reports into {new_id}")


@commands.command()
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
        raise fail(str(exc)) from None
    from roydad.review.decisions import edit_incident

    with opened(db) as store:
        current = existing_incident(store, incident_id)
        edit_incident(store, incident_id, values, actor=who(by), reason=reason,
                      expected_version=current.version)
    typer.echo(f"edited {incident_id}: {', '.join(values)}")


@commands.command()
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

    with opened(db) as store:
        current = existing_incident(store, incident_id)
        set_status(store, incident_id, status, actor=who(by), reason=reason,
                   expected_version=current.version)
    typer.echo(f"{incident_id}: {status}")


@commands.command()
def undo(
    decision_id: Annotated[int, typer.Argument(help="The decision (see `roydad history`).")],
    db: DbOption = None, by: ByOption = None, reason: ReasonOption = None,
) -> None:
    """Reverse a decision (merge, split, attach, edit, accept, reject)."""
    from roydad.review.decisions import undo as undo_decision

    with opened(db) as store:
        done = undo_decision(store, decision_id, actor=who(by), reason=reason)
    typer.echo(f"undid decision {decision_id} (decision {done.id})")
