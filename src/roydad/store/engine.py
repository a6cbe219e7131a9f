"""Database URLs and engines: one code path for an SQLite file and for PostgreSQL.

SQLite needs help to behave like a real transactional database under SQLAlchemy:
- Python's sqlite3 driver opens transactions lazily, only before INSERT/UPDATE/DELETE, so a
  SELECT followed by an INSERT is not atomic. We switch the driver's own handling off and emit
  BEGIN ourselves (the recipe in SQLAlchemy's SQLite dialect documentation).
- Writers use BEGIN IMMEDIATE: taking the write lock up front means a transaction never has to
  upgrade a stale read snapshot to a write, which WAL mode refuses with SQLITE_BUSY instead of
  waiting for the busy timeout.
- Foreign keys are off by default in SQLite and must be enabled per connection.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.pool import ConnectionPoolEntry

ENV_VAR = "ROYDAD_DB"
DEFAULT_URL = "sqlite:///roydad.db"
# Execution option that asks for BEGIN IMMEDIATE on SQLite; ignored by other backends.
WRITE_OPTION = "roydad_write"
# Seconds a SQLite writer waits for another writer before giving up.
SQLITE_BUSY_TIMEOUT = 60.0

_PG_ALIASES = ("postgresql://", "postgres://")


def resolve_db_url(url: str | None) -> str:
    """The URL to use: the argument, else $ROYDAD_DB, else `sqlite:///roydad.db` (in the cwd).

    `postgresql://` (and the common `postgres://`) map to the psycopg 3 driver, which is the one
    we ship. A value without a scheme is taken as the path of an SQLite file, so `--db my.db`
    does the obvious thing.
    """
    chosen = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    for alias in _PG_ALIASES:
        if chosen.startswith(alias):
            return "postgresql+psycopg://" + chosen[len(alias) :]
    if "://" not in chosen:
        return f"sqlite:///{chosen}"
    return chosen


def display_url(url: str | URL) -> str:
    """The URL with its password masked, safe for logs and summaries."""
    return make_url(url).render_as_string(hide_password=True)


def create_store_engine(url: str) -> Engine:
    """An engine for `url` (already resolved), with SQLite made transactional and WAL-backed."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # pool_pre_ping: a long `roydad process` survives a PostgreSQL restart between batches.
        return sa.create_engine(parsed, pool_pre_ping=True)
    engine = sa.create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT})
    in_memory = parsed.database in (None, "", ":memory:")
    sa.event.listen(engine, "connect", _sqlite_on_connect(wal=not in_memory))
    sa.event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_on_connect(*, wal: bool) -> Callable[[Any, ConnectionPoolEntry], None]:
    def on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # None = the driver issues no BEGIN of its own; `_sqlite_begin` does it instead.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            if wal:
                # WAL lets readers (the web UI, `roydad summary`) run while a batch is written.
                # It is a property of the file, so setting it on every connect is a no-op after
                # the first. synchronous=NORMAL is crash-safe in WAL mode: a killed process never
                # corrupts the file or keeps half a transaction; only a power cut can lose the
                # last commits.
                _use_wal(cursor)
                cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    return on_connect


def _use_wal(cursor: Any) -> None:
    """Switch the file to WAL once. Changing the journal mode needs the file to itself, and
    SQLite answers "database is locked" at once instead of waiting when two connections open a
    fresh file together, so the switch is retried until the busy timeout runs out."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT
    delay = 0.01
    while True:
        if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
            return
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


def _sqlite_begin(conn: sa.Connection) -> None:
    write = bool(conn.get_execution_options().get(WRITE_OPTION, False))
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
