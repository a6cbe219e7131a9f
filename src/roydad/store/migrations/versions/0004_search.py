"""Full-text search over evidence, and indexes for the incident list's filters and order.

Written by hand and never to be edited once released. What it creates cannot be described by
SQLAlchemy tables (an FTS5 virtual table and its triggers, a PostgreSQL-only tsvector column,
expression and DESC NULLS LAST indexes), so `roydad.store.schema` names them (MIGRATION_ONLY_*)
for the schema comparison to skip, and tests/store/test_search.py and test_explain.py check
them instead.

- Evidence search. PostgreSQL: a stored generated column `evidence_search`, the tsvector of
  evidence_text with punctuation as spaces (so words are cut as FTS5 cuts them), with a GIN
  index. Stored rather than an expression index because GIN keeps no word positions, so a
  phrase search re-checks every candidate row; recomputing the tsvector there made a phrase
  search 8 times slower (104 ms against 13 ms on 1M incidents). SQLite: the FTS5
  external-content table `evidence_fts` with triggers on event_mentions. Existing rows are
  indexed here (adding the column computes it for every row; FTS5 'rebuild').
- The incident list is ordered newest first with unknown dates last, then by id: these indexes
  hold rows in exactly that order, whole, per country and per province (the filter compares
  lower(admin1)), so a page of 50 is read straight off the index instead of sorting every
  match. The province index also gives the planner statistics on lower(admin1).
- Actor filter: compares lower(name), so the index is on that expression.

On a large PostgreSQL database this takes a while and locks the tables meanwhile: adding the
column rewrites event_mentions (about 40 s with its index for 1.25M mentions here), and inside
the migration's transaction no index can be built CONCURRENTLY. Upgrade at a quiet moment.
On SQLite, a later migration that rebuilds event_mentions (batch mode) drops these triggers and
must create them again and rebuild evidence_fts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

_POSTGRESQL = [
    "ALTER TABLE event_mentions ADD COLUMN evidence_search tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple'::regconfig, regexp_replace(evidence_text, '[[:punct:]]', ' ', 'g'))) "
    "STORED",
    "CREATE INDEX ix_event_mentions_evidence_search ON event_mentions "
    "USING gin (evidence_search)",
    "CREATE INDEX ix_incidents_list_order ON incidents (date_start DESC NULLS LAST, id)",
    "CREATE INDEX ix_incidents_list_country ON incidents "
    "(location_country, date_start DESC NULLS LAST, id)",
    "CREATE INDEX ix_incidents_list_province ON incidents "
    "(lower(location_admin1), date_start DESC NULLS LAST, id)",
]

# In SQLite NULLs sort first, so DESC already puts unknown dates last.
_SQLITE = [
    "CREATE VIRTUAL TABLE evidence_fts USING fts5("
    "evidence_text, content='event_mentions', content_rowid='rowid', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER event_mentions_search_insert AFTER INSERT ON event_mentions BEGIN "
    "INSERT INTO evidence_fts(rowid, evidence_text) VALUES (new.rowid, new.evidence_text); "
    "END",
    "CREATE TRIGGER event_mentions_search_delete AFTER DELETE ON event_mentions BEGIN "
    "INSERT INTO evidence_fts(evidence_fts, rowid, evidence_text) "
    "VALUES ('delete', old.rowid, old.evidence_text); "
    "END",
    "CREATE TRIGGER event_mentions_search_update AFTER UPDATE ON event_mentions BEGIN "
    "INSERT INTO evidence_fts(evidence_fts, rowid, evidence_text) "
    "VALUES ('delete', old.rowid, old.evidence_text); "
    "INSERT INTO evidence_fts(rowid, evidence_text) VALUES (new.rowid, new.evidence_text); "
    "END",
    "INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild')",
    "CREATE INDEX ix_incidents_list_order ON incidents (date_start DESC, id)",
    "CREATE INDEX ix_incidents_list_country ON incidents (location_country, date_start DESC, id)",
    "CREATE INDEX ix_incidents_list_province ON incidents "
    "(lower(location_admin1), date_start DESC, id)",
]

_BOTH = ["CREATE INDEX ix_incident_actors_lower_name ON incident_actors (lower(name))"]


def _dialect() -> str:
    name = op.get_context().dialect.name
    if name not in ("postgresql", "sqlite"):
        raise NotImplementedError(f"roydad supports SQLite and PostgreSQL, not {name}")
    return name


def upgrade() -> None:
    statements = _POSTGRESQL if _dialect() == "postgresql" else _SQLITE
    for statement in [*statements, *_BOTH]:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP INDEX ix_incident_actors_lower_name")
    op.execute("DROP INDEX ix_incidents_list_province")
    op.execute("DROP INDEX ix_incidents_list_country")
    op.execute("DROP INDEX ix_incidents_list_order")
    if _dialect() == "postgresql":
        op.execute("DROP INDEX ix_event_mentions_evidence_search")
        op.execute("ALTER TABLE event_mentions DROP COLUMN evidence_search")
        return
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER event_mentions_search_{trigger}")
    op.execute("DROP TABLE evidence_fts")
