"""Reading incidents: one, a filtered list (streamed, or a page with the next page's cursor),
counts, the decisions that touched one, and the documents its reports were read from.

Every change to incidents goes through `roydad.review`; this half of the store only reads.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from roydad.models import Decision, Document, Incident
from roydad.store import listing, paging
from roydad.store import queries as q
from roydad.store import schema as t
from roydad.store.conditions import filtered
from roydad.store.decision_rows import decision_of_row
from roydad.store.indexed import indexed_by
from roydad.store.records import IncidentFilter, IncidentList

# (id, date_start, confidence, source_count): every sort key of the list (migration 0007).
KEYS_INDEX = "ix_incidents_keys"
# Incidents are read in pages of this many, with their reports' refs fetched per page.
_PAGE = 500


class IncidentReads:
    """The incident-reading half of `Store` (a mixin: it uses the Store's engine)."""

    engine: sa.Engine

    def incident(self, incident_id: str) -> Incident | None:
        stmt = sa.select(t.incidents.c.detail).where(t.incidents.c.id == incident_id)
        with self.engine.connect() as conn:
            detail = conn.execute(stmt).scalar()
        return None if detail is None else self._with_refs([detail])[0]

    def incidents(self, flt: IncidentFilter | None = None) -> Iterator[Incident]:
        """Incidents matching `flt`, in its order; read page by page on one connection."""
        flt = flt or IncidentFilter()
        page: list[str] = []
        for row in self._listed(flt, flt.limit):
            page.append(row.detail)
            if len(page) == _PAGE:
                yield from self._with_refs(page)
                page = []
        if page:
            yield from self._with_refs(page)

    def incident_page(self, flt: IncidentFilter) -> IncidentList:
        """A page of `flt.limit` incidents (50 if none) and the cursor of the next one."""
        limit = 50 if flt.limit is None else flt.limit
        rows = list(self._listed(flt, limit + 1))
        following = paging.encode(flt.order, rows[limit - 1]) if len(rows) > limit else None
        return IncidentList(
            items=self._with_refs([row.detail for row in rows[:limit]]),
            next=following,
        )

    def _with_refs(self, details: Sequence[str]) -> list[Incident]:
        """The stored incidents with every place their reports were read from (`refs`): read
        now, not stored with the incident, so a copy ingested later from another file shows."""
        incidents = [Incident.model_validate_json(detail) for detail in details]
        wanted = sorted({s.document_id for i in incidents for s in i.sources})
        if not wanted:
            return incidents
        with self.engine.connect() as conn:
            refs = q.source_refs(conn, wanted)
        return [
            incident.model_copy(update={"sources": [
                source.model_copy(update={"refs": refs.get(source.document_id, [])})
                for source in incident.sources
            ]})
            for incident in incidents
        ]

    def incidents_of_source(self, ref: str) -> list[str]:
        """The incidents reporting a document named by the caller's id (a JSONL "id", a file
        name), its origin ("reports.jsonl:3"), or its content hash; in id order."""
        s = t.sources.c
        documents = sa.select(s.document_id).where(
            sa.or_(s.external_id == ref, s.origin == ref, s.document_id == ref)
        )
        m = t.incident_members.c
        stmt = (
            sa.select(m.incident_id).distinct()
            .join(t.event_mentions, t.event_mentions.c.event_id == m.event_id)
            .where(t.event_mentions.c.document_id.in_(documents))
            .order_by(m.incident_id)
        )
        with self.engine.connect() as conn:
            return list(conn.execute(stmt).scalars())

    def _listed(self, flt: IncidentFilter, limit: int | None) -> Iterator[sa.Row[Any]]:
        """The rows (detail and sort key) of `flt` in its order, `limit` of them at most."""
        # A page (the UI's 50) is read in one go. Streamed through a PostgreSQL server-side
        # cursor, it would be planned for its first rows only: for a rare actor or phrase, a walk
        # down the date index past most incidents (0.8 s instead of 25 ms on 1M incidents).
        streamed = limit is None or limit > _PAGE
        options: dict[str, Any] = {"yield_per": _PAGE} if streamed else {}
        left = limit
        with self.engine.connect() as conn:
            # A page filtered by a common actor or word walks the list's index; a rare one is
            # read first (roydad.store.listing). A long read takes every match anyway.
            reach = listing.READ_ALL_FIRST if streamed else listing.choose(conn, flt)
            # Read first, the matches are sorted by their keys alone (off a covering index,
            # migration 0007), and only the page's rows are then read whole.
            keyed = not streamed and listing.sorts_matches(flt, reach)
            keys = paging.key_columns(flt.order)
            columns = [t.incidents.c.id] if keyed else [t.incidents.c.detail, *keys]
            stmt = filtered(sa.select(*columns), flt, reach)
            statements = (
                [stmt] if flt.after is None
                else paging.after(stmt, paging.decode(flt.order, flt.after))
            )
            for part in statements:
                part = part.order_by(*paging.order_by(flt.order))
                if left is not None:
                    part = part.limit(left)
                if flt.offset:
                    part = part.offset(flt.offset)
                if keyed:
                    # ix_incidents_keys holds every sort key: SQLite, without statistics, would
                    # take the primary key's index and read each incident's row instead.
                    part = (
                        sa.select(t.incidents.c.detail, *keys)
                        .where(t.incidents.c.id.in_(indexed_by(part, t.incidents, KEYS_INDEX)))
                        .order_by(*paging.order_by(flt.order))
                    )
                result = conn.execution_options(**options).execute(part)
                for page in result.partitions():
                    yield from page
                    if left is not None:
                        left -= len(page)
                if left is not None and left <= 0:
                    return

    def count_unconsolidated(self) -> int:
        """Stored events that belong to no incident yet (`consolidate` has not seen them).

        Every member row is an event (a foreign key), so the difference of two counts is the
        answer without an anti-join over every event.
        """
        with self.engine.connect() as conn, conn.begin():
            events = q.count_rows(conn, t.event_mentions)
            members = q.count_rows(conn, t.incident_members)
        return events - members

    def count_incidents(self, flt: IncidentFilter | None = None) -> int:
        counted = sa.select(sa.func.count()).select_from(t.incidents)
        stmt = filtered(counted, flt or IncidentFilter())
        with self.engine.connect() as conn:
            return int(conn.execute(stmt).scalar_one())

    def count_incidents_if_cheap(self, flt: IncidentFilter) -> int | None:
        """`count_incidents(flt)`, or None when that would read every match of a common actor
        or word (thousands of reports and up; roydad.store.listing.worth_counting): a page of
        them is still quick, and a caller can say "many"."""
        with self.engine.connect() as conn:
            if not listing.worth_counting(conn, flt):
                return None
            counted = sa.select(sa.func.count()).select_from(t.incidents)
            return int(conn.execute(filtered(counted, flt)).scalar_one())

    def incident_history(self, incident_id: str) -> list[Decision]:
        """Every decision that touched the incident, oldest first (merged-away ids included)."""
        d = t.decisions.c
        link = t.decision_incidents.c
        stmt = (
            sa.select(t.decisions)
            .join(t.decision_incidents, link.decision_id == d.id)
            .where(link.incident_id == incident_id)
            .order_by(d.id)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).mappings().all()
            return [decision_of_row(conn, row) for row in rows]

    def decision(self, decision_id: int) -> Decision | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(t.decisions).where(t.decisions.c.id == decision_id)
            ).mappings().first()
            return None if row is None else decision_of_row(conn, row)

    def document(self, document_id: str) -> Document | None:
        """A stored document with its full text (its first origin as `origin`), named by its
        content hash or, failing that, by the caller's id or origin ("r1", "reports.jsonl:3")."""
        s = t.sources.c
        by_ref = (
            sa.select(s.document_id)
            .where(sa.or_(s.external_id == document_id, s.origin == document_id))
            .order_by(s.id).limit(1).scalar_subquery()
        )
        stmt = q.document_select().where(
            sa.or_(t.documents.c.id == document_id, t.documents.c.id == by_ref)
        ).order_by(t.documents.c.id != document_id).limit(1)
        with self.engine.connect() as conn:
            row = conn.execute(stmt).mappings().first()
        if row is None:
            return None
        return Document(**{**row, "origin": row["origin"] or document_id})
