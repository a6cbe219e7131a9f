"""Where a happening took place: the most precise place its own sentences name, refined by the
rest of the document when those sentences only name a country or a province.

News names the country in the headline and the town in the body ("Blast kills 3 in southwest
Pakistan … The bomb went off near a checkpoint in Quetta"). A happening's location is therefore
the most precise of: the places attached to its triggers; other places in its sentences; for the
document's main event, places anywhere in the document — always only places consistent with what
is already known (same country, same province). Directional regions that reporting uses for one
province ("southwest Pakistan" → Balochistan, `data/regions.yaml`) refine a country to admin1.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span

from roydad.extract.events import Happening
from roydad.models import Location
from roydad.resolve.places import Gazetteer, PlaceContext

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
PRECISION_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4}


@dataclass(frozen=True)
class Region:
    country: str
    admin1: str
    pattern: re.Pattern[str]


@cache
def load_regions() -> tuple[Region, ...]:
    raw = yaml.safe_load(
        resources.files("roydad").joinpath("data", "regions.yaml").read_text("utf-8")
    )
    out = []
    for entry in raw["regions"]:
        directions = "|".join(
            re.escape(d) + ("(?:ern)?" if d.isalpha() and d.islower() else "")
            for d in entry["directions"]
        )
        names = "|".join(re.escape(n) for n in entry["names"])
        pattern = re.compile(rf"\b(?:{directions})\s+(?:{names})\b", re.IGNORECASE)
        out.append(Region(entry["country"], entry["admin1"], pattern))
    return tuple(out)


def _rank(loc: Location | None) -> int:
    return PRECISION_RANK.get(loc.precision or "", 9) if loc is not None else 10


def _consistent(candidate: Location, known: Location | None) -> bool:
    if known is None:
        return True
    if known.country and candidate.country != known.country:
        return False
    return not (known.admin1 and known.precision == "admin1"
                and candidate.admin1 != known.admin1)


class Locator:
    """Resolves a document's places once, then places each of its happenings."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.regions = load_regions()

    def document_places(self, doc: Doc) -> dict[str, Location]:
        """Every place name in the document, resolved together; unknown names kept as written."""
        names = list(dict.fromkeys(e.text for e in doc.ents if e.label_ in _PLACE_LABELS))
        # Facilities ("Camp Shorabak", "the Rolando cafe") are not in a gazetteer of towns and
        # provinces: they keep their name, and the town named with them gives the coordinates.
        facilities = {e.text for e in doc.ents if e.label_ == "FAC"}
        towns = [n for n in names if n not in facilities]
        resolved = (
            self.gazetteer.resolve_many(towns, PlaceContext(places=tuple(towns))) if towns else []
        )
        found = dict(zip(towns, resolved, strict=True))
        return {name: found.get(name) or Location(name=name) for name in names}

    @staticmethod
    def same_place(places: dict[str, Location]) -> Callable[[str, str], bool]:
        """Whether two place names of the document can be where one event happened: the same
        name, or resolved places of which one lies within the other (same country, and the
        same province unless one is the whole country)."""

        def same(a: str, b: str) -> bool:
            if a.lower() == b.lower():
                return True
            la, lb = places.get(a), places.get(b)
            if la is None or lb is None or la.country is None or lb.country is None:
                return False
            if la.country != lb.country:
                return False
            if "country" in (la.precision, lb.precision):
                return True
            if la.admin1 != lb.admin1:
                return False
            return "admin1" in (la.precision, lb.precision)

        return same

    def locate(
        self, happening: Happening, places: dict[str, Location], doc: Doc, main: bool
    ) -> Location | None:
        own = [places[n] for n in happening.place_names() if n in places]
        best = min(own, key=_rank) if own else None
        sentences = {c.sentence.start: c.sentence for c in happening.members}
        best = self._refine(best, [_sentence_places(s) for s in sentences.values()], places)
        if main and _rank(best) >= PRECISION_RANK["admin1"]:
            best = self._refine(best, [_sentence_places(s) for s in doc.sents], places)
        if _rank(best) >= PRECISION_RANK["country"]:
            best = self._region(best, list(sentences.values())) or best
        return best

    @staticmethod
    def _refine(
        best: Location | None, groups: list[list[str]], places: dict[str, Location]
    ) -> Location | None:
        for names in groups:
            for name in names:
                cand = places.get(name)
                if cand is None or cand.precision is None:
                    continue
                if _rank(cand) < _rank(best) and _consistent(cand, best):
                    best = cand
        return best

    def _region(self, best: Location | None, sentences: list[Span]) -> Location | None:
        for sentence in sentences:
            for region in self.regions:
                if best is not None and best.country not in (None, region.country):
                    continue
                if region.pattern.search(sentence.text):
                    found = self.gazetteer.resolve(
                        region.admin1, PlaceContext(countries=frozenset({region.country}))
                    )
                    if found is not None:
                        return found
        return None


def _sentence_places(sentence: Span) -> list[str]:
    return [e.text for e in sentence.ents if e.label_ in _PLACE_LABELS]
