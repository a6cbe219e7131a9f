"""Alembic environment for roydad's schema.

Normally run by `roydad.store.migrate.upgrade_to_head`, which hands over an open connection
(already inside a transaction and holding the migration lock) via `config.attributes`. When a
developer runs the `alembic` command instead, the database comes from $ROYDAD_DB the same way
the `roydad` command finds it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from roydad.store.engine import create_store_engine, resolve_db_url
from roydad.store.schema import include_object, metadata

config = context.config


def _configure(connection: sa.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        compare_type=True,
        # Objects only the migrations describe (FTS5, expression indexes): never "drop" them.
        include_object=include_object,
        # SQLite cannot ALTER most things; batch mode rebuilds the table in future revisions.
        render_as_batch=connection.dialect.name == "sqlite",
    )


def run_offline() -> None:
    """Print the SQL instead of running it (`alembic upgrade head --sql`), for a DBA to review."""
    context.configure(
        url=resolve_db_url(config.get_main_option("sqlalchemy.url")),
        target_metadata=metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    given = config.attributes.get("connection")
    if isinstance(given, sa.Connection):
        _configure(given)
        # Inside the caller's transaction alembic commits nothing; the caller commits.
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_store_engine(resolve_db_url(config.get_main_option("sqlalchemy.url")))
    try:
        with engine.connect() as connection:
            _configure(connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
