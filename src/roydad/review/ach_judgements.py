"""The analysts' part of an incident's analysis of competing hypotheses (ACH).

The matrix is computed from the incident (`roydad.analysis.ach`); analysts add evidence rows and
judge cells, each a recorded, undoable decision (see `roydad.review.undo`), and the matrix is
always read with their rows and judgements applied.
"""

from __future__ import annotations

from datetime import date

from roydad.analysis.ach import CELL_VALUES, AchEvidence, AchMatrix, build_ach
from roydad.store import Store, judgement_rows
from roydad.store.decision_rows import patch_payload, record_decision
from roydad.store.incident_rows import incident_rows


def ach(store: Store, incident_id: str) -> AchMatrix:
    """The incident's ACH matrix with the analysts' rows and cell judgements applied."""
    incident = store.incident(incident_id)
    if incident is None:
        raise KeyError(f"no incident {incident_id}")
    with store.reading() as tx:
        rows = judgement_rows.analyst_evidence(tx, incident_id)
        overrides = judgement_rows.cell_judgements(tx, incident_id)
    analyst = [
        AchEvidence(
            key=f"analyst:{row['id']}", text=row["text"], source=row["source"],
            date=row["date"].isoformat() if row["date"] else None, kind="analyst",
            certainty=None, summary=f"{row['text']} (added by {row['added_by']})",
        )
        for row in rows
    ]
    return build_ach(incident, analyst, overrides)


def add_ach_evidence(
    store: Store, incident_id: str, text: str, *, actor: str, source: str | None = None,
    on: date | None = None, reason: str | None = None,
) -> str:
    """Add an analyst's evidence row to the incident's ACH matrix; returns its key."""
    if not text.strip():
        raise ValueError("evidence needs a text")
    with store.transaction() as tx:
        if not incident_rows(tx, [incident_id]):
            raise KeyError(f"no incident {incident_id}")
        decision = record_decision(tx, "ach_evidence", [incident_id], actor, reason,
                                   {"incident_id": incident_id, "text": text})
        row_id = judgement_rows.add_evidence_row(tx, incident_id, text, source=source, on=on,
                                           added_by=actor, decision_id=decision)
        evidence_key = f"analyst:{row_id}"
        patch_payload(tx, decision, evidence_key=evidence_key, row_id=row_id)
    return evidence_key


def set_ach_cell(
    store: Store, incident_id: str, evidence_key: str, hypothesis: str, value: str, *,
    actor: str, reason: str | None = None,
) -> None:
    """An analyst's judgement of one cell (CC, C, N, I, II), replacing the computed one."""
    if value not in CELL_VALUES:
        raise ValueError(f"a cell is one of {', '.join(CELL_VALUES)}, not {value!r}")
    matrix = ach(store, incident_id)
    if hypothesis not in matrix.hypotheses:
        raise ValueError(f"{hypothesis!r} is not a hypothesis of {incident_id}: "
                         f"{', '.join(matrix.hypotheses)}")
    if evidence_key not in {e.key for e in matrix.evidence}:
        raise ValueError(f"{evidence_key!r} is not an evidence row of {incident_id}")
    with store.transaction() as tx:
        before = judgement_rows.cell_value(tx, incident_id, evidence_key, hypothesis)
        decision = record_decision(tx, "ach_cell", [incident_id], actor, reason, {
            "incident_id": incident_id, "evidence_key": evidence_key,
            "hypothesis": hypothesis, "before": before,
            "computed": matrix.cells[(evidence_key, hypothesis)], "after": value,
        })
        judgement_rows.delete_cell(tx, incident_id, evidence_key, hypothesis)
        judgement_rows.insert_cell(tx, incident_id, evidence_key, hypothesis, value, decision)
