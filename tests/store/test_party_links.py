"""Who is linked to which incidents: the network and an actor's incidents by role, on SQLite
and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from roydad.store import PartyLinks, Store
from tests.api.corpus import HOSTILE_NAME, Corpus, add_blamed_shootings, build_corpus


@pytest.fixture
def filled(store: Store) -> tuple[Store, Corpus]:
    return store, build_corpus(store)


def _graph(store: Store, **options: object) -> set[tuple[str, str, str, str]]:
    settings: dict[str, object] = {"since": None, "until": None, "actor": None,
                                   "max_edges": 100, **options}
    graph = PartyLinks(store).network(**settings)  # type: ignore[arg-type]
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
    graph = PartyLinks(store).network(since=None, until=None, actor=None, max_edges=100,
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
    taliban = PartyLinks(store).incidents_by_role("Taliban", limit=10)
    shabaab = PartyLinks(store).incidents_by_role("Al-Shabaab", limit=10)
    assert taliban == {
        "acted": [corpus.meeting, corpus.shooting], "targeted": [corpus.sanction],
        "claimed": [], "blamed": [mashhad, tehran, corpus.shooting],
        "denied": [mashhad, tehran],
    }
    assert shabaab["claimed"] == [corpus.bombing] == shabaab["acted"]
