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
from spacy.tokens import Doc, Span, Token

from roydad.extract.events import Happening
from roydad.extract.locations import PLACE_LABELS
from roydad.models import Location
from roydad.resolve.places import Gazetteer, PlaceContext

PRECISION_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4}


@dataclass(frozen=True)
class Region:
    country: str
    admin1: str
    pattern: re.Pattern[str]
    # the direction alone ("in the restive northwest"), for reports already placed in `country`
    alone: re.Pattern[str] | None = None


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
        # "southwest Pakistan", "Pakistan's southwest", "Pak's restive NW"
        pattern = re.compile(
            rf"\b(?:(?:{directions})\s+(?:{names})|(?:{names})['’]s\s+(?:\w+\s+)?(?:{directions}))\b",
            re.IGNORECASE,
        )
        alone = re.compile(rf"\b(?:{directions})\b", re.IGNORECASE) if entry.get(
            "alone") else None
        out.append(Region(entry["country"], entry["admin1"], pattern, alone))
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
        # The current document's place names the NER missed, by sentence start (see _bare).
        self.bare: dict[int, list[str]] = {}

    def document_places(self, doc: Doc) -> dict[str, Location]:
        """Every place name in the document, resolved together; unknown names kept as written."""
        names = list(dict.fromkeys(e.text for e in doc.ents if e.label_ in PLACE_LABELS))
        # Facilities ("Camp Shorabak", "the Rolando cafe") are not in a gazetteer of towns and
        # provinces: they keep their name, and the town named with them gives the coordinates.
        facilities = {e.text for e in doc.ents if e.label_ == "FAC"}
        towns = [n for n in names if n not in facilities]
        resolved = (
            self.gazetteer.resolve_many(towns, PlaceContext(places=tuple(towns))) if towns else []
        )
        found = dict(zip(towns, resolved, strict=True))
        places = {name: found.get(name) or Location(name=name) for name in names}
        bare = self._bare(doc, places)
        self.bare = {start: list(found_in) for start, found_in in bare.items()}
        for found_in in bare.values():
            places.update(found_in)
        return places

    def _bare(self, doc: Doc, places: dict[str, Location]) -> dict[int, dict[str, Location]]:
        """Place names the NER missed or took for an organisation, common in headlines
        ("Kharan: 1 killed ...", "killed in Pak's Punjab", "Khyber Pakhtunkhwa: Police"): proper
        nouns (one or two words) outside person and place entities that the gazetteer knows by
        exactly that name, inside the one country the document's places name — never a town of
        another country that a capitalised word happens to spell ("Police", Poland)."""
        countries = {loc.country for loc in places.values() if loc.country}
        # a nationality names the country too ("Turbat: attack on Pakistani forces")
        for ent in doc.ents:
            nation = self.gazetteer.resolve(ent.text) if ent.label_ == "NORP" else None
            if nation is not None and nation.precision == "country" and nation.country:
                countries.add(nation.country)
        if len(countries) != 1:
            return {}
        context = PlaceContext(countries=frozenset(countries), places=tuple(places))
        out: dict[int, dict[str, Location]] = {}
        for sentence in doc.sents:
            skip_to = sentence.start
            for token in sentence:
                if token.i < skip_to or not _bare_word(token):
                    continue
                after = doc[token.i + 1] if token.i + 1 < sentence.end else None
                pair = after is not None and _bare_word(after)
                spans = [doc[token.i:token.i + 2]] if pair else []
                for span in [*spans, doc[token.i:token.i + 1]]:
                    if span.text in places or not _ends_name(span):
                        continue
                    loc = self._exactly(span.text, context)
                    if loc is None or loc.country not in countries:
                        continue
                    out.setdefault(sentence.start, {})[span.text] = loc
                    skip_to = span.end
                    break
        return out

    def _exactly(self, text: str, context: PlaceContext) -> Location | None:
        if len(text) < 4:
            return None  # "Pak", "FC", "IS": abbreviations, not towns
        loc = self.gazetteer.resolve(text, context)
        if loc is None or loc.precision == "country" or (loc.name or "").casefold() != (
                text.casefold()):
            return None
        return loc

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
        best = self._refine(best, [self._sentence_places(s) for s in sentences.values()], places)
        if main and _rank(best) >= PRECISION_RANK["admin1"]:
            best = self._refine(best, [self._sentence_places(s) for s in doc.sents], places)
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

    def _sentence_places(self, sentence: Span) -> list[str]:
        named = [e.text for e in sentence.ents if e.label_ in PLACE_LABELS]
        return named + self.bare.get(sentence.start, [])

    def _region(self, best: Location | None, sentences: list[Span]) -> Location | None:
        for sentence in sentences:
            for region in self.regions:
                if best is not None and best.country not in (None, region.country):
                    continue
                alone = region.alone is not None and best is not None and (
                    best.country == region.country) and region.alone.search(sentence.text)
                if region.pattern.search(sentence.text) or alone:
                    found = self.gazetteer.resolve(
                        region.admin1, PlaceContext(countries=frozenset({region.country}))
                    )
                    if found is not None:
                        return found
        return None


def _bare_word(token: Token) -> bool:
    if token.ent_type_ in ("PERSON", *PLACE_LABELS):
        return False
    # A headline's dateline ("Turbat: Militant attack on ...") the tagger may take for a noun.
    dateline = token.i + 1 < len(token.doc) and token.is_title and bool(
        token.is_sent_start) and token.nbor(1).text == ":"
    return token.pos_ == "PROPN" or dateline


def _ends_name(span: Span) -> bool:
    """A place inside a name describes the group ("Balochistan Liberation Army", "Punjab
    Police"), it is not where the group acted — unless it ends the name or punctuation sets it
    off, as when the NER runs a place on into the next words ("Khyber Pakhtunkhwa: Police",
    "Pak's Punjab")."""
    inside = [e for e in span.doc.ents if e.start <= span.start < e.end]
    if not inside or span.end >= inside[0].end:
        return True
    return span.doc[span.end].is_punct
