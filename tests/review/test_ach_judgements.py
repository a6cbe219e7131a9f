"""The analysts' ACH rows and cell judgements in a real store (SQLite file and PostgreSQL): kept,
applied to the computed matrix, refused when they name no row, and undone."""

from __future__ import annotations

import pytest

from roydad.review.ach_judgements import ach, add_ach_evidence, set_ach_cell
from roydad.review.consolidation import consolidate
from roydad.review.decisions import undo
from roydad.store import IncidentFilter, Store


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
