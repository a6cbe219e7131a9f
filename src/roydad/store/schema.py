"""The database schema as SQLAlchemy Core tables.

This module and `migrations/versions/` describe the same schema twice on purpose: the migrations
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

from __future__ import annotations

import sqlalchemy as sa

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

RUN_KINDS = ("ingest", "process", "extract")
RUN_STATUSES = ("running", "done", "failed")

metadata = sa.MetaData(naming_convention=NAMING)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("extractor", sa.String, nullable=False),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("documents_seen", sa.Integer, nullable=False),
    sa.Column("documents_new", sa.Integer, nullable=False),
    sa.Column("events", sa.Integer, nullable=False),
    sa.Column("problems", sa.Integer, nullable=False),
    sa.CheckConstraint("kind IN ('ingest', 'process', 'extract')", name="kind"),
    sa.CheckConstraint("status IN ('running', 'done', 'failed')", name="status"),
)

documents = sa.Table(
    "documents",
    metadata,
    # The content hash: the same article read from two feeds is one document.
    sa.Column("id", sa.String(64), primary_key=True),
    # Ingest order. Assigned per batch as max + 1.. by the store; it is not unique because two
    # concurrent ingests on PostgreSQL may pick the same numbers, and ordering by (ingest_seq, id)
    # is stable either way.
    sa.Column("ingest_seq", sa.BigInteger, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("title", sa.Text, nullable=True),
    sa.Column("url", sa.Text, nullable=True),
    sa.Column("publisher", sa.String, nullable=True),
    sa.Column("language", sa.String, nullable=True),
    # "solar-hijri" for Persian-source texts whose "this year" is the Iranian year.
    sa.Column("calendar", sa.String, nullable=True),
    sa.Column("pub_date", sa.Date, nullable=True),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("processed_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("processed_run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=True),
    sa.Index("ix_documents_ingest_seq", "ingest_seq"),
    # Serves "pending in ingest order" without scanning every processed document first.
    sa.Index("ix_documents_pending", "processed_at", "ingest_seq"),
)

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "document_id",
        sa.String(64),
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("external_id", sa.Text, nullable=False),
    sa.Column("title", sa.Text, nullable=True),
    sa.Column("url", sa.Text, nullable=True),
    sa.Column("publisher", sa.String, nullable=True),
    sa.Column("pub_date", sa.Date, nullable=True),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=True),
    sa.UniqueConstraint("document_id", "origin", name="uq_sources_document_id_origin"),
    sa.Index("ix_sources_external_id", "external_id"),
)

event_mentions = sa.Table(
    "event_mentions",
    metadata,
    sa.Column("event_id", sa.String, primary_key=True),
    sa.Column(
        "document_id",
        sa.String(64),
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False),
    # Order of the event among its document's events, so they come back as they were saved.
    sa.Column("position", sa.Integer, nullable=False),
    # The contract's doc_id as the extractor wrote it; usually equal to document_id.
    sa.Column("doc_id", sa.Text, nullable=False),
    sa.Column("event_type", sa.String, nullable=False),
    sa.Column("mode", sa.String, nullable=True),
    sa.Column("acled_event_type", sa.String, nullable=True),
    sa.Column("acled_sub_event_type", sa.String, nullable=True),
    sa.Column("date", sa.Date, nullable=True),
    sa.Column("date_end", sa.Date, nullable=True),
    sa.Column("date_precision", sa.String(8), nullable=True),
    sa.Column("date_text", sa.Text, nullable=True),
    # Distinguishes "no location" from "a location whose fields are all unknown".
    sa.Column("has_location", sa.Boolean(create_constraint=False), nullable=False),
    sa.Column("location_name", sa.Text, nullable=True),
    sa.Column("location_admin1", sa.Text, nullable=True),
    sa.Column("location_admin2", sa.Text, nullable=True),
    sa.Column("location_country", sa.String, nullable=True),
    sa.Column("location_lat", sa.Double, nullable=True),
    sa.Column("location_lon", sa.Double, nullable=True),
    sa.Column("location_geonames_id", sa.BigInteger, nullable=True),
    sa.Column("location_precision", sa.String(8), nullable=True),
    sa.Column("fatalities", sa.Integer, nullable=True),
    sa.Column("fatalities_low", sa.Integer, nullable=True),
    sa.Column("fatalities_high", sa.Integer, nullable=True),
    sa.Column("injured", sa.Integer, nullable=True),
    sa.Column("weapon", sa.String, nullable=True),
    sa.Column("certainty", sa.String(16), nullable=False),
    sa.Column("evidence_text", sa.Text, nullable=False),
    sa.Column("evidence_start", sa.Integer, nullable=False),
    sa.Column("evidence_end", sa.Integer, nullable=False),
    sa.Column("confidence", sa.Double, nullable=False),
    sa.Column("extractor", sa.String, nullable=False),
    # Who decided the type and the classifier's confidence in it (migration 0006).
    sa.Column("type_source", sa.String(8), nullable=True),
    sa.Column("type_confidence", sa.Double, nullable=True),
    sa.Index("ix_event_mentions_document_id", "document_id", "position"),
    sa.Index("ix_event_mentions_run_id", "run_id"),
    sa.Index("ix_event_mentions_event_type", "event_type"),
    sa.Index("ix_event_mentions_location_country", "location_country"),
    sa.Index("ix_event_mentions_date", "date"),
)


def _child_key() -> list[sa.Column[int] | sa.Column[str]]:
    """(event_id, position): the parent event and the item's place in its list."""
    return [
        sa.Column(
            "event_id",
            sa.String,
            sa.ForeignKey("event_mentions.event_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer, primary_key=True),
    ]


event_actors = sa.Table(
    "event_actors",
    metadata,
    *_child_key(),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("sector", sa.String, nullable=True),
    sa.Column("country", sa.String, nullable=True),
    sa.Column("kb_id", sa.String, nullable=True),
    sa.Index("ix_event_actors_name", "name"),
    sa.Index("ix_event_actors_kb_id", "kb_id"),
)

event_claims = sa.Table(
    "event_claims",
    metadata,
    *_child_key(),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("claimant", sa.Text, nullable=True),
    sa.Column("attributed_to", sa.Text, nullable=True),
    sa.Column("certainty", sa.String(16), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

# The contract calls these `mentions`; "span" avoids confusion with the event_mentions table.
event_spans = sa.Table(
    "event_spans",
    metadata,
    *_child_key(),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("span_start", sa.Integer, nullable=False),
    sa.Column("span_end", sa.Integer, nullable=False),
    sa.Column("trigger", sa.Text, nullable=False),
)


# -- incidents (migration 0002) ------------------------------------------------------------------

REVIEW_STATUSES = ("machine", "accepted", "edited", "rejected")

incidents = sa.Table(
    "incidents",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("event_type", sa.String, nullable=False),
    sa.Column("mode", sa.String, nullable=True),
    sa.Column("acled_event_type", sa.String, nullable=True),
    sa.Column("acled_sub_event_type", sa.String, nullable=True),
    sa.Column("date_start", sa.Date, nullable=True),
    sa.Column("date_end", sa.Date, nullable=True),
    # The incident's last possible day: date_end, or date_start when it is one day (migration
    # 0005). Stored so that "overlaps [since, until]" is two indexable ranges, not an expression.
    sa.Column("date_last", sa.Date, nullable=True),
    sa.Column("date_precision", sa.String(8), nullable=True),
    sa.Column("location_name", sa.Text, nullable=True),
    sa.Column("location_admin1", sa.Text, nullable=True),
    sa.Column("location_country", sa.String, nullable=True),
    sa.Column("location_lat", sa.Double, nullable=True),
    sa.Column("location_lon", sa.Double, nullable=True),
    sa.Column("location_precision", sa.String(8), nullable=True),
    sa.Column("fatalities_low", sa.Integer, nullable=True),
    sa.Column("fatalities_best", sa.Integer, nullable=True),
    sa.Column("fatalities_high", sa.Integer, nullable=True),
    sa.Column("certainty", sa.String(16), nullable=False),
    sa.Column("confidence", sa.Double, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("source_count", sa.Integer, nullable=False),
    sa.Column("mention_count", sa.Integer, nullable=False),
    # The whole derived Incident as JSON (actors, claims, sources, conflicts, rules); the columns
    # above repeat what the list, the map and the filters need, so they need not parse it.
    sa.Column("detail", sa.Text, nullable=False),
    # An analyst's edits, {field: value} as JSON; applied over every later re-derivation.
    sa.Column("overrides", sa.Text, nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint(
        "status IN ('machine', 'accepted', 'edited', 'rejected')", name="status"
    ),
    sa.Index("ix_incidents_event_type", "event_type"),
    # Both ends of the date range in each (migration 0005): a date filter's count is read off
    # whichever index its range makes narrower, without visiting the rows.
    sa.Index("ix_incidents_date_range", "date_start", "date_last"),
    sa.Index("ix_incidents_date_last", "date_last", "date_start"),
    sa.Index("ix_incidents_location_country", "location_country", "location_admin1"),
    sa.Index("ix_incidents_status", "status", "confidence"),
)

incident_members = sa.Table(
    "incident_members",
    metadata,
    sa.Column(
        "event_id",
        sa.String,
        sa.ForeignKey("event_mentions.event_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column(
        "incident_id",
        sa.String,
        sa.ForeignKey("incidents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    # How strongly the mention matched the incident when it was attached (1.0 for the first).
    sa.Column("score", sa.Double, nullable=False),
    # Placed by a person (merge/split): automatic consolidation never moves it again.
    sa.Column("pinned", sa.Boolean(create_constraint=False), nullable=False),
    sa.Index("ix_incident_members_incident_id", "incident_id"),
)

incident_actors = sa.Table(
    "incident_actors",
    metadata,
    sa.Column(
        "incident_id",
        sa.String,
        sa.ForeignKey("incidents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("country", sa.String, nullable=True),
    sa.Column("kb_id", sa.String, nullable=True),
    sa.Column("reports", sa.Integer, nullable=False),
    sa.Index("ix_incident_actors_name", "name"),
    sa.Index("ix_incident_actors_kb_id", "kb_id"),
)

decisions = sa.Table(
    "decisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(16), nullable=False),
    # A user name, or the extractor/consolidator and version for automatic decisions.
    sa.Column("actor", sa.String, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("reason", sa.Text, nullable=True),
    # What changed, as JSON: enough to undo it.
    sa.Column("payload", sa.Text, nullable=False),
    sa.Column("undone_by", sa.Integer, sa.ForeignKey("decisions.id"), nullable=True),
)

decision_incidents = sa.Table(
    "decision_incidents",
    metadata,
    sa.Column(
        "decision_id",
        sa.Integer,
        sa.ForeignKey("decisions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    # No foreign key: the history of an incident outlives a merge that removed it.
    sa.Column("incident_id", sa.String, primary_key=True),
    sa.Index("ix_decision_incidents_incident_id", "incident_id"),
)

ach_evidence = sa.Table(
    "ach_evidence",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "incident_id",
        sa.String,
        sa.ForeignKey("incidents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=True),
    sa.Column("date", sa.Date, nullable=True),
    sa.Column("added_by", sa.String, nullable=False),
    sa.Column("decision_id", sa.Integer, sa.ForeignKey("decisions.id"), nullable=True),
    sa.Index("ix_ach_evidence_incident_id", "incident_id"),
)

# An analyst's judgement of one matrix cell, overriding the computed one.
ach_cells = sa.Table(
    "ach_cells",
    metadata,
    sa.Column(
        "incident_id",
        sa.String,
        sa.ForeignKey("incidents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("evidence_key", sa.String, primary_key=True),
    sa.Column("hypothesis", sa.String, primary_key=True),
    sa.Column("value", sa.String(16), nullable=False),
    sa.Column("decision_id", sa.Integer, sa.ForeignKey("decisions.id"), nullable=True),
)


# -- users of the web UI and API (migration 0003) -----------------------------------------------

USER_ROLES = ("viewer", "analyst", "admin")

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String, nullable=False),
    # argon2id, in the PHC string format (algorithm and parameters included).
    sa.Column("password_hash", sa.String, nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("name", name="uq_users_name"),
    sa.CheckConstraint("role IN ('viewer', 'analyst', 'admin')", name="role"),
)

# A login: the cookie carries a random token, the table only its SHA-256, so a copy of the
# database does not let anyone sign in as its users.
sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column(
        "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    ),
    # The synchronizer token every state-changing request of this session must carry.
    sa.Column("csrf_token", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_sessions_user_id", "user_id"),
)


# -- created by migration 0004 but not described above ------------------------------------------

# SQLAlchemy tables cannot describe these (an FTS5 virtual table with its shadow tables and
# triggers, a PostgreSQL-only generated tsvector column, expression and DESC NULLS LAST indexes),
# so the schema comparison skips them by name and tests/store/test_search.py and test_explain.py
# check them directly.
MIGRATION_ONLY_TABLE_PREFIX = "evidence_fts"
MIGRATION_ONLY_COLUMNS = frozenset({("event_mentions", "evidence_search")})
MIGRATION_ONLY_INDEXES = frozenset({
    "ix_event_mentions_evidence_search",
    "ix_incidents_list_order",
    "ix_incidents_list_country",
    "ix_incidents_list_province",
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
