"""A spaCy component that reads a name followed by a number after a locative preposition as a
place: "arrested two men in Delmas 33", "fighting near Sector 7", "shelling in Block 4". Cities
number their neighbourhoods, camps their sectors and blocks; the small English model takes such
a name for a date ("Delmas 33" as DATE) or leaves the number as a count, and the event then has
no place.

Conservative: the name is one or two capitalised proper nouns that are not a month, a weekday
or a word that with a number names something else (`data/lexicons/numbered_places.yaml`:
"Article 5", "Phase 2", "Flight 370"); the number has one to three digits; the name is the
object of a locative preposition; and the model gave the span no label, or a date's or a
count's. A label the model gave to words after the number ("Carrefour Feuilles 14 last week")
stays on those words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from roydad.datafiles import load_data
from roydad.datafiles.place_lexicons import NumberedPlacesFile

COMPONENT = "roydad_numbered_places"
# what the model makes of a numbered place: nothing, a date, a time, a count or a person
# (or an event's name: "near Block 9" as EVENT)
_MISTAKEN = frozenset({"", "DATE", "TIME", "CARDINAL", "QUANTITY", "GPE", "LOC", "FAC",
                       "PERSON", "EVENT", "WORK_OF_ART"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})
_MAX_DIGITS = 3


@dataclass(frozen=True)
class _Words:
    preps: frozenset[str]
    not_places: frozenset[str]


@cache
def _words() -> _Words:
    raw = load_data("data/lexicons/numbered_places.yaml", NumberedPlacesFile)
    return _Words(frozenset(w.lower() for w in raw["locative_preps"]),
                  frozenset(w.lower() for w in raw["not_places"]))


class NumberedPlaces:
    """`months`: month names and abbreviations, lower case (never a place's name)."""

    def __init__(self, months: list[str]) -> None:
        self.months = frozenset(m.lower() for m in months)

    def __call__(self, doc: Doc) -> Doc:
        found = [s for t in doc if (s := self.place_at(t)) is not None]
        if not found:
            return doc
        kept: list[Span] = []
        for ent in doc.ents:
            inside = next((s for s in found if ent.start < s.end and s.start < ent.end), None)
            if inside is None:
                kept.append(ent)
            elif ent.end > inside.end:  # "14 last week": the date after the number stays
                kept.append(Span(doc, inside.end, ent.end, label=ent.label_))
        doc.ents = filter_spans([*found, *kept])
        return doc

    def place_at(self, number: Token) -> Span | None:
        """The numbered place whose number this token is, if it is one."""
        if not (number.is_digit and len(number.text) <= _MAX_DIGITS) or number.i == 0:
            return None
        name = number.doc[number.i - 1]
        if not self._name_word(name) or self._dates_on(number):
            return None
        start = name.i
        if start > 0 and self._name_word(number.doc[start - 1]) and (
                number.doc[start - 1].head.i == name.i):
            start -= 1  # "Carrefour Feuilles 14"
        span = number.doc[start:number.i + 1]
        if any(t.ent_type_ not in _MISTAKEN for t in span):
            return None
        # the object of a locative preposition: "in Delmas 33" (the parser hangs the number
        # on the name, or the name on the number)
        obj = name if name.dep_ == "pobj" else number if number.dep_ == "pobj" else None
        if obj is None or obj.head.lower_ not in _words().preps:
            return None
        if any(e.start <= span.start and span.end <= e.end and e.label_ in ("GPE", "LOC", "FAC")
               for e in number.doc.ents):
            return None  # the model already has it as a place
        return Span(number.doc, start, number.i + 1, label="GPE")

    def _dates_on(self, number: Token) -> bool:
        """The number is a day its month follows ("in Karachi 5 March")."""
        doc = number.doc
        after = doc[number.i + 1] if number.i + 1 < len(doc) else None
        return after is not None and after.lower_.rstrip(".") in self.months

    def _name_word(self, token: Token) -> bool:
        lower = token.lower_
        return token.pos_ == "PROPN" and token.is_title and token.is_alpha and (
            lower not in self.months and lower.rstrip(".") not in self.months
            and lower not in _WEEKDAYS and lower not in _words().not_places)


@Language.factory(COMPONENT)
def make_numbered_places(nlp: Language, name: str, months: list[str]) -> NumberedPlaces:
    return NumberedPlaces(months)
