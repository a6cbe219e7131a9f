"""The parent's loop: hand out partitions, save each result as it comes, resubmit lost ones.

Only this process writes to the database, one `save_results` transaction per partition, so
the guarantees of a single-process `roydad process` hold unchanged: a partition is committed
with all its events or not at all; one lost with its worker is extracted again (extraction is
deterministic, and `save_results` skips documents already processed); a killed parent leaves
every uncommitted document pending for the next run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from roydad.parallel.backend import Backend, Lost, PartitionFailed
from roydad.parallel.partitions import Partition, PartitionResult, PendingFeed
from roydad.store import Store

# Partitions kept in flight per worker: one being extracted, one waiting, so that no worker
# idles while the parent writes.
IN_FLIGHT_PER_WORKER = 2
# A partition that has lost its worker this many times is probably what kills them.
MAX_ATTEMPTS = 3


@dataclass
class RunCounts:
    documents: int = 0
    events: int = 0
    partitions: int = 0
    # partitions handed out again because their worker died
    resubmitted: int = 0
    # peak resident memory seen for each worker ("host:pid"), in MiB
    peak_rss_mb: dict[str, float] = field(default_factory=dict)


class PartitionRunner:
    """Keeps the workers busy with pending documents and commits what they send back."""

    def __init__(
        self,
        store: Store,
        run_id: int,
        backend: Backend,
        *,
        partition_size: int = 16,
        limit: int | None = None,
        on_saved: Callable[[PartitionResult], None] | None = None,
        on_lost: Callable[[Lost], None] | None = None,
        balance_tail: bool = True,
    ) -> None:
        self.store = store
        self.run_id = run_id
        self.backend = backend
        self.feed = PendingFeed(store, partition_size, limit)
        self.on_saved = on_saved
        self.on_lost = on_lost
        # Shrink the last partitions so that the workers finish together (`PendingFeed.sizes`);
        # off, every partition has `partition_size` documents.
        self.balance_tail = balance_tail
        # counts so far: on failure they say what the run did commit
        self.counts = RunCounts()
        self._in_flight: dict[int, Partition] = {}
        self._attempts: Counter[int] = Counter()

    def run(self) -> RunCounts:
        if self.balance_tail:
            self.feed.expect(self.store.count_pending())
        while True:
            self._refill()
            if not self._in_flight:
                return self.counts
            for outcome in self.backend.wait():
                if isinstance(outcome, Lost):
                    self._resubmit(outcome)
                else:
                    self._save(outcome)

    def _refill(self) -> None:
        capacity = IN_FLIGHT_PER_WORKER * max(1, self.backend.workers())
        free = capacity - len(self._in_flight)
        # Refill by halves, not one partition at a time (one read of the store per half),
        # unless workers would otherwise idle.
        starving = len(self._in_flight) < self.backend.workers()
        if free <= 0 or (free < capacity // 2 and not starving):
            return
        if self.feed.exhausted and self._in_flight:
            # nothing left but what is in flight; look again once it is all saved
            return
        busy = {doc_id for p in self._in_flight.values() for doc_id in p.ids}
        for partition in self.feed.take(free, busy, self.backend.workers()):
            self._submit(partition)

    def _submit(self, partition: Partition) -> None:
        self._attempts[partition.number] += 1
        self._in_flight[partition.number] = partition
        self.backend.submit(partition)

    def _resubmit(self, lost: Lost) -> None:
        partition = lost.partition
        if self._attempts[partition.number] >= MAX_ATTEMPTS:
            raise PartitionFailed(
                f"a partition of {len(partition.documents)} documents lost its worker "
                f"{MAX_ATTEMPTS} times ({lost.reason}); first document {partition.ids[0]}"
            )
        self.counts.resubmitted += 1
        if self.on_lost is not None:
            self.on_lost(lost)
        self._submit(partition)

    def _save(self, result: PartitionResult) -> None:
        partition = self._in_flight.pop(result.number, None)
        assert partition is not None, f"result for partition {result.number}, not in flight"
        assert [doc_id for doc_id, _ in result.results] == partition.ids, "partition mismatch"
        self.counts.events += self.store.save_results(self.run_id, result.results)
        self.counts.documents += len(result.results)
        self.counts.partitions += 1
        seen = self.counts.peak_rss_mb.get(result.worker, 0.0)
        self.counts.peak_rss_mb[result.worker] = max(seen, result.peak_rss_mb)
        if self.on_saved is not None:
            self.on_saved(result)
