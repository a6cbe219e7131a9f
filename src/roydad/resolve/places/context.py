"""How the document's context reweighs a name's candidates (`Gazetteer`'s second step).

`PlaceContext` is what else a document says about where things happen; `Hints` is the same,
looked up (countries as alpha-3, provinces as normalised names, other places as anchors).
`rescore` adds: the document's countries (+0.25; -0.3 outside them, twice for a spelling
guess), else the countries it leans to (+0.25), its provinces (+0.15), its other places (+0.1
for their country, +0.2 close to them, ~200 km). `anchor` turns a place's ranked candidates
into an anchor for the others, weighted by how sure its reading is.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from roydad.resolve.places.candidates import Candidate, accepted, km, rank
from roydad.resolve.places.names import normalise

OFF_CONTEXT = 0.3  # penalty for a place outside the countries the document is about
_CONTEXT_KM = 200.0


@dataclass(frozen=True, slots=True)
class PlaceContext:
    """What else the document says about where things happen."""

    countries: AbstractSet[str] = field(default_factory=frozenset)  # alpha-3 (names accepted)
    admin1: AbstractSet[str] = field(default_factory=frozenset)  # province names, any spelling
    places: Sequence[str] = ()  # the document's other place names
    leaning: AbstractSet[str] = field(default_factory=frozenset)  # alpha-3, favoured only


@dataclass(frozen=True, slots=True)
class Anchor:
    country: str | None
    lat: float | None
    lon: float | None
    weight: float


@dataclass(frozen=True, slots=True)
class Hints:
    countries: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()
    anchors: tuple[Anchor, ...] = ()
    leaning: frozenset[str] = frozenset()


def anchor(ranked: list[Candidate]) -> Anchor | None:
    if not ranked or not accepted(ranked[0]):
        return None
    top = ranked[0]
    margin = top.score - ranked[1].score if len(ranked) > 1 else 1.0
    weight = max(0.3, min(1.0, 0.3 + 3 * margin))
    if top.kind == "country":  # a country says which country, not where in it
        return Anchor(top.country, None, None, weight)
    return Anchor(top.country, top.lat, top.lon, weight)

def rescore(cands: list[Candidate], hints: Hints) -> list[Candidate]:
    if not (hints.countries or hints.admin1 or hints.anchors or hints.leaning):
        return cands
    total = sum(a.weight for a in hints.anchors) or 1.0
    out = []
    for c in cands:
        # a spelling guess abroad counts twice as far off ("Koutougou" is not Koudougou)
        weak = 2 if c.how not in ("exact", "variant") else 1
        bonus = (0.25 if c.country in hints.countries else -OFF_CONTEXT * weak) if (
            hints.countries) else -OFF_CONTEXT * (weak - 1) * (bool(hints.anchors) and (
                c.country not in {a.country for a in hints.anchors}))
        bonus += 0.25 * (not hints.countries and c.country in hints.leaning)
        if c.admin1 and normalise(c.admin1) in hints.admin1:
            bonus += 0.15
        same = sum(a.weight for a in hints.anchors if a.country and a.country == c.country)
        bonus += 0.1 * same / total
        if c.lat is not None and c.lon is not None and c.kind != "country":
            near = [a.weight * math.exp(-km(c.lat, c.lon, a.lat, a.lon) / _CONTEXT_KM)
                    for a in hints.anchors if a.lat is not None and a.lon is not None]
            bonus += 0.2 * max(near, default=0.0)
        out.append(replace(c, score=c.score + bonus))
    return sorted(out, key=rank)
