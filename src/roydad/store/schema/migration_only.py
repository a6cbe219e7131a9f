"""What migrations 0004 and 0007 created but no table here describes, and the hook that lets the
schema comparison skip it.

SQLAlchemy tables cannot describe these (an FTS5 virtual table with its shadow tables and
triggers, a PostgreSQL-only generated tsvector column, expression and DESC NULLS LAST indexes),
so the schema comparison skips them by name and tests/store/test_search.py and test_explain.py
check them directly.
"""

from __future__ import annotations

MIGRATION_ONLY_TABLE_PREFIX = "evidence_fts"
MIGRATION_ONLY_COLUMNS = frozenset({("event_mentions", "evidence_search")})
MIGRATION_ONLY_INDEXES = frozenset({
    "ix_event_mentions_evidence_search",
    "ix_incidents_list_order",
    "ix_incidents_list_country",
    "ix_incidents_list_province",
    "ix_incidents_list_sources",
    "ix_incident_actors_lower_name",
})


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic's `include_object` hook: leave out what only the migrations describe."""
    if type_ == "table" and name is not None and name.startswith(MIGRATION_ONLY_TABLE_PREFIX):
        return False
    if type_ == "column":
        table = getattr(getattr(obj, "table", None), "name", None)
        return (table, name) not in MIGRATION_ONLY_COLUMNS
    return not (type_ == "index" and name in MIGRATION_ONLY_INDEXES)
