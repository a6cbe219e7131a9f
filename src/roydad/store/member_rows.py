"""Rows of `incident_members`: which stored event mention belongs to which incident.

Also the reads consolidation and re-derivation need of the members: the mentions in no
incident yet, the incidents with a report in some date windows, and each member as a `Report`
(its EventRecord with its document's title, publisher and date).

A member row placed by a person (merge, split, undo) is `pinned`: automatic consolidation never
moves it again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa

from roydad.models import Report
from roydad.store import queries as q
from roydad.store import schema as t
from roydad.store.rows import event_record
from roydad.store.transaction import Transaction

# Event ids per IN (...) list when reading reports.
_CHUNK = 500


def read_reports(tx: Transaction, event_ids: Sequence[str]) -> dict[str, Report]:
    """The EventRecords of these mentions with their documents' metadata, keyed by event id."""
    conn = tx.conn
    found: dict[str, Report] = {}
    ids = list(event_ids)
    d = t.documents.c
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        stmt = (
            sa.select(
                t.event_mentions, d.title.label("doc_title"), d.url.label("doc_url"),
                d.publisher.label("doc_publisher"), d.pub_date.label("doc_pub_date"),
            )
            .join(t.documents, d.id == t.event_mentions.c.document_id)
            .where(t.event_mentions.c.event_id.in_(chunk))
        )
        rows = conn.execute(stmt).mappings().all()
        actors = q.children_by_event(conn, t.event_actors, chunk)
        claims = q.children_by_event(conn, t.event_claims, chunk)
        spans = q.children_by_event(conn, t.event_spans, chunk)
        for row in rows:
            key = row["event_id"]
            record = event_record(
                row, actors.get(key, []), claims.get(key, []), spans.get(key, [])
            )
            found[key] = Report(
                record=record, document_id=row["document_id"], title=row["doc_title"],
                url=row["doc_url"], publisher=row["doc_publisher"], pub_date=row["doc_pub_date"],
            )
    return found


def members(tx: Transaction, incident_id: str) -> list[list[Any]]:
    """[event_id, score, pinned] of each member of the incident, by event id (as JSON keeps
    them in a decision's payload)."""
    m = t.incident_members.c
    stmt = (
        sa.select(m.event_id, m.score, m.pinned)
        .where(m.incident_id == incident_id)
        .order_by(m.event_id)
    )
    return [[row.event_id, row.score, bool(row.pinned)] for row in tx.conn.execute(stmt)]


def member_ids(tx: Transaction, incident_ids: Sequence[str]) -> dict[str, list[str]]:
    """The event ids of the members of each of the incidents (sorted; none: left out)."""
    m = t.incident_members.c
    found: dict[str, list[str]] = {}
    for incident_id, event_id in tx.conn.execute(
        sa.select(m.incident_id, m.event_id)
        .where(m.incident_id.in_(list(incident_ids))).order_by(m.event_id)
    ):
        found.setdefault(incident_id, []).append(event_id)
    return found


def incidents_of_events(tx: Transaction, event_ids: Sequence[str]) -> list[str]:
    """The incidents the events belong to, each once."""
    m = t.incident_members.c
    return list(tx.conn.execute(
        sa.select(m.incident_id).where(m.event_id.in_(list(event_ids))).distinct()
    ).scalars().all())


def add_members(tx: Transaction, incident_id: str, scored: Sequence[tuple[str, float]]) -> None:
    """Make the (event id, score) mentions members of the incident, not pinned."""
    tx.conn.execute(sa.insert(t.incident_members), [
        {"event_id": e, "incident_id": incident_id, "score": s, "pinned": False}
        for e, s in scored
    ])


def absorb_members(tx: Transaction, absorbed: Sequence[str], survivor: str) -> None:
    """Move every member of the `absorbed` incidents to `survivor`, pinned."""
    m = t.incident_members.c
    tx.conn.execute(
        sa.update(t.incident_members).where(m.incident_id.in_(list(absorbed)))
        .values(incident_id=survivor, pinned=True)
    )


def pin_members(tx: Transaction, event_ids: Sequence[str], incident_id: str) -> None:
    """Move the events (wherever they are) to the incident, pinned."""
    m = t.incident_members.c
    tx.conn.execute(
        sa.update(t.incident_members).where(m.event_id.in_(list(event_ids)))
        .values(incident_id=incident_id, pinned=True)
    )


def put_back_member(
    tx: Transaction, event_id: str, *, from_incident: str, to_incident: str, score: float,
    pinned: bool,
) -> None:
    """Move the event from `from_incident` (only if it is there) to `to_incident`, with the
    score and pin it had there."""
    m = t.incident_members.c
    tx.conn.execute(
        sa.update(t.incident_members)
        .where(m.event_id == event_id, m.incident_id == from_incident)
        .values(incident_id=to_incident, score=score, pinned=pinned)
    )


def unassigned_events(tx: Transaction, limit: int) -> list[str]:
    """Up to `limit` stored events in no incident, in document ingest order."""
    e = t.event_mentions.c
    member = sa.select(t.incident_members.c.event_id).where(
        t.incident_members.c.event_id == e.event_id
    )
    stmt = (
        sa.select(e.event_id)
        .join(t.documents, t.documents.c.id == e.document_id)
        .where(~member.exists())
        .order_by(t.documents.c.ingest_seq, e.document_id, e.position)
        .limit(limit)
    )
    return list(tx.conn.execute(stmt).scalars())


def members_near(
    tx: Transaction, windows: Sequence[tuple[date, date]]
) -> dict[str, list[str]]:
    """Every member (event id) of each incident with a report in any of the date windows (its
    event date, or its publication date when it has none); `windows` sorted."""
    conn = tx.conn
    e = t.event_mentions.c
    m = t.incident_members.c
    when = sa.func.coalesce(e.date, t.documents.c.pub_date)
    spans = _merged(windows)
    stmt = (
        sa.select(m.incident_id, m.event_id)
        .join(t.event_mentions, e.event_id == m.event_id)
        .join(t.documents, t.documents.c.id == e.document_id)
        .where(sa.or_(*(when.between(lo, hi) for lo, hi in spans)))
    )
    by_incident: dict[str, list[str]] = {}
    for incident_id, event_id in conn.execute(stmt):
        by_incident.setdefault(incident_id, []).append(event_id)
    if not by_incident:
        return {}
    # All reports of each incident, not only those inside the window.
    everyone = sa.select(m.incident_id, m.event_id).where(m.incident_id.in_(list(by_incident)))
    found: dict[str, list[str]] = {}
    for incident_id, event_id in conn.execute(everyone):
        found.setdefault(incident_id, []).append(event_id)
    return found


def _merged(windows: Sequence[tuple[date, date]]) -> list[tuple[date, date]]:
    spans: list[tuple[date, date]] = []
    for lo, hi in windows:
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans
