"""How the incident list reaches one page when it is filtered by actor or by words.

A page is 50 incidents in the list's order. An actor or a search filter can reach them two ways:

- read first: the database reads the filter's own rows (the actor's, the matching reports'),
  goes to their incidents and sorts them. The cost grows with the number of matches, N: right
  for a rare actor or phrase, wrong for a common one (a common word matches a quarter of a
  million reports on 1M incidents; reading and sorting them all took a second on SQLite).
- per incident: the database walks the list's own index in order and tests each incident
  until it has the page. It tests about 50 * T / N incidents (T incidents in all): cheap when
  the filter is common, a walk over most of the table when it is rare.

The two costs cross where N is about sqrt(50 * T * probe / read) with a probe and a read costing
a few microseconds each, both measured on either backend with `benchmarks/store.py`: near
`DENSE * sqrt(T)`. So before a page the store finds out whether N is past that bound, and
chooses. Neither way then costs much more than reading about `DENSE * sqrt(T)` rows: some 8,000
at 1M incidents. SQLite counts the filter's rows up to the bound (off the actor indexes or the
FTS index, stopping at the bound: a millisecond or two). PostgreSQL takes its planner's row
estimate instead (EXPLAIN, a fraction of a millisecond): counting would read every matching
report's row off the heap, as a GIN index cannot stop early, and the planner's statistics know
the common actors and words, the ones that matter here. Only for several words does it count
(up to the bound) when the estimate says "rare": it takes words as independent, and they are
not ("Taliban Kabul" matches 3x its estimate).

SQLite has a third way for words, since asking FTS5 about one report costs tens of microseconds:
between `DENSE * sqrt(T)` and `VERY_DENSE * sqrt(T)` matches it reads the matching rowids once
(a tenth of a microsecond each) and tests each incident against them; above that, so few
incidents are tested that asking FTS5 each time is cheaper than reading every match.

The choice changes how the rows are found, never which rows or their order; counts and facets
(which read every match anyway) keep reading first.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from roydad.store import schema as t
from roydad.store import search
from roydad.store.records import IncidentFilter

# A filter with more than DENSE * sqrt(T) rows is tested per incident (see the docstring).
DENSE = 8
# SQLite: words matching more than VERY_DENSE * sqrt(T) reports ask FTS5 per report.
VERY_DENSE = 90
# Below this many incidents, counting every match of any filter is cheap (`worth_counting`).
COUNT_ALL_BELOW = 20_000
READ_FIRST = search.READ_FIRST
PER_INCIDENT = search.PER_INCIDENT
PER_INCIDENT_MATCHES_ONCE = search.PER_INCIDENT_MATCHES_ONCE


@dataclass(frozen=True, slots=True)
class Reach:
    """How the actor filter and the text filter reach the incidents (READ_FIRST or
    PER_INCIDENT; the text filter also PER_INCIDENT_MATCHES_ONCE)."""

    actor: str = READ_FIRST
    text: str = READ_FIRST


READ_ALL_FIRST = Reach()


def choose(conn: sa.Connection, flt: IncidentFilter) -> Reach:
    """The reach for a page of `flt` (a few rows); reads each filter's rows up to its bound."""
    has_text = flt.text is not None and bool(search.parse_query(flt.text))
    if flt.actor is None and not has_text:
        return READ_ALL_FIRST
    root = math.sqrt(max(incident_estimate(conn), 1))
    dense = int(DENSE * root) + 1
    sqlite = conn.dialect.name == "sqlite"
    actor = READ_FIRST
    if flt.actor is not None:
        rows: sa.Select[Any] = (
            sa.select(sa.literal_column("1")).select_from(t.incident_actors)
            .where(actor_condition(flt.actor))
        )
        if _rows(conn, rows, dense) >= dense:
            actor = PER_INCIDENT
    text = READ_FIRST
    if has_text:
        assert flt.text is not None
        if sqlite:
            very_dense = int(VERY_DENSE * root) + 1
            matches = search.match_count(conn, flt.text, very_dense)
            if matches >= very_dense:
                text = PER_INCIDENT
            elif matches >= dense:
                text = PER_INCIDENT_MATCHES_ONCE
        else:
            reports = search.matching_reports(flt.text)
            estimate = _rows(conn, reports, dense)
            if estimate < dense and len(search.parse_query(flt.text)) > 1:
                # The planner multiplies the terms' frequencies, as if words were independent;
                # "Taliban Kabul" matches 3x its estimate. Count, up to the bound: the rows
                # read are the ones a read-first page then reads again, from the cache.
                estimate = search.match_count(conn, flt.text, dense)
            if estimate >= dense:
                text = PER_INCIDENT
    return Reach(actor=actor, text=text)


def worth_counting(conn: sa.Connection, flt: IncidentFilter) -> bool:
    """Whether counting the incidents of `flt` is cheap: no actor or word of it is common
    (each would be read first for a page, so a count reads at most `DENSE * sqrt(T)` of its
    rows), or the store is small. A count of "the" would read every report of 1M incidents."""
    reach = choose(conn, flt)
    has_text = flt.text is not None and bool(search.parse_query(flt.text))
    common = (flt.actor is not None and reach.actor != READ_FIRST) or (
        has_text and reach.text != READ_FIRST
    )
    return not common or incident_estimate(conn) < COUNT_ALL_BELOW


def sorts_matches(flt: IncidentFilter, reach: Reach) -> bool:
    """Whether a page of `flt` is read first: its actor or text filter's matches are found and
    sorted, rather than the page read off the list's index."""
    has_text = flt.text is not None and bool(search.parse_query(flt.text))
    return (flt.actor is not None and reach.actor == READ_FIRST) or (
        has_text and reach.text == READ_FIRST
    )


def _rows(conn: sa.Connection, rows: sa.Select[Any], bound: int) -> int:
    """How many rows `rows` has: counted up to `bound` (SQLite), or the planner's estimate."""
    if conn.dialect.name != "postgresql":
        counted = sa.select(sa.func.count()).select_from(rows.limit(bound).subquery())
        return int(conn.execute(counted).scalar_one())
    compiled = rows.compile(dialect=conn.dialect)
    plan: Any = conn.exec_driver_sql(
        f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params
    ).scalar_one()
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def actor_condition(actor: str) -> sa.ColumnElement[bool]:
    """The `incident_actors` rows of an actor named by canonical name (any case) or kb_id."""
    a = t.incident_actors.c
    return sa.or_(sa.func.lower(a.name) == actor.lower(), a.kb_id == actor)


def incident_estimate(conn: sa.Connection) -> int:
    """About how many incidents there are, without counting them: SQLite's largest rowid
    (incidents are only ever added at the end; merged-away ones leave gaps), PostgreSQL's
    planner statistics (kept by ANALYZE and autovacuum; -1 before the first)."""
    if conn.dialect.name == "postgresql":
        stmt = sa.text("SELECT reltuples FROM pg_class WHERE oid = CAST('incidents' AS regclass)")
    else:
        stmt = sa.text("SELECT max(rowid) FROM incidents")
    value = conn.execute(stmt).scalar()
    return max(int(value or 0), 0)
