"""Town names the small NER labels as something else, or misses, read as places before anything
else reads the document (issue 13, section 8).

The small model knows few of the towns long analyses name: "Teachers in Beoga" comes out a
product, "In Sugapa," a nationality, "an army base outside Sardinata" an organisation, "the hills
north of Talipao" a person, and a town next to a date a date ("in Turbat on the evening of
Sunday", "at his funeral in Turbat the same day": the name alone, or the name opening the
date). A happening told there then has no place, and two same-day happenings in two such towns
merge, since merging never sees two towns. A capitalised name in a
position that names a place ("in X", "outside X", "20 km from X", "north of X", "the town of X")
that the gazetteer knows as a town of a country the document's places lie in is relabelled a
place (GPE), whatever label the NER gave it: every later stage (the trigger's place, merging,
the paragraph's place) then sees it as the town it is. A name abroad never is ("in Paris" in a
report on Papua stays what it was), nor a name the gazetteer does not know by those words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from roydad.extract.lexicon import load_lexicon
from roydad.extract.places.namesakes import plain_words, shares_a_word, spelled_as
from roydad.models import Location
from roydad.resolve.places import Gazetteer

_TOWNS = frozenset({"city", "point", "admin2"})
_MIN_LETTERS = 4  # "Pak", "FC", "IS": abbreviations, not towns
_MAX_WORDS = 3

# The country (alpha-3) an entity names or is of, if any (`PlaceReader.nation`).
NationOf = Callable[[Span], str | None]


@dataclass(frozen=True)
class MisreadLexicon:
    labels: frozenset[str]
    preps: frozenset[str]
    distance_words: frozenset[str]
    of_nouns: frozenset[str]
    date_labels: frozenset[str]
    whole_name_labels: frozenset[str]


@cache
def misread_lexicon() -> MisreadLexicon:
    raw = load_lexicon("misread_towns")
    return MisreadLexicon(*(frozenset(str(w) for w in raw[k]) for k in (
        "labels", "preps", "distance_words", "of_nouns", "date_labels", "whole_name_labels")))


@cache
def _calendar_words() -> frozenset[str]:
    """Months and weekdays (dates.yaml): a date's own words, never a town's."""
    raw = load_lexicon("dates")
    return frozenset(str(w) for w in (*raw["months"], *raw["weekdays"]))


def place_position(root: Token) -> bool:
    """Whether a name stands where a place does: the object of a locative preposition ("in X",
    "outside X"), of "from" after a distance ("20 km from X"), or of "of" after a noun of a
    town or of a part or side of one ("the town of X", "the outskirts of X", "north of X")."""
    if root.dep_ != "pobj":
        return False
    prep = root.head
    lex = misread_lexicon()
    word = prep.lower_
    if word in lex.preps:
        return True
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    if word == "from":
        return before is not None and before.lower_ in lex.distance_words
    return word == "of" and prep.head.lower_ in lex.of_nouns


def document_countries(doc: Doc, gazetteer: Gazetteer, nation: NationOf) -> Counter[str]:
    """The countries the document's places and nationalities name, with counts."""
    found: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "LOC"):
            continue
        country = nation(ent)
        if country is None and ent.label_ in ("GPE", "LOC"):
            loc = gazetteer.resolve(ent.text)
            country = loc.country if loc is not None and loc.precision != "country" else None
        if country is not None:
            found[country] += 1
    return found


def relabel_towns(doc: Doc, gazetteer: Gazetteer, nation: NationOf) -> list[Span]:
    """Relabel as places (GPE) the names the NER misread or missed in a place's position that
    the gazetteer knows as towns of the document's countries (see the module's docstring);
    returns the spans relabelled."""
    spans = [s for s in _candidates(doc) if place_position(s.root)]
    if not spans:
        return []
    countries = [c for c, _ in document_countries(doc, gazetteer, nation).most_common()]
    # a report naming no country ("Shopkeeper shot dead in Turbat"): a town the gazetteer
    # knows by exactly those words, its best-ranked (biggest) namesake
    found = [s for s in spans if _reads_as_town(s, countries, gazetteer)]
    if not found:
        return []
    relabelled = [Span(doc, s.start, s.end, label="GPE") for s in found]
    kept = [e for e in doc.ents
            if not any(e.start < r.end and r.start < e.end for r in relabelled)]
    # the rest of a date that opened with the town stays a date ("Turbat | the same day")
    rests = [Span(doc, r.end, e.end, label=e.label_) for e in doc.ents for r in relabelled
             if e.label_ in misread_lexicon().date_labels and e.start == r.start
             and r.end < e.end]
    doc.ents = filter_spans(kept + relabelled + rests)
    return relabelled


def _reads_as_town(span: Span, countries: list[str], gazetteer: Gazetteer) -> bool:
    """Whether the span names a town: of the first of the document's countries that has one,
    or, in a report naming no country, the town the gazetteer knows by exactly those words;
    a facility's name only when it is the town's name and nothing more ("the outskirts of
    Peshawar" read as a facility, not "Kabul airport")."""
    town = (_town_of(span.text, countries, gazetteer) if countries
            else _exact_town(span.text, gazetteer) if _whole_name(span) else None)
    if town is None:
        return False
    if span.label_ not in misread_lexicon().whole_name_labels:
        return True
    return spelled_as(span.text, town) and len(plain_words(span.text)) == len(
        plain_words(town.name or ""))


def _whole_name(span: Span) -> bool:
    """No proper name before the span belongs to the same name ("Barchi" of "Dasht-e Barchi"
    is no name of its own)."""
    return all(t.i >= span.start for t in span.root.lefts if t.pos_ == "PROPN")


def _candidates(doc: Doc) -> list[Span]:
    """Entities of the labels a town is misread as, and runs of capitalised words the NER left
    unlabelled (the tagger may take an accented name for a common noun: "in Tibú")."""
    labels = misread_lexicon().labels
    out = [e for e in doc.ents if e.label_ in labels and len(e) <= _MAX_WORDS]
    out += [n for e in doc.ents if e.label_ in misread_lexicon().date_labels
            if (n := name_opening(e)) is not None]
    i = 0
    while i < len(doc):
        token = doc[i]
        if not _name_word(token) or token.is_sent_start:
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < _MAX_WORDS and _name_word(doc[end]):
            end += 1
        out.append(doc[i:end])
        i = end
    return out


def name_opening(date: Span) -> Span | None:
    """The capitalised name a date entity opens with, when it is no month, weekday or number
    ("Turbat" of "Turbat the same day"; not "Sunday", "12 May", "Christmas Eve 2023")."""
    end = date.start
    while (end < date.end and end - date.start < _MAX_WORDS and date.doc[end].pos_ == "PROPN"
           and date.doc[end].is_title and date.doc[end].lower_ not in _calendar_words()):
        end += 1
    if end == date.start or (end < date.end and date.doc[end].pos_ == "PROPN"):
        return None
    return date.doc[date.start:end]


def _name_word(token: Token) -> bool:
    return not token.ent_type_ and token.is_title and token.pos_ in ("PROPN", "NOUN")


def _exact_town(name: str, gazetteer: Gazetteer) -> Location | None:
    """The town `name` is, when the gazetteer's best reading of it is a town spelled exactly
    so (no spelling guess, no namesake of another kind ranked first)."""
    if not name[:1].isupper() or all(len(w) < _MIN_LETTERS for w in plain_words(name)) or (
            name in _calendar_words()):
        return None
    best = next(iter(gazetteer.candidates(name, 1)), None)
    if best is None or best.how != "exact" or best.kind not in _TOWNS:
        return None
    loc = best.to_location()
    return loc if spelled_as(name, loc) else None


def _town_of(name: str, countries: list[str], gazetteer: Gazetteer) -> Location | None:
    """The town of that name in the first of the countries that has one, when the gazetteer's
    name shares a word with it (no spelling guess: "Sardinata", "Tibú" as "Tibu")."""
    if not name[:1].isupper() or all(len(w) < _MIN_LETTERS for w in plain_words(name)):
        return None
    for country in countries:
        loc = gazetteer.resolve_within(name, country)
        if loc is None or loc.precision not in _TOWNS:
            continue
        if shares_a_word(name, loc.name or "", _MIN_LETTERS):
            return loc
    return None
