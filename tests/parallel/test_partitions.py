"""PendingFeed: partitions of pending documents, none handed out twice while in flight."""

from __future__ import annotations

import pytest

from roydad.models import Document
from roydad.parallel import PendingFeed
from roydad.store import Store
from tests.store.factories import doc, synthetic_events


def _fill(store: Store, n: int) -> list[str]:
    store.add_documents(doc(f"Report {i}: clashes near the border.", origin=f"in:{i}")
                        for i in range(n))
    return [d.id for d in store.pending_documents(n)]


def test_partitions_in_ingest_order_skipping_those_in_flight(store: Store) -> None:
    ids = _fill(store, 10)
    feed = PendingFeed(store, partition_size=3)
    first = feed.take(2, busy=set())
    assert [p.ids for p in first] == [ids[0:3], ids[3:6]]
    assert [p.number for p in first] == [1, 2]
    busy = {i for p in first for i in p.ids}
    second = feed.take(5, busy)
    assert [p.ids for p in second] == [ids[6:9], ids[9:10]]
    assert feed.exhausted and feed.handed_out == 10
    # Saved partitions leave the pending set; what is still in flight is never handed out.
    run = store.start_run("process", "test")
    saved = first[0]
    store.save_results(run, [(d.id, synthetic_events(d)) for d in saved.documents])
    busy -= set(saved.ids)
    busy |= {i for p in second for i in p.ids}
    assert feed.take(3, busy) == []


def test_a_lost_partition_comes_back_when_nothing_is_in_flight(store: Store) -> None:
    """A partition dropped without saving (a killed parent) is pending again for a new feed."""
    ids = _fill(store, 4)
    feed = PendingFeed(store, partition_size=4)
    assert [p.ids for p in feed.take(1, busy=set())] == [ids]
    again = PendingFeed(store, partition_size=2)
    assert [p.ids for p in again.take(4, busy=set())] == [ids[:2], ids[2:]]


def test_limit_caps_what_is_handed_out(store: Store) -> None:
    ids = _fill(store, 7)
    feed = PendingFeed(store, partition_size=2, limit=5)
    taken = feed.take(10, busy=set())
    assert [p.ids for p in taken] == [ids[0:2], ids[2:4], ids[4:5]]
    assert feed.take(10, busy={i for p in taken for i in p.ids}) == []
    assert feed.exhausted


def test_bad_settings() -> None:
    with pytest.raises(ValueError, match="partition size"):
        PendingFeed(None, partition_size=0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="limit"):
        PendingFeed(None, partition_size=1, limit=-1)  # type: ignore[arg-type]


def test_documents_in_flight_are_not_read_again(store: Store) -> None:
    """With partitions in flight, the feed reads on after the last one it handed out."""
    ids = _fill(store, 12)
    read: list[list[str]] = []
    pending = store.pending_documents

    def spy(limit: int, after: tuple[int, str] | None = None) -> list[Document]:
        found = pending(limit, after=after)
        read.append([d.id for d in found])
        return found

    store.pending_documents = spy  # type: ignore[method-assign]
    feed = PendingFeed(store, partition_size=2)
    first = feed.take(2, busy=set())
    busy = {i for p in first for i in p.ids}
    second = feed.take(2, busy)
    assert [p.ids for p in [*first, *second]] == [ids[0:2], ids[2:4], ids[4:6], ids[6:8]]
    assert read[1] == ids[4:8]  # not ids[0:4] again, which are in flight
    # A partition saved meanwhile changes nothing for the cursor.
    run = store.start_run("process", "test")
    store.save_results(run, [(d.id, synthetic_events(d)) for d in first[0].documents])
    busy = (busy - set(first[0].ids)) | {i for p in second for i in p.ids}
    assert [p.ids for p in feed.take(3, busy)] == [ids[8:10], ids[10:12]]
    assert read[2] == ids[8:12] and feed.exhausted
    # Nothing in flight (the rest lost with a killed worker pool, say): from the oldest again.
    assert [p.ids for p in feed.take(1, busy=set())] == [ids[2:4]]


def test_partitions_shrink_towards_the_expected_end(store: Store) -> None:
    ids = _fill(store, 20)
    feed = PendingFeed(store, partition_size=8)
    feed.expect(20)
    # 20 left for 2 workers: a quarter each (5), then of what is left, never below 8 // 8
    assert feed.sizes(4, workers=2) == [5, 4, 3, 2]
    assert feed.sizes(2, workers=1) == [8, 8], "one worker waits on no other"
    taken = feed.take(4, busy=set(), workers=2)
    assert [p.ids for p in taken] == [ids[0:5], ids[5:9], ids[9:12], ids[12:14]]
    rest = feed.take(8, busy={i for p in taken for i in p.ids}, workers=2)
    assert [len(p.documents) for p in rest] == [2, 1, 1, 1, 1]
    assert feed.exhausted and feed.handed_out == 20
    # documents beyond those expected (ingested meanwhile) go out in full partitions
    assert feed.sizes(2, workers=2) == [8, 8]


def test_a_limit_is_the_expected_end(store: Store) -> None:
    _fill(store, 30)
    feed = PendingFeed(store, partition_size=4, limit=10)
    feed.expect(30)
    assert feed.expected == 10
    assert [len(p.documents) for p in feed.take(10, busy=set(), workers=2)] == [
        3, 2, 2, 1, 1, 1]
