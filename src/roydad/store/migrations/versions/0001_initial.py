"""Initial schema: runs, documents, sources, event mentions and their actors, claims and spans.

Written by hand, not generated, and never to be edited once released: later changes go into new
revisions. `roydad.store.schema` must describe the same tables (a test compares the two).

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import SchemaItem

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def _child_key(table: str) -> list[SchemaItem]:
    return [
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("event_id", "position", name=f"pk_{table}"),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event_mentions.event_id"],
            name=f"fk_{table}_event_id_event_mentions",
            ondelete="CASCADE",
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("extractor", sa.String, nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("documents_seen", sa.Integer, nullable=False),
        sa.Column("documents_new", sa.Integer, nullable=False),
        sa.Column("events", sa.Integer, nullable=False),
        sa.Column("problems", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_runs"),
        # op.f: the name is final; without it the naming convention of env.py's target metadata
        # would wrap it again ("ck_runs_ck_runs_kind").
        sa.CheckConstraint("kind IN ('ingest', 'process', 'extract')", name=op.f("ck_runs_kind")),
        sa.CheckConstraint(
            "status IN ('running', 'done', 'failed')", name=op.f("ck_runs_status")
        ),
    )

    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("ingest_seq", sa.BigInteger, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("publisher", sa.String, nullable=True),
        sa.Column("language", sa.String, nullable=True),
        sa.Column("calendar", sa.String, nullable=True),
        sa.Column("pub_date", sa.Date, nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("processed_run_id", sa.Integer, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.ForeignKeyConstraint(
            ["processed_run_id"], ["runs.id"], name="fk_documents_processed_run_id_runs"
        ),
    )
    op.create_index("ix_documents_ingest_seq", "documents", ["ingest_seq"])
    op.create_index("ix_documents_pending", "documents", ["processed_at", "ingest_seq"])

    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("external_id", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("url", sa.Text, nullable=True),
        sa.Column("publisher", sa.String, nullable=True),
        sa.Column("pub_date", sa.Date, nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("run_id", sa.Integer, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name="fk_sources_document_id_documents",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name="fk_sources_run_id_runs"),
        sa.UniqueConstraint("document_id", "origin", name="uq_sources_document_id_origin"),
    )
    op.create_index("ix_sources_external_id", "sources", ["external_id"])

    op.create_table(
        "event_mentions",
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("run_id", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("doc_id", sa.Text, nullable=False),
        sa.Column("event_type", sa.String, nullable=False),
        sa.Column("mode", sa.String, nullable=True),
        sa.Column("acled_event_type", sa.String, nullable=True),
        sa.Column("acled_sub_event_type", sa.String, nullable=True),
        sa.Column("date", sa.Date, nullable=True),
        sa.Column("date_end", sa.Date, nullable=True),
        sa.Column("date_precision", sa.String(8), nullable=True),
        sa.Column("date_text", sa.Text, nullable=True),
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
        sa.PrimaryKeyConstraint("event_id", name="pk_event_mentions"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name="fk_event_mentions_document_id_documents",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name="fk_event_mentions_run_id_runs"),
    )
    op.create_index(
        "ix_event_mentions_document_id", "event_mentions", ["document_id", "position"]
    )
    op.create_index("ix_event_mentions_run_id", "event_mentions", ["run_id"])
    op.create_index("ix_event_mentions_event_type", "event_mentions", ["event_type"])
    op.create_index("ix_event_mentions_location_country", "event_mentions", ["location_country"])
    op.create_index("ix_event_mentions_date", "event_mentions", ["date"])

    op.create_table(
        "event_actors",
        *_child_key("event_actors"),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("sector", sa.String, nullable=True),
        sa.Column("country", sa.String, nullable=True),
        sa.Column("kb_id", sa.String, nullable=True),
    )
    op.create_index("ix_event_actors_name", "event_actors", ["name"])
    op.create_index("ix_event_actors_kb_id", "event_actors", ["kb_id"])

    op.create_table(
        "event_claims",
        *_child_key("event_claims"),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("claimant", sa.Text, nullable=True),
        sa.Column("attributed_to", sa.Text, nullable=True),
        sa.Column("certainty", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )

    op.create_table(
        "event_spans",
        *_child_key("event_spans"),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("trigger", sa.Text, nullable=False),
    )


def downgrade() -> None:
    # Children before parents; dropping a table drops its indexes with it.
    for table in (
        "event_spans", "event_claims", "event_actors", "event_mentions", "sources", "documents",
        "runs",
    ):
        op.drop_table(table)
