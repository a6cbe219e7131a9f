"""The store fixtures (a real SQLite file and the real PostgreSQL server) for the review tests."""

from tests.store.conftest import db_url, pg_admin_url, pg_database, store, two_happenings

__all__ = ["db_url", "pg_admin_url", "pg_database", "store", "two_happenings"]
