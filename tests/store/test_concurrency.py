"""Two processes on one database (a team on PostgreSQL, or `ingest` beside `process` on SQLite)
must not duplicate or lose anything. Threads with separate stores stand in for processes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from roydad.store import Store, open_store

from .factories import doc, synthetic_events

T = TypeVar("T")


def _both(db_url: str, work: Callable[[Store], T]) -> list[T]:
    """Run `work` at the same moment in two threads, each with its own store."""
    start = threading.Barrier(2)

    def one() -> T:
        start.wait()
        store = open_store(db_url)
        try:
            return work(store)
        finally:
            store.close()

    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(one), pool.submit(one)]
        return [f.result(timeout=120) for f in futures]


def test_concurrent_open_of_a_fresh_database(db_url: str) -> None:
    assert _both(db_url, lambda store: store.summary().documents) == [0, 0]


def test_concurrent_ingest_of_the_same_documents(store: Store, db_url: str) -> None:
    docs = [doc(f"Shelling reported in district {i}.", origin=f"f:{i}") for i in range(50)]

    _both(db_url, lambda other: other.add_documents(docs, batch_size=7))

    summary = store.summary()
    assert (summary.documents, summary.sources) == (50, 50)


def test_concurrent_processing_of_the_same_batch(store: Store, db_url: str) -> None:
    store.add_documents(doc(f"Raid number {i} on a village.", origin=f"f:{i}") for i in range(20))
    batch = store.pending_documents(20)
    results = [(d.id, synthetic_events(d)) for d in batch]
    expected = [e for _, events in results for e in events]

    def process(other: Store) -> int:
        return other.save_results(other.start_run("process", "t"), results)

    written = _both(db_url, process)

    # One of them wrote everything, the other found the documents processed and skipped them.
    assert sorted(written) == [0, len(expected)]
    assert list(store.events()) == expected
