"""The database schema as SQLAlchemy Core tables, one module per area; all of them are here.

This package and `migrations/versions/` describe the same schema twice on purpose: the migrations
are frozen history that builds a database, these tables are what the code queries. A test runs the
migrations on an empty database and asserts that alembic's `compare_metadata` finds no difference,
so the two cannot drift apart silently.

Conventions:
- Every constraint and index has a name from `NAMING` so that future migrations can address it
  identically on SQLite and PostgreSQL.
- Values that come from input or from an extractor are unbounded `String`/`Text`: a length limit
  would reject data on PostgreSQL that SQLite accepts, and the two backends must behave alike.
- Columns that would clash with SQL keywords (`start`, `end`) get a prefix, so analysts can write
  plain SQL against the tables without quoting.
"""

from roydad.store.schema.accounts import USER_ROLES, sessions, users
from roydad.store.schema.base import NAMING, metadata
from roydad.store.schema.corpus import (
    RUN_KINDS,
    RUN_STATUSES,
    documents,
    event_actors,
    event_claims,
    event_mentions,
    event_spans,
    runs,
    sources,
)
from roydad.store.schema.incident_tables import (
    REVIEW_STATUSES,
    ach_cells,
    ach_evidence,
    decision_incidents,
    decisions,
    incident_actors,
    incident_members,
    incidents,
)
from roydad.store.schema.migration_only import (
    MIGRATION_ONLY_COLUMNS,
    MIGRATION_ONLY_INDEXES,
    MIGRATION_ONLY_TABLE_PREFIX,
    include_object,
)

__all__ = [
    "MIGRATION_ONLY_COLUMNS",
    "MIGRATION_ONLY_INDEXES",
    "MIGRATION_ONLY_TABLE_PREFIX",
    "NAMING",
    "REVIEW_STATUSES",
    "RUN_KINDS",
    "RUN_STATUSES",
    "USER_ROLES",
    "ach_cells",
    "ach_evidence",
    "decision_incidents",
    "decisions",
    "documents",
    "event_actors",
    "event_claims",
    "event_mentions",
    "event_spans",
    "incident_actors",
    "incident_members",
    "incidents",
    "include_object",
    "metadata",
    "runs",
    "sessions",
    "sources",
    "users",
]
