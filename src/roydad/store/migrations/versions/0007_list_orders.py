"""Indexes that hold the incident list in its other two orders, so a page is read, not sorted.

Written by hand and never to be edited once released.

The list has three orders (roydad.store.paging): newest first (indexed by 0004), least
confident first ("uncertain", the review queue) and most reported first ("sources"). The last
two had no index that yields rows in their order, ties broken by id: on 1M incidents SQLite
sorted the whole table for either (1.7 s for a page), and the review queue (status = 'machine',
least confident first) sorted every incident of its lowest confidence to order them by id.

- ix_incidents_status (status, confidence) gains the id: the review queue, tie-break included.
- ix_incidents_list_uncertain (confidence, id): the list in "uncertain" order, any status.
- ix_incidents_list_sources (source_count DESC, date_start DESC NULLS LAST, id): "sources"
  order. PostgreSQL needs NULLS LAST spelt out (the list puts unknown dates last); SQLite sorts
  NULLs first, so DESC already puts them last.

Revision ID: 0007_list
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision: str = "0007_list"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None


def _nulls_last() -> str:
    name = op.get_context().dialect.name
    if name not in ("postgresql", "sqlite"):
        raise NotImplementedError(f"roydad supports SQLite and PostgreSQL, not {name}")
    return " NULLS LAST" if name == "postgresql" else ""


def upgrade() -> None:
    op.drop_index("ix_incidents_status", table_name="incidents")
    op.create_index("ix_incidents_status", "incidents", ["status", "confidence", "id"])
    op.create_index("ix_incidents_list_uncertain", "incidents", ["confidence", "id"])
    op.execute(
        "CREATE INDEX ix_incidents_list_sources ON incidents "
        f"(source_count DESC, date_start DESC{_nulls_last()}, id)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX ix_incidents_list_sources")
    op.drop_index("ix_incidents_list_uncertain", table_name="incidents")
    op.drop_index("ix_incidents_status", table_name="incidents")
    op.create_index("ix_incidents_status", "incidents", ["status", "confidence"])
