"""Export and analysis commands: `roydad export FORMAT`, `roydad stats`, `roydad report`.

Every command reads incidents from the store with the same filters as `roydad incidents` and
streams them: an export never holds more than one incident (plus, for the network formats, the
aggregated graph) in memory. Rejected incidents are left out unless `--status rejected` or
`--include-rejected` asks for them.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, TextIO, cast

import typer
from rich.console import Console

from roydad.commands.common import DbOption, event_type, notice_pending, open_cli_store
from roydad.models import Incident

if TYPE_CHECKING:
    from roydad.store import IncidentFilter, Store

err = Console(stderr=True)

TypeOption = Annotated[str | None, typer.Option("--type", help="PLOVER category.")]
CountryOption = Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-3.")]
Admin1Option = Annotated[str | None, typer.Option(help="Province (admin1).")]
ActorOption = Annotated[str | None, typer.Option(help="Actor name or kb id.")]
SinceOption = Annotated[str | None, typer.Option(help="On or after (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="On or before (YYYY-MM-DD).")]
StatusOption = Annotated[
    str | None, typer.Option(help="machine/accepted/edited/rejected (default: all but rejected).")
]
CertaintyOption = Annotated[str | None, typer.Option(help="asserted, claimed, alleged, ...")]
TextOption = Annotated[str | None, typer.Option(help="Words in the evidence.")]
MinSourcesOption = Annotated[int | None, typer.Option(help="At least this many reports.")]
LimitOption = Annotated[int | None, typer.Option(help="At most this many incidents.", min=0)]
RejectedOption = Annotated[
    bool, typer.Option("--include-rejected", help="Keep incidents an analyst rejected.")
]


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)",
                                 param_hint=option) from None


def _filter(type_: str | None, country: str | None, admin1: str | None, actor: str | None,
            since: str | None, until: str | None, status: str | None, certainty: str | None,
            text: str | None, min_sources: int | None, limit: int | None) -> IncidentFilter:
    from roydad.store import IncidentFilter

    try:
        return IncidentFilter(
            event_type=event_type(type_),
            country=country.upper() if country else None, admin1=admin1, actor=actor,
            since=_day(since, "--since"), until=_day(until, "--until"), status=status,
            certainty=certainty, text=text, min_sources=min_sources, limit=limit,
        )
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _describe(flt: IncidentFilter) -> str:
    shown = {"type": flt.event_type, "country": flt.country, "admin1": flt.admin1,
             "actor": flt.actor, "since": flt.since, "until": flt.until, "status": flt.status,
             "certainty": flt.certainty, "text": flt.text, "min sources": flt.min_sources,
             "limit": flt.limit}
    parts = [f"{k}: {v}" for k, v in shown.items() if v is not None]
    return "; ".join(parts) if parts else "all incidents"


class _Kept:
    """The incidents an export writes: rejected ones only when asked for; counts the rest."""

    def __init__(self, incidents: Iterable[Incident], flt: IncidentFilter,
                 include_rejected: bool) -> None:
        self.incidents = incidents
        self.keep_rejected = include_rejected or flt.status == "rejected"
        self.read = 0
        self.rejected = 0

    def __iter__(self) -> Iterator[Incident]:
        for incident in self.incidents:
            self.read += 1
            if incident.status != "rejected" or self.keep_rejected:
                yield incident
            else:
                self.rejected += 1


def _kept(incidents: Iterable[Incident], flt: IncidentFilter, include_rejected: bool
          ) -> _Kept:
    return _Kept(incidents, flt, include_rejected)


def _why_empty(store: Store, flt: IncidentFilter, kept: _Kept) -> str | None:
    """Why an export read no incident it could write, and what to do about it."""
    if kept.rejected and kept.read == kept.rejected:
        return (f"all {kept.read} matching incidents were rejected by an analyst; "
                "--include-rejected exports them")
    if kept.read:
        return None
    if store.count_incidents() == 0:
        waiting = store.count_unconsolidated()
        if waiting:
            return (f"there are no incidents yet, but {waiting} stored events wait to be "
                    f"grouped into incidents: run `roydad consolidate --db {store.url}`")
        if store.count_pending():
            return f"no documents are processed yet: run `roydad process --db {store.url}`"
        return (f"the database {store.url} holds no incidents: `roydad ingest FILES` then "
                "`roydad process` adds them")
    return f"no incidents match the filters ({_describe(flt)})"


def _open_store(db: str | None) -> Store:
    return open_cli_store(db)


@contextmanager
def _output(path: str, binary: bool) -> Iterator[IO[Any]]:
    """The output stream: a file, or standard output for "-" (text formats only)."""
    if path == "-":
        if binary:
            raise typer.BadParameter("a binary format needs a file", param_hint="-o")
        yield sys.stdout
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if binary:
        with target.open("wb") as fh:
            yield fh
    else:
        with target.open("w", encoding="utf-8", newline="") as fh:
            yield fh


def register(app: typer.Typer) -> None:
    _register_export(app)
    _register_stats(app)
    _register_report(app)


def _register_export(app: typer.Typer) -> None:
    @app.command("export")
    def export(
        format_: Annotated[str, typer.Argument(
            metavar="FORMAT",
            help="acled, ucdp, plover, geojson, graphml, gexf, ftm, jsonl, csv, parquet or "
                 "datasette (creates readable views in the database).")],
        output: Annotated[str | None, typer.Option(
            "-o", "--output", help="Output file ('-' for standard output); for datasette, "
                                   "where to write Datasette's metadata.json.")] = None,
        table: Annotated[str, typer.Option(
            help="For jsonl/csv/parquet: incidents, claims or events (event mentions).")]
        = "incidents",
        db: DbOption = None, type_: TypeOption = None, country: CountryOption = None,
        admin1: Admin1Option = None, actor: ActorOption = None, since: SinceOption = None,
        until: UntilOption = None, status: StatusOption = None,
        certainty: CertaintyOption = None, text: TextOption = None,
        min_sources: MinSourcesOption = None, limit: LimitOption = None,
        include_rejected: RejectedOption = False,
        drop: Annotated[bool, typer.Option(help="datasette: drop the views instead.")] = False,
    ) -> None:
        """Export incidents in a standard format (see README, "Exports and reports")."""
        from roydad.export import FORMATS, write
        from roydad.export.parties import knowledge_base_lookup

        if format_ == "datasette":
            _datasette(db, output, drop)
            return
        if format_ not in FORMATS:
            raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}, datasette",
                                     param_hint="FORMAT")
        fmt = FORMATS[format_]
        if output is None:
            raise typer.BadParameter("give the output file", param_hint="-o")
        if table == "events":
            _export_events(fmt.name, output, db, type_, country, since, until, limit)
            return
        if table not in fmt.tables:
            raise typer.BadParameter(f"{fmt.name} exports {', '.join(fmt.tables)}",
                                     param_hint="--table")
        if fmt.name == "ftm":
            _require_followthemoney()
        flt = _filter(type_, country, admin1, actor, since, until, status, certainty, text,
                      min_sources, limit)
        options: dict[str, Any] = (
            {"lookup": knowledge_base_lookup()} if fmt.name in ("acled", "ucdp") else {}
        )
        store = _open_store(db)
        try:
            kept = _kept(store.incidents(flt), flt, include_rejected)
            with _output(output, fmt.binary) as out:
                result = write(fmt.name, kept, out, table=table, **options)
            what = "actors" if fmt.name in ("graphml", "gexf") else (
                "entities" if fmt.name == "ftm" else "rows" if fmt.name != "geojson"
                else "features")
            err.print(f"exported {result.describe(what)} as {fmt.name} → {output}",
                      markup=False, soft_wrap=True)
            why = _why_empty(store, flt, kept) if result.written == 0 else None
            if why:
                err.print(f"nothing exported: {why}", markup=False, soft_wrap=True)
            else:
                notice_pending(store)
        finally:
            store.close()


def _require_followthemoney() -> None:
    try:
        import followthemoney  # noqa: F401
    except ImportError:
        err.print("the ftm export needs followthemoney: pip install 'roydad[ftm]'",
                  markup=False)
        raise typer.Exit(2) from None


def _export_events(name: str, output: str, db: str | None, type_: str | None,
                   country: str | None, since: str | None, until: str | None,
                   limit: int | None) -> None:
    from roydad.cli import write_csv
    from roydad.store import EventFilter

    if name not in ("jsonl", "csv"):
        raise typer.BadParameter("events export as jsonl or csv", param_hint="--table")
    flt = EventFilter(event_type=event_type(type_),
                      country=country.upper() if country else None,
                      since=_day(since, "--since"), until=_day(until, "--until"), limit=limit)
    store = _open_store(db)
    records = _Counted(store.events(flt))
    try:
        with _output(output, False) as out:
            if name == "csv":
                write_csv(records, cast(TextIO, out), store)
            else:
                for record in records:
                    out.write(record.to_json() + "\n")
    finally:
        store.close()
    err.print(f"exported {records.count} events as {name} → {output}", markup=False)


class _Counted:
    """An iterable that counts what went through it."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items
        self.count = 0

    def __iter__(self) -> Iterator[Any]:
        for item in self.items:
            self.count += 1
            yield item


def _datasette(db: str | None, output: str | None, drop: bool) -> None:
    from roydad.export.views import create_views, drop_views, write_datasette_metadata

    store = _open_store(db)
    try:
        if drop:
            drop_views(store.engine)
            err.print(f"dropped roydad's views in {store.url}", markup=False)
            return
        names = create_views(store.engine)
        database = Path(store.engine.url.database or "roydad").stem
    finally:
        store.close()
    err.print(f"created views {', '.join(names)} in {store.url}", markup=False)
    if output:
        write_datasette_metadata(Path(output), database)
        err.print(f"wrote Datasette metadata → {output} (datasette DB.db -m {output})",
                  markup=False)


def _register_stats(app: typer.Typer) -> None:
    @app.command()
    def stats(
        db: DbOption = None, type_: TypeOption = None, country: CountryOption = None,
        admin1: Admin1Option = None, actor: ActorOption = None, since: SinceOption = None,
        until: UntilOption = None, status: StatusOption = None,
        certainty: CertaintyOption = None, text: TextOption = None,
        min_sources: MinSourcesOption = None, limit: LimitOption = None,
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
        flt = _filter(type_, country, admin1, actor, since, until, status, certainty, text,
                      min_sources, limit)
        builder = StatsBuilder(period)
        store = _open_store(db)
        try:
            for incident in _kept(store.incidents(flt), flt, include_rejected):
                builder.add(incident)
            notice_pending(store)
        finally:
            store.close()
        result = builder.stats(top, _day(as_of, "--as-of"))
        console = Console(width=None if sys.stdout.isatty() else 160)
        console.print(f"{_describe(flt)}: {result.total.incidents} incidents, "
                      f"{result.total.fatalities} fatalities", markup=False)
        for table in render(result):
            console.print(table)
        if json_out is not None:
            json_out.write_text(json.dumps(result.to_dict(), indent=2, ensure_ascii=False),
                                encoding="utf-8")


def _register_report(app: typer.Typer) -> None:
    @app.command()
    def report(
        output: Annotated[Path, typer.Option("-o", "--output", help="The HTML file.")],
        db: DbOption = None, type_: TypeOption = None, country: CountryOption = None,
        admin1: Admin1Option = None, actor: ActorOption = None, since: SinceOption = None,
        until: UntilOption = None, status: StatusOption = None,
        certainty: CertaintyOption = None, text: TextOption = None,
        min_sources: MinSourcesOption = None, limit: LimitOption = None,
        include_rejected: RejectedOption = False,
        pdf: Annotated[bool, typer.Option("--pdf", help="Also write a PDF beside it.")] = False,
        title: Annotated[str, typer.Option(help="The report's title.")] = "roydad report",
        period: Annotated[str, typer.Option(help="month or week.")] = "month",
        max_incidents: Annotated[int, typer.Option(help="Incidents listed (and ACH).")] = 100,
        ach: Annotated[bool, typer.Option(help="Include ACH matrices.")] = True,
    ) -> None:
        """A self-contained HTML report (charts, map, tables, ACH, sources); --pdf for a PDF."""
        from roydad.analysis.report import collect, write_html, write_pdf
        from roydad.export.parties import knowledge_base_lookup
        from roydad.review import ach_judgements

        flt = _filter(type_, country, admin1, actor, since, until, status, certainty, text,
                      min_sources, limit)
        store = _open_store(db)
        try:
            data = collect(
                _kept(store.incidents(flt), flt, include_rejected), title=title,
                filters=_describe(flt), period=period, max_incidents=max_incidents,
                ach=(lambda incident: ach_judgements.ach(store, incident.incident_id).to_dict())
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
