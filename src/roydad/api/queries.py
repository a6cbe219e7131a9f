"""Read-only aggregates the UI needs and the Store does not offer: facets, timeline, map points
and an actor's profile (the actor network and an actor's incidents by role: `api.parties`).

They read the incident tables directly with SQL, because loading 100,000 Incident objects to
count them would be far too slow. `filter_clauses` translates an IncidentFilter into the same
conditions `Store.incidents` applies (a test checks that the counts agree).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import sqlalchemy as sa

from roydad.api.schemas import (
    ActorProfile,
    Count,
    Facets,
    MapPoint,
    MapPoints,
    RoleCount,
    TimelineBucket,
)
from roydad.store import IncidentFilter
from roydad.store import schema as t
from roydad.store.conditions import incident_conditions

i = t.incidents.c
ia = t.incident_actors.c


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filter_clauses(flt: IncidentFilter) -> list[sa.ColumnElement[bool]]:
    """The WHERE conditions of `flt` over the incidents table (paging and order ignored): the
    store's own, so the counts here always agree with `Store.count_incidents`."""
    return incident_conditions(flt)


def _counts(conn: sa.Connection, column: sa.ColumnElement[str | None], where: list[
        sa.ColumnElement[bool]]) -> list[Count]:
    n = sa.func.count().label("n")
    stmt = (
        sa.select(column.label("value"), n).where(*where).group_by(column)
        .order_by(sa.desc("n"), column)
    )
    return [
        Count(value=row.value, count=int(row.n))
        for row in conn.execute(stmt) if row.value is not None
    ]


def facets(conn: sa.Connection, flt: IncidentFilter) -> Facets:
    """Counts per value of each facet. A facet ignores its own filter, so the list of types shows
    what choosing another type would give, not only the chosen one."""
    total = conn.execute(
        sa.select(sa.func.count()).select_from(t.incidents).where(*filter_clauses(flt))
    ).scalar_one()
    return Facets(
        total=int(total),
        event_type=_counts(conn, i.event_type, filter_clauses(replace(flt, event_type=None))),
        country=_counts(
            conn, i.location_country, filter_clauses(replace(flt, country=None, admin1=None))
        ),
        certainty=_counts(conn, i.certainty, filter_clauses(replace(flt, certainty=None))),
        status=_counts(conn, i.status, filter_clauses(replace(flt, status=None))),
    )


def _period_start(conn: sa.Connection, interval: str) -> sa.ColumnElement[date]:
    if conn.dialect.name == "postgresql":
        return sa.cast(sa.func.date_trunc(interval, i.date_start), sa.Date)
    if interval == "week":
        # The Monday on or before the date: the next Sunday (or the day itself), less six days.
        return sa.func.date(i.date_start, "weekday 0", "-6 days")
    return sa.func.date(i.date_start, "start of month")


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _period_end(start: date, interval: str) -> date:
    if interval == "week":
        return start + timedelta(days=6)
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return following - timedelta(days=1)


def timeline(conn: sa.Connection, flt: IncidentFilter, interval: str) -> list[TimelineBucket]:
    """Incidents and their best fatality counts per period and type (undated ones left out)."""
    period = _period_start(conn, interval).label("period")
    stmt = (
        sa.select(
            period, i.event_type, sa.func.count().label("n"),
            sa.func.coalesce(sa.func.sum(i.fatalities_best), 0).label("dead"),
        )
        .where(i.date_start.is_not(None), *filter_clauses(flt))
        .group_by(period, i.event_type)
        .order_by(period, i.event_type)
    )
    buckets = []
    for row in conn.execute(stmt):
        start = _as_date(row.period)
        buckets.append(TimelineBucket(
            period=start.isoformat(), period_end=_period_end(start, interval).isoformat(),
            event_type=row.event_type, count=int(row.n), fatalities=int(row.dead),
        ))
    return buckets


def map_points(conn: sa.Connection, flt: IncidentFilter, limit: int) -> MapPoints:
    """Incidents with coordinates, deadliest first when there are more than `limit`."""
    where = filter_clauses(flt)
    located = [i.location_lat.is_not(None), i.location_lon.is_not(None)]
    stmt = (
        sa.select(
            i.id, i.location_lat, i.location_lon, i.event_type, i.fatalities_best, i.date_start,
            i.location_name, i.certainty,
        )
        .where(*located, *where)
        .order_by(i.fatalities_best.desc().nulls_last(), i.id)
        .limit(limit + 1)
    )
    rows = conn.execute(stmt).all()
    count_all = sa.select(sa.func.count()).select_from(t.incidents)
    with_coords = int(conn.execute(count_all.where(*located, *where)).scalar_one())
    total = int(conn.execute(count_all.where(*where)).scalar_one())
    points = [
        MapPoint(
            incident_id=row.id, lat=row.location_lat, lon=row.location_lon,
            event_type=row.event_type, fatalities=row.fatalities_best,
            date_start=row.date_start.isoformat() if row.date_start else None,
            location_name=row.location_name, certainty=row.certainty,
        )
        for row in rows[:limit]
    ]
    return MapPoints(
        points=points, total=with_coords, truncated=len(rows) > limit,
        without_coordinates=total - with_coords,
    )


def actor_profile(conn: sa.Connection, name: str) -> ActorProfile | None:
    """An actor's kinds, aliases (the words reports use for it), and roles per year."""
    rows = conn.execute(
        sa.select(ia.kind, ia.country, ia.kb_id, ia.role, sa.func.count().label("n"))
        .where(ia.name == name)
        .group_by(ia.kind, ia.country, ia.kb_id, ia.role)
    ).all()
    if not rows:
        return None
    roles = {"actor": 0, "recipient": 0, "associated": 0}
    for row in rows:
        roles[row.role] = roles.get(row.role, 0) + int(row.n)
    ea = t.event_actors.c
    alias_n = sa.func.count().label("n")
    aliases = conn.execute(
        sa.select(ea.text, alias_n).where(ea.name == name).group_by(ea.text)
        .order_by(sa.desc("n"), ea.text).limit(50)
    ).all()
    year = _year(conn).label("period")
    per_year = conn.execute(
        sa.select(year, ia.role, sa.func.count(sa.distinct(i.id)).label("n"))
        .select_from(t.incident_actors.join(t.incidents, i.id == ia.incident_id))
        .where(ia.name == name, i.date_start.is_not(None))
        .group_by(year, ia.role)
        .order_by(year, ia.role)
    ).all()
    return ActorProfile(
        name=name,
        kinds=sorted({r.kind for r in rows}),
        countries=sorted({r.country for r in rows if r.country}),
        kb_ids=sorted({r.kb_id for r in rows if r.kb_id}),
        aliases=[Count(value=a.text, count=int(a.n)) for a in aliases],
        roles=[RoleCount(period=str(r.period), role=r.role, count=int(r.n)) for r in per_year],
        as_actor=roles["actor"], as_recipient=roles["recipient"],
        as_associated=roles["associated"],
    )


def _year(conn: sa.Connection) -> sa.ColumnElement[str]:
    if conn.dialect.name == "postgresql":
        return sa.func.to_char(i.date_start, "YYYY")
    return sa.func.strftime("%Y", i.date_start)


def actor_names(conn: sa.Connection, prefix: str, limit: int = 20) -> list[Count]:
    """Actor names starting with `prefix` (case-insensitive), most frequent first."""
    n = sa.func.count(sa.distinct(ia.incident_id)).label("n")
    stmt = (
        sa.select(ia.name.label("value"), n)
        .where(ia.name.ilike(_like_pattern(prefix)[1:], "\\"))
        .group_by(ia.name).order_by(sa.desc("n"), ia.name).limit(limit)
    )
    return [Count(value=row.value, count=int(row.n)) for row in conn.execute(stmt)]
