"""The parent's loop on real databases, with workers stood in for by an in-process backend that
can 'lose' partitions the way a dead worker does: what is saved equals a single-process run."""

from __future__ import annotations

from collections import Counter

import pytest

from roydad.models import EventRecord
from roydad.parallel import Lost, Partition, PartitionFailed, PartitionRunner
from roydad.parallel.backend import Outcome
from roydad.parallel.runner import MAX_ATTEMPTS
from roydad.store import Store
from tests.parallel.tasks import synthetic_partition
from tests.store.factories import doc, synthetic_events


class InlineBackend:
    """Runs partitions here, `workers` at a time; loses those in `lose` (by first document id)
    as often as asked, and raises `fail` for a partition holding `fail_on`."""

    name = "inline"

    def __init__(self, workers: int = 2, lose: Counter[str] | None = None,
                 fail_on: str | None = None) -> None:
        self._workers = workers
        self.lose = lose or Counter()
        self.fail_on = fail_on
        self.queue: list[Partition] = []
        self.submitted: list[int] = []
        self.most_in_flight = 0

    def workers(self) -> int:
        return self._workers

    def ready(self) -> list[str]:
        return ["inline"]

    def submit(self, partition: Partition) -> None:
        self.queue.append(partition)
        self.submitted.append(partition.number)
        self.most_in_flight = max(self.most_in_flight, len(self.queue))

    def wait(self) -> list[Outcome]:
        partition = self.queue.pop(0)
        if self.lose[partition.ids[0]] > 0:
            self.lose[partition.ids[0]] -= 1
            return [Lost(partition, "stand-in worker died")]
        if self.fail_on in partition.ids:
            raise RuntimeError("extractor bug")
        return [synthetic_partition(partition)]

    def close(self) -> None:
        self.queue.clear()


class SizingBackend(InlineBackend):
    """Notes the size of each partition handed out."""

    def __init__(self, workers: int) -> None:
        super().__init__(workers)
        self.sizes: list[int] = []

    def submit(self, partition: Partition) -> None:
        self.sizes.append(len(partition.documents))
        super().submit(partition)


def _fill(store: Store, n: int) -> list[EventRecord]:
    store.add_documents(doc(f"Report {i}: a clash in the hills{'.' * i}", origin=f"in:{i}")
                        for i in range(n))
    return [e for d in store.pending_documents(n) for e in synthetic_events(d)]


def test_every_document_saved_once_with_its_events(store: Store) -> None:
    expected = _fill(store, 23)
    backend = InlineBackend(workers=2)
    run = store.start_run("process", "test")
    counts = PartitionRunner(store, run, backend, partition_size=4).run()
    assert list(store.events()) == expected
    assert (counts.documents, counts.events) == (23, len(expected))
    assert store.summary().pending == 0
    # at most two partitions per worker in flight
    assert backend.most_in_flight <= 4
    assert sorted(backend.submitted) == list(range(1, counts.partitions + 1))


def test_the_last_partitions_shrink_so_that_workers_finish_together(store: Store) -> None:
    expected = _fill(store, 23)
    backend = SizingBackend(workers=2)
    counts = PartitionRunner(store, store.start_run("process", "test"), backend,
                             partition_size=4).run()
    assert list(store.events()) == expected
    # full partitions while each worker has two or more of them left, then a quarter of
    # what is left each
    assert backend.sizes == [4, 4, 4, 3, 2, 2, 1, 1, 1, 1]
    assert counts.partitions == 10


@pytest.mark.parametrize("workers, balance_tail", [(1, True), (2, False)])
def test_one_worker_or_fixed_partitions_take_full_partitions_to_the_end(
    store: Store, workers: int, balance_tail: bool
) -> None:
    expected = _fill(store, 23)
    backend = SizingBackend(workers=workers)
    PartitionRunner(store, store.start_run("process", "test"), backend, partition_size=4,
                    balance_tail=balance_tail).run()
    assert list(store.events()) == expected
    assert backend.sizes == [4, 4, 4, 4, 4, 3]


def test_lost_partitions_are_handed_out_again(store: Store) -> None:
    expected = _fill(store, 12)
    ids = [d.id for d in store.pending_documents(12)]
    # the second partition dies twice, the third once
    backend = InlineBackend(lose=Counter({ids[3]: 2, ids[6]: 1}))
    run = store.start_run("process", "test")
    lost: list[Lost] = []
    counts = PartitionRunner(store, run, backend, partition_size=3, on_lost=lost.append).run()
    assert list(store.events()) == expected
    assert counts.resubmitted == 3 and len(lost) == 3
    # partitions of 3, 3, 2 and four of 1 (the tail shrinks): only the lost ones come back
    assert Counter(backend.submitted) == Counter({1: 1, 2: 3, 3: 2, 4: 1, 5: 1, 6: 1, 7: 1})


def test_a_partition_that_keeps_killing_workers_fails_the_run(store: Store) -> None:
    expected = _fill(store, 9)
    ids = [d.id for d in store.pending_documents(9)]
    backend = InlineBackend(workers=1, lose=Counter({ids[3]: MAX_ATTEMPTS}))
    runner = PartitionRunner(store, store.start_run("process", "test"), backend,
                             partition_size=3)
    with pytest.raises(PartitionFailed, match=f"lost its worker {MAX_ATTEMPTS} times"):
        runner.run()
    # what was committed stays; the rest is pending, and a new run finishes it
    assert runner.counts.documents == store.summary().processed
    rerun = PartitionRunner(store, store.start_run("process", "test"), InlineBackend(),
                            partition_size=3)
    rerun.run()
    assert list(store.events()) == expected


def test_an_extraction_error_fails_the_run_keeping_what_was_saved(store: Store) -> None:
    expected = _fill(store, 8)
    ids = [d.id for d in store.pending_documents(8)]
    runner = PartitionRunner(store, store.start_run("process", "test"),
                             InlineBackend(workers=1, fail_on=ids[5]), partition_size=2)
    with pytest.raises(RuntimeError, match="extractor bug"):
        runner.run()
    assert store.summary().processed == runner.counts.documents == 4
    PartitionRunner(store, store.start_run("process", "test"), InlineBackend(),
                    partition_size=2).run()
    assert list(store.events()) == expected


def test_limit(store: Store) -> None:
    _fill(store, 10)
    counts = PartitionRunner(store, store.start_run("process", "test"), InlineBackend(),
                             partition_size=3, limit=7).run()
    assert counts.documents == 7
    assert store.summary().pending == 3
