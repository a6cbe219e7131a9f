"""The local process pool, with real worker processes: one is SIGKILLed while partitions are in
flight, the pool is rebuilt, and the database ends as an uninterrupted run leaves it."""

from __future__ import annotations

import functools
import os
import signal
import time

import psutil

from roydad.parallel import PartitionResult, PartitionRunner
from roydad.parallel.pool import ProcessPoolBackend
from roydad.store import Store
from tests.parallel.tasks import synthetic_partition
from tests.store.factories import doc, synthetic_events


def test_a_killed_worker_loses_nothing_and_duplicates_nothing(store: Store) -> None:
    store.add_documents(doc(f"Report {i}: shelling overnight{'!' * i}", origin=f"in:{i}")
                        for i in range(40))
    expected = [e for d in store.pending_documents(40) for e in synthetic_events(d)]
    # 0.05 s per document: a partition of 4 holds its worker for 0.2 s
    task = functools.partial(synthetic_partition, delay=0.05)
    backend = ProcessPoolBackend(2, task=task)
    killed: list[str] = []

    def kill_first_worker(result: PartitionResult) -> None:
        # The worker that sent the first result is by now busy with its next partition.
        if not killed:
            killed.append(result.worker)
            os.kill(int(result.worker.rsplit(":", 1)[1]), signal.SIGKILL)

    try:
        runner = PartitionRunner(store, store.start_run("process", "test"), backend,
                                 partition_size=4, on_saved=kill_first_worker)
        counts = runner.run()
    finally:
        backend.close()
    assert counts.resubmitted >= 1, "the kill did not catch any partition in flight"
    assert list(store.events()) == expected
    summary = store.summary()
    assert (summary.processed, summary.pending, summary.events) == (40, 0, len(expected))
    # the pool was rebuilt: later partitions came from new processes
    assert len(counts.peak_rss_mb) > 2 and killed[0] in counts.peak_rss_mb


def test_ready_waits_for_every_worker() -> None:
    backend = ProcessPoolBackend(2, task=synthetic_partition)
    try:
        names = backend.ready()
    finally:
        backend.close()
    assert len(names) == 2 and all(name.rsplit(":", 1)[1].isdigit() for name in names)


def test_workers_start_loading_as_the_pool_is_made() -> None:
    """Not at the first partition: they load the pipeline while the parent gets ready."""
    earlier = _spawned()  # workers of earlier tests' pools may still be on their way out
    backend = ProcessPoolBackend(2, task=synthetic_partition)
    try:
        deadline = time.monotonic() + 60
        while len(_spawned() - earlier) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(_spawned() - earlier) == 2
        assert len(backend.ready()) == 2
        assert len(_spawned() - earlier) == 2, "ready() started no more processes"
    finally:
        backend.close()


def _spawned() -> set[int]:
    return {child.pid for child in psutil.Process().children()
            if "spawn_main" in " ".join(child.cmdline())}


def test_a_pool_that_broke_between_waits_reports_what_it_refused() -> None:
    """A worker dies while the parent is busy writing; the next submissions meet a broken pool.
    They come back from `wait` as lost, with the tasks in flight, and the pool is rebuilt."""
    from roydad.models import Document
    from roydad.parallel import Lost, Partition

    def partition(number: int) -> Partition:
        return Partition(number, (Document(id=f"d{number}", text="text", origin="t"),))

    backend = ProcessPoolBackend(1, task=functools.partial(synthetic_partition, delay=0.5))
    try:
        backend.submit(partition(1))
        [first] = backend.wait()
        assert isinstance(first, PartitionResult)
        backend.submit(partition(2))
        os.kill(int(first.worker.rsplit(":", 1)[1]), signal.SIGKILL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            time.sleep(0.1)
            backend.submit(partition(3))
            if backend._refused:  # the pool has noticed
                break
        outcomes = backend.wait()
        assert outcomes and all(isinstance(o, Lost) for o in outcomes)
        assert {o.partition.number for o in outcomes if isinstance(o, Lost)} >= {2, 3}
        backend.submit(partition(4))
        [after] = backend.wait()
        assert isinstance(after, PartitionResult) and after.worker != first.worker
    finally:
        backend.close()
