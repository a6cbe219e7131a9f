"""The worker side: extract a partition with a pipeline loaded once per process.

Workers never touch the database (they may run on machines that cannot reach it, and SQLite
allows one writer): they turn documents into event records and send them back. The stage code
is the same `Extractor` the single-process `roydad process` runs.
"""

from __future__ import annotations

import os
import resource
import socket
import sys
import threading
import time
from datetime import date
from typing import TYPE_CHECKING

from roydad.models import Document
from roydad.parallel.partitions import Partition, PartitionResult

if TYPE_CHECKING:
    from roydad.extract.pipeline import Extractor

# One pipeline per process. Dask may run tasks on several threads of one worker and runs
# `Client.run` functions on yet another thread, so the cache is per process, not per thread,
# and the lock keeps two threads from using one spaCy pipeline at once.
_lock = threading.Lock()
_extractors: dict[int, Extractor] = {}

# Reports that take the extractor down most of its paths (a trigger with casualties, places,
# parties, a claim; a dated report, and an undated one whose weekday goes to dateparser); their
# events are thrown away.
_WARM_UP = (
    Document(
        id="roydad-warm-up-1", origin="roydad:warm-up", pub_date=date(2024, 3, 11),
        text="Gunmen killed three police officers and wounded five others in Peshawar, "
        "Pakistan, on Monday, police said. The Tehrik-i-Taliban Pakistan claimed "
        "responsibility for the attack.",
    ),
    Document(
        id="roydad-warm-up-2", origin="roydad:warm-up",
        text="A car bomb killed 12 people at a market in Quetta on Friday, officials said.",
    ),
)

# How often an orphaned pool worker checks whether its parent is still there.
_PARENT_POLL_SECONDS = 1.0


def extractor(batch_size: int = 16) -> Extractor:
    """This process's extractor, loaded on first use (the spaCy model costs seconds and ~400 MB)."""
    with _lock:
        found = _extractors.get(batch_size)
        if found is None:
            from roydad.extract.pipeline import Extractor

            found = _extractors[batch_size] = Extractor(batch_size=batch_size)
        return found


def extract_partition(partition: Partition, batch_size: int = 16) -> PartitionResult:
    """Each document of the partition with its events (possibly none), in order."""
    from roydad.nlp.zones import memory_zone

    loaded = extractor(batch_size)
    with _lock:
        started, cpu = time.perf_counter(), time.process_time()
        # The words first seen in this partition leave spaCy's vocabulary with it: otherwise
        # every new name and number of a long stream stays there (~0.4 kB each), and a
        # worker's memory grows with the corpus. Nothing of spaCy's outlives the zone: the
        # records hold plain strings. Words the partitions keep using stay (roydad.nlp.zones).
        with memory_zone(loaded.nlp, (d.text for d in partition.documents)):
            results = [(d.id, records) for d, records in loaded.extract(partition.documents)]
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return PartitionResult(
        number=partition.number,
        results=results,
        worker=worker_name(),
        peak_rss_mb=peak_rss_mb(),
        seconds=seconds,
        cpu_seconds=cpu,
    )


def load(batch_size: int = 16) -> str:
    """Load the pipeline now and warm it up (a pool initializer, or `Client.run` on every Dask
    worker); returns the worker's name.

    The first document a fresh pipeline extracts costs about a second more than the others
    (lexicons, country names, actor lookups and dateparser are read on first use): a worker
    that is ready has paid for it, so that its first partition is not the slow one a run
    waits for."""
    loaded = extractor(batch_size)
    with _lock:
        list(loaded.extract(_WARM_UP))
    return worker_name()


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def peak_rss_mb() -> float:
    """Peak resident set size of this process, in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def exit_with_parent() -> None:
    """Make a pool worker leave when the process that started it dies.

    A pool worker waits on its task queue, and a SIGKILLed parent closes nothing that would
    wake it: without this, every killed `roydad process --workers N` would leave N idle
    processes holding a spaCy pipeline each."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(_PARENT_POLL_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="roydad-parent-watch", daemon=True).start()
