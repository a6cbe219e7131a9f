"""Partitions: the unit of work a worker extracts and the parent commits in one transaction.

The parent reads pending documents from the store and hands them out in partitions. A partition
stays *in flight* until its results are saved; while it is, its documents are still pending in
the database (they are marked processed only by `Store.save_results`, with their events), so a
partition lost with its worker is simply handed out again, and a killed parent leaves them
pending for the next run.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from roydad.models import Document, EventRecord
from roydad.store import Store

# Near the end of a run each worker is given about this many partitions of what is left.
TAIL_SHARES = 2


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

    Told how many documents to expect (`expect`), the feed shrinks the last partitions it hands
    out to several workers (guided self-scheduling), so that they finish together instead of
    one extracting a whole partition while the others idle. Extraction does not depend on how
    documents are grouped, so the events do not change.
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
        # Documents this run expects to hand out (pending when it started, up to the limit).
        self.expected: int | None = None
        # Set when a read found nothing beyond the documents in flight.
        self.exhausted = False
        self._next_number = 0
        # (ingest_seq, id) of the last document handed out while others are in flight.
        self._after: tuple[int, str] | None = None

    def expect(self, pending: int) -> None:
        """Documents pending as the run starts: the end that partitions shrink towards."""
        self.expected = pending if self.limit is None else min(pending, self.limit)

    def sizes(self, count: int, workers: int = 1) -> list[int]:
        """The sizes of the next `count` partitions for `workers` workers.

        Full partitions until the expected documents left would give each worker fewer than
        `TAIL_SHARES` of them; then each takes a `TAIL_SHARES × workers`-th of what is left, down
        to an eighth of a partition (smaller ones would cost more in per-partition overhead
        and `nlp.pipe` batching than the idling they save). One worker never waits on another,
        so it gets full partitions to the end."""
        left = None if self.expected is None else self.expected - self.handed_out
        smallest = max(1, self.partition_size // 8)
        out = []
        for _ in range(count):
            if workers <= 1 or left is None or left <= 0:
                # No end in sight (or more documents than expected, ingested meanwhile).
                out.append(self.partition_size)
                continue
            share = -(-left // (TAIL_SHARES * workers))
            out.append(max(smallest, min(self.partition_size, share)))
            left -= out[-1]
        return out

    def take(self, count: int, busy: Collection[str], workers: int = 1) -> list[Partition]:
        """Up to `count` new partitions of documents not in `busy` (the ids in flight), sized
        for `workers` workers (`sizes`)."""
        sizes = self.sizes(count, workers)
        want = sum(sizes)
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
        starts = list(itertools.accumulate(sizes, initial=0))
        return [self._partition(fresh[start : start + size])
                for start, size in zip(starts, sizes, strict=False) if start < len(fresh)]

    def _partition(self, documents: Sequence[Document]) -> Partition:
        self._next_number += 1
        return Partition(self._next_number, tuple(documents))
