"""Bring a database to the newest schema with alembic, from code: no alembic.ini in the cwd.

The migration scripts ship inside the package (`roydad/store/migrations`), so an installed
roydad can create and upgrade its database anywhere. `alembic.ini` next to this module is only
for developers writing a new revision (`alembic -c src/roydad/store/alembic.ini revision ...`).
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from roydad.store.engine import WRITE_OPTION

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Any fixed number: it names the PostgreSQL advisory lock that serialises concurrent upgrades.
_PG_MIGRATION_LOCK = 7_460_131_001


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """An alembic Config pointing into the package; `connection` is used by migrations/env.py."""
    config = Config()
    # set_main_option interpolates "%", which a checkout path may contain.
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    # Without it alembic warns that it falls back to legacy splitting of path lists.
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


class SchemaTooNewError(RuntimeError):
    """The database was migrated by a newer roydad than this one."""


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, f"no migrations found in {MIGRATIONS}"
    return head


def _known_revision(revision: str) -> bool:
    scripts = ScriptDirectory.from_config(alembic_config())
    return any(script.revision == revision for script in scripts.walk_revisions())


def current_revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: sa.Engine) -> None:
    """Create or upgrade the schema, in one transaction, safe against concurrent openers.

    Two `roydad` processes may open a fresh database at once (an ingest and the web UI). On
    PostgreSQL an advisory lock makes the second wait and then find the schema at head; on
    SQLite BEGIN IMMEDIATE does the same. DDL is transactional on both, so an interrupted
    upgrade leaves the previous schema intact.
    """
    current = current_revision(engine)
    if current == head_revision():
        return  # the common case: no write lock needed just to open a store
    if current is not None and not _known_revision(current):
        # Alembic's own message ("Can't locate revision") would not tell the user what to do.
        raise SchemaTooNewError(
            f"the database schema is at revision {current}, which this roydad does not know "
            f"(its newest is {head_revision()}): upgrade roydad to use this database"
        )
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        command.upgrade(alembic_config(conn), "head")
