"""A spaCy component that corrects the small English model's entities with what roydad knows:
place names from the offline gazetteer and actor names from the knowledge base.

The model misses or mislabels much of this region's reporting ("Mazar-i-Sharif" missed,
"Takhar"/"Dogharun" tagged ORG, "Balkh" tagged PERSON, "ISIS-K" split). The component runs after
`ner` and relabels or adds spans conservatively: capitalised words only, a known actor alias is
never turned into a place, and a bare common-looking word becomes a place only when it names a
province, a country or a large town.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from roydad.resolve.actors import ActorResolver
from roydad.resolve.calendar_dates import MONTHS
from roydad.resolve.places import Gazetteer
from roydad.resolve.places.names import normalise

COMPONENT = "roydad_known_names"
_MAX_TOKENS = 6
_MIN_CITY_POPULATION = 15_000
_BARE_CITY_POPULATION = 100_000  # a lone capitalised word with no entity: only large towns
_CONNECTORS = {"i", "e", "al", "el", "ul", "ud", "ur", "ad", "as", "-", "'", "of", "de", "da"}
_ACTOR_LABELS = {"person": "PERSON"}
_NAME_LABELS = {"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"}
# Labels the small model also gives a town ("the main highway in Gilgit" as EVENT).
_MISTAKEN = {"EVENT", "PRODUCT", "WORK_OF_ART"}
_LOCATIVE = {"in", "at", "near", "outside", "from", "into", "across", "of"}


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return normalise(text)


class KnownNames:
    def __init__(self, places: dict[str, tuple[str, int]], actors: dict[str, str]) -> None:
        self.places = places
        self.actors = actors  # normalised alias → spaCy label

    def __call__(self, doc: Doc) -> Doc:
        # "Gunmen opened fire": a capitalised common noun the model took for a place.
        ents = [e for e in doc.ents if not self._false_place(e)]
        covered = {i: e for e in ents for i in range(e.start, e.end)}
        found: list[Span] = []
        i = 0
        while i < len(doc):
            span = self._match_at(doc, i, covered)
            if span is None:
                i += 1
                continue
            found.append(span)
            i = span.end
        if not found:
            if len(ents) != len(doc.ents):
                doc.ents = ents
            return doc
        replaced = {id(e) for s in found for e in ents if e.start < s.end and s.start < e.end}
        kept = [e for e in ents if id(e) not in replaced]
        doc.ents = filter_spans(kept + found)
        return doc

    def _match_at(self, doc: Doc, i: int, covered: dict[int, Span]) -> Span | None:
        first = doc[i]
        if not first.is_alpha or not (first.is_title or first.is_upper):
            return None
        for n in range(min(_MAX_TOKENS, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            if not span[-1].is_alpha or not all(
                t.is_title or t.is_upper or t.lower_ in _CONNECTORS for t in span
            ):
                continue
            key = _key(span.text)
            overlapping = {id(covered[j]): covered[j] for j in range(span.start, span.end)
                           if j in covered}
            # Never cut through a longer entity ("Kabul University", "Ashraf Ghani").
            if any(e.start < span.start or e.end > span.end for e in overlapping.values()):
                continue
            label = self._label(span, key, list(overlapping.values()))
            if label is not None:
                return Span(doc, span.start, span.end, label=label)
        return None

    def _false_place(self, ent: Span) -> bool:
        return (
            ent.label_ in ("GPE", "LOC") and len(ent) == 1 and ent[0].pos_ == "NOUN"
            and _key(ent.text) not in self.places
        )

    def _label(self, span: Span, key: str, overlapping: list[Span]) -> str | None:
        if any(e.label_ not in _NAME_LABELS | _MISTAKEN for e in overlapping):
            return None  # "One killed": a number, a date or a time is never a name
        actor_label = self.actors.get(key)
        place = self.places.get(key)
        if actor_label is not None and (place is None or place[0] == "city"):
            unchanged = len(overlapping) == 1 and _same(overlapping[0], span) and (
                overlapping[0].label_ == actor_label
            )
            return None if unchanged else actor_label
        if place is None:
            return None
        kind, population = place
        major = kind != "city"
        if not overlapping:
            if dateline(span):
                return "GPE" if major or population >= _MIN_CITY_POPULATION else None
            if len(span) == 1 and (span[0].pos_ != "PROPN" or span[0].is_sent_start):
                return "GPE" if major else None
            return "GPE" if major or population >= _BARE_CITY_POPULATION or len(span) > 1 else None
        labels = {e.label_ for e in overlapping}
        if labels <= {"GPE", "LOC", "FAC"}:
            # Already a place; widen a partial one ("Mazar" → "Mazar-i-Sharif"), and a province
            # or country the model took for a building ("in Khyber Pakhtunkhwa" as FAC) is one.
            if not (len(overlapping) == 1 and _same(overlapping[0], span)):
                return "GPE"
            return "GPE" if labels == {"FAC"} and kind in ("admin1", "country") else None
        if labels & ({"PERSON", "NORP"} | _MISTAKEN):
            # "a bombing in Manchester": after a locative preposition a town name is a town.
            after_locative = span.start > 0 and span.doc[span.start - 1].lower_ in _LOCATIVE
            town = after_locative and population >= _MIN_CITY_POPULATION
            return "GPE" if kind in ("admin1", "country", "point") or town else None
        return "GPE" if major or population >= _MIN_CITY_POPULATION else None


def dateline(span: Span) -> bool:
    """A wire dateline opening a line: "Peshawar, Jul 13 (PTI) At least four people ...",
    "QUETTA, Pakistan, March 3 --"."""
    doc = span.doc
    if not (span.start == 0 or "\n" in doc[span.start - 1].text_with_ws):
        return False
    rest = doc[span.end : span.end + 3]
    if len(rest) < 2 or rest[0].text != ",":
        return False
    month = rest[1].lower_.rstrip(".") in MONTHS and not rest[1].is_lower  # not "may"
    # "QUETTA, Pakistan, March 3": a country between; not "Tamerlan, 26, died" (an age)
    country = rest[1].ent_type_ == "GPE" and len(rest) > 2 and rest[2].text in (",", "(")
    return month or country


def _same(a: Span, b: Span) -> bool:
    return a.start == b.start and a.end == b.end


@Language.factory(COMPONENT)
def make_known_names(nlp: Language, name: str) -> KnownNames:
    places = Gazetteer.load().name_index(_MIN_CITY_POPULATION)
    resolver = ActorResolver.load()
    actors: dict[str, str] = {}
    for alias, kb_id in resolver.patterns():
        entry = resolver.entries[kb_id]
        key = _key(alias)
        if len(key) >= 3 and places.get(key, ("city", 0))[0] == "city":
            actors.setdefault(key, _ACTOR_LABELS.get(entry.kind, "ORG"))
    return KnownNames(places, actors)
