"""Analysis of Competing Hypotheses on an incident: `roydad ach` shows the matrix, `roydad
ach-evidence` and `roydad ach-cell` add an analyst's evidence and judgements to it (recorded,
undoable decisions)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from roydad.commands.common import opened, stdout_console, who
from roydad.commands.options import ByOption, DbOption, ReasonOption, parse_day

commands = typer.Typer()


@commands.command()
def ach(
    incident_id: Annotated[str, typer.Argument(help="Incident id.")],
    db: DbOption = None,
    json_: Annotated[bool, typer.Option("--json", help="Print the matrix as JSON.")] = False,
) -> None:
    """Analysis of Competing Hypotheses: who is said to have done it, and how the claims and
    facts of every report bear on each hypothesis (least inconsistent first)."""
    from roydad.analysis.ach import render_ach
    from roydad.review.ach_judgements import ach as ach_matrix

    with opened(db) as store:
        matrix = ach_matrix(store, incident_id)
    if json_:
        typer.echo(json.dumps(matrix.to_dict(), indent=2, ensure_ascii=False))
        return
    console = stdout_console()
    console.print(render_ach(matrix))
    ranked = ", ".join(
        f"{h} ({matrix.inconsistency[h]:g})" for h in matrix.ranking
    )
    console.print(f"hypotheses by inconsistency (lowest first): {ranked}", markup=False)


@commands.command("ach-evidence")
def ach_evidence(
    incident_id: Annotated[str, typer.Argument(help="Incident id.")],
    text: Annotated[str, typer.Argument(help="The evidence, in your words or quoted.")],
    source: Annotated[str | None, typer.Option(help="Where it comes from.")] = None,
    on: Annotated[str | None, typer.Option("--date", help="Its date (YYYY-MM-DD).")] = None,
    db: DbOption = None, by: ByOption = None, reason: ReasonOption = None,
) -> None:
    """Add an evidence row to an incident's ACH matrix (a recorded, undoable decision)."""
    from roydad.review.ach_judgements import add_ach_evidence

    with opened(db) as store:
        key = add_ach_evidence(store, incident_id, text, actor=who(by), source=source,
                               on=parse_day(on, "--date"), reason=reason)
    typer.echo(f"added evidence {key} to {incident_id}")


@commands.command("ach-cell")
def ach_cell(
    incident_id: Annotated[str, typer.Argument(help="Incident id.")],
    evidence_key: Annotated[str, typer.Argument(help="Row key (see `roydad ach --json`).")],
    hypothesis: Annotated[str, typer.Argument(help="Hypothesis (column).")],
    value: Annotated[str, typer.Argument(help="CC, C, N, I or II.")],
    db: DbOption = None, by: ByOption = None, reason: ReasonOption = None,
) -> None:
    """Set one cell of the ACH matrix by judgement (a recorded, undoable decision)."""
    from roydad.review.ach_judgements import set_ach_cell

    with opened(db) as store:
        set_ach_cell(store, incident_id, evidence_key, hypothesis, value.upper(),
                     actor=who(by), reason=reason)
    typer.echo(f"{incident_id}: {evidence_key} × {hypothesis} = {value.upper()}")
