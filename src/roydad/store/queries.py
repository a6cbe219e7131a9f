"""Small SQL building blocks shared by the Store's methods; each runs on a caller's connection,
inside the caller's transaction, so the Store decides what is atomic."""

from __future__ import annotations

from datetime import date
from typing import Any

import psycopg
import sqlalchemy as sa
from psycopg import sql
from sqlalchemy.dialects import postgresql, sqlite

from roydad.models import SourceRef
from roydad.store import schema as t
from roydad.store.rows import EventRows


def count_rows(conn: sa.Connection, table: sa.Table, *where: sa.ColumnElement[bool]) -> int:
    stmt = sa.select(sa.func.count()).select_from(table).where(*where)
    return int(conn.execute(stmt).scalar_one())


def existing_documents(conn: sa.Connection, ids: list[str]) -> set[str]:
    stmt = sa.select(t.documents.c.id).where(t.documents.c.id.in_(ids))
    return set(conn.execute(stmt).scalars())


def document_select() -> sa.Select[Any]:
    """Documents' columns as a Document takes them, with `origin` = where each was first read."""
    d = t.documents.c
    first_origin = (
        sa.select(t.sources.c.origin)
        .where(t.sources.c.document_id == d.id)
        .order_by(t.sources.c.id)
        .limit(1)
        .scalar_subquery()
    )
    return sa.select(
        d.id, d.text, d.pub_date, d.title, d.url, d.publisher, d.language, d.calendar,
        first_origin.label("origin"),
    )


def source_refs(conn: sa.Connection, document_ids: list[str]) -> dict[str, list[SourceRef]]:
    """Where each document was read from (the caller's id and the file or URL), first first."""
    s = t.sources.c
    found: dict[str, list[SourceRef]] = {}
    for start in range(0, len(document_ids), 500):
        chunk = document_ids[start:start + 500]
        stmt = (
            sa.select(s.document_id, s.external_id, s.origin)
            .where(s.document_id.in_(chunk))
            .order_by(s.document_id, s.id)
        )
        for row in conn.execute(stmt):
            found.setdefault(row.document_id, []).append(
                SourceRef(id=row.external_id, origin=row.origin)
            )
    return found


def stored_earlier(
    conn: sa.Connection, document_ids: list[str], run_id: int | None
) -> dict[str, str | None]:
    """For stored documents: the origin they were first read from when that was in run
    `run_id` (a repeat within one ingest), else None (stored by an earlier run)."""
    if not document_ids:
        return {}
    s = t.sources.c
    first = (
        sa.select(s.document_id, sa.func.min(s.id).label("first_id"))
        .where(s.document_id.in_(document_ids))
        .group_by(s.document_id)
        .subquery()
    )
    stmt = sa.select(s.document_id, s.origin, s.run_id).join(first, first.c.first_id == s.id)
    found: dict[str, str | None] = dict.fromkeys(document_ids)
    for row in conn.execute(stmt):
        if run_id is not None and row.run_id == run_id:
            found[row.document_id] = row.origin
    return found


def fill_dates(conn: sa.Connection, dates: dict[str, date]) -> tuple[int, int]:
    """Give stored documents without a publication date the one a new copy brings; returns
    how many were dated, and how many of those were already processed."""
    d = t.documents.c
    filled = processed = 0
    for document_id, day in sorted(dates.items()):
        stmt = (
            sa.update(t.documents)
            .where(d.id == document_id, d.pub_date.is_(None))
            .values(pub_date=day)
            .returning(d.processed_at)
        )
        for (processed_at,) in conn.execute(stmt):
            filled += 1
            processed += processed_at is not None
        s = t.sources.c
        conn.execute(
            sa.update(t.sources)
            .where(s.document_id == document_id, s.pub_date.is_(None))
            .values(pub_date=day)
        )
    return filled, processed


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


# PostgreSQL batches of at least this many rows go in with COPY, smaller ones with executemany.
# benchmarks/store.py measures both (set it to sys.maxsize for executemany only).
COPY_MIN_ROWS = 64


def insert_event_rows(conn: sa.Connection, rows: EventRows) -> None:
    """Insert a batch's event rows: COPY on PostgreSQL, executemany elsewhere.

    The evidence search index follows by itself (a GIN index on PostgreSQL, triggers on SQLite).
    """
    # Parents first: the children's foreign keys are checked immediately.
    for table, batch in (
        (t.event_mentions, rows.events),
        (t.event_actors, rows.actors),
        (t.event_claims, rows.claims),
        (t.event_spans, rows.spans),
    ):
        if not batch:
            continue
        if conn.dialect.name == "postgresql" and len(batch) >= COPY_MIN_ROWS:
            copy_rows(conn, table, batch)
        else:
            conn.execute(sa.insert(table), batch)


def copy_rows(conn: sa.Connection, table: sa.Table, batch: list[dict[str, Any]]) -> None:
    """COPY `batch` (dicts with the same keys) into `table` on the caller's transaction.

    psycopg's own errors are raised as SQLAlchemy's, like those of `conn.execute`, so callers
    see an IntegrityError for a duplicate key whichever way the rows went in.
    """
    columns = list(batch[0])
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, columns))
    )
    driver = conn.connection.driver_connection
    assert isinstance(driver, psycopg.Connection), "COPY needs the psycopg driver"
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in batch:
                copy.write_row([row[name] for name in columns])
    except psycopg.Error as exc:
        text = statement.as_string(driver)
        raise sa.exc.DBAPIError.instance(text, None, exc, psycopg.Error) from exc


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
