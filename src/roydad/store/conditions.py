"""The WHERE conditions of an `IncidentFilter` over the incidents table: the one definition the
store's incident lists and the web UI's counts and facets share."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from roydad.store import schema as t
from roydad.store.listing import PER_INCIDENT, READ_ALL_FIRST, Reach, actor_condition
from roydad.store.records import IncidentFilter
from roydad.store.search import evidence_match, probe


def filtered(
    stmt: sa.Select[Any], flt: IncidentFilter, reach: Reach = READ_ALL_FIRST
) -> sa.Select[Any]:
    """`stmt` narrowed to the incidents `flt` matches."""
    return stmt.where(*incident_conditions(flt, reach))


def incident_conditions(
    flt: IncidentFilter, reach: Reach = READ_ALL_FIRST
) -> list[sa.ColumnElement[bool]]:
    """The WHERE conditions of `flt` over the incidents table (paging and order aside): the one
    definition the store's lists and the web UI's counts and facets share. `reach` says how
    the actor and text filters get to their incidents (roydad.store.listing); the rows are the
    same either way."""
    i = t.incidents.c
    where: list[sa.ColumnElement[bool]] = []
    if flt.event_type is not None:
        where.append(i.event_type == flt.event_type)
    if flt.country is not None:
        where.append(i.location_country == flt.country.upper())
    if flt.admin1 is not None:
        where.append(sa.func.lower(i.location_admin1) == flt.admin1.lower())
    if flt.certainty is not None:
        where.append(i.certainty == flt.certainty)
    if flt.status is not None:
        where.append(i.status == flt.status)
    if flt.min_sources is not None:
        where.append(i.source_count >= flt.min_sources)
    if flt.since is not None:
        # date_last is coalesce(date_end, date_start), stored so that an index can serve it.
        where.append(i.date_last >= flt.since)
    if flt.until is not None:
        where.append(i.date_start <= flt.until)
    if flt.actor is not None:
        a = t.incident_actors.c
        actors = sa.select(a.incident_id).where(actor_condition(flt.actor))
        if reach.actor == PER_INCIDENT:
            # A common actor: test each incident the list's index yields (its actor rows, by
            # the primary key) until the page is full.
            where.append(probe(actors.where(a.incident_id == i.id)))
        else:
            # IN, not a correlated EXISTS: SQLite can then start from the actor's rows (indexes
            # on lower(name) and kb_id) instead of testing every incident; 1.3 s -> 0.3 ms for a
            # rare actor on 100k incidents (tests/store/test_explain.py).
            where.append(i.id.in_(actors))
    if flt.text is not None and flt.text.strip():
        # Whole words, all of them, in one report's evidence; "quoted phrases" and prefix* too.
        where.append(evidence_match(flt.text, reach.text))
    return where
