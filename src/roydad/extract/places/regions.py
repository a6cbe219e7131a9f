"""Words that put an event in one first-level division without naming a town or a province.

Four kinds, all data in `data/regions.yaml`:

* **directions** that reporting uses for one province ("southwest Pakistan" → Balochistan);
* **areas**, words for a division in reports about its country ("tribal area" in Pakistan →
  the former Federally Administered Tribal Areas);
* **borders** that lie wholly in one province: an event in Pakistan reported with Iran in it
  ("cross-border fire from Iran", "Iranian mortar attack") happened in Balochistan;
* **divided** names that a line of control splits between two countries ("Kashmir", "the LoC"):
  the side is the one a qualifier names ("Pakistan-administered Kashmir"), else the one whose
  people were hit, else — for fire across the line — the side opposite the shooters.

The rules here only read patterns and say which division; `event_place.py` decides when they apply.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from roydad.datafiles import load_data
from roydad.datafiles.places import RegionsFile
from roydad.models import Location


@dataclass(frozen=True)
class Region:
    """A direction word for one division ("southwest Pakistan", "Pakistan's restive NW")."""

    country: str
    admin1: str
    pattern: re.Pattern[str]
    # the direction alone ("in the restive northwest"), for reports already placed in `country`
    alone: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Area:
    """A word for one division of `country` ("tribal areas"), for reports about that country."""

    country: str
    admin1: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Border:
    """The one division of `country` that borders `neighbour`."""

    country: str
    neighbour: str
    admin1: str


@dataclass(frozen=True)
class Divided:
    """A name a line of control divides: `sides` maps each country to its division there."""

    names: re.Pattern[str]
    sides: dict[str, str]
    qualified: dict[str, re.Pattern[str]]  # country → "Pakistan-administered Kashmir" etc.
    cross_line: re.Pattern[str]  # words that say fire came across the line

    def side_named(self, text: str) -> str | None:
        """The country a qualifier puts the name in, if the text qualifies it one way only."""
        found = {country for country, pattern in self.qualified.items() if pattern.search(text)}
        return found.pop() if len(found) == 1 else None


@dataclass(frozen=True)
class Former:
    """A first-level division of `country` that held the second-level ones `admin2` until
    `until`, when it was merged into `joined`."""

    country: str
    admin1: str
    until: date
    joined: str
    admin2: frozenset[str]

    def holds(self, place: Location, on: date) -> bool:
        return on < self.until and place.country == self.country and (
            place.admin1 == self.joined) and place.admin2 in self.admin2


@dataclass(frozen=True)
class Regions:
    directions: tuple[Region, ...]
    areas: tuple[Area, ...]
    borders: tuple[Border, ...]
    divided: tuple[Divided, ...]
    fire_nouns: frozenset[str] = frozenset()  # "Indian firing", "Iranian mortar attack"
    former: tuple[Former, ...] = ()
    carried_place: tuple[str, ...] = ()  # "nearby", "the same village"

    def divided_name(self, name: str) -> Divided | None:
        """The divided entry a place name as written is one of ("Kashmir", "LoC")."""
        return next((d for d in self.divided if d.names.fullmatch(name.strip())), None)


def _alternatives(words: list[str], plural: bool = False) -> str:
    # longest first, so that "tribal areas" is not cut to "tribal area"
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w) + ("s?" if plural and w[-1:].isalpha() else "") for w in ordered)


def _direction(entry: dict[str, Any]) -> Region:
    directions = "|".join(
        re.escape(d) + ("(?:ern)?" if d.isalpha() and d.islower() else "")
        for d in entry["directions"]
    )
    names = _alternatives(entry["names"])
    # "southwest Pakistan", "Pakistan's southwest", "Pak's restive NW"
    pattern = re.compile(
        rf"\b(?:(?:{directions})\s+(?:{names})|(?:{names})['’]s\s+(?:\w+\s+)?(?:{directions}))\b",
        re.IGNORECASE,
    )
    alone = re.compile(rf"\b(?:{directions})\b", re.IGNORECASE) if entry.get("alone") else None
    return Region(entry["country"], entry["admin1"], pattern, alone)


def _area(entry: dict[str, Any]) -> Area:
    pattern = re.compile(rf"\b(?:{_alternatives(entry['phrases'], plural=True)})\b",
                         re.IGNORECASE)
    return Area(entry["country"], entry["admin1"], pattern)


def _divided(entry: dict[str, Any]) -> Divided:
    names = _alternatives(entry["names"])
    # Acronyms (LoC, J&K) are matched as written; words in any case.
    pattern = re.compile(rf"(?<!\w)(?:{names})(?!\w)")
    marks = _alternatives(entry["qualifier_marks"])
    qualified = {
        country: re.compile(
            rf"\b(?:{_alternatives(side['qualifiers'])})(?:[-\s]+(?:{marks}))?[-\s]+(?:{names})",
            re.IGNORECASE,
        )
        for country, side in entry["sides"].items()
    }
    cross = re.compile(rf"\b(?:{_alternatives(entry['cross_line'])})", re.IGNORECASE)
    sides = {country: side["admin1"] for country, side in entry["sides"].items()}
    return Divided(pattern, sides, qualified, cross)


@cache
def load_regions() -> Regions:
    raw = load_data("data/regions.yaml", RegionsFile)
    return Regions(
        directions=tuple(_direction(e) for e in raw["regions"]),
        areas=tuple(_area(e) for e in raw.get("areas") or ()),
        borders=tuple(Border(e["country"], e["neighbour"], e["admin1"])
                      for e in raw.get("borders") or ()),
        divided=tuple(_divided(e) for e in raw.get("divided") or ()),
        fire_nouns=frozenset(raw.get("fire_nouns") or ()),
        former=tuple(_former(e) for e in raw.get("former") or ()),
        carried_place=tuple(raw.get("carried_place") or ()),
    )


def _former(entry: dict[str, Any]) -> Former:
    until = entry["until"]
    return Former(entry["country"], entry["admin1"],
                  until if isinstance(until, date) else date.fromisoformat(str(until)),
                  entry["joined"], frozenset(entry["admin2"]))


@dataclass(frozen=True)
class Clues:
    """What a happening's sentences say that regional words are read with."""

    texts: tuple[str, ...]  # the happening's sentences
    about: str | None = None  # the country the happening is placed in, if known (alpha-3)
    # countries named across a border from it ("fire from Iran", "near Iran", "Iranian mortar
    # attack"): the neighbours of `about` it happened next to
    named: frozenset[str] = frozenset()
    hit: frozenset[str] = frozenset()  # the countries of the people it hit
    shooters: frozenset[str] = frozenset()  # the countries of those who did it
    fire_across: bool = False  # shelling, or fire a country's side is named as the source of
    document: tuple[tuple[str, int], ...] = ()  # countries the document names, with counts


class RegionalRules:
    """Which division regional words put a happening in; `resolve` turns a division name and
    its country into a Location (the gazetteer's)."""

    def __init__(self, resolve: Callable[[str, str], Location | None],
                 regions: Regions | None = None) -> None:
        self.resolve = resolve
        self.regions = regions or load_regions()

    def place(self, clues: Clues) -> Location | None:
        found = self.divided(clues)
        if found is None:
            found = self._area(clues) or self._direction(clues) or self._border(clues)
        return None if found is None else self.resolve(found[1], found[0])

    def as_of(self, place: Location, on: date) -> Location:
        """The place with the first-level division it lay in on that day ("North Waziristan"
        in 2015: the Federally Administered Tribal Areas, not Khyber Pakhtunkhwa)."""
        former = next((f for f in self.regions.former if f.holds(place, on)), None)
        return place if former is None else place.model_copy(update={"admin1": former.admin1})

    def divided(self, clues: Clues) -> tuple[str, str] | None:
        """(country, division) for a divided name in the sentences, when its side is known."""
        for entry in self.regions.divided:
            if not any(entry.names.search(t) for t in clues.texts):
                continue
            side = next((s for t in clues.texts if (s := entry.side_named(t))), None)
            side = side or _one(clues.hit & entry.sides.keys())
            shooter = _one(clues.shooters & entry.sides.keys())
            across = clues.fire_across or any(entry.cross_line.search(t) for t in clues.texts)
            if side is None and shooter is not None and across and len(entry.sides) == 2:
                side = next(c for c in entry.sides if c != shooter)
            side = side or _most(clues.document, entry.sides.keys())
            if side is not None:
                return side, entry.sides[side]
        return None

    def _direction(self, clues: Clues) -> tuple[str, str] | None:
        for text in clues.texts:
            for region in self.regions.directions:
                if clues.about not in (None, region.country):
                    continue
                alone = region.alone is not None and clues.about == region.country and (
                    region.alone.search(text))
                if region.pattern.search(text) or alone:
                    return region.country, region.admin1
        return None

    def _area(self, clues: Clues) -> tuple[str, str] | None:
        return next(((a.country, a.admin1) for a in self.regions.areas
                     if a.country == clues.about
                     and any(a.pattern.search(t) for t in clues.texts)), None)

    def _border(self, clues: Clues) -> tuple[str, str] | None:
        return next(((b.country, b.admin1) for b in self.regions.borders
                     if b.country == clues.about and b.neighbour in clues.named), None)


def _one(countries: AbstractSet[str]) -> str | None:
    return next(iter(countries)) if len(countries) == 1 else None


def _most(counts: tuple[tuple[str, int], ...], among: AbstractSet[str]) -> str | None:
    """The country of `among` the document names most, if one is named more than the others."""
    ranked = sorted(((n, c) for c, n in counts if c in among), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]
