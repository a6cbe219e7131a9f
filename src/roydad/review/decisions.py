"""An analyst's decisions on incidents: merge, split, edit, accept or reject, and undo.

Each is one transaction that changes the incidents, re-derives them and records the decision
with what is needed to undo it (see `roydad.review.undo`). Edits and status changes carry the
version of the incident they were made on and are refused (`StaleEditError`) if it changed since.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from roydad.consolidate.derive import EDITABLE
from roydad.models import Decision, Incident
from roydad.review.rederive import incident_id_for, rederive
from roydad.review.undo import UNDO
from roydad.store import Store, judgement_rows
from roydad.store.decision_rows import (
    decision_row,
    jsonable,
    later_decisions,
    mark_undone,
    read_decision,
    record_decision,
)
from roydad.store.incident_rows import (
    create_empty,
    delete_incidents,
    free_id,
    incident_rows,
    locked_row,
    set_row,
)
from roydad.store.member_rows import absorb_members, members, pin_members
from roydad.store.transaction import Transaction

STATUSES_SET_BY_REVIEW = ("accepted", "rejected", "machine")
# Decisions that change which reports an incident holds, or whether it exists: one of them can be
# undone only when no later one (not undone) reshaped its incidents again, newest first.
_RESHAPING = ("merge", "split")


def merge_incidents(
    store: Store, ids: Sequence[str], *, actor: str, reason: str | None = None
) -> str:
    """Merge the incidents into the first of `ids`; returns it. Undoable."""
    wanted = list(dict.fromkeys(ids))
    if len(wanted) < 2:
        raise ValueError("merging needs at least two different incidents")
    survivor, absorbed = wanted[0], wanted[1:]
    with store.transaction() as tx:
        rows = incident_rows(tx, wanted)
        missing = [i for i in wanted if i not in rows]
        if missing:
            raise KeyError(f"no incident {', '.join(missing)}")
        saved: dict[str, Any] = {}
        for other in absorbed:
            saved[other] = {
                "row": jsonable(rows[other]),
                "members": members(tx, other),
                "ach_cells": judgement_rows.saved_cells(tx, other),
                "ach_evidence": judgement_rows.saved_evidence_ids(tx, other),
            }
        absorb_members(tx, absorbed, survivor)
        judgement_rows.move_evidence(tx, absorbed, survivor)
        judgement_rows.move_cells(tx, absorbed, survivor)
        delete_incidents(tx, absorbed)
        rederive(tx, [survivor])
        record_decision(tx, "merge", wanted, actor, reason,
                        {"survivor": survivor, "absorbed": saved})
    return survivor


def split_incident(
    store: Store, incident_id: str, event_ids: Sequence[str], *, actor: str,
    reason: str | None = None,
) -> str:
    """Move the given reports out into a new incident; returns its id. Undoable."""
    moving = list(dict.fromkeys(event_ids))
    with store.transaction() as tx:
        current = {m[0]: m for m in members(tx, incident_id)}
        if not current:
            raise KeyError(f"no incident {incident_id}")
        strangers = [e for e in moving if e not in current]
        if strangers:
            raise ValueError(f"not reports of {incident_id}: {', '.join(strangers)}")
        if not moving or len(moving) == len(current):
            raise ValueError("a split must leave at least one report on each side")
        new_id = free_id(tx, incident_id_for(sorted(moving)[0]))
        create_empty(tx, new_id)
        pin_members(tx, moving, new_id)
        rederive(tx, [incident_id, new_id])
        record_decision(tx, "split", [incident_id, new_id], actor, reason, {
            "from": incident_id, "to": new_id,
            "members": [current[e] for e in moving],
        })
    return new_id


def edit_incident(
    store: Store, incident_id: str, changes: Mapping[str, object], *, actor: str, reason: str,
    expected_version: int,
) -> Incident:
    """Set fields by hand (kept over later re-derivations); refused if the incident changed
    since `expected_version` was read."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise ValueError(f"these incident fields cannot be edited: {sorted(unknown)}")
    if not reason.strip():
        raise ValueError("an edit needs a reason")
    with store.transaction() as tx:
        row = locked_row(tx, incident_id, expected_version)
        before = json.loads(row["overrides"] or "{}")
        after = {**before, **jsonable(dict(changes))}
        set_row(tx, incident_id, overrides=json.dumps(after, sort_keys=True), status="edited")
        try:
            rederive(tx, [incident_id])
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            raise ValueError(f"invalid edit of {incident_id}: {exc}") from None
        record_decision(tx, "edit", [incident_id], actor, reason, {
            "incident_id": incident_id, "before": before, "after": after,
            "status_before": row["status"],
        })
    incident = store.incident(incident_id)
    assert incident is not None
    return incident


def set_status(
    store: Store, incident_id: str, status: str, *, actor: str, reason: str | None = None,
    expected_version: int,
) -> Incident:
    """Accept or reject an incident (or send it back to "machine"). Undoable."""
    if status not in STATUSES_SET_BY_REVIEW:
        raise ValueError(f"status must be one of {STATUSES_SET_BY_REVIEW}, not {status!r}")
    kind = {"accepted": "accept", "rejected": "reject"}.get(status, "edit")
    with store.transaction() as tx:
        row = locked_row(tx, incident_id, expected_version)
        set_row(tx, incident_id, status=status)
        rederive(tx, [incident_id])
        record_decision(tx, kind, [incident_id], actor, reason, {
            "incident_id": incident_id, "status_before": row["status"], "status_after": status,
        })
    incident = store.incident(incident_id)
    assert incident is not None
    return incident


def _refuse_under_later_reshaping(tx: Transaction, decision_id: int) -> None:
    later = later_decisions(tx, decision_id, _RESHAPING)
    if later:
        other, kind, incident_id = later[-1]
        raise ValueError(
            f"cannot undo decision {decision_id}: decision {other} ({kind}) changed incident "
            f"{incident_id} after it; undo decision {other} first"
        )


def undo(store: Store, decision_id: int, *, actor: str, reason: str | None = None) -> Decision:
    """Reverse one decision; the undo is itself a decision (returned)."""
    with store.transaction() as tx:
        row = decision_row(tx, decision_id)
        if row is None:
            raise KeyError(f"no decision {decision_id}")
        if row["undone_by"] is not None:
            raise ValueError(f"decision {decision_id} was already undone")
        payload = json.loads(row["payload"])
        if row["kind"] in _RESHAPING:
            _refuse_under_later_reshaping(tx, decision_id)
        touched = UNDO.get(row["kind"])
        if touched is None:
            raise ValueError(
                f"a {row['kind']} decision cannot be undone; reject or split the incident"
            )
        ids = touched(tx, payload)
        new_id = record_decision(tx, "undo", ids, actor, reason, {"undoes": decision_id})
        mark_undone(tx, decision_id, new_id)
        return read_decision(tx, new_id)
