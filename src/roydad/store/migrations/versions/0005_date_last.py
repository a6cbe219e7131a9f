"""The incident's last possible day as a column, so that a date filter can use an index.

Written by hand and never to be edited once released.

The list's date filter keeps incidents whose range overlaps [since, until]:
`coalesce(date_end, date_start) >= since AND date_start <= until`. No index serves the
coalesce, so every filter by date read the whole table (413 ms p95 on 100k incidents on
SQLite). `date_last` stores that coalesce (the store sets it wherever it writes an incident);
existing rows are filled in here. The single-column index on date_start is replaced by two
composite ones, (date_start, date_last) and (date_last, date_start): whichever end of the
range is the narrower, the count of matches is read from an index alone.

Adding a nullable column is a plain ALTER TABLE on both backends: SQLite does not rebuild the
table, so the FTS5 triggers of 0004 (on event_mentions anyway) and the Datasette views
(`roydad export datasette`, which name their columns) are untouched.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("incidents", sa.Column("date_last", sa.Date, nullable=True))
    op.execute("UPDATE incidents SET date_last = COALESCE(date_end, date_start)")
    op.drop_index("ix_incidents_date_start", table_name="incidents")
    op.create_index("ix_incidents_date_range", "incidents", ["date_start", "date_last"])
    op.create_index("ix_incidents_date_last", "incidents", ["date_last", "date_start"])


def downgrade() -> None:
    op.drop_index("ix_incidents_date_last", table_name="incidents")
    op.drop_index("ix_incidents_date_range", table_name="incidents")
    op.create_index("ix_incidents_date_start", "incidents", ["date_start"])
    op.drop_column("incidents", "date_last")
