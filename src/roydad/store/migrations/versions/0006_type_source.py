"""Who decided an event's type, and the classifier's confidence in it (issue 14).

Written by hand and never to be edited once released.

Two nullable columns on event_mentions, `type_source` ("rule" | "model" | "agree") and
`type_confidence` (0..1), the contract's optional fields of the same names. Events stored
before them keep NULL: they were typed by the rules alone and never classified. A plain ALTER
TABLE ADD COLUMN on both backends; the FTS5 triggers of 0004 name their columns and are
untouched.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("event_mentions", sa.Column("type_source", sa.String(8), nullable=True))
    op.add_column("event_mentions", sa.Column("type_confidence", sa.Double, nullable=True))


def downgrade() -> None:
    op.drop_column("event_mentions", "type_confidence")
    op.drop_column("event_mentions", "type_source")
