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
incident's JSON `detail`, a member row) for every match only to take one value from it. A page
filtered by a common one tests incidents one by one, going from each to its reports. Covering
indexes let those steps read an index alone (on PostgreSQL once vacuum has marked the pages
all-visible, as autovacuum does), and the store reads `detail` for the page's rows only:
- ix_incident_members_event (event_id, incident_id): report -> incident;
- ix_incident_members_incident_id gains event_id: incident -> its reports;
- ix_incidents_keys (id, date_start, confidence, source_count): incident -> its sort keys.

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
    op.create_index(
        "ix_incidents_keys", "incidents", ["id", "date_start", "confidence", "source_count"]
    )
    op.create_index("ix_incident_members_event", "incident_members", ["event_id", "incident_id"])
    op.drop_index("ix_incident_members_incident_id", table_name="incident_members")
    op.create_index(
        "ix_incident_members_incident_id", "incident_members", ["incident_id", "event_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_incident_members_incident_id", table_name="incident_members")
    op.create_index("ix_incident_members_incident_id", "incident_members", ["incident_id"])
    op.drop_index("ix_incident_members_event", table_name="incident_members")
    op.drop_index("ix_incidents_keys", table_name="incidents")
    op.execute("DROP INDEX ix_incidents_list_sources")
    op.drop_index("ix_incidents_list_uncertain", table_name="incidents")
    op.drop_index("ix_incidents_status", table_name="incidents")
    op.create_index("ix_incidents_status", "incidents", ["status", "confidence"])
