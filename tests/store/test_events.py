"""save_results and events(): round trip, filters, idempotency, all-or-nothing batches."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from roydad.models import EventRecord, Location
from roydad.store import EventFilter, Store

from .factories import bare_event, day, doc, full_event


def _ingest(store: Store, n: int) -> list[str]:
    """n documents, returned as their content hashes in ingest order."""
    store.add_documents(doc(f"Report {i} from the field.", origin=f"in:{i}") for i in range(n))
    return [d.id for d in store.pending_documents(n)]


def test_round_trip_is_exact(store: Store) -> None:
    [digest] = _ingest(store, 1)
    run = store.start_run("process", "roydad-test/1")
    saved = [
        full_event(digest, "ev-full"),
        # No location at all vs a location with every field unknown: both survive as given.
        bare_event(digest, "ev-bare"),
        bare_event("caller-id-7", "ev-empty-place", location=Location()),
    ]

    assert store.save_results(run, [(digest, saved)]) == 3

    assert list(store.events(EventFilter())) == saved
    assert list(store.events()) == saved


def test_filters(store: Store) -> None:
    first, second = _ingest(store, 2)
    run = store.start_run("process", "t")
    somalia = Location(name="Mogadishu", country="SOM")
    iraq = Location(name="Erbil", country="IRQ")
    store.save_results(run, [
        (first, [
            full_event(first, "a", date="2024-01-10", location=somalia),
            bare_event(first, "b", date="2024-02-01", location=iraq),
        ]),
        (second, [
            full_event(second, "c", date=None, location=iraq),
            bare_event(second, "d", date="2023-12-31", event_type="ASSAULT", location=somalia),
        ]),
    ])

    def ids(**criteria: object) -> list[str]:
        return [e.event_id for e in store.events(EventFilter(**criteria))]  # type: ignore[arg-type]

    assert ids() == ["a", "b", "c", "d"]
    assert ids(event_type="ASSAULT") == ["a", "c", "d"]
    assert ids(event_type="PROTEST") == ["b"]
    assert ids(country="IRQ") == ["b", "c"]
    assert ids(country="som") == ["a", "d"]
    assert ids(since=day("2024-01-01")) == ["a", "b"]
    assert ids(until=day("2024-01-10")) == ["a", "d"]
    assert ids(since=day("2024-01-10"), until=day("2024-01-10")) == ["a"]
    assert ids(event_type="ASSAULT", country="SOM", since=day("2024-01-01")) == ["a"]
    assert ids(limit=3) == ["a", "b", "c"]
    assert ids(country="FRA") == []
    assert ids(limit=0) == []
    with pytest.raises(ValueError, match="negative"):
        EventFilter(limit=-1)


def test_save_results_is_idempotent(store: Store) -> None:
    first, second = _ingest(store, 2)
    run = store.start_run("process", "t")
    batch = [(first, [full_event(first, "a")]), (second, [])]

    assert store.save_results(run, batch) == 1
    rerun = store.start_run("process", "t")
    assert store.save_results(rerun, batch) == 0
    # A re-run that extracted differently still cannot add to a processed document.
    assert store.save_results(rerun, [(first, [bare_event(first, "other")])]) == 0

    assert [e.event_id for e in store.events()] == ["a"]
    summary = store.summary()
    assert (summary.events, summary.processed, summary.pending) == (1, 2, 0)


def test_failed_batch_writes_nothing(store: Store) -> None:
    first, second, third = _ingest(store, 3)
    run = store.start_run("process", "t")
    # The second document's event reuses the first one's id: the insert fails half-way,
    # after the documents were claimed and the first events were written.
    broken = [
        (first, [full_event(first, "dup"), bare_event(first, "fine")]),
        (second, [full_event(second, "dup")]),
        (third, []),
    ]

    with pytest.raises(sa.exc.IntegrityError):
        store.save_results(run, broken)

    summary = store.summary()
    assert (summary.events, summary.processed, summary.pending) == (0, 0, 3)
    assert [d.id for d in store.pending_documents(10)] == [first, second, third]
    # And the same batch, fixed, goes through afterwards.
    fixed = [(first, broken[0][1]), (second, [full_event(second, "dup-2")]), (third, [])]
    assert store.save_results(run, fixed) == 3


@pytest.mark.parametrize("bad_date", ["2024-13-01", "5 March 2024", "20240305"])
def test_invalid_date_writes_nothing(store: Store, bad_date: str) -> None:
    first, second = _ingest(store, 2)
    run = store.start_run("process", "t")
    # The model refuses such dates; a record built without validation must still be refused
    # by the store itself, atomically.
    bad = bare_event(second, "x").model_construct(
        **{**bare_event(second, "x").__dict__, "date": bad_date}
    )
    batch = [(first, [bare_event(first, "ok")]), (second, [bad])]

    with pytest.raises(ValueError, match="not a YYYY-MM-DD date"):
        store.save_results(run, batch)

    assert store.count_pending() == 2
    assert list(store.events()) == []


def test_unknown_document_writes_nothing(store: Store) -> None:
    [digest] = _ingest(store, 1)
    run = store.start_run("process", "t")

    with pytest.raises(KeyError, match="not in the store"):
        store.save_results(run, [(digest, [bare_event(digest, "a")]), ("f" * 32, [])])

    assert store.count_pending() == 1
    assert store.summary().events == 0


def test_pending_and_processed_accounting(store: Store) -> None:
    hashes = _ingest(store, 5)
    run = store.start_run("process", "t")

    batch = store.pending_documents(2)
    store.save_results(run, [(d.id, [bare_event(d.id, f"e-{d.id}")]) for d in batch])

    assert store.count_pending() == 3
    assert [d.id for d in store.pending_documents(10)] == hashes[2:]
    summary = store.summary()
    assert (summary.documents, summary.processed, summary.pending) == (5, 2, 3)


def test_many_events_stream_back_in_order(store: Store) -> None:
    hashes = _ingest(store, 30)
    run = store.start_run("process", "t")
    saved: list[EventRecord] = []
    results = []
    for digest in hashes:
        records = [full_event(digest, f"{digest}-{i}") for i in range(40)]
        saved.extend(records)
        results.append((digest, records))

    # 1200 events: more than one page of the reader.
    assert store.save_results(run, results) == 1200
    assert list(store.events()) == saved


def test_summary_counts(store: Store) -> None:
    empty = store.summary()
    assert (empty.documents, empty.sources, empty.events, empty.runs) == (0, 0, 0, 0)
    assert empty.last_run is None and empty.by_event_type == {}

    ingest = store.start_run("ingest", "roydad/0.1")
    store.add_documents([doc("one report"), doc("one report", origin="b"), doc("two")], ingest)
    store.finish_run(ingest, documents_seen=3, documents_new=2)
    first, second = [d.id for d in store.pending_documents(2)]
    run = store.start_run("process", "roydad-test/1")
    store.save_results(run, [(first, [full_event(first, "a"), bare_event(first, "b")])])
    store.save_results(run, [(second, [bare_event(second, "c")])])
    store.finish_run(run, status="failed", documents_seen=2, events=3, problems=1)

    s = store.summary()
    assert (s.documents, s.sources, s.processed, s.pending, s.events) == (2, 3, 2, 0, 3)
    assert s.by_event_type == {"PROTEST": 2, "ASSAULT": 1}
    assert list(s.by_event_type) == ["PROTEST", "ASSAULT"]
    assert s.runs == 2
    last = s.last_run
    assert last is not None
    assert (last.id, last.kind, last.extractor, last.status) == (
        run, "process", "roydad-test/1", "failed"
    )
    assert (last.documents_seen, last.documents_new, last.events, last.problems) == (2, 0, 3, 1)
    assert last.finished_at is not None and last.finished_at >= last.started_at


def test_runs_are_validated(store: Store) -> None:
    with pytest.raises(ValueError, match="run kind"):
        store.start_run("crawl", "t")
    run = store.start_run("extract", "t")
    with pytest.raises(ValueError, match="finishes as"):
        store.finish_run(run, status="running")
    with pytest.raises(KeyError):
        store.finish_run(run + 1000)
    last = store.summary().last_run
    assert last is not None and last.status == "running" and last.finished_at is None
