"""A local process pool: `roydad process --workers N`.

Workers are started with "spawn", not "fork": the parent holds database connections and a
progress-bar thread, neither of which survives being copied into a child. When a worker dies
(killed, out of memory), `concurrent.futures` breaks the whole pool and fails every task in
it; the pool is then rebuilt and those partitions reported `Lost`, to be handed out again.
"""

from __future__ import annotations

import functools
import multiprocessing
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from roydad.parallel.backend import BackendError, Lost, Outcome, Task
from roydad.parallel.partitions import Partition, PartitionResult
from roydad.parallel.worker import exit_with_parent, extract_partition, load, worker_name

_READY_TIMEOUT_SECONDS = 600.0
# How long a readiness probe holds its worker, so that the others take the remaining probes.
_PROBE_SECONDS = 0.2


class ProcessPoolBackend:
    """`workers` processes on this machine, each loading the pipeline once."""

    name = "process pool"

    def __init__(self, workers: int, task: Task | None = None, batch_size: int = 16) -> None:
        if workers < 1:
            raise BackendError(f"--workers must be at least 1, not {workers}")
        self._workers = workers
        self._task: Task = task or functools.partial(extract_partition, batch_size=batch_size)
        # a custom task (tests, benchmarks of other stages) loads what it needs itself
        self._preload = task is None
        self._batch_size = batch_size
        self._futures: dict[Future[PartitionResult], Partition] = {}
        # partitions refused by a pool that broke before `wait` noticed
        self._refused: list[Partition] = []
        self._started: list[Future[str]] = []
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(
            max_workers=self._workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_initialize,
            initargs=(self._batch_size if self._preload else None,),
        )
        # The executor starts a process per task submitted, as tasks come. Start them all now,
        # so that they load the pipeline while this process gets on with its own start.
        self._started = [executor.submit(worker_name) for _ in range(self._workers)]
        return executor

    def workers(self) -> int:
        return self._workers

    def ready(self) -> list[str]:
        """Probe until every worker has answered; a worker answers only after its initializer
        (which loads the pipeline) has run."""
        deadline = time.monotonic() + _READY_TIMEOUT_SECONDS
        # the workers that answered the start-up tasks first (one may have taken them all)
        names = {started.result(timeout=_READY_TIMEOUT_SECONDS) for started in self._started}
        while len(names) < self._workers:
            if time.monotonic() > deadline:
                raise BackendError(f"only {len(names)} of {self._workers} workers started")
            probes = [self._executor.submit(_probe) for _ in range(self._workers)]
            names.update(probe.result() for probe in probes)
        return sorted(names)

    def submit(self, partition: Partition) -> None:
        try:
            self._futures[self._executor.submit(self._task, partition)] = partition
        except BrokenProcessPool:
            # a worker died since the last `wait`: report the partition lost there
            self._refused.append(partition)

    def wait(self) -> list[Outcome]:
        done: set[Future[PartitionResult]] = set()
        if not self._refused:
            done, _ = wait(list(self._futures), return_when=FIRST_COMPLETED)
        if self._refused or any(isinstance(f.exception(), BrokenProcessPool) for f in done):
            # Every other task of a broken pool fails too (promptly); collect them all.
            wait(list(self._futures))
            done = set(self._futures)
        outcomes: list[Outcome] = [Lost(p, "a worker process died") for p in self._refused]
        broken = bool(self._refused)
        self._refused.clear()
        for future in done:
            partition = self._futures.pop(future)
            error = future.exception()
            if error is None:
                outcomes.append(future.result())
            elif isinstance(error, BrokenProcessPool):
                broken = True
                outcomes.append(Lost(partition, "a worker process died"))
            else:
                raise error
        if broken:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._start()
        return outcomes

    def close(self) -> None:
        # Tasks still running are not waited for: their partitions were never saved, so they
        # stay pending for the next run.
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._futures.clear()
        self._refused.clear()


def _initialize(batch_size: int | None) -> None:
    exit_with_parent()
    if batch_size is not None:
        load(batch_size)


def _probe() -> str:
    time.sleep(_PROBE_SECONDS)
    return worker_name()
