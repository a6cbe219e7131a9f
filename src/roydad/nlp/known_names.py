"""A spaCy component that corrects the small English model's entities with what roydad knows:
place names from the offline gazetteer and actor names from the knowledge base, both handed in
by whoever builds the pipeline (`set_names`, with a `roydad.nlp.name_lists.NameLists`).

The model misses or mislabels much of this region's reporting ("Mazar-i-Sharif" missed,
"Takhar"/"Dogharun" tagged ORG, "Balkh" tagged PERSON, "ISIS-K" split). The component runs after
`ner` and relabels or adds spans conservatively: capitalised words only, a known actor alias is
never turned into a place, and a bare common-looking word becomes a place only when it names a
province, a country or a large town.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Mapping
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from roydad.nlp.name_lists import NameLists
from roydad.nlp.noted_places import noted_places
from roydad.nlp.unit_places import comma_places, unit_places

COMPONENT = "roydad_known_names"
_MAX_TOKENS = 6
_MIN_CITY_POPULATION = 15_000
_BARE_CITY_POPULATION = 100_000  # a lone capitalised word with no entity: only large towns
_CONNECTORS = {"i", "e", "al", "el", "ul", "ud", "ur", "ad", "as", "-", "'", "of", "de", "da",
               "del", "do", "dos", "das", "and", "on", "upon"}
# ("Chaharmahal and Bakhtiari", "Rostov-on-Don", "Lanao del Sur", "Mato Grosso do Sul")
_ACTOR_LABELS = {"person": "PERSON"}
_NAME_LABELS = {"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"}
# Labels the small model also gives a town ("the main highway in Gilgit" as EVENT).
_MISTAKEN = {"EVENT", "PRODUCT", "WORK_OF_ART"}
_LOCATIVE = {"in", "at", "near", "outside", "from", "into", "across", "of"}
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


class KnownNames:
    """Made empty by spaCy's factory; `set_names` gives it the names it knows (as spaCy's own
    entity linker is given its knowledge base) before it reads any text."""

    def __init__(self) -> None:
        self.places: Mapping[str, tuple[str, int]] = {}
        self.actors: dict[str, str] = {}  # normalised alias → spaCy label
        self.months: Container[str] = frozenset()
        self._key: Callable[[str], str] | None = None

    def set_names(self, names: NameLists) -> None:
        """Reads the places, actor aliases and month names the component corrects the model
        with."""
        key = lru_cache(maxsize=65536)(names.normalise)
        places = names.places(_MIN_CITY_POPULATION)
        actors: dict[str, str] = {}
        for alias, kind in names.actor_aliases():
            alias_key = key(alias)
            if len(alias_key) >= 3 and places.get(alias_key, ("city", 0))[0] == "city":
                actors.setdefault(alias_key, _ACTOR_LABELS.get(kind, "ORG"))
        self.places, self.actors, self._key = places, actors, key
        self.months = frozenset(names.months())

    def key(self, text: str) -> str:
        """The lookup key of a name as written, as the place and actor lists are keyed."""
        if self._key is None:
            raise RuntimeError(f"{COMPONENT} has no names: call set_names before using it")
        return self._key(text)

    def __call__(self, doc: Doc) -> Doc:
        doc = self._correct(doc)
        # "in Kashmore (Sindh)": the notes' place-and-province pairs (noted_places.py)
        noted = noted_places(doc, self._kind, self.actors, self.key)
        if noted:
            kept = [e for e in doc.ents
                    if not any(e.start < n.end and n.start < e.end for n in noted)]
            doc.ents = filter_spans(kept + noted)
        # "in Malam Fatori town", "Bara tehsil": a name written with its unit (unit_places.py)
        named = unit_places(doc, self.actors, self.key) + comma_places(
            doc, self._kind, self.actors, self.key)
        if named:
            kept = [e for e in doc.ents
                    if not any(e.start < n.end and n.start < e.end for n in named)]
            doc.ents = filter_spans(kept + named)
        return doc

    def _kind(self, text: str) -> str | None:
        place = self.places.get(self.key(text))
        return place[0] if place is not None else None

    def _correct(self, doc: Doc) -> Doc:
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
        initials = _INITIALS.fullmatch(first.text) is not None  # "D.I. Khan", "D.G. Khan"
        if not (first.is_alpha or initials) or not (first.is_title or first.is_upper):
            return None
        for n in range(min(_MAX_TOKENS, len(doc) - i), 1 if initials else 0, -1):
            span = doc[i : i + n]
            if not span[-1].is_alpha or not all(
                t.is_title or t.is_upper or t.lower_ in _CONNECTORS for t in span
            ):
                continue
            key = self.key(span.text)
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
            and self.key(ent.text) not in self.places
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
            if dateline(span, self.months):
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
            # "Dera Ismail Khan police station attack": a town's whole name of several words
            # that no actor bears is the town, wherever it stands
            whole = len(span) > 1 and len(overlapping) == 1 and _same(overlapping[0], span) and (
                population >= _MIN_CITY_POPULATION)
            return "GPE" if kind in ("admin1", "country", "point") or town or whole else None
        return "GPE" if major or population >= _MIN_CITY_POPULATION else None


def dateline(span: Span, months: Container[str]) -> bool:
    """A wire dateline opening a line: "Peshawar, Jul 13 (PTI) At least four people ...",
    "QUETTA, Pakistan, March 3 --". `months`: the English month names and abbreviations, lower
    case."""
    doc = span.doc
    if not (span.start == 0 or "\n" in doc[span.start - 1].text_with_ws):
        return False
    rest = doc[span.end : span.end + 3]
    if len(rest) < 2 or rest[0].text != ",":
        return False
    month = rest[1].lower_.rstrip(".") in months and not rest[1].is_lower  # not "may"
    # "QUETTA, Pakistan, March 3": a country between; not "Tamerlan, 26, died" (an age)
    country = rest[1].ent_type_ == "GPE" and len(rest) > 2 and rest[2].text in (",", "(")
    return month or country


def _same(a: Span, b: Span) -> bool:
    return a.start == b.start and a.end == b.end


@Language.factory(COMPONENT)
def make_known_names(nlp: Language, name: str) -> KnownNames:
    return KnownNames()
