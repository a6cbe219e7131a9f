"""Store fixtures: every test runs against a real SQLite file and a real PostgreSQL database.

PostgreSQL: the server on 127.0.0.1:5432 (trust auth, user postgres, database `test`), or the
URL in $ROYDAD_TEST_PG. Each test module gets a fresh database, dropped afterwards, and each test
starts from an empty `public` schema in it. Unreachable server: the postgres params skip, with
the reason, on a developer machine, and fail in CI (CI=true), where a skip would hide breakage.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

from roydad.store import Store, open_store
from tests.store.happenings import store_two_happenings

PG_ADMIN_URL = os.environ.get("ROYDAD_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        reason = f"PostgreSQL not reachable at {PG_ADMIN_URL}: {' '.join(str(exc).split())}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI=true: the postgres tests must run)", pytrace=False)
        pytest.skip(reason)
    return PG_ADMIN_URL


@pytest.fixture(scope="module")
def pg_database(request: pytest.FixtureRequest, pg_admin_url: str) -> Iterator[str]:
    """A fresh database for this test module; yields its SQLAlchemy URL."""
    module = re.sub(r"[^a-z0-9]+", "_", request.module.__name__.lower())[-30:]
    name = f"roydad_{module}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        url = make_url(pg_admin_url).set(drivername="postgresql+psycopg", database=name)
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(pg_admin_url, autocommit=True) as admin:
            # FORCE: a test that failed may have left a connection open.
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def _empty_public_schema(url: str) -> None:
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def db_url(request: pytest.FixtureRequest, tmp_path: os.PathLike[str]) -> str:
    """The URL of an empty database (no tables at all) on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{os.fspath(tmp_path)}/roydad.db"
    url: str = request.getfixturevalue("pg_database")
    _empty_public_schema(url)
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A store opened (and so migrated) on an empty database."""
    opened = open_store(db_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def two_happenings(store: Store) -> Store:
    """The store with the reports of two happenings (`happenings.py`), not consolidated."""
    return store_two_happenings(store)
