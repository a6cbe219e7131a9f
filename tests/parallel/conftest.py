"""The parallel tests write to the same real databases as the store tests (SQLite and
PostgreSQL), through the store tests' fixtures."""

from tests.store.conftest import db_url, pg_admin_url, pg_database, store  # noqa: F401
