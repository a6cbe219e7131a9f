"""Aggregates for the map, timeline, network and actor pages, on SQLite and PostgreSQL, and the
check that their filters select exactly what `Store.count_incidents` selects."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from roydad.api import parties, queries
from roydad.store import IncidentFilter, Store, open_store
from roydad.store import schema as t
from tests.api.conftest import _prepare
from tests.api.corpus import HOSTILE_NAME, Corpus, add_blamed_shootings


@pytest.fixture
def filled(db_url: str) -> Iterator[tuple[Store, Corpus]]:
    corpus = _prepare(db_url)
    with open_store(db_url) as store:
        yield store, corpus


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
                *queries.filter_clauses(flt)
            )
            assert conn.execute(stmt).scalar_one() == store.count_incidents(flt), flt


def test_facets_ignore_their_own_filter(filled: tuple[Store, Corpus]) -> None:
    store, _ = filled
    with store.engine.connect() as conn:
        facets = queries.facets(conn, IncidentFilter(event_type="ASSAULT", country="AFG"))
    assert facets.total == 1
    assert {c.value: c.count for c in facets.event_type} == {"ASSAULT": 1, "CONSULT": 1}
    assert {c.value: c.count for c in facets.country} == {"AFG": 1, "SOM": 1}


@pytest.mark.parametrize("interval", ["week", "month"])
def test_timeline_buckets(filled: tuple[Store, Corpus], interval: str) -> None:
    store, _ = filled
    with store.engine.connect() as conn:
        buckets = queries.timeline(conn, IncidentFilter(), interval)
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
    with store.engine.connect() as conn:
        points = queries.map_points(conn, IncidentFilter(), limit=10)
        capped = queries.map_points(conn, IncidentFilter(), limit=2)
    assert points.total == 4 and points.without_coordinates == 1  # the sanction has no place
    assert points.points[0].incident_id == corpus.bombing  # deadliest first
    assert not points.truncated
    assert capped.truncated and len(capped.points) == 2


def _graph(store: Store, **options: object) -> set[tuple[str, str, str, str]]:
    settings: dict[str, object] = {"since": None, "until": None, "actor": None,
                                   "max_edges": 100, **options}
    with store.engine.connect() as conn:
        graph = parties.network(conn, **settings)  # type: ignore[arg-type]
    return {(e.source, e.target, e.event_type, e.relation) for e in graph.edges}


def test_network_edges(filled: tuple[Store, Corpus]) -> None:
    store, _ = filled
    edges = _graph(store, parties="all")
    assert ("Al-Shabaab", "civilians", "ASSAULT", "acted") in edges
    assert ("Al-Shabaab", "civilians", "ASSAULT", "claimed") in edges  # it claimed the bombing
    assert ("Taliban", "judges", "ASSAULT", "acted") in edges
    assert ("Taliban", "judges", "ASSAULT", "blamed") in edges  # police blamed it
    assert ("United States", "Taliban", "SANCTION", "acted") in edges
    assert ("Taliban", HOSTILE_NAME, "CONSULT", "acted") in edges
    assert {(s, t) for s, t, _, _ in _graph(store, parties="all", since=date(2024, 8, 1))} == {
        ("Taliban", HOSTILE_NAME), ("United States", "Taliban")
    }
    assert {(s, t) for s, t, _, _ in _graph(store, parties="all", actor="United States")} == {
        ("United States", "Taliban")}
    with store.engine.connect() as conn:
        graph = parties.network(conn, since=None, until=None, actor=None, max_edges=100,
                                parties="all")
    nodes = {n.id: n for n in graph.nodes}
    assert nodes["Taliban"].incidents == 3 and nodes["Taliban"].kind == "group"


def test_network_shows_resolved_parties_by_default(filled: tuple[Store, Corpus]) -> None:
    store, _ = filled
    add_blamed_shootings(store)
    assert _graph(store) == {
        ("United States", "Taliban", "SANCTION", "acted"),
        ("Unidentified Armed Group (Iran)", "Civilians (Iran)", "ASSAULT", "acted"),
        ("Taliban", "Civilians (Iran)", "ASSAULT", "blamed"),
    }
    everyone = {name for s, t, _, _ in _graph(store, parties="all") for name in (s, t)}
    assert {"they", "second floor", "judges"} <= everyone
    # At least two incidents each: the United States (one sanction) drops out.
    assert _graph(store, min_incidents=2) == {
        ("Unidentified Armed Group (Iran)", "Civilians (Iran)", "ASSAULT", "acted"),
        ("Taliban", "Civilians (Iran)", "ASSAULT", "blamed"),
    }


def test_incidents_by_role(filled: tuple[Store, Corpus]) -> None:
    store, corpus = filled
    tehran, mashhad = add_blamed_shootings(store)
    with store.engine.connect() as conn:
        taliban = parties.incidents_by_role(conn, "Taliban", limit=10)
        shabaab = parties.incidents_by_role(conn, "Al-Shabaab", limit=10)
    assert taliban == {
        "acted": [corpus.meeting, corpus.shooting], "targeted": [corpus.sanction],
        "claimed": [], "blamed": [mashhad, tehran, corpus.shooting],
        "denied": [mashhad, tehran],
    }
    assert shabaab["claimed"] == [corpus.bombing] == shabaab["acted"]


def test_actor_profile(filled: tuple[Store, Corpus]) -> None:
    store, _ = filled
    with store.engine.connect() as conn:
        profile = queries.actor_profile(conn, "Taliban")
        nobody = queries.actor_profile(conn, "Nobody")
        names = queries.actor_names(conn, "tal")
    assert nobody is None
    assert profile is not None
    assert (profile.as_actor, profile.as_recipient) == (2, 1)
    assert {a.value for a in profile.aliases} == {"Taliban", "the Taliban"}
    assert profile.kb_ids == ["kb:taliban"]
    assert {(r.period, r.role) for r in profile.roles} == {("2024", "actor"), ("2024", "recipient")}
    assert [n.value for n in names] == ["Taliban"]


def test_analysis_endpoints(viewer: TestClient, corpus: Corpus) -> None:
    meta = viewer.get("/api/v1/meta").json()
    assert meta["type_colours"]["ASSAULT"].startswith("#")
    assert "fatalities_best" in meta["editable_fields"]
    assert viewer.get("/api/v1/facets?country=AFG").json()["total"] == 2
    timeline = viewer.get("/api/v1/timeline?interval=week&type=ASSAULT").json()
    assert {b["event_type"] for b in timeline["buckets"]} == {"ASSAULT"}
    assert viewer.get("/api/v1/timeline?interval=day").status_code == 422
    points = viewer.get("/api/v1/map?type=PROTEST").json()
    assert [p["incident_id"] for p in points["points"]] == [corpus.protest]
    network = viewer.get("/api/v1/network?since=2024-09-01&parties=all").json()
    assert [(e["source"], e["target"]) for e in network["edges"]] == [
        ("United States", "Taliban")
    ]
    assert viewer.get("/api/v1/actors/Taliban").json()["as_actor"] == 2
    assert viewer.get("/api/v1/actors/Nobody").status_code == 404
    assert viewer.get("/api/v1/actors?prefix=united").json()[0]["value"] == "United States"
