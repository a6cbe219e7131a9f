"""Candidates of the place resolver: what a gazetteer entry a name may denote looks like, how
candidates are ranked and accepted, and how descriptive text is split into the place names it
may hold (used by `gazetteer.py`; `format_candidates` shows them for `roydad geocode`)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import Literal, cast

from rich.table import Table

from roydad.models import GeoPrecision, Location
from roydad.resolve.places.names import is_generic, normalise

PlaceKind = Literal["city", "admin1", "admin2", "country", "point"]
MIN_SCORE = 0.55
MIN_WEAK_SCORE = 0.75
# How much better than any reading inside the context a name's reading abroad must be for its
# country to join the context (`named_countries`).
NAMED_MARGIN = 0.15  # a skeleton or fuzzy match must be a big place or fit the context
# A town this close to the point of a district of its name is the district's seat.
SEAT_KM = 10.0
PRECISION: dict[str, GeoPrecision] = {
    "city": "city", "admin1": "admin1", "admin2": "admin2", "country": "country", "point": "point"
}
_PARENS = re.compile(r"\(([^)]+)\)")
_CONNECTIVE = re.compile(r"\b(?:in|near|by|at|of|outside|between|from|on)\b", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|;|/|&|\band\b|-|–)\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry that a name may refer to, with how well it fits."""

    name: str
    kind: PlaceKind
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    geonames_id: int | None
    score: float
    admin2: str | None = None
    precision: GeoPrecision = "city"
    matched: str = ""  # the gazetteer name (normalised) that matched
    how: str = "exact"  # exact | variant | skeleton | fuzzy
    place_id: int = 0
    principal: int | None = None  # admin1/country: place_id of its largest town

    def to_location(self) -> Location:
        return Location(name=self.name, admin1=self.admin1, admin2=self.admin2,
                        country=self.country, lat=self.lat, lon=self.lon,
                        geonames_id=self.geonames_id, precision=self.precision)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12_742.0 * math.asin(min(1.0, math.sqrt(h)))


def prior(population: int) -> float:
    return min(math.log10(population + 1), 7.0) / 7.0


def parts(text: str) -> list[str]:
    """The whole text, then the place names a descriptive location may contain, most
    specific first: 'Afghanistan-Pakistan border (Kurram Agency)' -> ..., 'Kurram Agency', ...;
    'LoC near AJK & Punjab' -> ..., 'AJK', 'Punjab', 'LoC'."""
    out = [text, *_PARENS.findall(text)]
    pieces = [p for p in _CONNECTIVE.split(_PARENS.sub(" ", text)) if p.strip()]
    # After "in/near/by" comes the place; what precedes it is usually a feature ("LoC").
    for piece in [*reversed(pieces[1:]), *pieces[:1]]:
        out += [piece, *_SPLIT.split(piece)]
    result: list[str] = []
    for i, part in enumerate(p.strip() for p in out):
        key = normalise(part)
        # A lone "North", "border" or "LC" left over from splitting is not a place name;
        # the whole text may be short ("UK", "KP").
        if key and len(key) >= (1 if i == 0 else 3) and not is_generic(key) \
                and part not in result:
            result.append(part)
    return result


def units_of(cands: Sequence[Candidate], key: str) -> list[Candidate]:
    """What a name with a direction ("Lower Kurram", "the Old Park") the gazetteer lacks may
    lie in: a district or province of the rest of the name, or a town of exactly that name —
    not a town whose name merely starts so ("Park Hills" for "the Old Park")."""
    return [c for c in cands
            if c.kind in ("admin1", "admin2") or normalise(c.name) == key]


def seats_first(cands: list[Candidate]) -> list[Candidate]:
    """A name both a district and a town or curated place by its point ("Sangin", "Spin
    Boldak", "Bagram") means the town unless a generic word says "district": the town takes
    the district's weight. GeoNames puts a district named after its seat at the seat, but a
    curated place (the airfield by Bagram town) or a town GeoNames moved sits a little off."""
    districts = [c for c in cands if c.kind == "admin2" and c.lat is not None
                 and c.lon is not None and c.how in ("exact", "variant")]
    if not districts:
        return cands

    def seat_weight(c: Candidate) -> float | None:
        if c.kind not in ("city", "point") or c.lat is None or c.lon is None:
            return None
        # at the district's point, or near it and of exactly its name
        reach = SEAT_KM if c.how in ("exact", "variant") else 0.2
        near = [d.score for d in districts if d.country == c.country and km(
            c.lat, c.lon, cast(float, d.lat), cast(float, d.lon)) <= reach]
        return max(near, default=None)

    return [replace(c, score=max(c.score, weight + 0.001))
            if (weight := seat_weight(c)) is not None else c for c in cands]


def rank(c: Candidate) -> tuple[float, int, int]:
    # Equal scores (two provinces called Punjab, both past the prior's cap) go to the bigger.
    return (-c.score, -c.population, c.place_id)


def accepted(c: Candidate) -> bool:
    return c.score >= (MIN_SCORE if c.how in ("exact", "variant") else MIN_WEAK_SCORE)


def named_countries(found: Sequence[Sequence[Candidate]],
                    known: AbstractSet[str]) -> frozenset[str]:
    """Countries outside `known` that a document's place names put it in: a name whose best
    reading without context is an exact name of a place there, clearly better than any reading
    inside the known countries ("KYIV" when the context is the attacker's "Russian"; "KABUL"
    when it is a list of countries that condemned something, with a Cabool in Missouri)."""
    out: set[str] = set()
    for cands in found:
        if not cands or not accepted(cands[0]) or cands[0].how not in ("exact", "variant"):
            continue
        top = cands[0]
        inside = max((c.score for c in cands if c.country in known), default=0.0)
        if top.country and top.country not in known and top.score - inside >= NAMED_MARGIN:
            out.add(top.country)
    return frozenset(out)


def format_candidates(cands: Sequence[Candidate]) -> Table:
    """A table of candidates for `roydad geocode NAME`."""
    table = Table(title="Place candidates")
    for column, justify in (("#", "right"), ("name", "left"), ("kind", "left"),
                            ("country", "left"), ("admin1", "left"), ("admin2", "left"),
                            ("lat", "right"), ("lon", "right"), ("population", "right"),
                            ("geonames_id", "right"), ("match", "left"), ("score", "right")):
        table.add_column(column, justify=cast(Literal["left", "right"], justify))
    for i, c in enumerate(cands, 1):
        table.add_row(
            str(i), c.name, c.precision if c.precision != c.kind else c.kind, c.country or "",
            c.admin1 or "", c.admin2 or "", "" if c.lat is None else f"{c.lat:.4f}",
            "" if c.lon is None else f"{c.lon:.4f}", f"{c.population:,}",
            "" if c.geonames_id is None else str(c.geonames_id), f"{c.how}: {c.matched}",
            f"{c.score:.3f}")
    return table
