"""A name written with the unit it is ("in Malam Fatori town", "Khyber's Bara tehsil", "Gusau
LGA (Zamfara state)", "Kanbalu township", "the Tirah valley") or with the district or province
it lies in after a locative preposition ("in Datta Khel, North Waziristan").

The small English model often takes such a name for a person ("Malam Fatori", "Bara", "Datta
Khel") or an organisation ("Gusau LGA"), and then no place stage sees it. The unit word after it
says it is a place whether or not the gazetteer knows the name: the name becomes a GPE entity
(the unit word stays outside it; `extract/places/document.py` reads it back as the kind of
place). After a locative preposition, a name followed by a comma and a province or district
roydad knows is a place in it (a list goes on: "in Kabul, Kandahar and Herat" is left alone).
Only capitalised names count; a name the actor knowledge base knows, a direction or a
word of government alone ("Northern district", "Police district") and numbers, dates and times
are left alone. The words are data (`data/lexicons/place_units.yaml`).
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from roydad.datafiles import load_data
from roydad.datafiles.place_lexicons import PlaceUnitsFile
from roydad.nlp.noted_places import NAME_LABELS, name_before

_MAX_NAME_TOKENS = 4
_CONNECTORS = frozenset({"-", "e", "i", "al", "el", "ul", "ud", "ur", "de", "da", "ez"})
# Labels the model may give the name (or the name and its unit); never a number or a date.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "inside"})
_CONTAINERS = frozenset({"admin1", "admin2"})
_LIST_WORDS = frozenset({",", "and", "or", "&"})


@dataclass(frozen=True, slots=True)
class _Words:
    units: frozenset[str]
    not_names: frozenset[str]


@cache
def _words() -> _Words:
    raw = load_data("data/lexicons/place_units.yaml", PlaceUnitsFile)
    return _Words(frozenset(raw["named_units"]), frozenset(raw["not_unit_names"]))


def _is_unit(text: str) -> bool:
    """A unit word as reporting writes it after a name: lower case ("town"), or "LGA"."""
    lower = text.lower()
    return lower in _words().units and (text.islower() or (text.isupper() and len(text) == 3))


def unit_places(doc: Doc, actors: Container[str], key: Callable[[str], str]) -> list[Span]:
    """GPE spans for each capitalised name written right before a unit word. `actors`: the
    actor aliases, by `key`."""
    found: list[Span] = []
    for unit in doc[1:]:
        if not _is_unit(unit.text):
            continue
        name = _name_before(doc, unit.i)
        if name is None or key(name.text) in actors:
            continue
        # already a place, or inside a longer entity (a number, a date, "Kabul University");
        # a place the model made of a part of the name only is not ("Gida| Kiremu woreda")
        inside = {doc[i].ent_type_ for i in range(name.start, name.end)} - {""}
        if _one_place(doc, name) or not inside <= NAME_LABELS or _cut(doc, name, unit.i):
            continue
        found.append(Span(doc, name.start, name.end, label="GPE"))
    return found


def comma_places(doc: Doc, kind_of: Callable[[str], str | None], actors: Container[str],
                 key: Callable[[str], str]) -> list[Span]:
    """GPE spans for "in Name, Province" where the model did not take the name for a place.
    `kind_of(text)`: the kind of known place a name is ("admin1", "city", ...) or None."""
    found: list[Span] = []
    places = [e for e in doc.ents if e.label_ in _PLACE_LABELS]
    for holder in places:
        comma = holder.start - 1
        if comma < 2 or doc[comma].text != "," or kind_of(holder.text) not in _CONTAINERS:
            continue
        after = doc[holder.end] if holder.end < len(doc) else None
        if after is not None and after.lower_ in _LIST_WORDS:
            continue  # "in Datta Khel, Mir Ali and Razmak": a list
        name = _name_before(doc, comma)
        if name is None or name.start == 0 or doc[name.start - 1].lower_ not in _LOCATIVE:
            continue
        inside = {doc[i].ent_type_ for i in range(name.start, name.end)} - {""}
        if inside & _PLACE_LABELS or not inside <= NAME_LABELS or key(name.text) in actors:
            continue
        if _cut(doc, name, name.end - 1):
            continue
        found.append(Span(doc, name.start, name.end, label="GPE"))
    return found


def _one_place(doc: Doc, name: Span) -> bool:
    """Whether the model read the whole name as one place (or a place name runs into it)."""
    return any(e.label_ in _PLACE_LABELS for e in doc.ents
               if e.start < name.end and name.start < e.end) and not any(
        e.label_ not in _PLACE_LABELS or e.start > name.start or e.end < name.end
        for e in doc.ents if e.start < name.end and name.start < e.end)


def _cut(doc: Doc, name: Span, unit: int) -> bool:
    """Whether an entity of the name runs outside the name and its unit word ("Islamic State
    Sahel district" is not the place "Sahel")."""
    return any(e.start < name.start or e.end > unit + 1 for e in doc.ents
               if e.start < name.end and name.start < e.end)


def _name_before(doc: Doc, end: int) -> Span | None:
    """The capitalised name ending just before the unit word (at most four tokens), or None
    when there is none, when it starts a sentence as an ordinary word, or when its first word
    is a direction or a word of government."""
    name = name_before(doc, end, _MAX_NAME_TOKENS, _CONNECTORS, _words().not_names)
    if name is not None and name[0].is_upper and len(name[0]) > 1 and len(name) == 1:
        return None  # an acronym ("the ISI district office")
    return name
