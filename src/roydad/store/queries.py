"""Small SQL building blocks shared by the Store's methods; each runs on a caller's connection,
inside the caller's transaction, so the Store decides what is atomic."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from roydad.store import schema as t
from roydad.store.rows import EventRows


def count_rows(conn: sa.Connection, table: sa.Table, *where: sa.ColumnElement[bool]) -> int:
    stmt = sa.select(sa.func.count()).select_from(table).where(*where)
    return int(conn.execute(stmt).scalar_one())


def existing_documents(conn: sa.Connection, ids: list[str]) -> set[str]:
    stmt = sa.select(t.documents.c.id).where(t.documents.c.id.in_(ids))
    return set(conn.execute(stmt).scalars())


def existing_sources(conn: sa.Connection, document_ids: list[str]) -> set[tuple[str, str]]:
    s = t.sources.c
    stmt = sa.select(s.document_id, s.origin).where(s.document_id.in_(document_ids))
    return {(row.document_id, row.origin) for row in conn.execute(stmt)}


def insert_ignoring(conn: sa.Connection, table: sa.Table, keys: list[str]) -> sa.Insert:
    """INSERT that skips rows clashing on `keys`: a concurrent ingest wrote them first."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=keys)
    if conn.dialect.name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=keys)
    raise NotImplementedError(f"roydad supports SQLite and PostgreSQL, not {conn.dialect.name}")


def insert_event_rows(conn: sa.Connection, rows: EventRows) -> None:
    # Parents first: the children's foreign keys are checked immediately.
    for table, batch in (
        (t.event_mentions, rows.events),
        (t.event_actors, rows.actors),
        (t.event_claims, rows.claims),
        (t.event_spans, rows.spans),
    ):
        if batch:
            conn.execute(sa.insert(table), batch)


def children_by_event(
    conn: sa.Connection, table: sa.Table, event_ids: list[str]
) -> dict[str, list[sa.RowMapping]]:
    stmt = (
        sa.select(table)
        .where(table.c.event_id.in_(event_ids))
        .order_by(table.c.event_id, table.c.position)
    )
    grouped: dict[str, list[sa.RowMapping]] = {}
    for row in conn.execute(stmt).mappings():
        grouped.setdefault(row["event_id"], []).append(row)
    return grouped
