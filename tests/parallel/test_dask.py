"""The Dask path on a LocalCluster of two worker processes: results equal a single-process run,
also when a worker process is SIGKILLed mid-run (its nanny restarts it and the scheduler hands
its partitions to a live worker)."""

from __future__ import annotations

import functools
import os
import signal

import pytest

from roydad.parallel import PartitionResult, PartitionRunner
from roydad.parallel.dask_runner import DaskBackend, local_workers
from roydad.store import Store
from tests.parallel.tasks import synthetic_partition
from tests.store.factories import doc, synthetic_events


@pytest.mark.parametrize(
    ("address", "expected"),
    [("local:2", 2), ("local", None), ("tcp://10.0.0.5:8786", None), ("tls://s:8786", None)],
)
def test_addresses(address: str, expected: int | None) -> None:
    if address == "local":
        with pytest.raises(ValueError, match="local:N"):
            local_workers(address)
    else:
        assert local_workers(address) == expected


@pytest.mark.parametrize("address", ["scheduler:8786", "local:0", "local:two"])
def test_bad_addresses(address: str) -> None:
    with pytest.raises(ValueError, match=address):
        local_workers(address)


def test_unreachable_scheduler_is_a_clear_error() -> None:
    from roydad.parallel import BackendError

    expected = r"cannot use the Dask cluster at tcp://127\.0\.0\.1:9"
    with pytest.raises(BackendError, match=expected):
        DaskBackend("tcp://127.0.0.1:9", task=synthetic_partition, connect_timeout="1s")


def test_killed_dask_worker_loses_nothing_and_duplicates_nothing(store: Store) -> None:
    store.add_documents(doc(f"Report {i}: an ambush at dawn{'!' * i}", origin=f"in:{i}")
                        for i in range(32))
    expected = [e for d in store.pending_documents(32) for e in synthetic_events(d)]
    backend = DaskBackend("local:2", task=functools.partial(synthetic_partition, delay=0.05))
    killed: list[str] = []

    def kill_first_worker(result: PartitionResult) -> None:
        if not killed:
            killed.append(result.worker)
            os.kill(int(result.worker.rsplit(":", 1)[1]), signal.SIGKILL)

    try:
        assert len(backend.ready()) == 2
        counts = PartitionRunner(store, store.start_run("process", "test"), backend,
                                 partition_size=4, on_saved=kill_first_worker).run()
    finally:
        backend.close()
    assert killed
    assert list(store.events()) == expected
    summary = store.summary()
    assert (summary.processed, summary.pending, summary.events) == (32, 0, len(expected))
    assert counts.documents == 32
