"""The actor network of a set of incidents, as a networkx graph: the exports write it as GraphML
or GEXF, the analysis measures its centrality.

Nodes are the parties the reports name (generic descriptions such as "gunmen" left out); a
directed edge runs from an incident's actor to its recipient ("acted on"), between two actors of
one incident in name order ("acted with": a meeting, an alliance, a joint attack), and from a
claimant to the party it blames or claims for ("attributed", "accused", "denied", "claimed"),
so a blamed party is linked to its accuser, never made the actor. Edges are
aggregated over incidents, each with the number of incidents, the summed best fatality
estimate, the event types, the first and last date; nodes carry kind, sector, country,
knowledge-base id, the number of incidents and the ACLED-style inter code of their sector.

Memory grows with the number of distinct actors and edges, never with the number of incidents:
the builder takes incidents one at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from roydad.coding.party_codes import is_generic
from roydad.models import Incident, IncidentActor

if TYPE_CHECKING:
    import networkx as nx

CLAIM_RELATIONS = {"responsibility": "claimed", "attribution": "attributed",
                   "accusation": "accused", "denial": "denied"}


@dataclass
class _Node:
    kind: str = "unknown"
    sector: str = ""
    country: str = ""
    kb_id: str = ""
    incidents: int = 0


@dataclass
class _Edge:
    incidents: int = 0
    fatalities: int = 0
    relations: set[str] = field(default_factory=set)
    event_types: set[str] = field(default_factory=set)
    first_date: str = ""
    last_date: str = ""


class NetworkBuilder:
    """Aggregates incidents into actor nodes and edges; `graph()` gives a networkx DiGraph."""

    def __init__(self) -> None:
        self.nodes: dict[str, _Node] = {}
        self.edges: dict[tuple[str, str], _Edge] = {}

    def add(self, incident: Incident) -> None:
        named = [a for a in incident.actors if not is_generic(a)]
        for name in dict.fromkeys(a.name for a in named):
            actor = next(a for a in named if a.name == name)
            self._node(actor).incidents += 1
        actors = [a for a in named if a.role == "actor"]
        recipients = [a for a in named if a.role == "recipient"]
        pairs: dict[tuple[str, str], set[str]] = {}
        for a in actors:
            for r in recipients:
                if a.name != r.name:
                    pairs.setdefault((a.name, r.name), set()).add("acted on")
        for n, first in enumerate(actors):
            for second in actors[n + 1:]:
                if first.name != second.name:
                    pair = tuple(sorted((first.name, second.name)))
                    pairs.setdefault((pair[0], pair[1]), set()).add("acted with")
        for claim in incident.claims:
            claimant, party = claim.claimant, claim.attributed_to
            if _named(claimant) and _named(party) and claimant != party:
                pairs.setdefault((claimant or "", party or ""), set()).add(
                    CLAIM_RELATIONS[claim.kind])
        for (source, target), relations in sorted(pairs.items()):
            self._edge(source, target, relations, incident)
        counted = {a.name for a in named}
        for name in dict.fromkeys(n for pair in pairs for n in pair if n not in counted):
            self.nodes[name].incidents += 1

    def _node(self, actor: IncidentActor) -> _Node:
        node = self.nodes.setdefault(actor.name, _Node())
        if node.kind == "unknown":
            node.kind = actor.kind
        node.sector = node.sector or actor.sector or ""
        node.country = node.country or actor.country or ""
        node.kb_id = node.kb_id or actor.kb_id or ""
        return node

    def _edge(self, source: str, target: str, relations: set[str], incident: Incident) -> None:
        for name in (source, target):
            self.nodes.setdefault(name, _Node())
        edge = self.edges.setdefault((source, target), _Edge())
        edge.incidents += 1
        edge.relations |= relations
        edge.event_types.add(incident.event_type)
        edge.fatalities += incident.fatalities_best or 0
        if incident.date_start:
            edge.first_date = min(edge.first_date or incident.date_start, incident.date_start)
            edge.last_date = max(edge.last_date, incident.date_start)

    def graph(self) -> nx.DiGraph:
        import networkx as nx

        graph = nx.DiGraph(name="roydad actor network")
        for name, node in self.nodes.items():
            graph.add_node(name, label=name, kind=node.kind, sector=node.sector,
                           country=node.country, kb_id=node.kb_id, incidents=node.incidents)
        for (source, target), edge in self.edges.items():
            graph.add_edge(
                source, target, weight=edge.incidents, incidents=edge.incidents,
                fatalities=edge.fatalities, relations="; ".join(sorted(edge.relations)),
                event_types="; ".join(sorted(edge.event_types)),
                first_date=edge.first_date, last_date=edge.last_date,
            )
        return graph


def _named(name: str | None) -> bool:
    """A claimant or party with a name ("NRF", "Taliban"), not "sources close to the Taliban"."""
    return bool(name) and name is not None and name[:1].isupper()


def build_network(incidents: Iterable[Incident]) -> tuple[nx.DiGraph, int]:
    """The actor network of the incidents and how many incidents went into it."""
    builder = NetworkBuilder()
    count = 0
    for incident in incidents:
        builder.add(incident)
        count += 1
    return builder.graph(), count

