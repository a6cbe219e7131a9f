"""Tables of incidents and their review (migration 0002): the incidents, their member
mentions and actors, the analysts' decisions, and their ACH evidence rows and cell judgements."""

from __future__ import annotations

import sqlalchemy as sa

from roydad.store.schema.base import metadata

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
    # The review queue and the list in "uncertain" order, ties by id (migration 0007).
    sa.Index("ix_incidents_status", "status", "confidence", "id"),
    sa.Index("ix_incidents_list_uncertain", "confidence", "id"),
    # Every sort key of the list by id: matches sorted without reading their rows (0007).
    sa.Index("ix_incidents_keys", "id", "date_start", "confidence", "source_count"),
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
    # Both ways between reports and incidents off an index alone (migration 0007).
    sa.Index("ix_incident_members_incident_id", "incident_id", "event_id"),
    sa.Index("ix_incident_members_event", "event_id", "incident_id"),
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
