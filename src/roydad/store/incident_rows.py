"""Rows of the `incidents` and `incident_actors` tables, read and written inside a transaction.

An incident row repeats, in columns, what the lists, the map and the filters need of the derived
`Incident` (kept whole as JSON in `detail`); `write_derived` keeps the two in step. Deciding what
an incident is (deriving it, choosing its id) is `roydad.review`'s business, not the store's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from roydad.models import Incident
from roydad.store import schema as t
from roydad.store.records import StaleEditError
from roydad.store.rows import utc_now
from roydad.store.transaction import Transaction


def incident_rows(tx: Transaction, ids: Sequence[str]) -> dict[str, sa.RowMapping]:
    """The stored rows of those of `ids` that exist, by id."""
    stmt = sa.select(t.incidents).where(t.incidents.c.id.in_(list(ids)))
    return {row["id"]: row for row in tx.conn.execute(stmt).mappings()}


def locked_row(tx: Transaction, incident_id: str, expected_version: int) -> sa.RowMapping:
    """The incident's row, locked for the transaction on PostgreSQL; `KeyError` if there is no
    such incident, `StaleEditError` if it is no longer at `expected_version`."""
    stmt = sa.select(t.incidents).where(t.incidents.c.id == incident_id)
    if tx.on_postgresql:
        stmt = stmt.with_for_update()
    row = tx.conn.execute(stmt).mappings().first()
    if row is None:
        raise KeyError(f"no incident {incident_id}")
    if row["version"] != expected_version:
        raise StaleEditError(
            f"incident {incident_id} changed since you read it (you edited version "
            f"{expected_version}, it is now at version {row['version']}): reload it and "
            "apply your change again"
        )
    return row


def set_row(tx: Transaction, incident_id: str, **values: Any) -> None:
    tx.conn.execute(
        sa.update(t.incidents).where(t.incidents.c.id == incident_id).values(**values)
    )


def free_id(tx: Transaction, wanted: str) -> str:
    """`wanted`, or `wanted` with a suffix if an incident (or a merged-away one) has it."""
    candidate, n = wanted, 1
    while _id_taken(tx.conn, candidate):
        n += 1
        candidate = f"{wanted}-{n}"
    return candidate


def _id_taken(conn: sa.Connection, incident_id: str) -> bool:
    live = sa.select(t.incidents.c.id).where(t.incidents.c.id == incident_id)
    past = sa.select(t.decision_incidents.c.incident_id).where(
        t.decision_incidents.c.incident_id == incident_id
    )
    return conn.execute(sa.union_all(live, past).limit(1)).first() is not None


def create_empty(tx: Transaction, incident_id: str) -> None:
    """An incident row to hang members on; re-deriving it fills it in the same transaction."""
    now = utc_now()
    tx.conn.execute(sa.insert(t.incidents).values(
        id=incident_id, event_type="ASSAULT", certainty="asserted", confidence=0.0,
        status="machine", version=0, source_count=0, mention_count=0, detail="{}",
        overrides=None, created_at=now, updated_at=now,
    ))


def delete_incidents(tx: Transaction, ids: Sequence[str]) -> None:
    tx.conn.execute(sa.delete(t.incidents).where(t.incidents.c.id.in_(list(ids))))


def reinsert_incident(tx: Transaction, saved: dict[str, Any]) -> None:
    """Insert again an incident row saved as JSON (dates and times as ISO strings)."""
    row = dict(saved)
    for name in ("created_at", "updated_at"):
        row[name] = datetime.fromisoformat(row[name])
    # date_last is missing from decisions taken before migration 0005; re-deriving the
    # incident sets it again anyway.
    for name in ("date_start", "date_end", "date_last"):
        row[name] = _day(row.get(name))
    tx.conn.execute(sa.insert(t.incidents).values(**row))


def write_derived(tx: Transaction, incidents: Sequence[Incident], now: datetime) -> None:
    """Store freshly derived incidents in their rows: the list columns and the whole `detail`.
    One statement for all (executemany): a consolidation batch writes thousands."""
    if not incidents:
        return
    stmt = sa.update(t.incidents).where(t.incidents.c.id == sa.bindparam("_incident_id"))
    tx.conn.execute(stmt, [_derived_values(incident, now) for incident in incidents])


def _derived_values(incident: Incident, now: datetime) -> dict[str, Any]:
    location = incident.location
    return dict(
        _incident_id=incident.incident_id,
        event_type=incident.event_type, mode=incident.mode,
        acled_event_type=incident.acled_event_type,
        acled_sub_event_type=incident.acled_sub_event_type,
        date_start=_day(incident.date_start), date_end=_day(incident.date_end),
        date_last=_day(incident.date_end or incident.date_start),
        date_precision=incident.date_precision,
        location_name=location.name if location else None,
        location_admin1=location.admin1 if location else None,
        location_country=location.country if location else None,
        location_lat=location.lat if location else None,
        location_lon=location.lon if location else None,
        location_precision=location.precision if location else None,
        fatalities_low=incident.fatalities_low, fatalities_best=incident.fatalities_best,
        fatalities_high=incident.fatalities_high, certainty=incident.certainty,
        confidence=incident.confidence, version=incident.version,
        source_count=incident.source_count, mention_count=len(incident.sources),
        detail=incident.to_json(), updated_at=now,
    )


def clear_incident_actors(tx: Transaction, ids: Sequence[str]) -> None:
    tx.conn.execute(
        sa.delete(t.incident_actors).where(t.incident_actors.c.incident_id.in_(list(ids)))
    )


def add_incident_actors(tx: Transaction, incidents: Sequence[Incident]) -> None:
    """The actor rows (the actor filter's) of incidents whose old ones were cleared."""
    actor_rows: list[dict[str, Any]] = [
        {
            "incident_id": incident.incident_id, "position": n, "name": a.name,
            "role": a.role, "kind": a.kind, "country": a.country, "kb_id": a.kb_id,
            "reports": a.reports,
        }
        for incident in incidents
        for n, a in enumerate(incident.actors)
    ]
    if actor_rows:
        tx.conn.execute(sa.insert(t.incident_actors), actor_rows)


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)
