"""A document's place names, resolved once: what each name the report writes denotes.

Every place entity is looked up together with the others, in the context of the countries the
report names (places, nationalities, "Pakistan Army"). What the text says a place lies in
("Nawur district, Ghazni", "Bagram Airfield in Afghanistan") is applied by `qualifiers.py`.
Facilities keep their name and take their town's point ("Baghdad International Airport"); a
named site the gazetteer knows (a curated airfield) keeps the name the text gives it. Names the
NER missed ("Kharan: 1 killed ...") or took for a person ("in Badia al-Sukhnah") are found here
too, inside the countries the document names. `event_place.py` then places each happening.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pycountry
from spacy.tokens import Doc, Span, Token

from roydad.extract.places.covered import in_covered_countries
from roydad.extract.places.group_homes import group_home
from roydad.extract.places.mentions import (
    MISREAD_LABELS,
    PLACE_LABELS,
    datelines,
    misread_position,
)
from roydad.extract.places.namesakes import one_spelling, shares_a_word, without_namesakes
from roydad.extract.places.regions import RegionalRules, load_regions
from roydad.extract.qualifiers import Qualifier
from roydad.extract.syntax import entities, lemma, lexicon
from roydad.models import Location
from roydad.resolve.actors import ActorResolver
from roydad.resolve.calendar_dates import MONTHS
from roydad.resolve.places import Gazetteer, PlaceContext
from roydad.resolve.places.names import ADMIN1_KINDS, is_generic, split_designator

NATION_LABELS = {"NORP", "GPE"}


@dataclass(frozen=True)
class DocumentPlaces:
    """What one document's place names denote, read once (`PlaceReader.read`)."""

    # Every place name in the document as written, resolved; unknown names, and names a line
    # of control divides, kept as written (a Location with only the name).
    names: dict[str, Location]
    # The countries the document names (places and nationalities), with counts.
    countries: Counter[str]
    # The divided names of the document ("Kashmir") as the gazetteer reads them alone.
    divided: dict[str, Location | None]
    # Place names the NER missed, by sentence start (see `PlaceReader._bare`).
    bare: dict[int, list[str]]
    # The document's datelines (token offset, name), in order.
    datelines: tuple[tuple[int, str], ...]
    filed_at: frozenset[int]  # where (character offset) its dateline places start
    # Names the NER took for persons that the gazetteer knows as places (see `_misread`).
    misread: dict[str, Location]


class PlaceReader:
    """Reads the place names of a document (`read`); holds only what serves every document:
    the gazetteer, the actor knowledge base, the regional rules."""

    def __init__(self, gazetteer: Gazetteer, actors: ActorResolver | None = None) -> None:
        self.gazetteer = gazetteer
        self.actors = actors or ActorResolver.load()
        self.rules = RegionalRules(self._division, load_regions())
        self.qualifier = Qualifier(gazetteer)
        self._nations: dict[tuple[str, str], str | None] = {}

    def read(self, doc: Doc) -> DocumentPlaces:
        """Every place name in the document, resolved together in the context of the countries
        it names; unknown names, and names a line of control divides, kept as written."""
        # a unit word after a country describes the next place ("Pakistan city of Quetta")
        query: dict[str, str] = {}
        unit: dict[str, tuple[str, set[int]]] = {}
        for e in entities(doc):
            if e.label_ not in PLACE_LABELS:
                continue
            query[e.text] = written = _place_words(e) + (
                _province_after(e) if self.gazetteer.country_named(e.text) else _unit_after(e))
            kept, sentences = unit.get(e.text, ("", set()))
            kept = kept or (written if split_designator(written).kinds is not None else "")
            unit[e.text] = (kept, sentences | {e.sent.start})
        # "Kidal town (Kidal region)", "Bamyan city (Bamyan)": within one sentence, the mention
        # whose unit word says what kind of place it is tells what the name denotes
        query.update({n: kept for n, (kept, sentences) in unit.items()
                      if kept and len(sentences) == 1})
        names = list(query)
        # ("Niger state" is a Nigerian state, not the country)
        countries = Counter(c for e in entities(doc) if (c := self._country_named(e))
                            and not _province_after(e))
        # Facilities ("Camp Shorabak", "the Rolando cafe") are not in a gazetteer of towns and
        # provinces: they keep their name, and the town named with them gives the coordinates
        # (but "Karachi 5 March" is Karachi).
        facilities = {e.text for e in entities(doc) if e.label_ == "FAC"
                      and query[e.text] == e.text and not split_designator(e.text).kinds}
        # A named site ("Bagram Airfield", "the Kabul Serena Hotel") keeps the name the text
        # gives it wherever the gazetteer places it: at a curated point, or at its town
        sites = facilities | {e.text for e in entities(doc) if e.label_ in PLACE_LABELS
                              and query[e.text] == e.text and _names_site(e)}
        towns = [n for n in names if n not in facilities]
        asked = [query[n] for n in towns]
        home = group_home(doc, self.actors, countries)
        context = PlaceContext(countries=frozenset(countries), places=tuple(asked),
                               leaning=frozenset({home} if home else ()))
        resolved = self.gazetteer.resolve_many(asked, context) if towns else []
        found = dict(zip(towns, resolved, strict=True))
        # "near Mambasa" in a report on the Congo is not Mombasa, Kenya
        found = without_namesakes(found, countries)
        if not countries and home is None:  # "in Hangu": the namesake where violence is coded
            found = in_covered_countries(found, self.gazetteer)
        # "Kashmir" is placed by the happening it is named with (regions.py), not by the
        # document's countries; the gazetteer's reading of the name alone is kept for when the
        # happening does not tell the side
        divided = {n: self.gazetteer.resolve(query[n])
                   for n in towns if self.rules.regions.divided_name(n)}
        found.update(self._facilities(facilities, context))
        places = {
            name: (None if name in divided else found.get(name)) or Location(name=name)
            for name in names
        }
        self._as_nations(doc, places)
        for name in sites:
            places[name] = places[name].model_copy(update={"name": name})
        self.qualifier.apply(doc, places, query, context, self.nation, PLACE_LABELS, sites)
        bare = self._bare(doc, places, countries)
        for found_in in bare.values():
            places.update(found_in)
        filed = datelines(doc)
        return DocumentPlaces(
            names=places,
            countries=countries,
            divided=divided,
            bare={start: list(found_in) for start, found_in in bare.items()},
            datelines=tuple((e.start, e.text) for e in filed if e.text in places),
            filed_at=frozenset(e.start_char for e in filed),
            misread=self._misread(doc, places, countries),
        )

    def _demonym(self, text: str) -> str | None:
        """The country of a nationality the model took for a place ("the Somali army"): a word
        the knowledge base reads as a country whose place reading lies elsewhere (Ethiopia's
        Somali region) — not a capital standing for its state ("Islamabad said")."""
        nation = self.actors.country_word(text)
        place = self.gazetteer.resolve(text) if nation is not None else None
        return nation if place is None or place.country != nation else None

    def _as_nations(self, doc: Doc, places: dict[str, Location]) -> None:
        """A nationality the model took for a place ("the Somali army", "Afghan forces") is its
        country, not a namesake province abroad (Ethiopia's Somali region)."""
        for ent in entities(doc):
            place = places.get(ent.text)
            if ent.label_ != "GPE" or place is None or place.precision == "country" or (
                    self.gazetteer.country_named(ent.text)):
                continue
            nation = self._demonym(ent.text)
            if nation is None or nation == place.country:
                continue
            country = pycountry.countries.get(alpha_3=nation)
            home = self.gazetteer.resolve(country.name) if country is not None else None
            if home is not None and home.country == nation:
                places[ent.text] = home.model_copy(update={"name": ent.text})

    def _facilities(self, names: set[str], context: PlaceContext) -> dict[str, Location]:
        """A facility named after its town ("Baghdad International Airport", "Kabul Serena
        Hotel") is in that town: the facility keeps its name, the town gives the rest."""
        out: dict[str, Location] = {}
        for name in names:
            words = name.split()
            # the whole name first: a town the NER took for a building ("in Mir Ali")
            for size in (len(words), 2, 1):
                if (len(words) <= size and size != len(words)) or not all(
                        w[:1].isupper() for w in words[:size]):
                    continue
                # the town, not a district of its name ("Bagram Airfield": Bagram town)
                town = self.gazetteer.resolve(" ".join(words[:size]) + " town", context)
                # a town of a country the report names ("Camp Shorabak" is not in "Camp")
                if (town is not None and town.precision in ("city", "point")
                        and town.country in context.countries):
                    # the coordinates are the town's, and so is the precision
                    out[name] = town.model_copy(update={"name": name})
                    break
        return out

    def _misread(self, doc: Doc, places: dict[str, Location],
                 named: Counter[str]) -> dict[str, Location]:
        """Foreign place names the NER took for a person, after a locative preposition
        ("killed in IS attacks in Badia al-Sukhnah"): kept when the gazetteer knows a place of
        that name (a word of it, "As Sukhnah") in a country the document names — a person's
        name that happens to spell a town abroad is not one."""
        names = {e.text for e in entities(doc) if e.label_ in MISREAD_LABELS
                 and misread_position(e.root)}
        if not names:
            return {}
        countries = {loc.country for loc in places.values() if loc.country} | set(named)
        context = PlaceContext(countries=frozenset(countries), places=tuple(places))
        found: dict[str, Location] = {}
        for name in names:
            loc = self.gazetteer.resolve(name, context)
            if loc is None or loc.precision == "country" or loc.country not in countries:
                continue
            # "Bankilaré" is the gazetteer's "Bankilare": words compared without accents
            if shares_a_word(name, loc.name or "", 4):
                found[name] = loc
            elif one_spelling(name, loc.name or ""):  # "in Wanla Weyn": the text's spelling
                found[name] = loc.model_copy(update={"name": name})
        return found

    def _country_named(self, ent: Span) -> str | None:
        """The country a place or nationality is, or an organisation is of ("Pakistan Army",
        "Pak's Punjab", "Indian Army")."""
        if ent.label_ in NATION_LABELS:
            return self.nation(ent)
        return self.nation(ent, ent[0].text) if ent.label_ == "ORG" and len(ent) > 1 else None

    def nation(self, ent: Span, text: str | None = None) -> str | None:
        """The country an entity names: a country ("Iran", "Pak") or, for a nationality or an
        organisation, the demonym or state name it is ("Indian", "Pakistani"); else None."""
        text = text or ent.text
        key = (text, ent.label_)
        if key not in self._nations:
            if len(self._nations) > 5000:
                self._nations.clear()
            found = self.actors.country_word(text) if ent.label_ != "GPE" else None
            self._nations[key] = found or self.gazetteer.country_named(text) or (
                self._demonym(text) if ent.label_ == "GPE" else None)
        return self._nations[key]

    def _bare(self, doc: Doc, places: dict[str, Location],
              named: Counter[str]) -> dict[int, dict[str, Location]]:
        """Place names the NER missed or took for an organisation, common in headlines
        ("Kharan: 1 killed ...", "killed in Pak's Punjab", "Khyber Pakhtunkhwa: Police"): proper
        nouns (one or two words) outside person and place entities that the gazetteer knows by
        exactly that name, inside the one country the document's places name — never a town of
        another country that a capitalised word happens to spell ("Police", Poland)."""
        # a nationality names the country too ("Turbat: attack on Pakistani forces")
        countries = {loc.country for loc in places.values() if loc.country} | set(named)
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

    def country(self, alpha3: str) -> Location | None:
        """The country (alpha-3) as a place."""
        found = pycountry.countries.get(alpha_3=alpha3)
        home = self.gazetteer.resolve(found.name) if found is not None else None
        return home if home is not None and home.country == alpha3 else None

    def _division(self, name: str, country: str) -> Location | None:
        return self.gazetteer.resolve(name, PlaceContext(countries=frozenset({country})))



def _place_words(ent: Span) -> str:
    """The words of a place entity that name the place: the NER runs a name on into a date
    ("Karachi 5 March") or a common noun ("Lahore park"); these are cut off."""
    end = next((t.i for t in ent[1:] if t.like_num or t.lower_.rstrip(".") in MONTHS), ent.end)
    while end - 1 > ent.start and ent.doc[end - 1].is_lower and not is_generic(
            ent.doc[end - 1].lower_):
        end -= 1  # but "Sibi district", "Tirah valley" say what kind of place it is
    return ent.doc[ent.start:end].text


def _unit_after(ent: Span) -> str:
    """The word for a unit that follows a place the NER cut short ("Nawur| district, Ghazni",
    "Kurram| agency"), which says what kind of place it is; "" when none does."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is None or split_designator(ent.text).kinds is not None:
        return ""
    kinds = split_designator(f"x {after.lower_}").kinds
    return f" {after.lower_}" if kinds is not None else ""


def _province_after(ent: Span) -> str:
    """The word for a province after a country's name that makes it a province's ("Niger
    state", "Mexico state"); "" when none does, or when "of" follows, the unit then describing
    the next place ("Pakistan city of Quetta", "the Niger region of Tillaberi")."""
    end = ent.end
    after = ent.doc[end] if end < len(ent.doc) else None
    if after is None or not after.is_lower or (
            end + 1 < len(ent.doc) and ent.doc[end + 1].lower_ == "of"):
        return ""
    return f" {after.lower_}" if split_designator(f"x {after.lower_}").kinds is ADMIN1_KINDS else ""


def _names_site(ent: Span) -> bool:
    """Whether a place entity is the proper name of a site: "Bagram Airfield", "Tahrir Square"
    (not "Lahore park", the NER running a town on into a common noun)."""
    last = ent[-1]
    return len(ent) > 1 and last.is_title and lemma(last) in lexicon().site_nouns


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
    "Pak's Punjab"), or it owns what follows ("Quetta's Serena Hotel")."""
    inside = [e for e in entities(span.doc) if e.start <= span.start < e.end]
    if not inside or span.end >= inside[0].end:
        return True
    after = span.doc[span.end]
    return after.is_punct or after.is_space or after.tag_ == "POS"
