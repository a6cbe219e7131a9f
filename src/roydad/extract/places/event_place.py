"""Where a happening took place: the most precise place its own sentences name, refined by the
rest of the document when those sentences only name a country or a province.

News names the country in the headline and the town in the body ("Blast kills 3 in southwest
Pakistan … The bomb went off near a checkpoint in Quetta"). A happening's location is therefore
the most precise of: the places attached to its triggers; other places in its sentences; for the
document's main event, places anywhere in the document — always only places consistent with what
is already known (same country, same province). A dateline ("ADDIS ABABA (Reuters) -") is where
the reporter was: a happening nothing else places is put in its country, not its town. A country
named as a neighbour or an origin ("fire from Iran", "near Iran") or as what a noun belongs to
("China 'Silk Road' project", "protest with India") is not where the event happened.

The document's place names are read once (`document.py`), in the context of the
countries it names. What still stops at the country is refined by regional words (`regions.py`):
"southwest Pakistan", "tribal area", a neighbour whose border lies in one province, and the
side of a divided name ("Kashmir", "LoC") told by a qualifier, by who was hit or by where the
fire came from. A divided name whose side is not told keeps the gazetteer's reading of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from roydad.extract.arguments import Argument
from roydad.extract.context import DocumentContext
from roydad.extract.events import Happening
from roydad.extract.paragraph_context import long_text
from roydad.extract.places.document import NATION_LABELS, DocumentPlaces, PlaceReader
from roydad.extract.places.mentions import (
    PLACE_LABELS,
    misread_places,
    speaker,
    speakers_place,
    speaking,
)
from roydad.extract.places.place_roles import (
    BORDER_NOUNS,
    border_with,
    bystanders_place,
    colon_dateline,
    in_general,
    inside_district,
    list_head,
    locative_site,
    of_party,
    placed_in,
    reference_place,
    reference_point,
)
from roydad.extract.places.regions import Clues
from roydad.extract.recalled import dated_roughly
from roydad.extract.segments import placed_clause
from roydad.extract.syntax import entities, entities_in, entity_of, lemma, lexicon
from roydad.models import Location

PRECISION_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4}
# "cross-border fire from Iran", "attack near Iran", "infiltration towards Pakistan": a country
# after these is a neighbour or an origin, not where the event happened.
_NEIGHBOUR_PREPS = {"from", "near", "towards", "toward", "beyond"}
_MODIFIER_DEPS = {"compound", "amod", "nmod", "poss"}


def _rank(loc: Location | None) -> int:
    return PRECISION_RANK.get(loc.precision or "", 9) if loc is not None else 10


def _consistent(candidate: Location, known: Location | None) -> bool:
    if known is None:
        return True
    if known.country and candidate.country != known.country:
        return False
    # a finer place lies in the province already known, and in a district's province too
    # ("in Shah Joy district, Zabul" is not refined to the Kabul of "the Kabul-Kandahar highway")
    return not (known.admin1 and known.precision in ("admin1", "admin2")
                and candidate.admin1 != known.admin1)


class Locator:
    """Places each happening of a document, from the places its context holds (read once by
    `PlaceReader`); keeps only what serves every document: the reader's country names and
    regional rules."""

    def __init__(self, reader: PlaceReader) -> None:
        self.nation = reader.nation
        self.rules = reader.rules
        self.country = reader.country

    @staticmethod
    def same_place(places: Mapping[str, Location]) -> Callable[[str, str], bool]:
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
        self, happening: Happening, context: DocumentContext, main: bool
    ) -> Location | None:
        """Where the happening took place, with the first-level division of its day: the date
        the report gives it, else (news being about the days before) the publication date.
        `main`: whether it is the document's main event (placed by the whole report)."""
        best = self._place(happening, context.places, context.doc, main)
        day = happening.when.start if happening.when is not None else context.document.pub_date
        if best is None or best.admin2 is None or day is None:
            return best
        return self.rules.as_of(best, day)

    def carried(self, happening: Happening, previous: list[tuple[Happening, Location | None]],
                located: Location | None) -> Location | None:
        """The place of the document's previous event, for a happening placed no better than
        a country whose sentence says it happened at that place ("nearby", "there", "the same
        village") and comes right after (or is) the previous event's sentence."""
        if _rank(located) < PRECISION_RANK["admin1"] or not previous:
            return located
        before, where = previous[-1]
        if where is None or _rank(where) > PRECISION_RANK["admin1"]:
            return located
        sentence = happening.first.sentence
        gap = sentence.start - before.first.sentence.end
        if gap > 0 or sentence.start < before.first.sentence.start:
            return located
        text = f" {sentence.text.lower()} "
        words = self.rules.regions.carried_place
        if not any(re.search(rf"\b{re.escape(w)}\b", text) for w in words):
            return located
        if located is not None and located.country and located.country != where.country:
            return located
        return where

    def _place(
        self, happening: Happening, found: DocumentPlaces, doc: Doc, main: bool
    ) -> Location | None:
        # "attacks on their officials" in general is no sentence about where this one happened
        # nor is "if the Taliban continued their arrests in Panjshir" where the arrests were
        # (a threat's hypothetical mentions tell what it threatens)
        told = [c for c in happening.members if not in_general(c) and (
            c.certainty != "hypothetical" or happening.event_type == "THREATEN")]
        if told and len(told) < len(happening.members):
            happening = Happening(members=told, when=happening.when)
        sentences = list({c.sentence.start: c.sentence for c in happening.members}.values())
        # a country named as a party ("US drone strike", "carried out by the United States") is
        # not where it happened, unless the text also says it happened there ("in Pakistan")
        parties = self._nations_of(a for c in happening.members for a in c.actors) - {
            c for s in sentences for e in entities_in(s) if placed_in(e) and (c := self.nation(e))}
        # ... and only when the report puts something in another country ("in Yemen"): a state
        # acting at home ("Pakistan kills 4 militants") stays where it is
        if not {p.country for e in entities(doc) if placed_in(e)
                and (p := found.names.get(e.text)) and p.country} - parties:
            parties = frozenset()
        places = {n: p for n, p in found.names.items()
                  if not (p.precision == "country" and p.country in parties)}
        triggers = [c.hit.head for c in happening.members]
        own = self._own(happening, places, found, triggers)
        best = min(own, key=_rank) if own else None
        # a sentence telling two happenings in two clauses places each by its own clause
        told_in = list({(s := placed_clause(c.hit.head)).start: s
                        for c in happening.members}.values())
        best = self._refine(best, [self._sentence_places(s, found, triggers) for s in told_in],
                            places)
        if best is None:
            best = self._filed(happening, places, found, doc)
        elif best.precision in (None, "country"):
            # "KARACHI: ... a raid in Orangi Town": a quarter the gazetteer lacks is in the
            # town the report is filed from, when the dateline gives that town; so is what
            # the report places only in the dateline's country ("Sibi: Bomb blast kills 5 ...
            # killed in Pakistan")
            filed = self._filed(happening, places, found, doc)
            if filed is not None and _rank(filed) < PRECISION_RANK["country"] and (
                    best.precision is None or filed.country == best.country):
                best = filed
        if main and _rank(best) >= PRECISION_RANK["admin1"]:
            best = self._refine(best, [self._sentence_places(s, found, triggers)
                                       for s in doc.sents], places)
        if _rank(best) >= PRECISION_RANK["country"]:
            best = self.rules.place(self._clues(happening, sentences, best, found)) or best
        if best is None or best.precision is None:
            # no side told: a divided name the happening gives stands as the gazetteer reads it
            named = [n for n in [best.name if best else None,
                                 *(n for s in sentences for n in self._sentence_places(s, found))]
                     if n is not None and found.divided.get(n) is not None]
            best = found.divided[named[0]] if named else best
        return best

    def _own(self, happening: Happening, places: Mapping[str, Location],
             found: DocumentPlaces, triggers: Sequence[Token]) -> list[Location]:
        """The places attached to the happening's triggers: named places, but not a dateline
        (where the report was filed: `_filed`) nor a neighbour or an origin; and names the NER
        took for persons that the gazetteer knows as places of the document's countries."""
        named = [c.place for c in happening.members
                 if c.place is not None and c.place.text in places and not self._abroad(c.place)
                 and c.place.start not in found.filed_at and not (
                     (ent := entity_of(c.place.head)) is not None
                     and bystanders_place(ent, triggers))]
        # "in Tarmiyah district, north of Baghdad": the reference point gives way
        kept = [p for p in named if not reference_place(p)]
        own = [places[p.text] for p in (kept if any(
            places[p.text].precision for p in kept) else named)]
        if found.misread:
            own += [found.misread[e.text] for c in happening.members
                    for e in misread_places(c.hit.head, c.sentence) if e.text in found.misread]
        return own

    def _filed(self, happening: Happening, places: Mapping[str, Location],
               found: DocumentPlaces, doc: Doc) -> Location | None:
        """The dateline of the report a happening is told in ("KABUL — ... several protesters
        were detained"), for a happening its sentences do not place — unless the report dates
        it only to a month or a year: history it recalls happened elsewhere as often as not.
        The dateline is where the reporter was: when the report names other places ("ADDIS
        ABABA - ... recaptured Bacadweyne"), it tells the country, not the town; and not even
        that when the report names one other country ("NAIROBI - Somali troops ...")."""
        if not found.datelines or dated_roughly(happening):
            return None
        start = happening.first.sentence.start
        lines = [(at, name) for at, name in found.datelines if at <= start]
        before = [name for _, name in lines]
        filed = places.get(before[-1]) if before else None
        if filed is None:
            return None
        named = set(found.countries)
        if filed.country is not None and len(named) == 1 and filed.country not in named:
            return self.country(next(iter(named)))
        name = before[-1].casefold()
        others = [e for e in entities(doc) if e.label_ in PLACE_LABELS
                  and e.start_char not in found.filed_at
                  and (places.get(e.text) or Location()).precision != "country"]
        if colon_dateline(doc, lines[-1][0]):
            # "KARACHI: Police raided a house in Orangi Town": the local press files from the
            # town it reports; a quarter the gazetteer lacks does not move it
            others = [e for e in others if (places.get(e.text) or Location()).precision]
        # the town, when the report names no other place or puts things there too ("KABUL -
        # ... marched in a Kabul street")
        if not others or any((placed_in(e) or locative_site(e)) and e.text.casefold() == name
                             for e in others):
            return filed
        return self._country_of(filed, places) if filed.country is not None else None

    def _country_of(self, place: Location, places: Mapping[str, Location]) -> Location | None:
        """The country a place lies in, as the document names it, else as the gazetteer
        does; None when unknown."""
        if place.country is None or place.precision == "country":
            return place if place.country is not None else None
        named = next((p for p in places.values()
                      if p.precision == "country" and p.country == place.country), None)
        return named or self.country(place.country)

    def _clues(self, happening: Happening, sentences: list[Span],
               best: Location | None, found: DocumentPlaces) -> Clues:
        hit = self._nations_of(a for c in happening.members for a in c.recipients)
        about = best.country if best is not None and best.country else None
        if about is None:
            # "Six Pakistani soldiers killed in the southwest": placed by whom it hit, or by
            # the one country the document names
            about = next(iter(hit), None) if len(hit) == 1 else None
        if about is None and len(found.countries) == 1:
            about = next(iter(found.countries))
        # the lines its place was read from too ("Kashmir (September 2018)\n... violations")
        read = [c.place.head.sent for c in happening.members if c.place is not None]
        texts = tuple(dict.fromkeys(s.text for s in [*sentences, *read]))
        firing = self._firing(sentences)
        shooters = self._nations_of(a for c in happening.members for a in c.actors)
        beyond = {c for s in sentences for e in entities_in(s)
                  if e.label_ in NATION_LABELS and self._beyond(e) and (c := self.nation(e))}
        return Clues(
            texts=texts, about=about, named=frozenset(beyond | shooters | firing),
            hit=hit, shooters=shooters | firing,
            fire_across=happening.mode == "shelling" or bool(firing),
            document=tuple(found.countries.items()),
        )

    def _firing(self, sentences: list[Span]) -> frozenset[str]:
        """Countries named as the source of fire: "Indian firing", "Iranian mortar attack",
        "fire by Indian troops" — fire from a state's side, which is fire across a line."""
        fire = self.rules.regions.fire_nouns
        found: set[str] = set()
        for sentence in sentences:
            for ent in entities_in(sentence):
                if ent.label_ not in NATION_LABELS:
                    continue
                root = ent.root
                head = root.head
                if root.dep_ not in _MODIFIER_DEPS:
                    continue
                # "Indian firing", "shot by an Indian sniper", "firing by Indian troops"
                by = head.dep_ == "pobj" and head.head.lower_ == "by"
                source = lemma(head) in fire or (by and lemma(head.head.head) in fire)
                if source and (country := self.nation(ent)):
                    found.add(country)
        return frozenset(found)

    def _nations_of(self, arguments: Iterable[Argument]) -> frozenset[str]:
        """The countries the parties are of ("Pakistani girl", "Indian troops", "Pak Army")."""
        found: set[str] = set()
        for arg in arguments:
            doc = arg.head.doc
            for ent in entities(doc):
                if ent.end_char <= arg.start or ent.start_char >= arg.end:
                    continue
                texts = [ent.text, ent[0].text] if ent.label_ == "ORG" else [ent.text]
                if ent.label_ in (*NATION_LABELS, "ORG"):
                    country = next((c for t in texts if (c := self.nation(ent, t))), None)
                    found.update([country] if country else [])
        return frozenset(found)

    @staticmethod
    def _beyond(ent: Span) -> bool:
        """Named as what lies across a border: "from Iran", "near Iran", "the Iran border",
        "the Afghan side"."""
        root = ent.root
        if root.dep_ == "pobj":
            return root.head.lower_ in _NEIGHBOUR_PREPS or border_with(root.head)
        return root.dep_ in _MODIFIER_DEPS and lemma(root.head) in BORDER_NOUNS

    def _abroad(self, place: Argument) -> bool:
        """A country named as a neighbour or an origin ("fire from Iran", "near Iran")."""
        head = place.head
        ent = entity_of(head)
        return head.dep_ == "pobj" and ent is not None and self.nation(ent) is not None and (
            head.head.lower_ in _NEIGHBOUR_PREPS or border_with(head.head))

    @staticmethod
    def _refine(
        best: Location | None, groups: list[list[str]], places: Mapping[str, Location]
    ) -> Location | None:
        for names in groups:
            for name in names:
                cand = places.get(name)
                if cand is None or cand.precision is None:
                    continue
                if (_rank(cand) < _rank(best) or inside_district(cand, best)) and (
                        _consistent(cand, best)):
                    best = cand
        return best

    def _sentence_places(self, sentence: Span, found: DocumentPlaces,
                         triggers: Sequence[Token] = ()) -> list[str]:
        # a dateline says where the report was filed: it is the last resort (`_filed`); nor
        # is where the speakers or a crowd were where what they tell of happened
        long = long_text(sentence.doc.text)
        ents = [e for e in entities_in(sentence) if e.label_ in PLACE_LABELS
                and e.start_char not in found.filed_at and not self._elsewhere(e)
                and not speaker(e) and not (speaking(e) and self.nation(e) is None)
                and not bystanders_place(e, triggers)
                and not (long and speakers_place(e))]
        # "armed groups of Zintan and Zawiya clashed near the refinery in X": a place that
        # only says whose the party is gives way to one the text locates the event in
        located = [e for e in ents if not of_party(e)]
        kept = located if len(located) < len(ents) and any(
            placed_in(e) or locative_site(e) for e in located) else ents
        # "in Tarmiyah district, north of Baghdad": a reference point gives way to a place
        # the gazetteer knows
        placed = [e for e in kept if not reference_point(e)]
        if any((found.names.get(e.text) or Location()).precision for e in placed):
            kept = placed
        named = [e.text for e in kept]
        return list(dict.fromkeys(named)) + found.bare.get(sentence.start, [])

    def _elsewhere(self, ent: Span) -> bool:
        """A country that is not where a sentence's events happened: a neighbour or an origin
        ("from Iran"), what it qualifies ("China 'Silk Road' project", not "Pakistan market
        bomb", whose event noun it places), or the object of a verb that does not harm it
        ("condemned Iran") — itself or as an item of a list ("condemnation from the United
        States and several countries, including Turkey and Saudi Arabia")."""
        if ent.root.dep_ == "pobj" and border_with(ent.root.head):  # "border with Congo"
            return True
        if self.nation(ent) is None:
            return False
        root = list_head(ent.root)
        if root.dep_ == "pobj":
            # "protest with India", "envoy to Iran": a party; "from Iran", "near Iran": abroad
            prep = root.head.lower_
            return prep in _NEIGHBOUR_PREPS or prep not in lexicon().locative_preps
        if root.dep_ in ("dobj", "dative"):  # "condemned Iran" (but "rockets hit Israel")
            return lemma(root.head) not in lexicon().harm_verbs
        return root.dep_ in _MODIFIER_DEPS and lemma(root.head) not in lexicon().event_nouns

