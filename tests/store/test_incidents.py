"""Incidents in a real store (SQLite file and PostgreSQL): consolidation, reading, decisions."""

from __future__ import annotations

from datetime import date

import pytest

from roydad.models import ActorRef, EventRecord, Evidence, Location
from roydad.store import IncidentFilter, StaleEditError, Store
from tests.store.factories import doc, full_event

KABUL = Location(name="Kabul", admin1="Kabul", country="AFG", lat=34.5281, lon=69.1723,
                 geonames_id=1138958, precision="city")
TALIBAN = ActorRef(text="Taliban", name="Taliban", role="actor", kind="group", sector="REB",
                   country="AFG", kb_id="kb:taliban")


def shooting(doc_id: str, event_id: str, **changes: object) -> EventRecord:
    """A second happening, far from the bombing in place and time."""
    record = full_event(
        doc_id, event_id, mode="firearms", acled_event_type="Violence against civilians",
        acled_sub_event_type="Attack", date="2024-06-20", date_end=None, location=KABUL,
        actors=[TALIBAN], weapon="firearm", fatalities=2, fatalities_low=None, claims=[],
        evidence=Evidence(text="Gunmen shot dead two judges in Kabul.", start=0, end=37),
        mentions=[],
    )
    return record.model_copy(update=changes) if changes else record


def add(store: Store, text: str, records: list[EventRecord], published: str) -> str:
    """Store one document with its events (as `roydad process` does); returns its hash."""
    document = doc(text, doc_id=text[:10], pub_date=date.fromisoformat(published),
                   publisher=f"paper {text[:5]}")
    store.add_documents([document])
    run = store.start_run("process", "roydad-test/1")
    digest = document.content_hash
    store.save_results(run, [(digest, [r.model_copy(update={"doc_id": digest}) for r in records])])
    store.finish_run(run)
    return digest


@pytest.fixture
def two_happenings(store: Store) -> Store:
    add(store, "Report one of the bombing.", [full_event("a", "bomb-a")], "2024-03-06")
    add(store, "Report two of the bombing.",
        [full_event("b", "bomb-b", fatalities=14, fatalities_low=None)], "2024-03-07")
    add(store, "A report of the shooting.", [shooting("c", "shot-c")], "2024-06-21")
    return store


def _by_event(store: Store) -> dict[str, str]:
    return {s.event_id: inc.incident_id for inc in store.incidents() for s in inc.sources}


def test_reports_of_one_happening_become_one_incident(two_happenings: Store) -> None:
    counts = two_happenings.consolidate()
    assert (counts.mentions, counts.created) == (3, 2)
    grouped = _by_event(two_happenings)
    assert grouped["bomb-a"] == grouped["bomb-b"] != grouped["shot-c"]
    bombing = two_happenings.incident(grouped["bomb-a"])
    assert bombing is not None
    assert bombing.source_count == 2
    assert (bombing.fatalities_low, bombing.fatalities_best, bombing.fatalities_high) == (
        12, 12, 14
    )
    assert {s.publisher for s in bombing.sources} == {"paper Repor"}
    assert [c.event_id for c in bombing.claims] == ["bomb-a", "bomb-a", "bomb-b", "bomb-b"]
    fatalities = next(c for c in bombing.conflicts if c.field == "fatalities")
    assert {v.value for v in fatalities.values} == {12, 14}


def test_consolidating_again_changes_nothing(two_happenings: Store) -> None:
    two_happenings.consolidate()
    before = [i.to_json() for i in two_happenings.incidents()]
    counts = two_happenings.consolidate()
    assert counts.mentions == 0
    assert [i.to_json() for i in two_happenings.incidents()] == before


def test_a_later_report_attaches_to_the_existing_incident(two_happenings: Store) -> None:
    two_happenings.consolidate()
    bombing_id = _by_event(two_happenings)["bomb-a"]
    add(two_happenings, "A third report, a week later.",
        [full_event("d", "bomb-d", fatalities=15, fatalities_low=None)], "2024-03-12")
    counts = two_happenings.consolidate()
    assert (counts.attached, counts.created) == (1, 0)
    bombing = two_happenings.incident(bombing_id)
    assert bombing is not None and bombing.source_count == 3
    assert bombing.fatalities_high == 15
    assert [d.kind for d in two_happenings.incident_history(bombing_id)] == ["create", "attach"]


def test_merge_and_undo(two_happenings: Store) -> None:
    two_happenings.consolidate()
    before = {i.incident_id: i.sources for i in two_happenings.incidents()}
    grouped = _by_event(two_happenings)
    survivor = two_happenings.merge_incidents(
        [grouped["shot-c"], grouped["bomb-a"]], actor="ana", reason="same day, same report"
    )
    assert survivor == grouped["shot-c"]
    assert two_happenings.count_incidents() == 1
    assert two_happenings.incident(grouped["bomb-a"]) is None
    merged = two_happenings.incident(survivor)
    assert merged is not None and len(merged.sources) == 3
    merge = two_happenings.incident_history(grouped["bomb-a"])[-1]
    assert (merge.kind, merge.actor, merge.reason) == ("merge", "ana", "same day, same report")

    undo = two_happenings.undo(merge.id, actor="ana")
    assert undo.kind == "undo"
    assert {i.incident_id: i.sources for i in two_happenings.incidents()} == before
    assert two_happenings.incident_history(survivor)[-2].undone_by == undo.id
    with pytest.raises(ValueError, match="already undone"):
        two_happenings.undo(merge.id, actor="ana")


def test_split_and_undo(two_happenings: Store) -> None:
    two_happenings.consolidate()
    bombing_id = _by_event(two_happenings)["bomb-a"]
    new_id = two_happenings.split_incident(bombing_id, ["bomb-b"], actor="ana",
                                           reason="different restaurant")
    assert two_happenings.count_incidents() == 3
    moved = two_happenings.incident(new_id)
    assert moved is not None and [s.event_id for s in moved.sources] == ["bomb-b"]
    with pytest.raises(ValueError, match="at least one report"):
        two_happenings.split_incident(new_id, ["bomb-b"], actor="ana")
    # Pinned: consolidating again does not put it back.
    two_happenings.consolidate()
    assert two_happenings.count_incidents() == 3

    split = two_happenings.incident_history(new_id)[-1]
    two_happenings.undo(split.id, actor="ana")
    assert two_happenings.count_incidents() == 2
    restored = two_happenings.incident(bombing_id)
    assert restored is not None and restored.source_count == 2


def test_edit_is_kept_and_a_stale_edit_is_refused(two_happenings: Store) -> None:
    two_happenings.consolidate()
    bombing_id = _by_event(two_happenings)["bomb-a"]
    read = two_happenings.incident(bombing_id)
    assert read is not None
    edited = two_happenings.edit_incident(
        bombing_id, {"fatalities_best": 13}, actor="ana", reason="hospital figure",
        expected_version=read.version,
    )
    assert (edited.fatalities_best, edited.status, edited.version) == (
        13, "edited", read.version + 1
    )
    with pytest.raises(StaleEditError, match="changed since you read it"):
        two_happenings.edit_incident(bombing_id, {"fatalities_best": 11}, actor="bob",
                                     reason="x", expected_version=read.version)
    # A new report re-derives the incident; the analyst's value stays.
    add(two_happenings, "A third report of the bombing.",
        [full_event("d", "bomb-d", fatalities=20, fatalities_low=None)], "2024-03-08")
    two_happenings.consolidate()
    after = two_happenings.incident(bombing_id)
    assert after is not None
    assert (after.fatalities_best, after.fatalities_high) == (13, 20)

    edit = next(d for d in two_happenings.incident_history(bombing_id) if d.kind == "edit")
    two_happenings.undo(edit.id, actor="ana")
    undone = two_happenings.incident(bombing_id)
    assert undone is not None
    assert (undone.fatalities_best, undone.status) == (14, "machine")


def test_review_status_and_its_undo(two_happenings: Store) -> None:
    two_happenings.consolidate()
    shot_id = _by_event(two_happenings)["shot-c"]
    current = two_happenings.incident(shot_id)
    assert current is not None
    accepted = two_happenings.set_status(shot_id, "accepted", actor="ana",
                                         expected_version=current.version)
    assert accepted.status == "accepted"
    assert two_happenings.count_incidents(IncidentFilter(status="accepted")) == 1
    decision = two_happenings.incident_history(shot_id)[-1]
    assert decision.kind == "accept"
    two_happenings.undo(decision.id, actor="ana")
    reopened = two_happenings.incident(shot_id)
    assert reopened is not None and reopened.status == "machine"


def test_filters(two_happenings: Store) -> None:
    two_happenings.consolidate()

    def ids(**criteria: object) -> int:
        return two_happenings.count_incidents(IncidentFilter(**criteria))  # type: ignore[arg-type]

    assert ids() == 2
    assert ids(country="afg") == 1
    assert ids(admin1="banaadir") == 1
    assert ids(actor="Taliban") == 1
    assert ids(actor="kb:alshabaab") == 1
    assert ids(text="car BOMB restaurant") == 1
    assert ids(text="judges") == 1
    assert ids(text="no such words") == 0
    assert ids(min_sources=2) == 1
    assert ids(since=date(2024, 6, 1)) == 1
    assert ids(until=date(2024, 3, 5)) == 1
    assert ids(event_type="PROTEST") == 0
    newest = next(two_happenings.incidents(IncidentFilter(limit=1)))
    assert newest.date_start == "2024-06-20"
    page = list(two_happenings.incidents(IncidentFilter(limit=1, offset=1)))
    assert [i.date_start for i in page] == ["2024-03-05"]


def test_document_text_for_the_evidence(two_happenings: Store) -> None:
    two_happenings.consolidate()
    bombing = next(two_happenings.incidents(IncidentFilter(min_sources=2)))
    document = two_happenings.document(bombing.sources[0].document_id)
    assert document is not None and document.text == "Report one of the bombing."
    assert two_happenings.document("nope") is None
