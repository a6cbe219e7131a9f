"""Who is linked to which incidents, and so to whom, for the network and the actor pages: read
with SQL from the incident tables and the reports' claims.

A party is linked to an incident's recipients in one of three ways (`Relation`):
- `acted`: the reports name it as actor;
- `claimed`: it claimed responsibility (a responsibility claim puts it forward);
- `blamed`: someone attributed the incident to it or accused it.
Claims that are negated or hypothetical link no one. A denial links no one either: the actor page
lists the incidents a party denied, the network does not draw them.

*Resolved* parties are those the resolver placed: an entity of the actor knowledge base, or a
generic ACLED-style actor such as "Civilians (Iran)" (it has a sector). Extraction also returns
words ("300", "second floor", "they") as parties; the network leaves them out unless asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

import sqlalchemy as sa

from roydad.store import schema as t
from roydad.store.conditions import incident_conditions
from roydad.store.records import IncidentFilter

if TYPE_CHECKING:
    from roydad.store.store import Store

Relation = Literal["acted", "claimed", "blamed"]
NetworkParties = Literal["resolved", "all"]  # which parties the network shows
NOT_A_CLAIM = ("negated", "hypothetical")

i = t.incidents.c
ia = t.incident_actors.c
ea = t.event_actors.c
ec = t.event_claims.c
im = t.incident_members.c


@dataclass(frozen=True, slots=True)
class NetworkNode:
    id: str  # the party's name
    kind: str
    incidents: int  # in the period, in any role or relation


@dataclass(frozen=True, slots=True)
class NetworkEdge:
    source: str
    target: str  # a recipient of the incidents
    event_type: str
    relation: Relation
    incidents: int


@dataclass(frozen=True, slots=True)
class Network:
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    truncated: bool  # more edges than asked for


class PartyLinks:
    """The party links of one store, each read on a connection of its own."""

    def __init__(self, store: Store) -> None:
        self.engine = store.engine

    def network(
        self, *, since: date | None, until: date | None, actor: str | None, max_edges: int,
        parties: NetworkParties = "resolved", min_incidents: int = 1,
    ) -> Network:
        with self.engine.connect() as conn:
            return _network(conn, since=since, until=until, actor=actor, max_edges=max_edges,
                            parties=parties, min_incidents=min_incidents)

    def incidents_by_role(self, name: str, limit: int) -> dict[str, list[str]]:
        with self.engine.connect() as conn:
            return _incidents_by_role(conn, name, limit)


def resolved_names() -> sa.Subquery:
    """Names the resolver placed (knowledge base or generic actor), from incidents and reports."""
    return sa.union(
        sa.select(ia.name.label("name")).where(ia.kb_id.is_not(None)),
        sa.select(ea.name.label("name")).where(sa.or_(ea.kb_id.is_not(None),
                                                      ea.sector.is_not(None))),
    ).subquery("resolved")


def _claims(kinds: tuple[str, ...], party: sa.ColumnElement[str | None],
            relation: str) -> sa.Select[tuple[str, str | None, str]]:
    return (
        sa.select(im.incident_id.label("incident_id"), party.label("name"),
                  sa.literal(relation).label("relation"))
        .select_from(t.event_claims.join(t.incident_members, im.event_id == ec.event_id))
        .where(ec.kind.in_(kinds), ec.certainty.not_in(NOT_A_CLAIM), party.is_not(None))
    )


def links() -> sa.Subquery:
    """(incident_id, name, relation): every party that acted in, claimed, or was blamed for
    an incident, each once."""
    acted = sa.select(ia.incident_id.label("incident_id"), ia.name.label("name"),
                      sa.literal("acted").label("relation")).where(ia.role == "actor")
    return sa.union(
        acted,
        _claims(("responsibility",), sa.func.coalesce(ec.attributed_to, ec.claimant), "claimed"),
        _claims(("attribution", "accusation"), ec.attributed_to, "blamed"),
    ).subquery("links")


def _node_counts(since: date | None, until: date | None) -> sa.Subquery:
    """Per party, the incidents (in the period) it takes part in, in any role or relation."""
    linked = links()
    appearances = sa.union(
        sa.select(ia.incident_id.label("incident_id"), ia.name.label("name")),
        sa.select(linked.c.incident_id, linked.c.name),
    ).subquery("appearances")
    return (
        sa.select(appearances.c.name, sa.func.count(sa.distinct(i.id)).label("n"))
        .select_from(appearances.join(t.incidents, i.id == appearances.c.incident_id))
        .where(*incident_conditions(IncidentFilter(since=since, until=until)))
        .group_by(appearances.c.name)
        .subquery("counts")
    )


def _network(
    conn: sa.Connection, *, since: date | None, until: date | None, actor: str | None,
    max_edges: int, parties: NetworkParties = "resolved", min_incidents: int = 1,
) -> Network:
    """Parties linked to the recipients of incidents, per event type and relation, weighted by
    incidents: resolved parties only unless `parties="all"`, and only parties with at least
    `min_incidents` incidents in the period. With `actor`, only the edges touching it."""
    linked = links()
    dst = t.incident_actors.alias("dst")
    counts = _node_counts(since, until)
    src_n, dst_n = counts.alias("src_n"), counts.alias("dst_n")
    n = sa.func.count(sa.distinct(i.id)).label("n")
    stmt = (
        sa.select(linked.c.name.label("source"), dst.c.name.label("target"), i.event_type,
                  linked.c.relation, n)
        .select_from(
            linked.join(t.incidents, i.id == linked.c.incident_id)
            .join(dst, sa.and_(dst.c.incident_id == i.id, dst.c.role == "recipient"))
            .join(src_n, src_n.c.name == linked.c.name)
            .join(dst_n, dst_n.c.name == dst.c.name)
        )
        .where(
            linked.c.name != dst.c.name, src_n.c.n >= min_incidents, dst_n.c.n >= min_incidents,
            *incident_conditions(IncidentFilter(since=since, until=until)),
        )
        .group_by(linked.c.name, dst.c.name, i.event_type, linked.c.relation)
        .order_by(sa.desc("n"), linked.c.name, dst.c.name, i.event_type, linked.c.relation)
        .limit(max_edges + 1)
    )
    if parties == "resolved":
        known = sa.select(resolved_names().c.name)
        stmt = stmt.where(linked.c.name.in_(known), dst.c.name.in_(known))
    if actor is not None:
        stmt = stmt.where(sa.or_(linked.c.name == actor, dst.c.name == actor))
    rows = conn.execute(stmt).all()
    edges = [
        NetworkEdge(source=r.source, target=r.target, event_type=r.event_type,
                    relation=r.relation, incidents=r.n)
        for r in rows[:max_edges]
    ]
    names = sorted({e.source for e in edges} | {e.target for e in edges})
    return Network(nodes=_nodes(conn, names, counts), edges=edges,
                   truncated=len(rows) > max_edges)


def _nodes(conn: sa.Connection, names: list[str], counts: sa.Subquery) -> list[NetworkNode]:
    if not names:
        return []
    found = {row.name: int(row.n) for row in conn.execute(
        sa.select(counts.c.name, counts.c.n).where(counts.c.name.in_(names)))}
    kinds = {row.name: row.kind for row in conn.execute(
        sa.select(ia.name, sa.func.max(ia.kind).label("kind"))
        .where(ia.name.in_(names)).group_by(ia.name))}
    return [
        NetworkNode(id=name, kind=kinds.get(name, "unknown"), incidents=found.get(name, 0))
        for name in names
    ]


# -- an actor's incidents by what it did --------------------------------------------------------

ROLES = ("acted", "targeted", "claimed", "blamed", "denied")


def _incidents_by_role(conn: sa.Connection, name: str, limit: int) -> dict[str, list[str]]:
    """The ids of the incidents (newest first, at most `limit` each) in which `name` acted, was
    targeted (a recipient), claimed responsibility, was blamed (attributed or accused) or
    denied, as separate lists: one incident may be in several."""
    linked = links()
    denied = _claims(("denial",), sa.func.coalesce(ec.claimant, ec.attributed_to), "denied")
    targeted = sa.select(ia.incident_id, ia.name, sa.literal("targeted")).where(
        ia.role == "recipient")
    rows = sa.union(sa.select(linked), denied, targeted).subquery("roles")
    stmt = (
        sa.select(rows.c.relation, rows.c.incident_id)
        .select_from(rows.join(t.incidents, i.id == rows.c.incident_id))
        .where(rows.c.name == name)
        .order_by(rows.c.relation, i.date_start.desc().nulls_last(), i.id)
    )
    found: dict[str, list[str]] = {role: [] for role in ROLES}
    for row in conn.execute(stmt):
        listed = found[row.relation]
        if len(listed) < limit and row.incident_id not in listed:
            listed.append(row.incident_id)
    return found
