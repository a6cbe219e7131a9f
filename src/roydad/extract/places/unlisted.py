"""Places the gazetteer does not list: a village, a district or a road a report names where the
event happened ("fought al-Shabaab in Buq Aqable", "detained three men in Busra al-Sham", "on the
road north of Bulo Burde") keeps that name as the event's location, inside the smallest unit the
document resolves for it (its province or country, with that unit's coordinates and precision),
rather than being dropped or replaced by another town of the sentence.

The NER often misses such names or takes them for persons; they are read here from the parse:
a proper name that is the object of a locative preposition on the event's word, or of "of" after
a place noun ("the village of X").
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.context import DocumentContext
from roydad.extract.events import Candidate, Happening
from roydad.extract.lexicon import load_lexicon
from roydad.extract.places.entered import (
    Entered,
    called_place,
    entered_place,
    home_province,
    name_of,
    named,
    whole_name,
)
from roydad.extract.places.namesakes import spelled_as
from roydad.extract.places.regions import load_regions
from roydad.extract.syntax import lexicon as syntax_lexicon
from roydad.models import Location

CountryOf = Callable[[str], Location | None]
# A name looked up in one country's gazetteer (name, alpha-3, province or None): the
# gazetteer's `resolve_within`.
Within = Callable[[str, str, str | None], Location | None]
# Units whose coordinates stand for a place somewhere inside them.
_CONTAINERS = ("admin2", "admin1", "country")
# What the NER makes of a place name it does not know: nothing, or a person.
_UNSEEN_LABELS = frozenset({"", "PERSON"})
_TIME = frozenset({"DATE", "TIME"})
_SETTLEMENT_LABELS = frozenset({"GPE", "LOC"})
_TOWNS = frozenset({"city", "point"})


@dataclass(frozen=True)
class UnlistedLexicon:
    locative_preps: frozenset[str]
    territory_preps: frozenset[str]
    place_nouns: frozenset[str]
    not_place_labels: frozenset[str]
    time_nouns: frozenset[str]
    container_units: frozenset[str]
    second_units: frozenset[str]


@cache
def lexicon() -> UnlistedLexicon:
    raw = load_lexicon("unlisted_places")
    return UnlistedLexicon(*(frozenset(raw[k]) for k in (
        "locative_preps", "territory_preps", "place_nouns", "not_place_labels", "time_nouns",
        "container_units", "second_units")))


def unlisted_place(
    happening: Happening, context: DocumentContext, located: Location | None, country: CountryOf,
    within: Within | None = None,
) -> Location | None:
    """The place the happening's own words name that the document's gazetteer reading left
    unresolved, within `located` (or the country the document's places lie in); None when there
    is none or the located place is itself named there. A name the NER missed that the
    gazetteer lists in that country under its own spelling ("near Téra" in a report on Niger)
    is that place."""
    # told first; then a mention that refers back with a place of its own ("the deadliest
    # incident of the week was the attack on the post at Tamasgo")
    told = sorted(happening.members, key=lambda c: c.anaphoric)
    for cand in told:
        names = _own_first(cand, list(_named_places(cand)), context)
        said = _said_place(cand, names, context, located, country, within)
        if said is not None:
            return said
        if not names:
            if cand.place is not None:
                return None  # first told at a place the reader knows: that is where it was
            continue
        if not all(_unlisted(n, context, located) for n in names):
            return None  # the event's own place is listed: the locator's reading stands
        home = home_country(context)
        base = located or (country(home) if home else None)
        where = base.country if base is not None and base.country else home
        # inside the province the event is already placed in, if any: never a namesake
        # of another province
        province = base.admin1 if base is not None and base.precision != "country" else None
        listed = within(names[0].text, where, province) if within is not None and where else None
        if listed is not None and spelled_as(names[0].text, listed) and (
                listed.precision in _TOWNS) and _rank(listed) < _rank(base):
            return listed.model_copy(update={"name": names[0].text})
        return _inside(names[0].text, base)
    return None


def _own_first(cand: Candidate, names: list[Span], context: DocumentContext) -> list[Span]:
    """The names to weigh: the place the event's arguments give it first when the gazetteer
    has no reading of it ("killed him as he left a mosque in X"); a province or district the
    text puts that place in ("near X, in the east of Y County") does not outweigh it."""
    found = context.places
    own = cand.place
    home = home_country(context)
    # a reading under another spelling abroad ("Chitkan" as a German town) is none
    if own is None or own.text in found.misread or (
            (p := found.names.get(own.text)) is not None and p.precision is not None and (
                whole_name(own.text, p) or home is None or p.country == home) and not _only_inside(
                own.text, p)):
        return names
    span = own.head.doc.char_span(own.start, own.end)
    # told in the clause of the event's own word ("after the ambush, fighters walked into X"
    # does not place the ambush)
    head = cand.hit.head
    clause = head.head if cand.hit.is_nominal and head.dep_ in ("nsubj", "dobj") else head
    if not names and span is not None and _proper(span[-1], lexicon()) and _whole_object(
            span) and (clause.is_ancestor(own.head) or clause == own.head):
        names = [span]
    unit = {"admin1", "admin2", "country"}
    return sorted((n for n in names if n.text == own.text or (
        (p := found.names.get(n.text)) is None or p.precision not in unit)),
        key=lambda n: n.text != own.text)


def _whole_object(span: Span) -> bool:
    """A whole name a locative preposition governs ("near Motot"; not "Control" of "the Line
    of Control", nor "Kyrgyz" of "Kyrgyz villages")."""
    head = span[-1]
    prep = head.head
    return head.dep_ == "pobj" and (prep.lower_ in lexicon().locative_preps or (
        prep.lower_ == "of" and prep.head.lemma_.lower() in lexicon().place_nouns))


def _only_inside(text: str, place: Location) -> bool:
    """A town the reader placed only in the province the text puts it in ("Chitkan,
    Balochistan"): its name kept, no coordinates of its own."""
    return place.precision in ("admin1", "country") and place.name == text and (
        place.admin1 != text and place.country != text)


def _said_place(
    cand: Candidate, names: list[Span], context: DocumentContext, located: Location | None,
    country: CountryOf, within: Within | None,
) -> Location | None:
    """A place the text says the event happened in by its own words ("rode into X and shot",
    "a school in X, in Y department, was burned"), when the gazetteer does not list it in the
    document's country under that spelling: kept by its name, inside the unit the text gives
    it, else inside the located place; a listed one the actors went into is that town."""
    said = called_place(names[0]) if names else entered_place(cand)
    if said is None:
        return None
    text = said.name.text
    found = context.places
    home = home_country(context)
    listed = found.names.get(text)
    owners = [t for c in said.name[-1].children if c.dep_ == "poss" for t in c.subtree]
    if text in found.misread or any(
            (p := found.names.get(t.text)) is not None and p.precision in _TOWNS for t in owners):
        return None
    # listed under its whole name, not a part of it ("Nyaung Pin Thar" is no "Nyaung")
    if listed is not None and listed.precision is not None and whole_name(text, listed) and (
            home is None or listed.country == home):
        return listed if not names else None
    where = home or (located.country if located is not None else None)
    # a reading of a part of the name ("Nyaung" of "Nyaung Pin Thar") or a spelling guess
    # the text never writes ("Mya Kaing" for "Myaing") tells nothing of where it lies
    written = _plain(said.name.sent.text)
    if located is None or (located.name is None or _plain(located.name) not in written
                           or _plain(located.name) in _plain(text)):
        located = home_province(context, where)
        # a report that names no other place than its dateline says nothing of the country
        filed = {name for _, name in context.places.datelines}
        if located is None and not any(n not in filed and p.country == where
                                       for n, p in context.places.names.items()):
            where = None
    return _in_unit(said, where, located, country, within)


def _in_unit(said: Entered, where: str | None, located: Location | None, country: CountryOf,
             within: Within | None) -> Location:
    """The named place inside the unit the text puts it in ("in Bagaroua department"), with
    that unit's coordinates when the gazetteer lists it there under its spelling."""
    text = said.name.text
    second = said.unit_word in lexicon().second_units
    unit = within(said.unit, where, None) if said.unit and within is not None and where else None
    if unit is not None and said.unit is not None and spelled_as(said.unit, unit) and (
            unit.admin1 is not None):
        return Location(name=text, admin2=said.unit if second else None, admin1=unit.admin1,
                        country=unit.country, lat=unit.lat, lon=unit.lon,
                        precision="admin2" if second else "admin1")
    base = located if located is not None and (where is None or located.country == where) else (
        country(where) if where else None)
    inside = _inside(text, base)
    if second and said.unit is not None:
        inside = inside.model_copy(update={"admin2": said.unit})
    return inside


def home_country(context: DocumentContext) -> str | None:
    """The country the document's places lie in: the one most of its resolved towns and
    provinces are in (a report on Niger that names "Paris" as a party to a quarrel is still
    about Niger), else the country its parties name most."""
    found = context.places
    counts = Counter(loc.country for loc in found.names.values()
                     if loc.country and loc.precision not in (None, "country"))
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return context.parties.country


_PRECISION = ("point", "city", "admin2", "admin1", "country")


def _rank(loc: Location | None) -> int:
    if loc is None or loc.precision not in _PRECISION:
        return len(_PRECISION)
    return _PRECISION.index(loc.precision)


def _unlisted(name: Span, context: DocumentContext, located: Location | None) -> bool:
    """A name the gazetteer does not list that the locator has not read otherwise: one the NER
    missed or took for a person; or a place name the reader kept unresolved (not a divided one,
    and not one the regional rules placed) when the event is placed no better than a province."""
    found = context.places
    if name.text in found.misread or (located is not None and located.name == name.text):
        return False
    if _part_of_listed(name, found.names):
        return False
    if name.text in found.names:
        coarse = located is None or located.precision in _CONTAINERS or _said_to_contain(
            name, located)
        read = found.names[name.text]
        return coarse and (read.precision is None or _only_inside(name.text, read)) and (
            name.text not in found.divided) and not _regional(name.text) and (
            # a building keeps its town; a person's label here is the NER's slip ("between
            # Boni and Hombori" beside "near Boni" read as a place elsewhere)
            name[-1].ent_type_ in _SETTLEMENT_LABELS | _UNSEEN_LABELS)
    # (a word of a long name may be taken for a people: "Qarya" of "Qarya Sufla Khel")
    # "the village of Ndimo": whatever the NER took the name for, the text says it is a place
    said = _after_place_noun(name[-1]) and not _regional(name.text)
    return said or (name[-1].ent_type_ in _UNSEEN_LABELS and all(
        t.ent_type_ in _UNSEEN_LABELS | {"NORP"} for t in name))


def _after_place_noun(head: Token) -> bool:
    prep = head.head
    return (head.dep_ == "pobj" and prep.lower_ == "of"
            and prep.head.lemma_.lower() in lexicon().place_nouns)


def _part_of_listed(name: Span, listed: Mapping[str, Location]) -> bool:
    """A site of a listed town ("Baghdad's Green Zone"): coded at the town, as the locator
    places it (a district of a province is not: "Helmand's Nad Ali")."""
    owners = [t for c in name[-1].children if c.dep_ == "poss" for t in c.subtree]
    words = [*name, *owners]
    return any((p := listed.get(t.text)) is not None and p.precision in _TOWNS for t in words)


def _said_to_contain(name: Span, located: Location) -> bool:
    """The text puts the name inside the located place: "Kuri Bantaga, Mopti region"; or the
    name's sentence calls the located place a unit that holds towns ("on the road between
    Boni and Hombori, in Mali's Mopti region": Mopti is the region there, not its town)."""
    head = name[-1]
    told = [t for c in head.children if c.dep_ in ("appos", "prep") for t in c.subtree]
    if located.name is not None and located.name in " ".join(t.text for t in told):
        return True
    return located.name is not None and _called_unit(name.sent, located.name)


def _called_unit(sentence: Span, place: str) -> bool:
    """Whether the sentence names `place` with a word for a unit that holds towns ("Mopti
    region", "the region of Mopti", "Ghazni province")."""
    units = lexicon().container_units
    words = [_plain(t.text) for t in sentence]
    key = _plain(place)
    for i, word in enumerate(words):
        if word != key:
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        before = words[i - 2] if i >= 2 and words[i - 1] == "of" else ""
        if after in units or before in units:
            return True
    return False


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def _regional(text: str) -> bool:
    """A direction of a country the regional rules read ("NW Pakistan", "southwest Iran")."""
    return any(r.pattern.search(text) for r in load_regions().directions)


def _inside(name: str, base: Location | None) -> Location:
    """A place of this name somewhere in `base`: its province and country, and its coordinates
    at its precision (a town of another name only tells the province)."""
    if base is None:
        return Location(name=name)
    if base.precision in _CONTAINERS:
        return base.model_copy(update={"name": name, "geonames_id": None})
    if base.admin1 is None:
        return Location(name=name, country=base.country, precision="country")
    return Location(name=name, admin1=base.admin1, country=base.country, lat=base.lat,
                    lon=base.lon, precision="admin1")


def _named_places(cand: Candidate) -> Iterator[Span]:
    lex = lexicon()
    head = cand.hit.head
    preps = set(lex.locative_preps)
    if cand.event_type == "RETREAT" or cand.mode == "territory":
        preps |= lex.territory_preps
    # "raided a house in X": a verb's place may hang on what it acts on; "carried out an
    # attack in X": a noun's on the verb that performs it
    # "a school in X was burned": the passive's subject is what it acts on
    objects = [] if cand.hit.is_nominal else [c for c in head.children
                                              if c.dep_ in ("dobj", "nsubjpass")]
    # "an air strike hit a clinic in X": a noun's place on what the verb it drives hits
    if cand.hit.is_nominal and head.dep_ == "nsubj" and head.head.pos_ == "VERB":
        objects = [c for c in head.head.children if c.dep_ == "dobj"]
    owners = [head, *objects,
              *([head.head] if cand.hit.is_nominal and head.dep_ == "dobj" else [])]
    # "raided the village of Ndimo": the place is what the act is done to
    for obj in objects:
        if obj.lemma_.lower() in lex.place_nouns:
            for inner in _place_of_preps(obj, lex):
                yield from _names_under(inner, lex, direct=False)
        # "struck a camp near Dablo", "burned a clinic in X": where the site it hits lies
        if obj.lemma_.lower() in lex.place_nouns | syntax_lexicon().site_nouns:
            yield from _site_places(obj, lex)
    for owner in owners:
        for prep in owner.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                yield from _names_under(prep, lex, direct=True)
            elif prep.dep_ == "prep":
                yield from _in_span_of_time(prep, lex)


def _in_span_of_time(prep: Token, lex: UnlistedLexicon) -> Iterator[Span]:
    """A place told inside the phrase of when it happened: "fought for most of the day in Buq
    Aqable", "on the night of 3 March near Kalamo"."""
    for t in prep.subtree:
        when = t.head.ent_type_ in _TIME or t.head.lemma_.lower() in lex.time_nouns
        if t.dep_ == "prep" and t.lower_ in lex.locative_preps and when and t.head.i != prep.i:
            yield from _names_under(t, lex, direct=True)


def _names_under(prep: Token, lex: UnlistedLexicon, direct: bool) -> Iterator[Span]:
    """Proper names the preposition's object is or that "of" after a place noun gives ("on the
    road north of Bulo Burde"), two steps down at most."""
    # "pulled out of the village of X", "away from X": a preposition on a preposition
    for inner in (c for c in prep.children if c.dep_ == "prep"):
        yield from _names_under(inner, lex, direct)
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        # "a monastery in X, in Y township": the text calls it a place, whatever the NER says
        if _proper(obj, lex) or (not direct and obj.pos_ == "PROPN" and obj.is_title) or (
                named(obj) and called_place(name_of(obj)) is not None):
            yield name_of(obj)
        elif direct and obj.lemma_.lower() in lex.place_nouns:
            for inner in _place_of_preps(obj, lex):
                yield from _names_under(inner, lex, direct=False)
        elif direct and obj.lemma_.lower() in syntax_lexicon().site_nouns:
            yield from _site_places(obj, lex)  # "the attack on the post at Tamasgo"


def _site_places(site: Token, lex: UnlistedLexicon) -> Iterator[Span]:
    """Names in a site's locative phrases ("a camp near Dablo"; "on" says what it is on)."""
    for inner in site.children:
        if inner.dep_ == "prep" and inner.lower_ in lex.locative_preps and inner.lower_ != "on":
            yield from _names_under(inner, lex, direct=True)


def _place_of_preps(noun: Token, lex: UnlistedLexicon) -> Iterator[Token]:
    for child in noun.children:
        # "the road between Boni and Hombori": the stretch of road lies at its first end
        if child.dep_ == "prep" and child.lower_ in ("of", "between"):
            yield child
        # "the road north of Bulo Burde": a direction word between the noun and "of"
        elif child.lemma_.lower() in lex.place_nouns:
            yield from (c for c in child.children if c.dep_ == "prep" and c.lower_ == "of")


def _proper(token: Token, lex: UnlistedLexicon) -> bool:
    """A proper name written as one ("Buq Aqable"; not a shouted headline word), or a
    capitalised word inside a sentence the tagger took for a common noun ("near Dablo")."""
    common = token.pos_ == "NOUN" and token.i > token.sent.start
    return (token.pos_ == "PROPN" or common) and token.is_title and (
        token.ent_type_ not in lex.not_place_labels)
