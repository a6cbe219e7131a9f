"""The actor network as GraphML or GEXF, for Gephi, Cytoscape, yEd and networkx.

The network itself (nodes, edges and what they carry) is built by `roydad.coding.actor_network`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

from roydad.coding.actor_network import build_network
from roydad.export.result import ExportResult
from roydad.models import Incident


def write_graphml(incidents: Iterable[Incident], out: BinaryIO) -> ExportResult:
    import networkx as nx

    graph, _ = build_network(incidents)
    nx.write_graphml(graph, out, encoding="utf-8", prettyprint=True)
    return ExportResult(written=graph.number_of_nodes())


def write_gexf(incidents: Iterable[Incident], out: BinaryIO) -> ExportResult:
    import networkx as nx

    graph, _ = build_network(incidents)
    nx.write_gexf(graph, out, encoding="utf-8", prettyprint=True)
    return ExportResult(written=graph.number_of_nodes())
