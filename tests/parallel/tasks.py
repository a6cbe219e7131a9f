"""A stand-in for extraction that workers can import: the synthetic events of the store tests,
so that the machinery (partitions, workers dying, resubmission) is tested without spaCy."""

from __future__ import annotations

import time

from roydad.parallel.partitions import Partition, PartitionResult
from roydad.parallel.worker import peak_rss_mb, worker_name
from tests.store.factories import synthetic_events


def synthetic_partition(partition: Partition, delay: float = 0.0) -> PartitionResult:
    """`synthetic_events` for each document, after `delay` seconds per document (so that a
    test can kill a worker while it holds a partition)."""
    time.sleep(delay * len(partition.documents))
    return PartitionResult(
        number=partition.number,
        results=[(d.id, synthetic_events(d)) for d in partition.documents],
        worker=worker_name(),
        peak_rss_mb=peak_rss_mb(),
    )
