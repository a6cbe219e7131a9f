"""Counts over incidents, what changed since the previous period, and who is central.

What analysts look at first (`roydad stats`):

- incidents and fatalities per month (or ISO week), each with its change from the period before;
- the same by event type, country, province (admin1) and named actor, for all time and for the
  latest period against the one before it;
- **movers**: the types, places and actors whose incident count changed most between the two
  latest periods (the latest period with data, or the one containing `as_of`);
- **centrality** in the actor network (`roydad.coding.actor_network`): degree and betweenness
  (networkx; betweenness is estimated from 500 sampled sources above 2,000 actors).

Fatalities are roydad's best estimates (`fatalities_best`); an incident without one counts 0.
Rejected incidents are the caller's to leave out. One pass over the incidents; memory grows with
the number of distinct keys and periods, not with the number of incidents.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from rich.table import Table

from roydad.coding.actor_network import NetworkBuilder
from roydad.coding.party_codes import is_generic
from roydad.models import Incident

PERIODS = ("month", "week")
DIMENSIONS = ("event_type", "country", "admin1", "actor")
EXACT_BETWEENNESS_LIMIT = 2_000
BETWEENNESS_SAMPLES = 500


def period_key(day: date, period: str) -> str:
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{day.year}-{day.month:02d}"


def period_start(key: str, period: str) -> date:
    if period == "week":
        year, week = key.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    year, month = key.split("-")
    return date(int(year), int(month), 1)


def previous_period(key: str, period: str) -> str:
    start = period_start(key, period)
    return period_key(start - timedelta(days=1), period)


def next_period(key: str, period: str) -> str:
    start = period_start(key, period)
    step = timedelta(days=7) if period == "week" else timedelta(days=32)
    return period_key(start + step, period)


@dataclass
class Tally:
    incidents: int = 0
    fatalities: int = 0

    def add(self, fatalities: int) -> None:
        self.incidents += 1
        self.fatalities += fatalities


@dataclass(frozen=True, slots=True)
class PeriodRow:
    period: str
    incidents: int
    fatalities: int
    incident_change: int
    fatality_change: int


@dataclass(frozen=True, slots=True)
class KeyRow:
    key: str
    incidents: int
    fatalities: int
    current: int
    previous: int

    @property
    def change(self) -> int:
        return self.current - self.previous


@dataclass(frozen=True, slots=True)
class Mover:
    dimension: str
    key: str
    previous: int
    current: int
    change: int
    previous_fatalities: int
    current_fatalities: int


@dataclass(frozen=True, slots=True)
class Centrality:
    actor: str
    degree: float
    betweenness: float
    incidents: int


@dataclass
class Stats:
    period: str
    current: str | None
    previous: str | None
    total: Tally
    undated: int
    timeline: list[PeriodRow]
    by: dict[str, list[KeyRow]]
    movers: list[Mover]
    centrality: list[Centrality]
    actors: int = 0
    edges: int = 0

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["by"] = {d: [dict(asdict(r), change=r.change) for r in rows]
                     for d, rows in self.by.items()}
        return out


@dataclass
class StatsBuilder:
    """Takes incidents one at a time (`add`); `stats()` computes the result."""

    period: str = "month"
    total: Tally = field(default_factory=Tally)
    undated: int = 0
    timeline: dict[str, Tally] = field(default_factory=dict)
    all_time: dict[str, dict[str, Tally]] = field(default_factory=dict)
    per_period: dict[tuple[str, str, str], Tally] = field(default_factory=dict)
    network: NetworkBuilder = field(default_factory=NetworkBuilder)

    def __post_init__(self) -> None:
        if self.period not in PERIODS:
            raise ValueError(f"period must be one of {PERIODS}, not {self.period!r}")

    def add(self, incident: Incident) -> None:
        dead = incident.fatalities_best or 0
        self.total.add(dead)
        self.network.add(incident)
        key = None
        if incident.date_start:
            key = period_key(date.fromisoformat(incident.date_start), self.period)
            self.timeline.setdefault(key, Tally()).add(dead)
        else:
            self.undated += 1
        for dimension, value in _keys(incident):
            self.all_time.setdefault(dimension, {}).setdefault(value, Tally()).add(dead)
            if key is not None:
                self.per_period.setdefault((dimension, value, key), Tally()).add(dead)

    def stats(self, top: int = 10, as_of: date | None = None) -> Stats:
        current = (period_key(as_of, self.period) if as_of
                   else max(self.timeline, default=None))
        previous = previous_period(current, self.period) if current else None
        by = {d: self._rows(d, current, previous, top) for d in DIMENSIONS}
        graph = self.network.graph()
        return Stats(
            period=self.period, current=current, previous=previous, total=self.total,
            undated=self.undated, timeline=self._timeline(), by=by,
            movers=self._movers(current, previous, top),
            centrality=_centrality(graph, self.network, top),
            actors=graph.number_of_nodes(), edges=graph.number_of_edges(),
        )

    def _timeline(self) -> list[PeriodRow]:
        if not self.timeline:
            return []
        rows: list[PeriodRow] = []
        key, last = min(self.timeline), max(self.timeline)
        before = Tally()
        while True:
            tally = self.timeline.get(key, Tally())
            rows.append(PeriodRow(key, tally.incidents, tally.fatalities,
                                  tally.incidents - before.incidents,
                                  tally.fatalities - before.fatalities))
            if key == last:
                return rows
            before, key = tally, next_period(key, self.period)

    def _count(self, dimension: str, value: str, key: str | None) -> Tally:
        if key is None:
            return Tally()
        return self.per_period.get((dimension, value, key), Tally())

    def _rows(self, dimension: str, current: str | None, previous: str | None, top: int
              ) -> list[KeyRow]:
        tallies = self.all_time.get(dimension, {})
        ranked = sorted(tallies.items(), key=lambda kv: (-kv[1].incidents, -kv[1].fatalities,
                                                         kv[0]))
        return [KeyRow(value, t.incidents, t.fatalities,
                       self._count(dimension, value, current).incidents,
                       self._count(dimension, value, previous).incidents)
                for value, t in ranked[:top]]

    def _movers(self, current: str | None, previous: str | None, top: int) -> list[Mover]:
        movers = []
        for dimension, tallies in self.all_time.items():
            for value in tallies:
                now = self._count(dimension, value, current)
                before = self._count(dimension, value, previous)
                if now.incidents != before.incidents:
                    movers.append(Mover(dimension, value, before.incidents, now.incidents,
                                        now.incidents - before.incidents, before.fatalities,
                                        now.fatalities))
        movers.sort(key=lambda m: (-abs(m.change), -abs(m.current_fatalities
                                                        - m.previous_fatalities),
                                   m.dimension, m.key))
        return movers[:top]


def _keys(incident: Incident) -> list[tuple[str, str]]:
    keys: list[tuple[str, str]] = [("event_type", incident.event_type)]
    loc = incident.location
    if loc is not None and loc.country:
        keys.append(("country", loc.country))
        if loc.admin1:
            keys.append(("admin1", f"{loc.admin1} ({loc.country})"))
    named = dict.fromkeys(a.name for a in incident.actors if not is_generic(a))
    keys += [("actor", name) for name in named]
    return keys


def _centrality(graph: Any, network: NetworkBuilder, top: int) -> list[Centrality]:
    import networkx as nx

    if graph.number_of_nodes() == 0:
        return []
    undirected = graph.to_undirected()
    degree = nx.degree_centrality(undirected)
    sample = (BETWEENNESS_SAMPLES if undirected.number_of_nodes() > EXACT_BETWEENNESS_LIMIT
              else None)
    betweenness = nx.betweenness_centrality(undirected, k=sample, seed=0)
    ranked = sorted(graph.nodes, key=lambda n: (-betweenness[n], -degree[n], n))
    return [Centrality(n, round(degree[n], 4), round(betweenness[n], 4),
                       network.nodes[n].incidents) for n in ranked[:top]]


def compute_stats(incidents: Iterable[Incident], period: str = "month", top: int = 10,
                  as_of: date | None = None) -> Stats:
    builder = StatsBuilder(period)
    for incident in incidents:
        builder.add(incident)
    return builder.stats(top, as_of)


# -- rendering --------------------------------------------------------------------------------

def _signed(n: int) -> str:
    return f"{n:+d}" if n else "0"


def render(stats: Stats, *, periods: int = 12) -> list[Table]:
    """Rich tables: the latest periods, each dimension, movers, centrality."""
    tables = []
    timeline = Table(title=f"incidents by {stats.period} (latest {periods})")
    for col in (stats.period, "incidents", "change", "fatalities", "change"):
        timeline.add_column(col, justify="left" if col == stats.period else "right")
    for row in stats.timeline[-periods:]:
        timeline.add_row(row.period, str(row.incidents), _signed(row.incident_change),
                         str(row.fatalities), _signed(row.fatality_change))
    tables.append(timeline)
    for dimension, rows in stats.by.items():
        table = Table(title=f"by {dimension.replace('_', ' ')}")
        for col in (dimension, "incidents", "fatalities", stats.current or "current",
                    stats.previous or "previous", "change"):
            table.add_column(col, justify="left" if col == dimension else "right")
        for r in rows:
            table.add_row(r.key, str(r.incidents), str(r.fatalities), str(r.current),
                          str(r.previous), _signed(r.change))
        tables.append(table)
    movers = Table(title=f"movers: {stats.previous} → {stats.current}")
    for col in ("what", "name", "before", "now", "change", "dead before", "dead now"):
        movers.add_column(col, justify="left" if col in ("what", "name") else "right")
    for m in stats.movers:
        movers.add_row(m.dimension, m.key, str(m.previous), str(m.current), _signed(m.change),
                       str(m.previous_fatalities), str(m.current_fatalities))
    tables.append(movers)
    central = Table(title=f"actor network: {stats.actors} actors, {stats.edges} links")
    for col in ("actor", "incidents", "degree", "betweenness"):
        central.add_column(col, justify="left" if col == "actor" else "right")
    for c in stats.centrality:
        central.add_row(c.actor, str(c.incidents), f"{c.degree:.3f}", f"{c.betweenness:.3f}")
    tables.append(central)
    return tables
