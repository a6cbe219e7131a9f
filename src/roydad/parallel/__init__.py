"""Extraction on many cores or machines, with the guarantees of one process.

The parent reads pending documents from the store in partitions (`partitions.PendingFeed`),
workers extract them with the unchanged `Extractor`, loaded once per worker (`worker`), and the
parent commits each partition's events in one transaction as it comes back (`runner`). Workers
are a local process pool (`pool`) or a Dask cluster (`dask_runner`); nothing else differs.
Only the parent touches the database.
"""

from roydad.parallel.backend import Backend, BackendError, Lost, PartitionFailed, Task
from roydad.parallel.partitions import Partition, PartitionResult, PendingFeed
from roydad.parallel.runner import PartitionRunner, RunCounts

__all__ = [
    "Backend",
    "BackendError",
    "Lost",
    "Partition",
    "PartitionFailed",
    "PartitionResult",
    "PartitionRunner",
    "PendingFeed",
    "RunCounts",
    "Task",
]
