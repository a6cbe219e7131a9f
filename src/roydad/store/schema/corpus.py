"""Tables of the corpus (migration 0001, and columns added later): runs, documents, the places
they were read from, and the events extracted from them with their actors, claims and spans."""

from __future__ import annotations

import sqlalchemy as sa

from roydad.store.schema.base import metadata

RUN_KINDS = ("ingest", "process", "extract")
RUN_STATUSES = ("running", "done", "failed")

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
