"""Incidents: consolidated happenings, their member mentions and actors, decisions, ACH.

Written by hand and never to be edited once released. `roydad.store.schema` describes the same
tables (a test compares the two).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def _incident_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["incident_id"], ["incidents.id"], name=f"fk_{table}_incident_id_incidents",
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.String, nullable=False),
        sa.Column("event_type", sa.String, nullable=False),
        sa.Column("mode", sa.String, nullable=True),
        sa.Column("acled_event_type", sa.String, nullable=True),
        sa.Column("acled_sub_event_type", sa.String, nullable=True),
        sa.Column("date_start", sa.Date, nullable=True),
        sa.Column("date_end", sa.Date, nullable=True),
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
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("overrides", sa.Text, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_incidents"),
        sa.CheckConstraint(
            "status IN ('machine', 'accepted', 'edited', 'rejected')",
            name=op.f("ck_incidents_status"),
        ),
    )
    op.create_index("ix_incidents_event_type", "incidents", ["event_type"])
    op.create_index("ix_incidents_date_start", "incidents", ["date_start"])
    op.create_index(
        "ix_incidents_location_country", "incidents", ["location_country", "location_admin1"]
    )
    op.create_index("ix_incidents_status", "incidents", ["status", "confidence"])

    op.create_table(
        "incident_members",
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("incident_id", sa.String, nullable=False),
        sa.Column("score", sa.Double, nullable=False),
        sa.Column("pinned", sa.Boolean(create_constraint=False), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name="pk_incident_members"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event_mentions.event_id"],
            name="fk_incident_members_event_id_event_mentions", ondelete="CASCADE",
        ),
        _incident_fk("incident_members"),
    )
    op.create_index("ix_incident_members_incident_id", "incident_members", ["incident_id"])

    op.create_table(
        "incident_actors",
        sa.Column("incident_id", sa.String, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("country", sa.String, nullable=True),
        sa.Column("kb_id", sa.String, nullable=True),
        sa.Column("reports", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("incident_id", "position", name="pk_incident_actors"),
        _incident_fk("incident_actors"),
    )
    op.create_index("ix_incident_actors_name", "incident_actors", ["name"])
    op.create_index("ix_incident_actors_kb_id", "incident_actors", ["kb_id"])

    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("actor", sa.String, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("undone_by", sa.Integer, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_decisions"),
        sa.ForeignKeyConstraint(
            ["undone_by"], ["decisions.id"], name="fk_decisions_undone_by_decisions"
        ),
    )

    op.create_table(
        "decision_incidents",
        sa.Column("decision_id", sa.Integer, nullable=False),
        sa.Column("incident_id", sa.String, nullable=False),
        sa.PrimaryKeyConstraint("decision_id", "incident_id", name="pk_decision_incidents"),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"],
            name="fk_decision_incidents_decision_id_decisions", ondelete="CASCADE",
        ),
    )
    op.create_index(
        "ix_decision_incidents_incident_id", "decision_incidents", ["incident_id"]
    )

    op.create_table(
        "ach_evidence",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("incident_id", sa.String, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=True),
        sa.Column("date", sa.Date, nullable=True),
        sa.Column("added_by", sa.String, nullable=False),
        sa.Column("decision_id", sa.Integer, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_ach_evidence"),
        _incident_fk("ach_evidence"),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name="fk_ach_evidence_decision_id_decisions"
        ),
    )
    op.create_index("ix_ach_evidence_incident_id", "ach_evidence", ["incident_id"])

    op.create_table(
        "ach_cells",
        sa.Column("incident_id", sa.String, nullable=False),
        sa.Column("evidence_key", sa.String, nullable=False),
        sa.Column("hypothesis", sa.String, nullable=False),
        sa.Column("value", sa.String(16), nullable=False),
        sa.Column("decision_id", sa.Integer, nullable=True),
        sa.PrimaryKeyConstraint(
            "incident_id", "evidence_key", "hypothesis", name="pk_ach_cells"
        ),
        _incident_fk("ach_cells"),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name="fk_ach_cells_decision_id_decisions"
        ),
    )


def downgrade() -> None:
    for table in (
        "ach_cells", "ach_evidence", "decision_incidents", "decisions", "incident_actors",
        "incident_members", "incidents",
    ):
        op.drop_table(table)
