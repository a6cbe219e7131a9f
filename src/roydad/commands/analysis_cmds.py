"""Analysis of the incidents: `roydad stats` (counts, movers, the actor network on the terminal)
and `roydad report` (a self-contained HTML report, or PDF).

Both read incidents with the same filters as `roydad export`, streamed, rejected ones left out
unless asked for."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from roydad.commands.common import err, notice_pending, open_cli_store, stdout_console
from roydad.commands.incident_selection import KeptIncidents, describe, incident_filter
from roydad.commands.options import (
    ActorOption,
    Admin1Option,
    CertaintyOption,
    CountryOption,
    DbOption,
    IncidentLimitOption,
    MinSourcesOption,
    RejectedOption,
    SinceOption,
    StatusOption,
    TextOption,
    TypeOption,
    UntilOption,
    parse_day,
)

commands = typer.Typer()


@commands.command()
def stats(
    db: DbOption = None, type_: TypeOption = None, country: CountryOption = None,
    admin1: Admin1Option = None, actor: ActorOption = None, since: SinceOption = None,
    until: UntilOption = None, status: StatusOption = None,
    certainty: CertaintyOption = None, text: TextOption = None,
    min_sources: MinSourcesOption = None, limit: IncidentLimitOption = None,
    include_rejected: RejectedOption = False,
    period: Annotated[str, typer.Option(help="month or week.")] = "month",
    top: Annotated[int, typer.Option(help="Rows per table.")] = 10,
    as_of: Annotated[str | None, typer.Option(
        help="Compare the period containing this date with the one before (default: "
             "the latest period with incidents).")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write JSON.")]
    = None,
) -> None:
    """Counts by period, type, place and actor; movers; actor network centrality."""
    from roydad.analysis.stats import PERIODS, StatsBuilder, render

    if period not in PERIODS:
        raise typer.BadParameter("choose month or week", param_hint="--period")
    flt = incident_filter(type_, country, admin1, actor, since, until, status, certainty, text,
                          min_sources, limit)
    builder = StatsBuilder(period)
    store = open_cli_store(db)
    try:
        for incident in KeptIncidents(store.incidents(flt), flt, include_rejected):
            builder.add(incident)
        notice_pending(store)
    finally:
        store.close()
    result = builder.stats(top, parse_day(as_of, "--as-of"))
    console = stdout_console()
    console.print(f"{describe(flt)}: {result.total.incidents} incidents, "
                  f"{result.total.fatalities} fatalities", markup=False)
    for table in render(result):
        console.print(table)
    if json_out is not None:
        json_out.write_text(json.dumps(result.to_dict(), indent=2, ensure_ascii=False),
                            encoding="utf-8")


@commands.command()
def report(
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML file.")],
    db: DbOption = None, type_: TypeOption = None, country: CountryOption = None,
    admin1: Admin1Option = None, actor: ActorOption = None, since: SinceOption = None,
    until: UntilOption = None, status: StatusOption = None,
    certainty: CertaintyOption = None, text: TextOption = None,
    min_sources: MinSourcesOption = None, limit: IncidentLimitOption = None,
    include_rejected: RejectedOption = False,
    pdf: Annotated[bool, typer.Option("--pdf", help="Also write a PDF beside it.")] = False,
    title: Annotated[str, typer.Option(help="The report's title.")] = "roydad report",
    period: Annotated[str, typer.Option(help="month or week.")] = "month",
    max_incidents: Annotated[int, typer.Option(help="Incidents listed (and ACH).")] = 100,
    ach: Annotated[bool, typer.Option(help="Include ACH matrices.")] = True,
) -> None:
    """A self-contained HTML report (charts, map, tables, ACH, sources); --pdf for a PDF."""
    from roydad.analysis.report import collect, write_html, write_pdf
    from roydad.coding.party_codes import knowledge_base_lookup
    from roydad.review.ach_judgements import ach as ach_matrix

    flt = incident_filter(type_, country, admin1, actor, since, until, status, certainty, text,
                          min_sources, limit)
    store = open_cli_store(db)
    try:
        data = collect(
            KeptIncidents(store.incidents(flt), flt, include_rejected), title=title,
            filters=describe(flt), period=period, max_incidents=max_incidents,
            ach=(lambda incident: ach_matrix(store, incident.incident_id).to_dict())
            if ach else None,
            lookup=knowledge_base_lookup(),
        )
        notice_pending(store)
    finally:
        store.close()
    output.parent.mkdir(parents=True, exist_ok=True)
    write_html(data, output)
    err.print(f"report on {data.stats.total.incidents} incidents → {output}", markup=False)
    if pdf:
        pages = write_pdf(data, output.with_suffix(".pdf"))
        err.print(f"PDF, {pages} pages → {output.with_suffix('.pdf')}", markup=False)
