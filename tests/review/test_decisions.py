"""An analyst's decisions in a real store (SQLite file and PostgreSQL): merge, split, edit,
accept, and the undo of each."""

from __future__ import annotations

import pytest

from roydad.review.consolidation import consolidate
from roydad.review.decisions import (
    edit_incident,
    merge_incidents,
    set_status,
    split_incident,
    undo,
)
from roydad.store import IncidentFilter, StaleEditError, Store
from tests.store.factories import full_event
from tests.store.happenings import add


def _by_event(store: Store) -> dict[str, str]:
    return {s.event_id: inc.incident_id for inc in store.incidents() for s in inc.sources}


def test_merge_and_undo(two_happenings: Store) -> None:
    consolidate(two_happenings)
    before = {i.incident_id: i.sources for i in two_happenings.incidents()}
    grouped = _by_event(two_happenings)
    survivor = merge_incidents(two_happenings, [grouped["shot-c"], grouped["bomb-a"]],
                               actor="ana", reason="same day, same report")
    assert survivor == grouped["shot-c"]
    assert two_happenings.count_incidents() == 1
    assert two_happenings.incident(grouped["bomb-a"]) is None
    merged = two_happenings.incident(survivor)
    assert merged is not None and len(merged.sources) == 3
    merge = two_happenings.incident_history(grouped["bomb-a"])[-1]
    assert (merge.kind, merge.actor, merge.reason) == ("merge", "ana", "same day, same report")

    undone = undo(two_happenings, merge.id, actor="ana")
    assert undone.kind == "undo"
    assert {i.incident_id: i.sources for i in two_happenings.incidents()} == before
    assert two_happenings.incident_history(survivor)[-2].undone_by == undone.id
    with pytest.raises(ValueError, match="already undone"):
        undo(two_happenings, merge.id, actor="ana")


def test_split_and_undo(two_happenings: Store) -> None:
    consolidate(two_happenings)
    bombing_id = _by_event(two_happenings)["bomb-a"]
    new_id = split_incident(two_happenings, bombing_id, ["bomb-b"], actor="ana",
                            reason="different restaurant")
    assert two_happenings.count_incidents() == 3
    moved = two_happenings.incident(new_id)
    assert moved is not None and [s.event_id for s in moved.sources] == ["bomb-b"]
    with pytest.raises(ValueError, match="at least one report"):
        split_incident(two_happenings, new_id, ["bomb-b"], actor="ana")
    # Pinned: consolidating again does not put it back.
    consolidate(two_happenings)
    assert two_happenings.count_incidents() == 3

    split = two_happenings.incident_history(new_id)[-1]
    undo(two_happenings, split.id, actor="ana")
    assert two_happenings.count_incidents() == 2
    restored = two_happenings.incident(bombing_id)
    assert restored is not None and restored.source_count == 2


def test_edit_is_kept_and_a_stale_edit_is_refused(two_happenings: Store) -> None:
    consolidate(two_happenings)
    bombing_id = _by_event(two_happenings)["bomb-a"]
    read = two_happenings.incident(bombing_id)
    assert read is not None
    edited = edit_incident(
        two_happenings, bombing_id, {"fatalities_best": 13}, actor="ana",
        reason="hospital figure", expected_version=read.version,
    )
    assert (edited.fatalities_best, edited.status, edited.version) == (
        13, "edited", read.version + 1
    )
    with pytest.raises(StaleEditError, match="changed since you read it"):
        edit_incident(two_happenings, bombing_id, {"fatalities_best": 11}, actor="bob",
                      reason="x", expected_version=read.version)
    # A new report re-derives the incident; the analyst's value stays.
    add(two_happenings, "A third report of the bombing.",
        [full_event("d", "bomb-d", fatalities=20, fatalities_low=None)], "2024-03-08")
    consolidate(two_happenings)
    after = two_happenings.incident(bombing_id)
    assert after is not None
    assert (after.fatalities_best, after.fatalities_high) == (13, 20)

    edit = next(d for d in two_happenings.incident_history(bombing_id) if d.kind == "edit")
    undo(two_happenings, edit.id, actor="ana")
    undone = two_happenings.incident(bombing_id)
    assert undone is not None
    assert (undone.fatalities_best, undone.status) == (14, "machine")


def test_review_status_and_its_undo(two_happenings: Store) -> None:
    consolidate(two_happenings)
    shot_id = _by_event(two_happenings)["shot-c"]
    current = two_happenings.incident(shot_id)
    assert current is not None
    accepted = set_status(two_happenings, shot_id, "accepted", actor="ana",
                          expected_version=current.version)
    assert accepted.status == "accepted"
    assert two_happenings.count_incidents(IncidentFilter(status="accepted")) == 1
    decision = two_happenings.incident_history(shot_id)[-1]
    assert decision.kind == "accept"
    undo(two_happenings, decision.id, actor="ana")
    reopened = two_happenings.incident(shot_id)
    assert reopened is not None and reopened.status == "machine"
