"""How each kind of decision is reversed, from what its payload saved.

`UNDO` maps a decision's kind to a function that reverses it inside the undo's transaction and
returns the incidents it touched. "create" is not undoable (reject or split the incident).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from roydad.review.rederive import incident_id_for, rederive
from roydad.store import judgement_rows
from roydad.store.decision_rows import absorbing_merge
from roydad.store.incident_rows import (
    create_empty,
    free_id,
    incident_rows,
    reinsert_incident,
    set_row,
)
from roydad.store.member_rows import incidents_of_events, pin_members, put_back_member
from roydad.store.transaction import Transaction

Undo = Callable[[Transaction, Mapping[str, Any]], list[str]]


def _undo_merge(tx: Transaction, payload: Mapping[str, Any]) -> list[str]:
    """Put the absorbed incidents back with their reports, their analyst evidence rows and
    the judgements of those rows, including judgements made on the survivor after the merge."""
    survivor = payload["survivor"]
    for incident_id, saved in payload["absorbed"].items():
        reinsert_incident(tx, saved["row"])
        for event_id, score, pinned in saved["members"]:
            put_back_member(tx, event_id, from_incident=survivor, to_incident=incident_id,
                            score=score, pinned=pinned)
        keys = [f"analyst:{row_id}" for row_id in saved["ach_evidence"]]
        followed = judgement_rows.take_cells(tx, survivor, keys, saved["ach_cells"])
        if saved["ach_evidence"]:
            judgement_rows.return_evidence(tx, saved["ach_evidence"], incident_id)
        cells = {(c["evidence_key"], c["hypothesis"]): c for c in saved["ach_cells"]}
        cells.update({(c["evidence_key"], c["hypothesis"]): {**c, "incident_id": incident_id}
                      for c in followed})
        if cells:
            judgement_rows.insert_cells(tx, list(cells.values()))
    ids = [survivor, *payload["absorbed"]]
    rederive(tx, ids)
    return ids


def _undo_split(tx: Transaction, payload: Mapping[str, Any]) -> list[str]:
    source, target = payload["from"], payload["to"]
    if not incident_rows(tx, [source, target]).keys() >= {source, target}:
        raise ValueError(f"cannot undo the split: {source} or {target} no longer exists")
    for event_id, score, pinned in payload["members"]:
        put_back_member(tx, event_id, from_incident=target, to_incident=source,
                        score=score, pinned=pinned)
    rederive(tx, [source, target])
    return [source, target]


def _undo_attach(tx: Transaction, payload: Mapping[str, Any]) -> list[str]:
    """Detach automatically attached reports into an incident of their own (pinned)."""
    event_ids = list(payload["event_ids"])
    current = incidents_of_events(tx, event_ids)
    new_id = free_id(tx, incident_id_for(sorted(event_ids)[0]))
    create_empty(tx, new_id)
    pin_members(tx, event_ids, new_id)
    rederive(tx, [*current, new_id])
    return [*current, new_id]


def _restore(tx: Transaction, incident_id: str, **values: Any) -> list[str]:
    if not incident_rows(tx, [incident_id]):
        raise ValueError(f"cannot undo: incident {incident_id} no longer exists")
    set_row(tx, incident_id, **values)
    rederive(tx, [incident_id])
    return [incident_id]


def _undo_for_single(kind: str) -> Undo:
    def undo(tx: Transaction, payload: Mapping[str, Any]) -> list[str]:
        incident_id = payload["incident_id"]
        values: dict[str, Any] = {"status": payload["status_before"]}
        if kind == "edit" and "before" in payload:
            before = payload["before"]
            values["overrides"] = json.dumps(before, sort_keys=True) if before else None
        return _restore(tx, incident_id, **values)
    return undo


def _undo_ach_cell(tx: Transaction, payload: Mapping[str, Any]) -> list[str]:
    incident_id = payload["incident_id"]
    if not incident_rows(tx, [incident_id]):
        merge = absorbing_merge(tx, incident_id)
        if merge is None:
            raise ValueError(f"cannot undo: incident {incident_id} no longer exists")
        decision_id, survivor = merge
        raise ValueError(
            f"cannot undo: incident {incident_id} was merged into {survivor} (decision "
            f"{decision_id}); undo that merge first, or judge the cell again on {survivor}"
        )
    key, hypothesis = payload["evidence_key"], payload["hypothesis"]
    judgement_rows.delete_cell(tx, incident_id, key, hypothesis)
    if payload["before"] is not None:
        judgement_rows.insert_cell(tx, incident_id, key, hypothesis, payload["before"], None)
    return [incident_id]


def _undo_ach_evidence(tx: Transaction, payload: Mapping[str, Any]) -> list[str]:
    """Remove the evidence row, and its judgements, from the incident that holds it now (a merge
    may have given it to another incident)."""
    holder = judgement_rows.evidence_holder(tx, payload["row_id"])
    if holder is None:
        raise ValueError(f"cannot undo: evidence {payload['evidence_key']} no longer exists")
    judgement_rows.delete_evidence_row(tx, holder, payload["evidence_key"], payload["row_id"])
    return [holder]


UNDO: dict[str, Undo] = {
    "ach_cell": _undo_ach_cell,
    "ach_evidence": _undo_ach_evidence,
    "merge": _undo_merge,
    "split": _undo_split,
    "attach": _undo_attach,
    "edit": _undo_for_single("edit"),
    "accept": _undo_for_single("accept"),
    "reject": _undo_for_single("reject"),
}
