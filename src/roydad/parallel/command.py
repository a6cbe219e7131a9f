"""`roydad process --workers N` and `--dask ADDRESS`: the command's parallel half."""

from __future__ import annotations

from dataclasses import dataclass

from roydad.models import Document
from roydad.parallel.backend import Backend, BackendError, Lost
from roydad.parallel.partitions import PartitionResult
from roydad.parallel.runner import PartitionRunner
from roydad.progress import Reporter
from roydad.store import Store


@dataclass(frozen=True)
class BackendSpec:
    """Which workers to use, checked before anything is opened."""

    workers: int | None = None
    dask: str | None = None

    @classmethod
    def from_options(cls, workers: int | None, dask: str | None) -> BackendSpec | None:
        """None when neither option is given (extract in this process); raises ValueError."""
        if workers is not None and dask is not None:
            raise ValueError("give --workers or --dask, not both")
        if workers is not None and workers < 1:
            raise ValueError(f"--workers must be at least 1, not {workers}")
        if dask is not None:
            from roydad.parallel.dask_runner import local_workers

            local_workers(dask)
        if workers is None and dask is None:
            return None
        return cls(workers=workers, dask=dask)

    def open(self, batch_size: int) -> Backend:
        if self.dask is not None:
            from roydad.parallel.dask_runner import DaskBackend

            return DaskBackend(self.dask, batch_size=batch_size)
        from roydad.parallel.pool import ProcessPoolBackend

        assert self.workers is not None
        return ProcessPoolBackend(self.workers, batch_size=batch_size)


def process_in_parallel(
    store: Store, spec: BackendSpec, *, pending: int, batch_size: int, limit: int | None
) -> None:
    """Extract pending documents on workers; this process alone writes, a partition per
    transaction. Closes the store. Raises BackendError when the workers cannot be had, and
    DataFileError, before any document is handed out, when a lexicon does not fit its model."""
    try:
        # Workers first: each takes seconds to load the pipeline, time in which this process
        # reads the lexicons (and imports the extractor for its name) instead of before.
        backend = spec.open(batch_size)
    except BackendError:
        store.close()
        raise
    try:
        from roydad.extract.lexicon import check_lexicons
        from roydad.extract.pipeline import EXTRACTOR

        check_lexicons()
    except BaseException:
        backend.close()
        store.close()
        raise
    run_id = store.start_run("process", EXTRACTOR)
    with Reporter("process", total=pending) as reporter:

        def saved(result: PartitionResult) -> None:
            reporter.advance(len(result.results))

        def lost(what: Lost) -> None:
            reporter.console.print(
                f"worker lost ({what.reason}): {len(what.partition.documents)} documents "
                f"from {_first(what.partition.documents)} handed out again",
                markup=False, soft_wrap=True,
            )

        runner = PartitionRunner(
            store, run_id, backend, partition_size=batch_size, limit=limit,
            on_saved=saved, on_lost=lost,
        )
        try:
            counts = runner.run()
        except BaseException:
            done = runner.counts
            store.finish_run(
                run_id, status="failed", documents_seen=done.documents, events=done.events
            )
            backend.close()
            store.close()
            raise
        backend.close()
        store.finish_run(run_id, documents_seen=counts.documents, events=counts.events)
        workers = len(counts.peak_rss_mb)
        peak = max(counts.peak_rss_mb.values(), default=0.0)
        reporter.summary(
            f"processed {counts.documents} documents, {counts.events} events by {workers} "
            f"{backend.name} worker processes (peak {peak:.0f} MiB per worker) → {store.url}"
        )
    store.close()


def _first(documents: tuple[Document, ...]) -> str:
    return documents[0].origin if documents else "-"
