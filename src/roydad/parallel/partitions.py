"""Partitions: the unit of work a worker extracts and the parent commits in one transaction.

The parent reads pending documents from the store and hands them out in partitions. A partition
stays *in flight* until its results are saved; while it is, its documents are still pending in
the database (they are marked processed only by `Store.save_results`, with their events), so a
partition lost with its worker is simply handed out again, and a killed parent leaves them
pending for the next run.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from roydad.models import Document, EventRecord
from roydad.store import Store


@dataclass(frozen=True)
class Partition:
    """Documents (their `id` is the store's content hash) extracted together by one worker."""

    number: int
    documents: tuple[Document, ...]

    @property
    def ids(self) -> list[str]:
        return [d.id for d in self.documents]


@dataclass(frozen=True)
class PartitionResult:
    """What a worker sends back: each document's events, and how the worker fared."""

    number: int
    # (document content hash, its events) in partition order: what `Store.save_results` takes
    results: list[tuple[str, list[EventRecord]]]
    # which process did the work: "host:pid" (a Dask cluster spans machines)
    worker: str
    # the worker process's peak resident memory so far, in MiB
    peak_rss_mb: float
    # wall-clock and CPU seconds the extraction took in the worker (CPU time does not depend
    # on what else the machine runs, so benchmarks on a shared machine compare it too)
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    events: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "events", sum(len(records) for _, records in self.results))


class PendingFeed:
    """Hands out pending documents in partitions, never one that is already in flight.

    While partitions are in flight the feed reads on from the last document it handed out
    (`Store.pending_documents(after=...)`), so the documents in flight, still pending in the
    database, are not read again. Once nothing is in flight it reads from the oldest pending
    document again: the store stays the only record of what is done, and a document the cursor
    passed by (ingested meanwhile by another process with an earlier key) is picked up then.
    """

    def __init__(self, store: Store, partition_size: int, limit: int | None = None) -> None:
        if partition_size < 1:
            raise ValueError(f"partition size must be at least 1, not {partition_size}")
        if limit is not None and limit < 0:
            raise ValueError(f"limit must not be negative, not {limit}")
        self.store = store
        self.partition_size = partition_size
        self.limit = limit
        self.handed_out = 0
        # Set when a read found nothing beyond the documents in flight.
        self.exhausted = False
        self._next_number = 0
        # (ingest_seq, id) of the last document handed out while others are in flight.
        self._after: tuple[int, str] | None = None

    def take(self, count: int, busy: Collection[str]) -> list[Partition]:
        """Up to `count` new partitions of documents not in `busy` (the ids in flight)."""
        want = count * self.partition_size
        if self.limit is not None:
            want = min(want, self.limit - self.handed_out)
        if want <= 0:
            self.exhausted = True
            return []
        if not busy:
            self._after = None
        if self._after is not None:
            found = self.store.pending_documents(want, after=self._after)
        else:
            # No cursor (a first read, or documents in flight that this feed did not hand
            # out): read past as many as are in flight and drop them.
            found = self.store.pending_documents(len(busy) + want)
        fresh = [d for d in found if d.id not in busy][:want]
        self.exhausted = len(fresh) < want
        self.handed_out += len(fresh)
        if fresh:
            self._after = self.store.ingest_key(fresh[-1].id)
        return [self._partition(fresh[i : i + self.partition_size])
                for i in range(0, len(fresh), self.partition_size)]

    def _partition(self, documents: Sequence[Document]) -> Partition:
        self._next_number += 1
        return Partition(self._next_number, tuple(documents))
