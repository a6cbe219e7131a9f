"""Read-only aggregates the UI needs beyond single incidents: facets, timeline, map points, an
actor's profile and actor names (who is linked to whom: `party_links`).

They read the incident tables directly with SQL, because loading 100,000 Incident objects to
count them would be far too slow, and filter with the conditions `Store.incidents` applies
(`incident_conditions`; a test checks that the counts agree). They return plain records; the
API turns them into its response bodies.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

import sqlalchemy as sa

from roydad.store import schema as t
from roydad.store.conditions import incident_conditions
from roydad.store.records import IncidentFilter

if TYPE_CHECKING:
    from roydad.store.store import Store

i = t.incidents.c
ia = t.incident_actors.c


@dataclass(frozen=True, slots=True)
class Count:
    value: str
    count: int


@dataclass(frozen=True, slots=True)
class Facets:
    """How many incidents match a filter, and how many per value of each facet."""

    total: int
    event_type: list[Count]
    country: list[Count]
    certainty: list[Count]
    status: list[Count]


@dataclass(frozen=True, slots=True)
class TimelineBucket:
    period: str  # the first day of the week or month, ISO
    period_end: str  # its last day
    event_type: str
    count: int
    fatalities: int  # the sum of the incidents' best counts


@dataclass(frozen=True, slots=True)
class MapPoint:
    incident_id: str
    lat: float
    lon: float
    event_type: str
    fatalities: int | None
    date_start: str | None
    location_name: str | None
    certainty: str


@dataclass(frozen=True, slots=True)
class MapPoints:
    points: list[MapPoint]
    total: int  # matching incidents with coordinates
    truncated: bool
    without_coordinates: int


@dataclass(frozen=True, slots=True)
class RoleCount:
    period: str  # a year
    role: str
    count: int


@dataclass(frozen=True, slots=True)
class ActorProfile:
    name: str
    kinds: list[str]
    countries: list[str]
    kb_ids: list[str]
    aliases: list[Count]  # the words reports use for it, most frequent first
    roles: list[RoleCount]
    as_actor: int
    as_recipient: int
    as_associated: int


class Aggregates:
    """The aggregates of one store, each read on a connection of its own."""

    def __init__(self, store: Store) -> None:
        self.engine = store.engine

    def facets(self, flt: IncidentFilter) -> Facets:
        with self.engine.connect() as conn:
            return _facets(conn, flt)

    def timeline(self, flt: IncidentFilter, interval: str) -> list[TimelineBucket]:
        with self.engine.connect() as conn:
            return _timeline(conn, flt, interval)

    def map_points(self, flt: IncidentFilter, limit: int) -> MapPoints:
        with self.engine.connect() as conn:
            return _map_points(conn, flt, limit)

    def actor_profile(self, name: str) -> ActorProfile | None:
        with self.engine.connect() as conn:
            return _actor_profile(conn, name)

    def actor_names(self, prefix: str, limit: int = 20) -> list[Count]:
        with self.engine.connect() as conn:
            return _actor_names(conn, prefix, limit)


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


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


def _facets(conn: sa.Connection, flt: IncidentFilter) -> Facets:
    """Counts per value of each facet. A facet ignores its own filter, so the list of types shows
    what choosing another type would give, not only the chosen one."""
    total = conn.execute(
        sa.select(sa.func.count()).select_from(t.incidents).where(*incident_conditions(flt))
    ).scalar_one()
    return Facets(
        total=int(total),
        event_type=_counts(conn, i.event_type, incident_conditions(
            replace(flt, event_type=None))),
        country=_counts(conn, i.location_country, incident_conditions(
            replace(flt, country=None, admin1=None))),
        certainty=_counts(conn, i.certainty, incident_conditions(replace(flt, certainty=None))),
        status=_counts(conn, i.status, incident_conditions(replace(flt, status=None))),
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


def _timeline(conn: sa.Connection, flt: IncidentFilter, interval: str) -> list[TimelineBucket]:
    """Incidents and their best fatality counts per period and type (undated ones left out)."""
    period = _period_start(conn, interval).label("period")
    stmt = (
        sa.select(
            period, i.event_type, sa.func.count().label("n"),
            sa.func.coalesce(sa.func.sum(i.fatalities_best), 0).label("dead"),
        )
        .where(i.date_start.is_not(None), *incident_conditions(flt))
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


def _map_points(conn: sa.Connection, flt: IncidentFilter, limit: int) -> MapPoints:
    """Incidents with coordinates, deadliest first when there are more than `limit`."""
    where = incident_conditions(flt)
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


def _actor_profile(conn: sa.Connection, name: str) -> ActorProfile | None:
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


def _actor_names(conn: sa.Connection, prefix: str, limit: int = 20) -> list[Count]:
    """Actor names starting with `prefix` (case-insensitive), most frequent first."""
    n = sa.func.count(sa.distinct(ia.incident_id)).label("n")
    stmt = (
        sa.select(ia.name.label("value"), n)
        .where(ia.name.ilike(_like_pattern(prefix)[1:], "\\"))
        .group_by(ia.name).order_by(sa.desc("n"), ia.name).limit(limit)
    )
    return [Count(value=row.value, count=int(row.n)) for row in conn.execute(stmt)]
