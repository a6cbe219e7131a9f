"""Documents in, events out: `roydad ingest`, `roydad extract`, `roydad process` (which also
brings the incidents up to date unless told not to)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from roydad import __version__
from roydad.commands.common import err, open_cli_store, plural
from roydad.commands.incident_cmds import consolidate_store
from roydad.commands.options import (
    CalendarOption,
    DbOption,
    PubDateOption,
    calendar_option,
    parse_day,
)
from roydad.models import Calendar, Document, EventRecord, Problem
from roydad.progress import Reporter

if TYPE_CHECKING:
    from datetime import date

    from roydad.extract.pipeline import Extractor
    from roydad.parallel.command import BackendSpec
    from roydad.store import IngestCounts, Store

commands = typer.Typer()

# Documents without a date named in the warning, at most.
_UNDATED_SHOWN = 3


def _documents(
    inputs: list[str], pub_date: date | None, reporter: Reporter,
    calendar: Calendar | None = None, undated: list[str] | None = None,
) -> Iterator[Document]:
    """Documents from the readers; every Problem is reported on stderr and skipped. The origins
    of documents without a publication date are added to `undated`."""
    from roydad.ingest import read_inputs

    for item in read_inputs(inputs, pub_date=pub_date):
        if isinstance(item, Problem):
            reporter.problem(item)
            continue
        if undated is not None and item.pub_date is None:
            undated.append(item.origin)
        if calendar is not None and item.calendar is None:
            yield item.model_copy(update={"calendar": calendar})
        else:
            yield item


def ingest_summary(counts: IngestCounts, problems: int, url: str) -> str:
    """One line: what was read, what was new, and why anything was not."""
    parts = [f"{counts.new_documents} new"]
    stored_before = counts.duplicates - counts.repeats
    if stored_before:
        parts.append(f"{stored_before} already stored")
    if counts.repeats:
        shown = "; ".join(f"{a} repeats {b}" for a, b in counts.repeat_examples)
        parts.append(
            f"{counts.repeats} repeated in this run (the same text from two inputs, kept once "
            f"with each place it was read from{': ' + shown if shown else ''})"
        )
    if counts.dates_filled:
        one = counts.dates_filled == 1
        parts.append(f"{plural(counts.dates_filled, 'stored document')} given the publication "
                     f"date {'it' if one else 'they'} lacked")
    return (
        f"ingested {plural(counts.seen, 'document')}: {', '.join(parts)}; "
        f"{plural(counts.new_sources, 'new source')}, {plural(problems, 'problem')} → {url}"
    )


def _warn_undated(undated: list[str], pub_date: date | None) -> None:
    if not undated or pub_date is not None:
        return
    shown = ", ".join(undated[:_UNDATED_SHOWN]) + (", ..." if len(undated) > _UNDATED_SHOWN else "")
    one = len(undated) == 1
    err.print(
        f"warning: {plural(len(undated), 'document')} {'has' if one else 'have'} no publication "
        f"date ({shown}): {'its' if one else 'their'} events get no date and relative dates "
        "(\"on Monday\") cannot be resolved. Ingest "
        f"{'it' if one else 'them'} again with --pub-date YYYY-MM-DD (or give JSONL lines a "
        "\"pub_date\") to date them.",
        markup=False, soft_wrap=True,
    )


@commands.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or feed URLs.")],
    db: DbOption = None,
    pub_date: PubDateOption = None,
    calendar: CalendarOption = None,
) -> None:
    """Read documents and store each once (id = hash of its normalised text).

    Ingesting a stored text again with --pub-date gives it the publication date it lacked."""
    day = parse_day(pub_date, "--pub-date")
    store = open_cli_store(db, create=True)
    run_id = store.start_run("ingest", f"roydad/{__version__}")
    undated: list[str] = []
    with Reporter("ingest") as reporter:
        counts = store.add_documents(
            reporter.track(_documents(inputs, day, reporter, calendar_option(calendar), undated)),
            run_id=run_id,
        )
    store.finish_run(
        run_id, documents_seen=counts.seen, documents_new=counts.new_documents,
        problems=reporter.problems,
    )
    reporter.summary(ingest_summary(counts, reporter.problems, store.url))
    _warn_undated(undated, day)
    if counts.dated_after_processing:
        err.print(
            f"note: {plural(counts.dated_after_processing, 'document')} dated now had already "
            "been processed: their events were dated without it.",
            markup=False, soft_wrap=True,
        )
    store.close()
    if counts.seen == 0:
        raise typer.Exit(1)


@commands.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files or folders to extract from.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Event records (JSONL).")],
    db: DbOption = None,
    pub_date: PubDateOption = None,
    calendar: CalendarOption = None,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.", min=1)] = 16,
) -> None:
    """Extract contract event records from files into OUT.jsonl (and, with --db, store them)."""
    from roydad.extract.pipeline import Extractor

    day = parse_day(pub_date, "--pub-date")
    chosen = calendar_option(calendar)
    store = None
    run_id = 0
    if db is not None:
        store = open_cli_store(db, create=True)
    extractor = Extractor(batch_size=batch_size)
    if store is not None:
        run_id = store.start_run("extract", extractor.name)
    docs = events = 0
    undated: list[str] = []
    with Reporter("extract") as reporter, output.open("w", encoding="utf-8") as out:
        stream = reporter.track(_documents(inputs, day, reporter, chosen, undated))
        for document, records in _in_zones(extractor, stream):
            docs += 1
            for record in records:
                out.write(record.to_json() + "\n")
            # One document at a time reaches the disk: a crash loses nothing written.
            out.flush()
            events += len(records)
            if store is not None:
                _store_one(store, run_id, document, records)
        reporter.summary(
            f"extracted {plural(events, 'event')} from {plural(docs, 'document')} "
            f"({plural(reporter.problems, 'problem')}) → {output}"
        )
    _warn_undated(undated, day)
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


def _in_zones(
    extractor: Extractor, documents: Iterator[Document]
) -> Iterator[tuple[Document, list[EventRecord]]]:
    """The extractor's results, a batch at a time, each batch in a spaCy memory zone: the new
    words of a long stream leave the vocabulary with their batch instead of piling up."""
    from roydad.nlp.zones import memory_zone

    while batch := list(islice(documents, extractor.batch_size)):
        with memory_zone(extractor.nlp, (d.text for d in batch)):
            extracted = list(extractor.extract(batch))
        yield from extracted


@commands.command()
def process(
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option(help="Documents per committed batch.", min=1)] = 16,
    limit: Annotated[
        int | None, typer.Option(help="Stop after this many documents.", min=0)
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="Extract in N local worker processes.")
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(help="Extract on a Dask cluster: tcp://HOST:8786, or local:N workers."),
    ] = None,
    consolidate: Annotated[
        bool,
        typer.Option(help="Then bring the incidents up to date (`roydad consolidate`)."),
    ] = True,
) -> None:
    """Extract stored documents not yet processed, then update the incidents.

    --no-consolidate leaves the incidents to `roydad consolidate`. Resumable: each batch
    commits with its events, so a killed run loses at most the batch in flight and a re-run
    finishes the rest. With --workers or --dask, workers extract and this process alone writes,
    batch by batch."""
    from roydad.parallel.command import BackendSpec

    try:
        spec = BackendSpec.from_options(workers, dask)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--workers/--dask") from None
    store = open_cli_store(db)
    pending = store.count_pending()
    if limit is not None:
        pending = min(pending, limit)
    if pending == 0:
        Reporter("process").summary(f"nothing to process in {store.url}")
        store.close()
    elif spec is not None:
        _in_parallel(store, spec, pending, batch_size, limit)
    else:
        _in_process(store, pending, batch_size, limit)
    if consolidate:
        consolidate_store(db)


def _in_parallel(store: Store, spec: BackendSpec, pending: int, batch_size: int,
                 limit: int | None) -> None:
    from roydad.parallel.backend import BackendError
    from roydad.parallel.command import process_in_parallel

    try:
        process_in_parallel(store, spec, pending=pending, batch_size=batch_size, limit=limit)
    except BackendError as error:
        err.print(str(error), markup=False)
        raise typer.Exit(2) from None


def _in_process(store: Store, pending: int, batch_size: int, limit: int | None) -> None:
    from roydad.extract.pipeline import Extractor

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
                results = [(d.id, recs) for d, recs in _in_zones(extractor, iter(batch))]
                events += store.save_results(run_id, results)
                docs += len(batch)
                reporter.advance(len(batch))
        except BaseException:
            store.finish_run(run_id, status="failed", documents_seen=docs, events=events)
            store.close()
            raise
        store.finish_run(run_id, documents_seen=docs, events=events)
        reporter.summary(
            f"processed {plural(docs, 'document')}, {plural(events, 'event')} → {store.url}"
        )
    store.close()
