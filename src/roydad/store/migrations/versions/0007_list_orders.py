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

A page filtered by a rare actor or phrase is read first (roydad.store.listing): the store goes
from each matching report to its incident and sorts the incidents by the list's keys. On 1M
incidents a phrase in 5,000 reports took 120-170 ms, most of it reading a whole row (the
incident's JSON `detail`, a member row) for every match only to take one value from it. Two
covering indexes let those steps read an index alone (on PostgreSQL once vacuum has marked the
pages all-visible, as autovacuum does), and the store reads `detail` for the page's rows only:
- ix_incident_members_event (event_id, incident_id): report -> incident;
- ix_incidents_keys (id, date_start, confidence, source_count): incident -> its sort keys.
PostgreSQL keeps the extra columns as INCLUDE (not part of the key); SQLite has no INCLUDE.

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


def _postgresql() -> bool:
    name = op.get_context().dialect.name
    if name not in ("postgresql", "sqlite"):
        raise NotImplementedError(f"roydad supports SQLite and PostgreSQL, not {name}")
    return name == "postgresql"


def upgrade() -> None:
    op.drop_index("ix_incidents_status", table_name="incidents")
    op.create_index("ix_incidents_status", "incidents", ["status", "confidence", "id"])
    op.create_index("ix_incidents_list_uncertain", "incidents", ["confidence", "id"])
    if _postgresql():
        op.execute(
            "CREATE INDEX ix_incidents_list_sources ON incidents "
            "(source_count DESC, date_start DESC NULLS LAST, id)"
        )
        op.execute(
            "CREATE INDEX ix_incident_members_event ON incident_members (event_id) "
            "INCLUDE (incident_id)"
        )
        op.execute(
            "CREATE INDEX ix_incidents_keys ON incidents (id) "
            "INCLUDE (date_start, confidence, source_count)"
        )
    else:
        op.execute(
            "CREATE INDEX ix_incidents_list_sources ON incidents "
            "(source_count DESC, date_start DESC, id)"
        )
        op.execute(
            "CREATE INDEX ix_incident_members_event ON incident_members (event_id, incident_id)"
        )
        op.execute(
            "CREATE INDEX ix_incidents_keys ON incidents (id, date_start, confidence, source_count)"
        )


def downgrade() -> None:
    op.execute("DROP INDEX ix_incidents_keys")
    op.execute("DROP INDEX ix_incident_members_event")
    op.execute("DROP INDEX ix_incidents_list_sources")
    op.drop_index("ix_incidents_list_uncertain", table_name="incidents")
    op.drop_index("ix_incidents_status", table_name="incidents")
    op.create_index("ix_incidents_status", "incidents", ["status", "confidence"])
