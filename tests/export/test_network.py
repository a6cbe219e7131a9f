"""GraphML and GEXF: networkx reads back the actor network with its attributes."""

from __future__ import annotations

import io

import networkx as nx

from roydad.export.network import build_network, write_gexf, write_graphml
from tests.export import incidents as sample


def test_graphml_round_trip() -> None:
    out = io.BytesIO()
    result = write_graphml(sample.all_incidents(), out)
    graph = nx.read_graphml(io.BytesIO(out.getvalue()))
    assert graph.is_directed() and graph.number_of_nodes() == result.written
    assert "militants" not in graph and "bomber" not in graph  # descriptions, not names
    edge = graph.edges["Military Forces of the United States (2021-2025)", "Ayman al-Zawahiri"]
    assert (edge["relations"], edge["incidents"], edge["fatalities"]) == ("acted on", 1, 1)
    blame = graph.edges["NRF: National Resistance Front of Afghanistan", "Taliban"]
    assert blame["relations"] == "attributed"
    meeting = graph.edges["Hossein Amir-Abdollahian", "Jalil Abbas Jilani"]
    assert meeting["relations"] == "acted with"
    isi = graph.nodes["Inter-Services Intelligence (ISI)"]
    assert (isi["kind"], isi["sector"], isi["country"], isi["incidents"]) == (
        "organization", "SPY", "PAK", 1)


def test_gexf_round_trip_and_aggregation() -> None:
    twice = [*sample.all_incidents(), sample.zawahiri()]
    out = io.BytesIO()
    write_gexf(twice, out)
    graph = nx.read_gexf(io.BytesIO(out.getvalue()))
    edge = graph.edges["Military Forces of the United States (2021-2025)", "Ayman al-Zawahiri"]
    assert (edge["incidents"], edge["fatalities"]) == (2, 2)
    direct, count = build_network(twice)
    assert count == 9 and graph.number_of_nodes() == direct.number_of_nodes()
