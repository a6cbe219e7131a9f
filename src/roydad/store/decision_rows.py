"""Rows of the `decisions` table: recording a decision, reading one back, marking it undone.

A decision row says who did what, when and why, and carries a JSON payload with what is needed
to undo it; `decision_incidents` links it to every incident it touched (merged-away ids too).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from roydad.models import Decision
from roydad.store import schema as t
from roydad.store.rows import utc_now
from roydad.store.transaction import Transaction


def record_decision(
    tx: Transaction, kind: str, incident_ids: Sequence[str], actor: str,
    reason: str | None, payload: Mapping[str, Any],
) -> int:
    """Write a decision and its links to `incident_ids`; returns its id."""
    conn = tx.conn
    key = conn.execute(sa.insert(t.decisions).values(
        kind=kind, actor=actor, at=utc_now(), reason=reason,
        payload=json.dumps(payload, sort_keys=True, default=str),
    )).inserted_primary_key
    assert key is not None
    decision_id = int(key[0])
    conn.execute(sa.insert(t.decision_incidents), [
        {"decision_id": decision_id, "incident_id": i} for i in dict.fromkeys(incident_ids)
    ])
    return decision_id


def decision_row(tx: Transaction, decision_id: int) -> sa.RowMapping | None:
    return tx.conn.execute(
        sa.select(t.decisions).where(t.decisions.c.id == decision_id)
    ).mappings().first()


def mark_undone(tx: Transaction, decision_id: int, undone_by: int) -> None:
    tx.conn.execute(
        sa.update(t.decisions).where(t.decisions.c.id == decision_id).values(undone_by=undone_by)
    )


def read_decision(tx: Transaction, decision_id: int) -> Decision:
    """The stored decision (which must exist) as a `Decision`."""
    row = tx.conn.execute(
        sa.select(t.decisions).where(t.decisions.c.id == decision_id)
    ).mappings().one()
    return decision_of_row(tx.conn, row)


def decision_of_row(conn: sa.Connection, row: sa.RowMapping) -> Decision:
    link = t.decision_incidents.c
    ids = conn.execute(
        sa.select(link.incident_id).where(link.decision_id == row["id"]).order_by(link.incident_id)
    ).scalars().all()
    at = row["at"]
    return Decision(
        id=row["id"], kind=row["kind"], incident_ids=list(ids), actor=row["actor"],
        at=(at if isinstance(at, str) else at.isoformat()), reason=row["reason"],
        payload=json.loads(row["payload"]), undone_by=row["undone_by"],
    )


def patch_payload(tx: Transaction, decision_id: int, **values: Any) -> None:
    """Add `values` to a recorded decision's payload."""
    conn = tx.conn
    d = t.decisions.c
    payload = json.loads(conn.execute(sa.select(d.payload).where(d.id == decision_id)).scalar_one())
    payload.update(values)
    conn.execute(sa.update(t.decisions).where(d.id == decision_id)
                 .values(payload=json.dumps(payload, sort_keys=True)))


def jsonable(value: Any) -> Any:
    """Dates and datetimes as ISO strings, recursively: decision payloads are JSON."""
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "model_dump"):
        return jsonable(value.model_dump())
    return value


def later_decisions(
    tx: Transaction, decision_id: int, kinds: Sequence[str]
) -> list[tuple[int, str, str]]:
    """(id, kind, incident) of the decisions of `kinds`, not undone, taken after `decision_id`
    on any incident it touched; oldest first."""
    d, link = t.decisions.c, t.decision_incidents.c
    touched = sa.select(link.incident_id).where(link.decision_id == decision_id)
    rows = tx.conn.execute(
        sa.select(d.id, d.kind, link.incident_id)
        .join(t.decision_incidents, link.decision_id == d.id)
        .where(d.id > decision_id, d.kind.in_(list(kinds)), d.undone_by.is_(None),
               link.incident_id.in_(touched))
        .order_by(d.id, link.incident_id)
    ).all()
    return [(int(i), str(kind), str(incident)) for i, kind, incident in rows]


def absorbing_merge(tx: Transaction, incident_id: str) -> tuple[int, str] | None:
    """(decision id, survivor) of the standing merge that absorbed the incident, if any."""
    d, link = t.decisions.c, t.decision_incidents.c
    rows = tx.conn.execute(
        sa.select(d.id, d.payload)
        .join(t.decision_incidents, link.decision_id == d.id)
        .where(d.kind == "merge", d.undone_by.is_(None), link.incident_id == incident_id)
        .order_by(d.id.desc())
    ).all()
    for decision_id, payload in rows:
        merge = json.loads(payload)
        if incident_id in merge["absorbed"]:
            return int(decision_id), str(merge["survivor"])
    return None
