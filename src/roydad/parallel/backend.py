"""What the parent needs from a set of workers, whether a local process pool or a Dask cluster."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from roydad.parallel.partitions import Partition, PartitionResult

# Extraction of one partition; it must be picklable by reference (a module-level function or a
# functools.partial of one), since it travels to other processes.
Task = Callable[[Partition], PartitionResult]


@dataclass(frozen=True)
class Lost:
    """A partition whose worker died before it answered: nothing of it reached the database."""

    partition: Partition
    reason: str


Outcome = PartitionResult | Lost


class PartitionFailed(RuntimeError):
    """A partition could not be extracted (it kept killing its workers, or was cancelled)."""


class BackendError(RuntimeError):
    """The workers could not be started or reached; a message for the user."""


class Backend(Protocol):
    """Runs `Task`s on workers and reports each partition's outcome as it comes."""

    name: str

    def workers(self) -> int:
        """Processes (Dask: threads) that extract at once."""
        ...

    def ready(self) -> list[str]:
        """Block until every worker has loaded the pipeline; their names."""
        ...

    def submit(self, partition: Partition) -> None: ...

    def wait(self) -> list[Outcome]:
        """Block until at least one submitted partition is done; the outcomes of all done.

        A partition whose task raised re-raises here: a bug fails the run, as in one process."""
        ...

    def close(self) -> None: ...
