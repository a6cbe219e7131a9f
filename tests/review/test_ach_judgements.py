"""The analysts' ACH rows and cell judgements in a real store (SQLite file and PostgreSQL): kept,
applied to the computed matrix, refused when they name no row, and undone."""

from __future__ import annotations

import pytest

from roydad.review.ach_judgements import ach, add_ach_evidence, set_ach_cell
from roydad.review.consolidation import consolidate
from roydad.review.decisions import merge_incidents, split_incident, undo
from roydad.store import IncidentFilter, Store, judgement_rows


def test_analyst_evidence_and_judgements_and_their_undo(two_happenings: Store) -> None:
    consolidate(two_happenings)
    bombing = next(two_happenings.incidents(IncidentFilter(min_sources=2)))
    incident_id = bombing.incident_id
    computed = ach(two_happenings, incident_id)
    hypothesis = computed.hypotheses[0]

    key = add_ach_evidence(two_happenings, incident_id, "A witness saw the car.", actor="ana",
                           source="phone call")
    set_ach_cell(two_happenings, incident_id, key, hypothesis, "CC", actor="ana")
    judged = ach(two_happenings, incident_id)
    row = next(e for e in judged.evidence if e.key == key)
    assert (row.kind, row.source, row.summary) == (
        "analyst", "phone call", "A witness saw the car. (added by ana)"
    )
    assert judged.cells[(key, hypothesis)] == "CC"
    assert (key, hypothesis) in judged.overridden
    with pytest.raises(ValueError, match="not an evidence row"):
        set_ach_cell(two_happenings, incident_id, "analyst:999", hypothesis, "C", actor="ana")
    with pytest.raises(KeyError):
        add_ach_evidence(two_happenings, "inc-nope", "text", actor="ana")

    decisions = two_happenings.incident_history(incident_id)
    cell, evidence = (next(d for d in decisions if d.kind == kind)
                      for kind in ("ach_cell", "ach_evidence"))
    assert evidence.payload["evidence_key"] == key
    undo(two_happenings, cell.id, actor="ana")
    undo(two_happenings, evidence.id, actor="ana")
    assert ach(two_happenings, incident_id).to_dict() == computed.to_dict()


def _incidents(store: Store) -> tuple[str, str]:
    """(the bombing's incident, the shooting's incident) after consolidating."""
    consolidate(store)
    by_event = {s.event_id: inc.incident_id for inc in store.incidents() for s in inc.sources}
    return by_event["bomb-a"], by_event["shot-c"]


def test_judgements_follow_a_merged_incident_and_come_back_when_it_is_undone(
    two_happenings: Store,
) -> None:
    bombing, shooting = _incidents(two_happenings)
    hypothesis = ach(two_happenings, bombing).hypotheses[0]
    key = add_ach_evidence(two_happenings, bombing, "The car was rented in town.", actor="ana")
    set_ach_cell(two_happenings, bombing, key, hypothesis, "II", actor="ana")
    before = ach(two_happenings, bombing).to_dict()

    merge_incidents(two_happenings, [shooting, bombing], actor="ana")
    merged = ach(two_happenings, shooting)
    assert key in {e.key for e in merged.evidence}
    assert merged.cells[(key, hypothesis)] == "II"  # the judgement was not lost in the merge

    merge = next(d for d in two_happenings.incident_history(shooting) if d.kind == "merge")
    undo(two_happenings, merge.id, actor="ana")
    assert ach(two_happenings, bombing).to_dict() == before
    after = ach(two_happenings, shooting)
    assert key not in {e.key for e in after.evidence}
    assert not any(k == key for k, _ in after.overridden | after.ignored_overrides)


def test_a_judgement_made_after_the_merge_goes_back_with_its_evidence(
    two_happenings: Store,
) -> None:
    bombing, shooting = _incidents(two_happenings)
    key = add_ach_evidence(two_happenings, bombing, "A witness saw two men.", actor="ana")
    merge_incidents(two_happenings, [shooting, bombing], actor="ana")
    hypothesis = ach(two_happenings, shooting).hypotheses[0]
    set_ach_cell(two_happenings, shooting, key, hypothesis, "C", actor="ana")

    merge = next(d for d in two_happenings.incident_history(shooting) if d.kind == "merge")
    undo(two_happenings, merge.id, actor="ana")
    returned = ach(two_happenings, bombing)
    assert key in {e.key for e in returned.evidence}
    assert key not in {e.key for e in ach(two_happenings, shooting).evidence}
    with two_happenings.reading() as tx:
        assert (key, hypothesis) not in judgement_rows.cell_judgements(tx, shooting)
        assert judgement_rows.cell_judgements(tx, bombing).get((key, hypothesis)) == "C"


def test_undoing_a_judgement_of_a_merged_away_incident(two_happenings: Store) -> None:
    bombing, shooting = _incidents(two_happenings)
    hypothesis = ach(two_happenings, bombing).hypotheses[0]
    key = add_ach_evidence(two_happenings, bombing, "The caller used a new number.", actor="ana")
    set_ach_cell(two_happenings, bombing, key, hypothesis, "CC", actor="ana")
    merge_incidents(two_happenings, [shooting, bombing], actor="ana")
    history = two_happenings.incident_history(bombing)
    cell, evidence = (next(d for d in history if d.kind == kind)
                      for kind in ("ach_cell", "ach_evidence"))

    with pytest.raises(ValueError, match=f"{bombing} was merged into {shooting}"):
        undo(two_happenings, cell.id, actor="ana")
    # The evidence row is followed to the incident that holds it now, with its judgements.
    undo(two_happenings, evidence.id, actor="ana")
    merged = ach(two_happenings, shooting)
    assert key not in {e.key for e in merged.evidence}
    with two_happenings.reading() as tx:
        assert not any(k == key for k, _ in judgement_rows.cell_judgements(tx, shooting))


def test_a_merge_cannot_be_undone_under_a_later_split(two_happenings: Store) -> None:
    bombing, shooting = _incidents(two_happenings)
    merge_incidents(two_happenings, [shooting, bombing], actor="ana")
    split_id = split_incident(two_happenings, shooting, ["bomb-b"], actor="bo")
    merge, split = (next(d for d in two_happenings.incident_history(shooting) if d.kind == kind)
                    for kind in ("merge", "split"))
    with pytest.raises(ValueError, match=f"decision {split.id} \\(split\\)"):
        undo(two_happenings, merge.id, actor="ana")
    undo(two_happenings, split.id, actor="bo")
    assert two_happenings.incident(split_id) is None
    undo(two_happenings, merge.id, actor="ana")
    restored = two_happenings.incident(bombing)
    assert restored is not None and restored.source_count == 2
