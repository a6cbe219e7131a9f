"""The aggregates for the map, timeline and actor pages, on SQLite and PostgreSQL, and the
check that their filters select exactly what `Store.count_incidents` selects."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from roydad.store import Aggregates, IncidentFilter, Store
from roydad.store import schema as t
from roydad.store.conditions import incident_conditions
from tests.api.corpus import Corpus, build_corpus


@pytest.fixture
def filled(store: Store) -> tuple[Store, Corpus]:
    return store, build_corpus(store)


FILTERS = [
    IncidentFilter(),
    IncidentFilter(event_type="ASSAULT"),
    IncidentFilter(country="afg"),
    IncidentFilter(admin1="KABUL"),
    IncidentFilter(actor="taliban"),
    IncidentFilter(actor="kb:alshabaab"),
    IncidentFilter(since=date(2024, 6, 1)),
    IncidentFilter(until=date(2024, 3, 5)),
    IncidentFilter(since=date(2024, 3, 6), until=date(2024, 3, 6)),
    IncidentFilter(certainty="reported"),
    IncidentFilter(status="machine"),
    IncidentFilter(min_sources=2),
    IncidentFilter(text="car BOMB"),
    IncidentFilter(text="100%_ \\"),
    IncidentFilter(text="taliban", country="AFG", event_type="CONSULT"),
]


def test_filter_clauses_agree_with_the_store(filled: tuple[Store, Corpus]) -> None:
    store, _ = filled
    with store.engine.connect() as conn:
        for flt in FILTERS:
            stmt = sa.select(sa.func.count()).select_from(t.incidents).where(
                *incident_conditions(flt)
            )
            assert conn.execute(stmt).scalar_one() == store.count_incidents(flt), flt


def test_facets_ignore_their_own_filter(filled: tuple[Store, Corpus]) -> None:
    store, _ = filled
    facets = Aggregates(store).facets(IncidentFilter(event_type="ASSAULT", country="AFG"))
    assert facets.total == 1
    assert {c.value: c.count for c in facets.event_type} == {"ASSAULT": 1, "CONSULT": 1}
    assert {c.value: c.count for c in facets.country} == {"AFG": 1, "SOM": 1}


@pytest.mark.parametrize("interval", ["week", "month"])
def test_timeline_buckets(filled: tuple[Store, Corpus], interval: str) -> None:
    store, _ = filled
    buckets = Aggregates(store).timeline(IncidentFilter(), interval)
    assert sum(b.count for b in buckets) == 5
    assaults = [b for b in buckets if b.event_type == "ASSAULT"]
    if interval == "week":
        # 2024-03-05 is a Tuesday: its week starts Monday 2024-03-04.
        assert (assaults[0].period, assaults[0].period_end) == ("2024-03-04", "2024-03-10")
    else:
        assert (assaults[0].period, assaults[0].period_end) == ("2024-03-01", "2024-03-31")
    assert assaults[0].fatalities == 12
    assert [b.period for b in buckets] == sorted(b.period for b in buckets)


def test_map_points(filled: tuple[Store, Corpus]) -> None:
    store, corpus = filled
    points = Aggregates(store).map_points(IncidentFilter(), limit=10)
    capped = Aggregates(store).map_points(IncidentFilter(), limit=2)
    assert points.total == 4 and points.without_coordinates == 1  # the sanction has no place
    assert points.points[0].incident_id == corpus.bombing  # deadliest first
    assert not points.truncated
    assert capped.truncated and len(capped.points) == 2


def test_actor_profile(filled: tuple[Store, Corpus]) -> None:
    store, _ = filled
    aggregates = Aggregates(store)
    profile = aggregates.actor_profile("Taliban")
    nobody = aggregates.actor_profile("Nobody")
    names = aggregates.actor_names("tal")
    assert nobody is None
    assert profile is not None
    assert (profile.as_actor, profile.as_recipient) == (2, 1)
    assert {a.value for a in profile.aliases} == {"Taliban", "the Taliban"}
    assert profile.kb_ids == ["kb:taliban"]
    assert {(r.period, r.role) for r in profile.roles} == {("2024", "actor"), ("2024", "recipient")}
    assert [n.value for n in names] == ["Taliban"]
