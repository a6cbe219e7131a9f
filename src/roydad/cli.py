"""The `roydad` command."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from roydad import __version__
from roydad.commands.common import (
    DbOption,
    RoydadGroup,
    event_type,
    notice_pending,
    open_cli_store,
    parse_day,
)
from roydad.commands.documents import register as register_documents
from roydad.models import EventRecord, SourceRef

if TYPE_CHECKING:
    from roydad.classify.typer import TypeSetting
    from roydad.store import Store

app = typer.Typer(
    help="roydad: news reports about political violence → a sourced, geocoded event database.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    cls=RoydadGroup,
)
err = Console(stderr=True)
# First in `roydad --help`, in the order they are used.
register_documents(app)
# Kept under their old names: other command modules import them from here.
_parse_day = parse_day
_SOURCE_PAGE = 500


def _console() -> Console:
    """Standard output; tables keep a readable width when piped to a file or a log."""
    return Console(width=None if sys.stdout.isatty() else 160)


@app.command()
def events(
    db: DbOption = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER category.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-3.")] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before (YYYY-MM-DD).")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many.", min=0)] = None,
    format_: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
) -> None:
    """List stored events, each with its source (your id for the document).

    CSV gives each source with the file (and line) or URL it was read from."""
    from roydad.store import EventFilter

    if format_ not in ("table", "jsonl", "csv"):
        raise typer.BadParameter("choose table, jsonl or csv", param_hint="--format")
    flt = EventFilter(
        event_type=event_type(type_),
        country=country.upper() if country else None,
        since=_parse_day(since, "--since"),
        until=_parse_day(until, "--until"),
        limit=limit,
    )
    store = open_cli_store(db)
    notice_pending(store)
    records = store.events(flt)
    if format_ == "jsonl":
        for record in records:
            sys.stdout.write(record.to_json() + "\n")
    elif format_ == "csv":
        write_csv(records, sys.stdout, store)
    else:
        _console().print(events_table(sourced(store, records)))
    store.close()


_SUMMARY_SCAN_LIMIT = 20_000
# `source` (the caller's ids of the document, with where each was read) came last, so that
# scripts reading the earlier columns by position keep working.
CSV_COLUMNS = [
    "event_id", "doc_id", "event_type", "mode", "acled_event_type", "acled_sub_event_type",
    "date", "date_end", "date_precision", "location", "admin1", "country", "lat", "lon",
    "actors", "recipients", "fatalities", "fatalities_low", "fatalities_high", "injured",
    "weapon", "certainty", "claims", "confidence", "evidence", "source",
]


def _names(record: EventRecord, role: str) -> str:
    return "; ".join(a.name for a in record.actors if a.role == role)


def sourced(
    store: Store | None, records: Iterable[EventRecord]
) -> Iterator[tuple[EventRecord, list[SourceRef]]]:
    """Each record with the places its document was read from, looked up a page at a time."""
    page: list[EventRecord] = []

    def flush() -> Iterator[tuple[EventRecord, list[SourceRef]]]:
        refs = store.source_refs(sorted({r.doc_id for r in page})) if store else {}
        for record in page:
            yield record, refs.get(record.doc_id, [])
        page.clear()

    for record in records:
        page.append(record)
        if len(page) == _SOURCE_PAGE:
            yield from flush()
    yield from flush()


def source_text(refs: list[SourceRef]) -> str:
    """"r1 (reports.jsonl:3)": the caller's id and where it was read, for each place."""
    return "; ".join(ref.id if ref.id == ref.origin else f"{ref.id} ({ref.origin})"
                     for ref in refs)


def write_csv(records: Iterable[EventRecord], out: TextIO, store: Store | None = None) -> None:
    from roydad.export.cells import SafeWriter  # cells safe to open in a spreadsheet

    writer = SafeWriter(out)
    writer.writerow(CSV_COLUMNS)
    for r, refs in sourced(store, records):
        loc = r.location
        writer.writerow([
            r.event_id, r.doc_id, r.event_type, r.mode, r.acled_event_type,
            r.acled_sub_event_type, r.date, r.date_end, r.date_precision,
            loc.name if loc else None, loc.admin1 if loc else None, loc.country if loc else None,
            loc.lat if loc else None, loc.lon if loc else None,
            _names(r, "actor"), _names(r, "recipient"), r.fatalities, r.fatalities_low,
            r.fatalities_high, r.injured, r.weapon, r.certainty,
            "; ".join(f"{c.kind}:{c.claimant or '-'}→{c.attributed_to or '-'}" for c in r.claims),
            r.confidence, r.evidence.text, source_text(refs),
        ])


def events_table(rows: Iterable[tuple[EventRecord, list[SourceRef]]]) -> Table:
    table = Table(title="events")
    for col in ("date", "type", "mode", "place", "actors", "recipients", "dead", "certainty",
                "source"):
        table.add_column(col)
    for r, refs in rows:
        dead = r.fatalities if r.fatalities is not None else ""
        if r.fatalities_low != r.fatalities_high and (r.fatalities_low or r.fatalities_high):
            dead = f"{r.fatalities_low or '?'}–{r.fatalities_high or '?'}"
        place = ", ".join(
            p for p in ((r.location.name, r.location.country) if r.location else ()) if p
        )
        table.add_row(
            r.date or "", r.event_type, r.mode or "", escape(place), escape(_names(r, "actor")),
            escape(_names(r, "recipient")), str(dead), r.certainty,
            escape(", ".join(ref.id for ref in refs) or r.doc_id[:12]),
        )
    return table


@app.command()
def summary(
    db: DbOption = None,
    recent: Annotated[int, typer.Option(help="Also list this many recent events.")] = 10,
) -> None:
    """What is stored, and where."""
    from roydad.store import EventFilter

    store = open_cli_store(db)
    s = store.summary()
    where = store.engine.url
    location = (
        str(Path(where.database).resolve())
        if where.get_backend_name() == "sqlite" and where.database
        else store.url
    )
    table = Table(title=f"roydad database: {location}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in (
        ("documents", s.documents), ("sources", s.sources), ("processed", s.processed),
        ("pending", s.pending), ("events", s.events), ("incidents", store.count_incidents()),
    ):
        table.add_row(label, str(value))
    for kind, n in s.by_event_type.items():
        table.add_row(f"  {kind}", str(n))
    console = _console()
    console.print(table)
    # Listing the latest means reading every event: only for databases of a reasonable size.
    if recent > 0 and 0 < s.events <= _SUMMARY_SCAN_LIMIT:
        latest = sorted(store.events(EventFilter()), key=lambda r: r.date or "", reverse=True)
        console.print(events_table(sourced(store, latest[:recent])))
    notice_pending(store)
    store.close()


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (the format of docs/dev-data.md).")],
    pred: Annotated[
        Path | None,
        typer.Option("--pred", help="Score these contract records instead of extracting."),
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the report as JSON.")
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.")] = 16,
    incidents: Annotated[
        bool,
        typer.Option(
            "--incidents",
            help="Score consolidation instead: pairwise and B-cubed P/R/F1 of duplicate groups "
            "(gold: see roydad.eval.incidents).",
        ),
    ] = False,
    types: Annotated[
        str,
        typer.Option(
            "--types",
            help="Who types the events: rules, model (the classifier alone) or combined.",
        ),
    ] = "combined",
) -> None:
    """Score extraction against gold: per-field precision, recall and accuracy."""
    if incidents:
        from roydad.eval.incident_score import run

        raise typer.Exit(run(gold, pred, json_out, batch_size, _console(), err))
    from roydad.eval import (
        GoldFormatError,
        PredictionFormatError,
        collect_predictions,
        load_gold,
        load_predictions,
        render,
        score,
    )

    try:
        docs = load_gold(gold)
        if pred is not None:
            predictions = load_predictions(pred)
        else:
            from roydad.extract.pipeline import Extractor

            extractor = Extractor(batch_size=batch_size, types=_type_setting(types))
            predictions = collect_predictions(
                docs, lambda ds: ((d.id, recs) for d, recs in extractor.extract(ds))
            )
    except (GoldFormatError, PredictionFormatError, OSError) as error:
        err.print(str(error), markup=False)
        raise typer.Exit(2) from None
    report = score(docs, predictions)
    _console().print(render(report))
    from roydad.eval.typescore import render_types, score_types

    setting = types if pred is None else f"as in {pred.name}"
    _console().print(render_types(score_types(docs, predictions), setting))
    if json_out is not None:
        json_out.write_text(report.to_json(), encoding="utf-8")


def _type_setting(value: str) -> TypeSetting:
    from roydad.classify.typer import TYPE_SETTINGS

    for setting in TYPE_SETTINGS:
        if value == setting:
            return setting
    raise typer.BadParameter(f"--types must be one of {', '.join(TYPE_SETTINGS)}")


@app.command()
def geocode(
    name: Annotated[str, typer.Argument(help="A place name, e.g. Mazar-i-Sharif.")],
    limit: Annotated[int, typer.Option(help="At most this many candidates.")] = 10,
) -> None:
    """Show the gazetteer's candidates for a place name, best first, with their scores."""
    from roydad.resolve.places import Gazetteer, format_candidates

    gazetteer = Gazetteer.load()
    candidates = gazetteer.candidates(name, limit=limit)
    if not candidates:
        err.print(f"no place found for {name!r}", markup=False)
        raise typer.Exit(1)
    _console().print(format_candidates(candidates))
    chosen = gazetteer.resolve(name)
    if chosen is not None:
        _console().print(
            f"resolved: {chosen.name} ({chosen.precision}; {chosen.admin1 or '-'}, "
            f"{chosen.country}) {chosen.lat}, {chosen.lon}", markup=False,
        )


@app.command()
def version() -> None:
    """Print roydad's version and extractor name."""
    typer.echo(f"roydad {__version__}")


def _register_stage_commands() -> None:
    from roydad.commands import register_all

    register_all(app)


_register_stage_commands()

if __name__ == "__main__":  # pragma: no cover
    app()
