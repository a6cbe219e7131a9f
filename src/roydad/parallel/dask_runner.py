"""A Dask cluster: `roydad process --dask tcp://scheduler:8786`, or `--dask local:N`.

Each task is one partition: its documents travel from the parent to a worker, its events
travel back, and only the parent talks to the database. When a worker dies, the scheduler
gives its tasks to another worker (up to `distributed.scheduler.allowed-failures` times, then
fails them with `KilledWorker`), so lost partitions are retried without the parent's help.
Workers must have roydad installed (the same version): tasks refer to its functions by name.
"""

from __future__ import annotations

import functools
import time
from typing import TYPE_CHECKING

from roydad.parallel.backend import BackendError, Outcome, PartitionFailed, Task
from roydad.parallel.partitions import Partition, PartitionResult
from roydad.parallel.worker import extract_partition, load, worker_name

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

LOCAL_PREFIX = "local"
_CONNECT_TIMEOUT = "30s"
# How long to wait for the first worker of a remote cluster to show up.
_WORKER_TIMEOUT_SECONDS = 120.0
# The number of worker threads is asked of the scheduler at most this often (workers may join).
_RESIZE_SECONDS = 5.0


def local_workers(address: str) -> int | None:
    """N for "local:N" (None for the address of a running scheduler); raises ValueError."""
    if address != LOCAL_PREFIX and not address.startswith(LOCAL_PREFIX + ":"):
        if "://" not in address:
            raise ValueError(
                f"{address!r} is not a Dask address: give tcp://HOST:PORT (a running "
                "scheduler) or local:N (a cluster of N worker processes on this machine)"
            )
        return None
    count = address.removeprefix(LOCAL_PREFIX).removeprefix(":")
    if not count.isdigit() or int(count) < 1:
        raise ValueError(f"{address!r}: local:N needs a number of workers N ≥ 1")
    return int(count)


class DaskBackend:
    """Partitions as Dask tasks, on a running cluster or on a LocalCluster started here."""

    name = "dask"

    def __init__(
        self, address: str, task: Task | None = None, batch_size: int = 16,
        connect_timeout: str = _CONNECT_TIMEOUT,
    ) -> None:
        import dask.config
        from distributed import Client, LocalCluster

        n_local = local_workers(address)
        self._task: Task = task or functools.partial(extract_partition, batch_size=batch_size)
        self._preload = task is None
        self._batch_size = batch_size
        self._cluster: LocalCluster | None = None
        try:
            if n_local is not None:
                # One single-threaded process per worker: spaCy holds the GIL, so threads
                # would not add throughput, only pipelines in memory. No dashboard, so no
                # profiler either: it samples the task's stack every 10 ms, for ~2 % of the
                # worker's CPU and a GIL the extraction must wait for.
                with dask.config.set({"distributed.worker.profile.enabled": False}):
                    self._cluster = LocalCluster(  # type: ignore[no-untyped-call]
                        n_workers=n_local, threads_per_worker=1, processes=True,
                        dashboard_address=None,
                    )
                self.client: Client = Client(self._cluster)  # type: ignore[no-untyped-call]
            else:
                self.client = Client(address, timeout=connect_timeout)  # type: ignore[no-untyped-call]
            self.client.wait_for_workers(1, timeout=_WORKER_TIMEOUT_SECONDS)
        except (OSError, TimeoutError) as error:
            self.close()
            raise BackendError(f"cannot use the Dask cluster at {address}: {error}") from None
        self._futures: dict[Future[PartitionResult], Partition] = {}
        self._threads = 0
        self._sized_at = -_RESIZE_SECONDS
        # Every worker there now starts loading the pipeline, while this process gets on with
        # its own start; partitions queue behind. (One that joins later loads on its first.)
        self._loading: list[Future[str]] = []
        if self._preload:
            self._loading = [
                self.client.submit(load, batch_size, workers=[worker], pure=False,
                                   allow_other_workers=True)
                for worker in self.client.scheduler_info()["workers"]
            ]

    def workers(self) -> int:
        now = time.monotonic()
        if now - self._sized_at >= _RESIZE_SECONDS:
            self._threads = sum(self.client.nthreads().values())  # type: ignore[no-untyped-call]
            self._sized_at = now
        return self._threads

    def ready(self) -> list[str]:
        """Load the pipeline on every worker now (each also loads it on its first task)."""
        loader = functools.partial(load, self._batch_size) if self._preload else worker_name
        names = self.client.run(loader)
        return sorted(str(name) for name in names.values())

    def submit(self, partition: Partition) -> None:
        # pure=False: a resubmitted partition is new work, not a result to look up
        future = self.client.submit(self._task, partition, pure=False)
        self._futures[future] = partition

    def wait(self) -> list[Outcome]:
        from distributed import wait
        from distributed.scheduler import KilledWorker

        done, _ = wait(list(self._futures), return_when="FIRST_COMPLETED")  # type: ignore[no-untyped-call]
        outcomes: list[Outcome] = []
        for future in done:
            partition = self._futures.pop(future)
            if future.status == "finished":
                outcomes.append(future.result())
                future.release()
                continue
            if future.status == "cancelled":
                raise PartitionFailed(
                    f"the Dask scheduler cancelled a partition (first document "
                    f"{partition.ids[0]}); was the scheduler lost?"
                )
            error = future.exception()
            if isinstance(error, KilledWorker):
                raise PartitionFailed(
                    f"a partition killed every Dask worker it was given (first document "
                    f"{partition.ids[0]}): {error}"
                )
            assert isinstance(error, BaseException)
            raise error
        return outcomes

    def close(self) -> None:
        futures = getattr(self, "_futures", {})
        client = getattr(self, "client", None)
        if client is not None:
            pending = [*futures, *getattr(self, "_loading", [])]
            if pending:
                client.cancel(pending)
                futures.clear()
            client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

