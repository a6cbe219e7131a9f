"""The store: documents in, events out, every write a whole transaction or nothing.

Resumability rests on two rules. `add_documents` commits per batch and is idempotent (a document
is its content hash, a source is (document, origin)), so an interrupted ingest is simply run
again. `save_results` writes a batch's events *and* marks its documents processed in one
transaction; a killed process leaves no trace of the batch and the documents stay pending, and a
document already processed is skipped, so re-running `process` never duplicates an event.

Runs left 'running' by a killed process stay 'running': on a shared PostgreSQL database another
process may really be running, and we cannot tell the two apart, so we do not guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from itertools import islice
from types import TracebackType
from typing import Any

import sqlalchemy as sa

from roydad.models import Document, EventRecord, SourceRef
from roydad.store import queries as q
from roydad.store import schema as t
from roydad.store.engine import (
    WRITE_OPTION,
    create_store_engine,
    display_url,
    resolve_db_url,
)
from roydad.store.errors import (
    StoreUnavailableError,
    check_exists,
    unreachable,
    unusable_url,
)
from roydad.store.incident_reads import IncidentReads
from roydad.store.migrate import upgrade_to_head
from roydad.store.records import MAX_EXAMPLES, EventFilter, IngestCounts, StoreSummary
from roydad.store.rows import (
    EventRows,
    document_row,
    event_record,
    run_info,
    source_row,
    utc_now,
)
from roydad.store.transaction import Transaction

# Events are read in pages of this many, with their actors/claims/spans fetched per page.
_EVENT_PAGE = 500


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open (creating and migrating to the newest schema if needed) the store at `url`.

    `url` None means $ROYDAD_DB, else `sqlite:///roydad.db` in the working directory. With
    `create=False` an SQLite file that does not exist is not created: commands that only read
    would otherwise leave an empty database behind a mistyped path. A URL that names no database
    roydad can use, or a server that does not answer, raises `StoreUnavailableError` with a
    message for the person who gave it.
    """
    resolved = resolve_db_url(url)
    if not create:
        check_exists(resolved)
    try:
        store = Store(resolved)
    except (sa.exc.ArgumentError, ImportError) as error:
        raise StoreUnavailableError(unusable_url(resolved, error)) from None
    try:
        upgrade_to_head(store.engine)
    except sa.exc.OperationalError as error:
        store.close()
        raise StoreUnavailableError(unreachable(resolved, error)) from None
    except BaseException:
        store.close()
        raise
    return store


class Store(IncidentReads):
    """Repository over one database. Use `open_store`, which also migrates the schema."""

    url: str
    """The database URL with any password masked: safe to print."""

    def __init__(self, url: str) -> None:
        self.engine = create_store_engine(url)
        self.url = display_url(url)
        # SQLite: writers take the lock at BEGIN (see engine.py). Other backends ignore it.
        self._writer = self.engine.execution_options(**{WRITE_OPTION: True})

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One write transaction for the row helpers: committed when the block ends, rolled
        back if it raises."""
        with self._writer.begin() as conn:
            yield Transaction(conn)

    @contextmanager
    def reading(self) -> Iterator[Transaction]:
        """One read-only transaction for the row helpers (rolled back when the block ends)."""
        with self.engine.connect() as conn:
            yield Transaction(conn)

    # -- runs ---------------------------------------------------------------------------------

    def start_run(self, kind: str, extractor: str) -> int:
        if kind not in t.RUN_KINDS:
            raise ValueError(f"run kind must be one of {t.RUN_KINDS}, not {kind!r}")
        values = {
            "kind": kind, "extractor": extractor, "started_at": utc_now(), "status": "running",
            "documents_seen": 0, "documents_new": 0, "events": 0, "problems": 0,
        }
        with self._writer.begin() as conn:
            key = conn.execute(sa.insert(t.runs).values(values)).inserted_primary_key
        assert key is not None
        return int(key[0])

    def finish_run(
        self,
        run_id: int,
        *,
        status: str = "done",
        documents_seen: int = 0,
        documents_new: int = 0,
        events: int = 0,
        problems: int = 0,
    ) -> None:
        if status not in ("done", "failed"):
            raise ValueError(f"a run finishes as 'done' or 'failed', not {status!r}")
        stmt = (
            sa.update(t.runs)
            .where(t.runs.c.id == run_id)
            .values(
                status=status, finished_at=utc_now(), documents_seen=documents_seen,
                documents_new=documents_new, events=events, problems=problems,
            )
        )
        with self._writer.begin() as conn:
            if conn.execute(stmt).rowcount != 1:
                raise KeyError(f"no run with id {run_id}")

    # -- documents ----------------------------------------------------------------------------

    def add_documents(
        self, docs: Iterable[Document], run_id: int | None = None, batch_size: int = 500
    ) -> IngestCounts:
        """Store new documents and record every place each was read from; commits per batch.

        Safe to repeat: the same text is one document whatever its id or origin, and a
        (document, origin) pair is recorded once. Concurrent ingests of the same article cannot
        fail on a duplicate key (inserts skip conflicts); only the counts may then be off.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        total = IngestCounts()
        docs_iter = iter(docs)
        while batch := list(islice(docs_iter, batch_size)):
            total += self._add_batch(batch, run_id)
        return total

    def _add_batch(self, batch: list[Document], run_id: int | None) -> IngestCounts:
        now = utc_now()
        firsts: dict[str, Document] = {}
        dated: dict[str, date] = {}
        source_rows: dict[tuple[str, str], dict[str, Any]] = {}
        examples: list[tuple[str, str]] = []
        for doc in batch:
            digest = doc.content_hash
            first = firsts.setdefault(digest, doc)
            if first is not doc:
                examples.append((doc.origin, first.origin))
            if doc.pub_date is not None:
                dated.setdefault(digest, doc.pub_date)
            source_rows.setdefault((digest, doc.origin), source_row(doc, digest, now, run_id))
        in_batch = len(batch) - len(firsts)
        with self._writer.begin() as conn:
            stored = q.existing_documents(conn, list(firsts))
            new_docs = [d for d in firsts if d not in stored]
            base = conn.execute(sa.select(sa.func.max(t.documents.c.ingest_seq))).scalar()
            seq = int(base or 0)
            doc_rows = []
            for digest in new_docs:
                seq += 1
                first = firsts[digest]
                if first.pub_date is None and digest in dated:
                    first = first.model_copy(update={"pub_date": dated[digest]})
                doc_rows.append(document_row(first, digest, seq, now))
            if doc_rows:
                conn.execute(q.insert_ignoring(conn, t.documents, ["id"]), doc_rows)
            earlier = q.stored_earlier(conn, sorted(stored), run_id)
            filled, after_processing = q.fill_dates(
                conn, {d: day for d, day in dated.items() if d in stored}
            )
            known = q.existing_sources(conn, list(firsts))
            new_sources = [row for key, row in source_rows.items() if key not in known]
            if new_sources:
                conn.execute(
                    q.insert_ignoring(conn, t.sources, ["document_id", "origin"]), new_sources
                )
        # Earlier batches are committed, so a repeat from one of them is already in `stored`.
        this_run = {d: origin for d, origin in earlier.items() if origin is not None}
        examples.extend(
            (firsts[d].origin, origin) for d, origin in sorted(this_run.items())
        )
        return IngestCounts(
            seen=len(batch),
            new_documents=len(new_docs),
            new_sources=len(new_sources),
            duplicates=len(batch) - len(new_docs),
            repeats=in_batch + len(this_run),
            dates_filled=filled,
            dated_after_processing=after_processing,
            # The same file read twice is no news; a feed entry repeating a report is.
            repeat_examples=tuple([(a, b) for a, b in examples if a != b][:MAX_EXAMPLES]),
        )

    def pending_documents(
        self, limit: int, after: tuple[int, str] | None = None
    ) -> list[Document]:
        """Up to `limit` unprocessed documents, oldest ingest first.

        The returned Document's `id` is the content hash (pass it back to `save_results`);
        `origin` is where it was first read from; the rest comes from the document row.
        `after` is a cursor, (ingest_seq, id) of a document (`ingest_key`): only documents after
        it in ingest order are read, so a caller with documents in flight need not read them
        again. Documents ingested meanwhile with an earlier key are not seen until a read
        without `after`.
        """
        if limit < 0:
            raise ValueError(f"limit must not be negative, got {limit}")
        d = t.documents.c
        stmt = (
            q.document_select()
            .where(d.processed_at.is_(None))
            .order_by(d.ingest_seq, d.id)
            .limit(limit)
        )
        if after is not None:
            seq, last_id = after
            # A plain range on ingest_seq first, so ix_documents_pending is entered there.
            stmt = stmt.where(d.ingest_seq >= seq, sa.or_(d.ingest_seq > seq, d.id > last_id))
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).mappings().all()
        return [Document(**row) for row in rows]

    def ingest_key(self, document_id: str) -> tuple[int, str]:
        """(ingest_seq, id) of a stored document: the `after` of `pending_documents` that reads
        the documents after it. KeyError for a document not in the store."""
        d = t.documents.c
        stmt = sa.select(d.ingest_seq).where(d.id == document_id)
        with self.engine.connect() as conn:
            seq = conn.execute(stmt).scalar()
        if seq is None:
            raise KeyError(f"no document {document_id}")
        return int(seq), document_id

    def source_refs(self, document_ids: Sequence[str]) -> dict[str, list[SourceRef]]:
        """Where each stored document was read from: the caller's id and the file (and line)
        or URL, in the order they were ingested."""
        with self.engine.connect() as conn:
            return q.source_refs(conn, list(document_ids))

    def count_pending(self) -> int:
        stmt = sa.select(sa.func.count()).where(t.documents.c.processed_at.is_(None))
        with self.engine.connect() as conn:
            return int(conn.execute(stmt).scalar_one())

    # -- events -------------------------------------------------------------------------------

    def save_results(
        self, run_id: int, results: Sequence[tuple[str, Sequence[EventRecord]]]
    ) -> int:
        """Write each document's events and mark it processed, all in one transaction.

        `results` pairs a document's content hash with its events (possibly none). Documents
        already processed are skipped with their events. Returns the number of events written.
        Raises on an unknown document or an invalid record, and then writes nothing.
        """
        by_doc: dict[str, Sequence[EventRecord]] = {}
        for digest, records in results:
            if digest in by_doc:
                raise ValueError(f"document {digest} appears twice in one save_results call")
            by_doc[digest] = records
        if not by_doc:
            return 0
        d = t.documents.c
        # Claim the documents first: on PostgreSQL a concurrent process that tries to claim the
        # same documents waits on the row locks, then finds them processed and skips them.
        claim = (
            sa.update(t.documents)
            .where(d.id.in_(list(by_doc)), d.processed_at.is_(None))
            .values(processed_at=utc_now(), processed_run_id=run_id)
            .returning(d.id)
        )
        with self._writer.begin() as conn:
            claimed = set(conn.execute(claim).scalars())
            unknown = set(by_doc) - claimed - q.existing_documents(conn, list(by_doc))
            if unknown:
                raise KeyError(f"save_results for documents not in the store: {sorted(unknown)}")
            rows = EventRows()
            for digest, records in by_doc.items():
                if digest in claimed:
                    for position, record in enumerate(records):
                        rows.add(record, document_id=digest, run_id=run_id, position=position)
            q.insert_event_rows(conn, rows)
        return len(rows.events)

    def events(self, flt: EventFilter | None = None) -> Iterator[EventRecord]:
        """Stored events matching `flt`, in document ingest order, rebuilt as saved.

        Reads page by page on one connection; consume or close the iterator to release it.
        """
        flt = flt or EventFilter()
        e = t.event_mentions.c
        stmt = (
            sa.select(t.event_mentions)
            .join(t.documents, t.documents.c.id == e.document_id)
            .order_by(t.documents.c.ingest_seq, e.document_id, e.position)
        )
        if flt.event_type is not None:
            stmt = stmt.where(e.event_type == flt.event_type)
        if flt.country is not None:
            stmt = stmt.where(e.location_country == flt.country.upper())
        if flt.since is not None:
            stmt = stmt.where(e.date >= flt.since)
        if flt.until is not None:
            stmt = stmt.where(e.date <= flt.until)
        if flt.limit is not None:
            stmt = stmt.limit(flt.limit)
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=_EVENT_PAGE).execute(stmt).mappings()
            for page in result.partitions():
                ids = [row["event_id"] for row in page]
                actors = q.children_by_event(conn, t.event_actors, ids)
                claims = q.children_by_event(conn, t.event_claims, ids)
                spans = q.children_by_event(conn, t.event_spans, ids)
                for row in page:
                    key = row["event_id"]
                    yield event_record(
                        row, actors.get(key, []), claims.get(key, []), spans.get(key, [])
                    )

    # -- overview -----------------------------------------------------------------------------

    def summary(self) -> StoreSummary:
        e = t.event_mentions.c
        by_type = (
            sa.select(e.event_type, sa.func.count().label("n"))
            .group_by(e.event_type)
            .order_by(sa.desc("n"), e.event_type)
        )
        last = sa.select(t.runs).order_by(t.runs.c.id.desc()).limit(1)
        # One read transaction, so the counts agree with each other (on SQLite, a snapshot).
        with self.engine.connect() as conn, conn.begin():
            documents = q.count_rows(conn, t.documents)
            processed = q.count_rows(conn, t.documents, t.documents.c.processed_at.is_not(None))
            last_row = conn.execute(last).mappings().first()
            return StoreSummary(
                documents=documents,
                sources=q.count_rows(conn, t.sources),
                processed=processed,
                pending=documents - processed,
                events=q.count_rows(conn, t.event_mentions),
                by_event_type={row.event_type: int(row.n) for row in conn.execute(by_type)},
                runs=q.count_rows(conn, t.runs),
                last_run=run_info(last_row) if last_row is not None else None,
            )
