"""Where reports came from, in the caller's terms, and what an ingest says it did: the caller's
document ids on incidents' sources and in lookups, repeats within one run, publication dates
given later, events not yet in incidents, and databases that cannot be opened."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from roydad.models import SourceRef
from roydad.review.consolidation import consolidate
from roydad.store import Store, StoreUnavailableError, open_store
from roydad.store import schema as t
from tests.store.factories import doc, full_event

TEXT = "Gunmen shot dead two police officers in Peshawar on Sunday, officials said."


def _process(store: Store, digest: str) -> None:
    run = store.start_run("process", "roydad-test/1")
    store.save_results(run, [(digest, [full_event(digest, f"ev-{digest[:6]}")])])
    store.finish_run(run)


def test_incident_sources_carry_every_caller_id_and_origin(store: Store) -> None:
    first = doc(TEXT, origin="in/more.jsonl:3", doc_id="r1")
    store.add_documents([first])
    _process(store, first.content_hash)
    consolidate(store)
    # The same text read later from another file: its id shows without re-consolidating.
    store.add_documents([doc(TEXT, origin="in/peshawar.txt", doc_id="peshawar.txt")])

    (incident,) = store.incidents()
    assert incident.sources[0].refs == [
        SourceRef(id="r1", origin="in/more.jsonl:3"),
        SourceRef(id="peshawar.txt", origin="in/peshawar.txt"),
    ]
    assert store.incident(incident.incident_id) == incident
    assert incident.sources[0].label == "r1"  # no publisher, no title: the caller's id
    for ref in ("r1", "in/more.jsonl:3", "peshawar.txt", first.content_hash):
        assert store.incidents_of_source(ref) == [incident.incident_id]
    assert store.incidents_of_source("r2") == []


def test_events_waiting_for_consolidation_are_counted(store: Store) -> None:
    first = doc(TEXT, doc_id="r1")
    store.add_documents([first])
    assert store.count_unconsolidated() == 0
    _process(store, first.content_hash)
    assert store.count_unconsolidated() == 1
    consolidate(store)
    assert store.count_unconsolidated() == 0


def test_a_repeat_within_one_run_is_told_from_one_stored_before(store: Store) -> None:
    run = store.start_run("ingest", "test")
    report = doc(TEXT, origin="reports.jsonl:5", doc_id="r5")
    store.add_documents([report], run_id=run)
    # a later batch of the same run: the feed repeats the report
    counts = store.add_documents([doc(TEXT, origin="feed.rss#e1", doc_id="e1")], run_id=run)
    assert (counts.duplicates, counts.repeats) == (1, 1)
    assert counts.repeat_examples == (("feed.rss#e1", "reports.jsonl:5"),)

    later = store.start_run("ingest", "test")
    again = store.add_documents([doc(TEXT, origin="feed.rss#e1", doc_id="e1")], run_id=later)
    assert (again.duplicates, again.repeats, again.repeat_examples) == (1, 0, ())


def test_a_second_ingest_with_a_date_fills_a_missing_one(store: Store) -> None:
    undated = doc(TEXT, origin="quetta.txt", doc_id="quetta.txt")
    store.add_documents([undated])
    counts = store.add_documents([undated.model_copy(update={"pub_date": date(2024, 5, 6)})])
    assert (counts.new_documents, counts.dates_filled, counts.dated_after_processing) == (0, 1, 0)
    (pending,) = store.pending_documents(10)
    assert pending.pub_date == date(2024, 5, 6)
    s = t.sources.c
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(s.pub_date)).scalars().all() == [date(2024, 5, 6)]
    # a date already stored is never replaced
    other = store.add_documents([undated.model_copy(update={"pub_date": date(2024, 5, 9)})])
    assert other.dates_filled == 0
    assert store.pending_documents(10)[0].pub_date == date(2024, 5, 6)


def test_dating_a_processed_document_is_reported(store: Store) -> None:
    undated = doc(TEXT, origin="quetta.txt", doc_id="quetta.txt")
    store.add_documents([undated])
    _process(store, undated.content_hash)
    counts = store.add_documents([undated.model_copy(update={"pub_date": date(2024, 5, 6)})])
    assert (counts.dates_filled, counts.dated_after_processing) == (1, 1)


def test_a_read_only_open_does_not_create_a_database(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    with pytest.raises(StoreUnavailableError, match=r"no roydad database at .*typo\.db.*ingest"):
        open_store(f"sqlite:///{missing}", create=False)
    assert not missing.exists()
    open_store(f"sqlite:///{missing}").close()  # writers create it
    open_store(f"sqlite:///{missing}", create=False).close()


def test_an_unknown_kind_of_database_says_which_urls_work() -> None:
    with pytest.raises(StoreUnavailableError, match=r"'foo'.*postgresql://USER@HOST/DBNAME"):
        open_store("foo://bar")


def test_a_folder_that_does_not_exist_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailableError, match="folder exists") as raised:
        open_store(f"sqlite:///{tmp_path}/no/such/folder/roydad.db")
    assert "\n" not in str(raised.value)


def test_a_server_that_does_not_answer_is_one_line() -> None:
    # port 1: nothing listens there, the connection is refused at once
    with pytest.raises(StoreUnavailableError, match=r"server running on 127\.0\.0\.1:1") as raised:
        open_store("postgresql://nobody@127.0.0.1:1/x")
    assert "\n" not in str(raised.value)


@pytest.mark.postgres
def test_a_postgresql_database_that_does_not_exist_says_how_to_create_it(
    pg_admin_url: str,
) -> None:
    url = sa.engine.make_url(pg_admin_url).set(database="roydad_no_such_db").render_as_string(
        hide_password=False
    )
    with pytest.raises(StoreUnavailableError, match="createdb roydad_no_such_db"):
        open_store(url, create=False)


def test_a_document_is_read_by_the_callers_id_or_origin(store: Store) -> None:
    first = doc(TEXT, origin="in/more.jsonl:3", doc_id="r1")
    store.add_documents([first])
    for ref in ("r1", "in/more.jsonl:3", first.content_hash):
        found = store.document(ref)
        assert found is not None and found.id == first.content_hash
    assert store.document("r2") is None
