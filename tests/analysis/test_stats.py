"""`roydad stats`: counts by period and key, movers, centrality."""

from __future__ import annotations

from datetime import date

import pytest

from roydad.analysis.stats import (
    StatsBuilder,
    compute_stats,
    period_key,
    previous_period,
    render,
)
from roydad.models import Incident
from tests.export import incidents as sample


def on(incident: Incident, day: str, dead: int | None = None) -> Incident:
    changes: dict[str, object] = {"date_start": day, "date_end": day}
    if dead is not None:
        changes["fatalities_best"] = dead
    return incident.model_copy(update=changes)


def test_period_keys() -> None:
    assert period_key(date(2023, 1, 2), "week") == "2023-W01"
    assert period_key(date(2023, 1, 1), "week") == "2022-W52"
    assert previous_period("2023-01", "month") == "2022-12"
    assert previous_period("2023-W01", "week") == "2022-W52"
    with pytest.raises(ValueError, match="period"):
        StatsBuilder("day")


def test_timeline_fills_gaps_and_gives_changes() -> None:
    incidents = [on(sample.balkh(), "2023-01-05", 2), on(sample.zhob(), "2023-03-01", 4),
                 on(sample.zhob(), "2023-03-20", 5), sample.undated()]
    stats = compute_stats(incidents)
    rows = [(r.period, r.incidents, r.fatalities, r.incident_change, r.fatality_change)
            for r in stats.timeline]
    assert rows == [("2023-01", 1, 2, 1, 2), ("2023-02", 0, 0, -1, -2),
                    ("2023-03", 2, 9, 2, 9)]
    assert (stats.total.incidents, stats.total.fatalities, stats.undated) == (4, 11, 1)
    assert (stats.current, stats.previous) == ("2023-03", "2023-02")


def test_movers_compare_the_latest_period_with_the_one_before() -> None:
    incidents = [on(sample.tehran(), "2025-11-10"), on(sample.tehran(), "2025-11-20"),
                 on(sample.zhob(), "2025-12-01"), on(sample.zhob(), "2025-12-02"),
                 on(sample.zhob(), "2025-12-03"), on(sample.tehran(), "2025-12-04")]
    stats = compute_stats(incidents, top=20)
    movers = {(m.dimension, m.key): (m.previous, m.current, m.change) for m in stats.movers}
    assert movers[("country", "PAK")] == (0, 3, 3)
    assert movers[("country", "IRN")] == (2, 1, -1)
    assert movers[("admin1", "Balochistan (PAK)")] == (0, 3, 3)
    assert movers[("event_type", "ASSAULT")] == (2, 4, 2)
    assert [abs(m.change) for m in stats.movers] == sorted(
        (abs(m.change) for m in stats.movers), reverse=True)  # largest change first
    country = {r.key: r for r in stats.by["country"]}
    assert (country["PAK"].incidents, country["PAK"].current, country["PAK"].change) == (3, 3, 3)
    # as_of picks the periods to compare
    earlier = compute_stats(incidents, as_of=date(2025, 11, 15))
    assert (earlier.current, earlier.previous) == ("2025-11", "2025-10")


def test_weekly_counts_and_actor_keys() -> None:
    stats = compute_stats([on(sample.zhob(), "2023-07-12"), on(sample.zhob(), "2023-07-19")],
                          period="week")
    assert [r.period for r in stats.timeline] == ["2023-W28", "2023-W29"]
    actors = {r.key: r.incidents for r in stats.by["actor"]}
    assert actors == {"Military Forces of Pakistan (2018-)": 2, "Civilians (Pakistan)": 2}


def test_centrality_finds_the_broker() -> None:
    stats = compute_stats(sample.all_incidents())
    by_actor = {c.actor: c for c in stats.centrality}
    # The military sits between the civilians it is said to shell and the militants' targets.
    top = stats.centrality[0]
    assert top.betweenness == max(c.betweenness for c in stats.centrality) > 0
    assert by_actor[top.actor].degree > 0
    assert stats.actors > 5 and stats.edges > 3
    assert len(render(stats)) == 7
    assert stats.to_dict()["by"]["event_type"][0]["key"] == "ASSAULT"
