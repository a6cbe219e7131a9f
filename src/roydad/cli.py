"""The `roydad` command."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from rich.console import Console
from rich.table import Table

from roydad import __version__
from roydad.models import CALENDARS, Calendar, Document, EventRecord, Problem
from roydad.progress import Reporter

if TYPE_CHECKING:
    from roydad.classify.typer import TypeSetting
    from roydad.store import Store

app = typer.Typer(
    help="roydad: news reports about political violence → a sourced, geocoded event database.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: $ROYDAD_DB or sqlite:///roydad.db)."),
]
CalendarOption = Annotated[
    str | None,
    typer.Option(
        "--calendar",
        help="Calendar of relative dates in documents that do not say (gregorian, solar-hijri).",
    ),
]
PubDateOption = Annotated[
    str | None,
    typer.Option("--pub-date", help="Publication date (YYYY-MM-DD) for .txt/.html inputs."),
]


def _console() -> Console:
    """Standard output; tables keep a readable width when piped to a file or a log."""
    return Console(width=None if sys.stdout.isatty() else 160)


def _parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        message = f"{value!r} is not a date (YYYY-MM-DD)"
        raise typer.BadParameter(message, param_hint=option) from None


def _calendar(value: str | None) -> Calendar | None:
    from roydad.ingest.base import InputError, parse_calendar

    try:
        return parse_calendar(value)
    except InputError:
        message = f"choose one of {', '.join(CALENDARS)}"
        raise typer.BadParameter(message, param_hint="--calendar") from None


def _documents(
    inputs: list[str], pub_date: date | None, reporter: Reporter,
    calendar: Calendar | None = None,
) -> Iterator[Document]:
    """Documents from the readers; every Problem is reported on stderr and skipped."""
    from roydad.ingest import read_inputs

    for item in read_inputs(inputs, pub_date=pub_date):
        if isinstance(item, Problem):
            reporter.problem(item)
        elif calendar is not None and item.calendar is None:
            yield item.model_copy(update={"calendar": calendar})
        else:
            yield item


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or feed URLs.")],
    db: DbOption = None,
    pub_date: PubDateOption = None,
    calendar: CalendarOption = None,
) -> None:
    """Read documents and store each once (id = hash of its normalised text)."""
    from roydad.store import open_store

    store = open_store(db)
    run_id = store.start_run("ingest", f"roydad/{__version__}")
    with Reporter("ingest") as reporter:
        counts = store.add_documents(
            reporter.track(_documents(
                inputs, _parse_day(pub_date, "--pub-date"), reporter, _calendar(calendar)
            )),
            run_id=run_id,
        )
    store.finish_run(
        run_id, documents_seen=counts.seen, documents_new=counts.new_documents,
        problems=reporter.problems,
    )
    reporter.summary(
        f"ingested {counts.seen} documents: {counts.new_documents} new, "
        f"{counts.duplicates} already stored, {counts.new_sources} new sources, "
        f"{reporter.problems} problems → {store.url}"
    )
    store.close()
    if counts.seen == 0:
        raise typer.Exit(1)


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files or folders to extract from.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Event records (JSONL).")],
    db: DbOption = None,
    pub_date: PubDateOption = None,
    calendar: CalendarOption = None,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.")] = 16,
) -> None:
    """Extract contract event records from files into OUT.jsonl (and, with --db, store them)."""
    from roydad.extract.pipeline import Extractor

    extractor = Extractor(batch_size=batch_size)
    store = None
    run_id = 0
    if db is not None:
        from roydad.store import open_store

        store = open_store(db)
        run_id = store.start_run("extract", extractor.name)
    docs = events = 0
    with Reporter("extract") as reporter, output.open("w", encoding="utf-8") as out:
        stream = _documents(
            inputs, _parse_day(pub_date, "--pub-date"), reporter, _calendar(calendar)
        )
        for document, records in extractor.extract(reporter.track(stream)):
            docs += 1
            for record in records:
                out.write(record.to_json() + "\n")
            # One document at a time reaches the disk: a crash loses nothing written.
            out.flush()
            events += len(records)
            if store is not None:
                _store_one(store, run_id, document, records)
        reporter.summary(
            f"extracted {events} events from {docs} documents "
            f"({reporter.problems} problems) → {output}"
        )
    if store is not None:
        store.finish_run(run_id, documents_seen=docs, events=events, problems=reporter.problems)
        store.close()
    if docs == 0:
        raise typer.Exit(1)


def _store_one(store: Store, run_id: int, document: Document, records: list[EventRecord]) -> None:
    """Store a document and its events; the records keep the caller's document id in the output
    file, and the store's content hash in the database."""
    store.add_documents([document], run_id=run_id)
    digest = document.content_hash
    stored = [r.model_copy(update={"doc_id": digest}) for r in records]
    store.save_results(run_id, [(digest, stored)])


@app.command()
def process(
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option(help="Documents per committed batch.")] = 16,
    limit: Annotated[int | None, typer.Option(help="Stop after this many documents.")] = None,
    workers: Annotated[
        int | None, typer.Option(help="Extract in N local worker processes.")
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(help="Extract on a Dask cluster: tcp://HOST:8786, or local:N workers."),
    ] = None,
) -> None:
    """Extract every stored document not yet processed. Resumable: each batch commits with its
    events, so a killed run loses at most the batch in flight and a re-run finishes the rest.
    With --workers or --dask, workers extract and this process alone writes, batch by batch."""
    from roydad.extract.pipeline import Extractor
    from roydad.parallel.backend import BackendError
    from roydad.parallel.command import BackendSpec, process_in_parallel
    from roydad.store import open_store

    try:
        spec = BackendSpec.from_options(workers, dask)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--workers/--dask") from None
    store = open_store(db)
    pending = store.count_pending()
    if limit is not None:
        pending = min(pending, limit)
    if pending == 0:
        Reporter("process").summary(f"nothing to process in {store.url}")
        store.close()
        return
    if spec is not None:
        try:
            process_in_parallel(
                store, spec, pending=pending, batch_size=batch_size, limit=limit
            )
        except BackendError as error:
            err.print(str(error), markup=False)
            raise typer.Exit(2) from None
        return
    extractor = Extractor(batch_size=batch_size)
    run_id = store.start_run("process", extractor.name)
    docs = events = 0
    with Reporter("process", total=pending) as reporter:
        try:
            while limit is None or docs < limit:
                size = batch_size if limit is None else min(batch_size, limit - docs)
                batch = store.pending_documents(size)
                if not batch:
                    break
                results = [(d.id, recs) for d, recs in extractor.extract(batch)]
                events += store.save_results(run_id, results)
                docs += len(batch)
                reporter.advance(len(batch))
        except BaseException:
            store.finish_run(run_id, status="failed", documents_seen=docs, events=events)
            store.close()
            raise
        store.finish_run(run_id, documents_seen=docs, events=events)
        reporter.summary(f"processed {docs} documents, {events} events → {store.url}")
    store.close()


@app.command()
def events(
    db: DbOption = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER category.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-3.")] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before (YYYY-MM-DD).")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many.")] = None,
    format_: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
) -> None:
    """List stored events."""
    from roydad.store import EventFilter, open_store

    if format_ not in ("table", "jsonl", "csv"):
        raise typer.BadParameter("choose table, jsonl or csv", param_hint="--format")
    store = open_store(db)
    flt = EventFilter(
        event_type=type_.upper() if type_ else None,
        country=country.upper() if country else None,
        since=_parse_day(since, "--since"),
        until=_parse_day(until, "--until"),
        limit=limit,
    )
    records = store.events(flt)
    if format_ == "jsonl":
        for record in records:
            sys.stdout.write(record.to_json() + "\n")
    elif format_ == "csv":
        write_csv(records, sys.stdout)
    else:
        _console().print(events_table(records))
    store.close()


_SUMMARY_SCAN_LIMIT = 20_000
CSV_COLUMNS = [
    "event_id", "doc_id", "event_type", "mode", "acled_event_type", "acled_sub_event_type",
    "date", "date_end", "date_precision", "location", "admin1", "country", "lat", "lon",
    "actors", "recipients", "fatalities", "fatalities_low", "fatalities_high", "injured",
    "weapon", "certainty", "claims", "confidence", "evidence",
]


def _names(record: EventRecord, role: str) -> str:
    return "; ".join(a.name for a in record.actors if a.role == role)


def write_csv(records: Iterable[EventRecord], out: TextIO) -> None:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for r in records:
        loc = r.location
        writer.writerow([
            r.event_id, r.doc_id, r.event_type, r.mode, r.acled_event_type,
            r.acled_sub_event_type, r.date, r.date_end, r.date_precision,
            loc.name if loc else None, loc.admin1 if loc else None, loc.country if loc else None,
            loc.lat if loc else None, loc.lon if loc else None,
            _names(r, "actor"), _names(r, "recipient"), r.fatalities, r.fatalities_low,
            r.fatalities_high, r.injured, r.weapon, r.certainty,
            "; ".join(f"{c.kind}:{c.claimant or '-'}→{c.attributed_to or '-'}" for c in r.claims),
            r.confidence, r.evidence.text,
        ])


def events_table(records: Iterable[EventRecord]) -> Table:
    table = Table(title="events")
    for col in ("date", "type", "mode", "place", "actors", "recipients", "dead", "certainty"):
        table.add_column(col)
    for r in records:
        dead = r.fatalities if r.fatalities is not None else ""
        if r.fatalities_low != r.fatalities_high and (r.fatalities_low or r.fatalities_high):
            dead = f"{r.fatalities_low or '?'}–{r.fatalities_high or '?'}"
        place = ", ".join(
            p for p in ((r.location.name, r.location.country) if r.location else ()) if p
        )
        table.add_row(
            r.date or "", r.event_type, r.mode or "", place, _names(r, "actor"),
            _names(r, "recipient"), str(dead), r.certainty,
        )
    return table


@app.command()
def summary(
    db: DbOption = None,
    recent: Annotated[int, typer.Option(help="Also list this many recent events.")] = 10,
) -> None:
    """What is stored, and where."""
    from roydad.store import EventFilter, open_store

    store = open_store(db)
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
        ("pending", s.pending), ("events", s.events),
    ):
        table.add_row(label, str(value))
    for event_type, n in s.by_event_type.items():
        table.add_row(f"  {event_type}", str(n))
    console = _console()
    console.print(table)
    # Listing the latest means reading every event: only for databases of a reasonable size.
    if recent > 0 and 0 < s.events <= _SUMMARY_SCAN_LIMIT:
        latest = sorted(store.events(EventFilter()), key=lambda r: r.date or "", reverse=True)
        console.print(events_table(latest[:recent]))
    store.close()


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (the format of shared/data/dev).")],
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
        from roydad.eval.incidents import run

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
