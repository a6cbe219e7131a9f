"""Where a happening took place: the most precise place its own sentences name, refined by the
rest of the document when those sentences only name a country or a province.

News names the country in the headline and the town in the body ("Blast kills 3 in southwest
Pakistan … The bomb went off near a checkpoint in Quetta"). A happening's location is therefore
the most precise of: the places attached to its triggers; other places in its sentences; for the
document's main event, places anywhere in the document — always only places consistent with what
is already known (same country, same province). A country named as a neighbour or an origin
("fire from Iran", "near Iran") or as what a noun belongs to ("China 'Silk Road' project",
"protest with India") is not where the event happened.

Places are resolved in the context of the countries the document names (places, nationalities,
"Pakistan Army"). What still stops at the country is refined by regional words (`regions.py`):
"southwest Pakistan", "tribal area", a neighbour whose border lies in one province, and the
side of a divided name ("Kashmir", "LoC") told by a qualifier, by who was hit or by where the
fire came from. A divided name whose side is not told keeps the gazetteer's reading of it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date

from spacy.tokens import Doc, Span, Token

from roydad.extract.arguments import Argument
from roydad.extract.events import Happening, dates_clause
from roydad.extract.locations import (
    MISREAD_LABELS,
    MISREAD_PREPS,
    PLACE_LABELS,
    datelines,
    misread_places,
    speaker,
)
from roydad.extract.qualifiers import Qualifier
from roydad.extract.regions import Clues, RegionalRules, load_regions
from roydad.extract.syntax import entities, entities_in, entity_of, lemma, lexicon
from roydad.models import Location
from roydad.resolve.actors import ActorResolver
from roydad.resolve.calendar_dates import MONTHS
from roydad.resolve.placenames import is_generic, split_designator
from roydad.resolve.places import Gazetteer, PlaceContext

PRECISION_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4}
# "cross-border fire from Iran", "attack near Iran", "infiltration towards Pakistan": a country
# after these is a neighbour or an origin, not where the event happened.
_NEIGHBOUR_PREPS = {"from", "near", "towards", "toward", "beyond"}
_MODIFIER_DEPS = {"compound", "amod", "nmod", "poss"}
_BORDER_NOUNS = {"border", "frontier", "side", "boundary", "borderland"}
_NATION_LABELS = {"NORP", "GPE"}
# A happening the report dates only to a month or a year ("the strike that killed Soleimani in
# January 2020") is history it recalls, not the news its dateline places.
_RECALLED = {"month", "year"}


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

    def __init__(self, gazetteer: Gazetteer, actors: ActorResolver | None = None) -> None:
        self.gazetteer = gazetteer
        self.actors = actors or ActorResolver.load()
        self.rules = RegionalRules(self._division, load_regions())
        self.qualifier = Qualifier(gazetteer)
        # The current document's place names the NER missed, by sentence start (see _bare).
        self.bare: dict[int, list[str]] = {}
        # The countries the current document names (places and nationalities), with counts.
        self.countries: Counter[str] = Counter()
        # The divided names of the document ("Kashmir") as the gazetteer reads them alone.
        self.divided: dict[str, Location | None] = {}
        self._nations: dict[tuple[str, str], str | None] = {}
        # The current document's datelines (token offset, name), in order.
        self.datelines: list[tuple[int, str]] = []
        self.filed_at: set[int] = set()  # where (character offset) its dateline places start
        # Names the NER took for persons that the gazetteer knows as places (see _misread).
        self.misread: dict[str, Location] = {}

    def document_places(self, doc: Doc) -> dict[str, Location]:
        """Every place name in the document, resolved together in the context of the countries
        it names; unknown names, and names a line of control divides, kept as written."""
        query = {e.text: _place_words(e) + _unit_after(e)
                 for e in entities(doc) if e.label_ in PLACE_LABELS}
        names = list(query)
        self.countries = Counter(c for e in entities(doc) if (c := self._country_named(e)))
        # Facilities ("Camp Shorabak", "the Rolando cafe") are not in a gazetteer of towns and
        # provinces: they keep their name, and the town named with them gives the coordinates
        # (but "Karachi 5 March" is Karachi).
        facilities = {e.text for e in entities(doc) if e.label_ == "FAC"
                      and query[e.text] == e.text and not split_designator(e.text).kinds}
        towns = [n for n in names if n not in facilities]
        asked = [query[n] for n in towns]
        context = PlaceContext(countries=frozenset(self.countries), places=tuple(asked))
        resolved = self.gazetteer.resolve_many(asked, context) if towns else []
        found = dict(zip(towns, resolved, strict=True))
        # "Kashmir" is placed by the happening it is named with (regions.py), not by the
        # document's countries; the gazetteer's reading of the name alone is kept for when the
        # happening does not tell the side
        self.divided = {n: self.gazetteer.resolve(query[n])
                        for n in towns if self.rules.regions.divided_name(n)}
        found.update(self._facilities(facilities, context))
        places = {
            name: (None if name in self.divided else found.get(name)) or Location(name=name)
            for name in names
        }
        self.qualifier.apply(doc, places, query, context, self.nation, PLACE_LABELS)
        bare = self._bare(doc, places)
        self.bare = {start: list(found_in) for start, found_in in bare.items()}
        for found_in in bare.values():
            places.update(found_in)
        filed = datelines(doc)
        self.datelines = [(e.start, e.text) for e in filed if e.text in places]
        self.filed_at = {e.start_char for e in filed}
        self.misread = self._misread(doc, places)
        return places

    def _facilities(self, names: set[str], context: PlaceContext) -> dict[str, Location]:
        """A facility named after its town ("Baghdad International Airport", "Kabul Serena
        Hotel") is in that town: the facility keeps its name, the town gives the rest."""
        out: dict[str, Location] = {}
        for name in names:
            words = name.split()
            for size in (2, 1):
                if len(words) <= size or not all(w[:1].isupper() for w in words[:size]):
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

    def _misread(self, doc: Doc, places: dict[str, Location]) -> dict[str, Location]:
        """Foreign place names the NER took for a person, after a locative preposition
        ("killed in IS attacks in Badia al-Sukhnah"): kept when the gazetteer knows a place of
        that name (a word of it, "As Sukhnah") in a country the document names — a person's
        name that happens to spell a town abroad is not one."""
        names = {e.text for e in entities(doc) if e.label_ in MISREAD_LABELS
                 and e.root.dep_ == "pobj" and e.root.head.lower_ in MISREAD_PREPS}
        if not names:
            return {}
        countries = {loc.country for loc in places.values() if loc.country} | set(self.countries)
        context = PlaceContext(countries=frozenset(countries), places=tuple(places))
        found: dict[str, Location] = {}
        for name in names:
            loc = self.gazetteer.resolve(name, context)
            if loc is None or loc.precision == "country" or loc.country not in countries:
                continue
            words = {w for w in name.casefold().replace("-", " ").split() if len(w) >= 4}
            if any(w in words for w in (loc.name or "").casefold().replace("-", " ").split()):
                found[name] = loc
        return found

    def _country_named(self, ent: Span) -> str | None:
        """The country a place or nationality is, or an organisation is of ("Pakistan Army",
        "Pak's Punjab", "Indian Army")."""
        if ent.label_ in _NATION_LABELS:
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
            self._nations[key] = found or self.gazetteer.country_named(text)
        return self._nations[key]

    def _bare(self, doc: Doc, places: dict[str, Location]) -> dict[int, dict[str, Location]]:
        """Place names the NER missed or took for an organisation, common in headlines
        ("Kharan: 1 killed ...", "killed in Pak's Punjab", "Khyber Pakhtunkhwa: Police"): proper
        nouns (one or two words) outside person and place entities that the gazetteer knows by
        exactly that name, inside the one country the document's places name — never a town of
        another country that a capitalised word happens to spell ("Police", Poland)."""
        # a nationality names the country too ("Turbat: attack on Pakistani forces")
        countries = {loc.country for loc in places.values() if loc.country} | set(self.countries)
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
        self, happening: Happening, places: dict[str, Location], doc: Doc, main: bool,
        published: date | None = None,
    ) -> Location | None:
        """Where the happening took place, with the first-level division of its day: the date
        the report gives it, else (news being about the days before) the publication date."""
        best = self._place(happening, places, doc, main)
        day = happening.when.start if happening.when is not None else published
        if best is None or best.admin2 is None or day is None:
            return best
        return self.rules.as_of(best, day)

    def _place(
        self, happening: Happening, places: dict[str, Location], doc: Doc, main: bool
    ) -> Location | None:
        sentences = list({c.sentence.start: c.sentence for c in happening.members}.values())
        # a country named as a party ("US drone strike", "carried out by the United States") is
        # not where it happened, unless the text also says it happened there ("in Pakistan")
        parties = self._nations_of(a for c in happening.members for a in c.actors) - {
            c for s in sentences for e in entities_in(s) if _located(e) and (c := self.nation(e))}
        # ... and only when the report puts something in another country ("in Yemen"): a state
        # acting at home ("Pakistan kills 4 militants") stays where it is
        if not {p.country for e in entities(doc) if _located(e) and (p := places.get(e.text))
                and p.country} - parties:
            parties = frozenset()
        places = {n: p for n, p in places.items()
                  if not (p.precision == "country" and p.country in parties)}
        own = self._own(happening, places)
        best = min(own, key=_rank) if own else None
        best = self._refine(best, [self._sentence_places(s) for s in sentences], places)
        if best is None:
            best = self._filed(happening, places)
        if main and _rank(best) >= PRECISION_RANK["admin1"]:
            best = self._refine(best, [self._sentence_places(s) for s in doc.sents], places)
        if _rank(best) >= PRECISION_RANK["country"]:
            best = self.rules.place(self._clues(happening, sentences, best)) or best
        if best is None or best.precision is None:
            # no side told: a divided name the happening gives stands as the gazetteer reads it
            named = [n for n in [best.name if best else None,
                                 *(n for s in sentences for n in self._sentence_places(s))]
                     if n is not None and self.divided.get(n) is not None]
            best = self.divided[named[0]] if named else best
        return best

    def _own(self, happening: Happening, places: dict[str, Location]) -> list[Location]:
        """The places attached to the happening's triggers: named places, but not a dateline
        (where the report was filed: `_filed`) nor a neighbour or an origin; and names the NER
        took for persons that the gazetteer knows as places of the document's countries."""
        own = [places[c.place.text] for c in happening.members
               if c.place is not None and c.place.text in places and not self._abroad(c.place)
               and c.place.start not in self.filed_at]
        if self.misread:
            own += [self.misread[e.text] for c in happening.members
                    for e in misread_places(c.hit.head, c.sentence) if e.text in self.misread]
        return own

    def _filed(self, happening: Happening, places: dict[str, Location]) -> Location | None:
        """The dateline of the report a happening is told in ("KABUL — ... several protesters
        were detained"), for a happening its sentences do not place — unless the report dates
        it only to a month or a year: history it recalls happened elsewhere as often as not."""
        if not self.datelines or _recalled(happening):
            return None
        start = happening.first.sentence.start
        before = [name for at, name in self.datelines if at <= start]
        return places.get(before[-1]) if before else None

    def _clues(self, happening: Happening, sentences: list[Span],
               best: Location | None) -> Clues:
        hit = self._nations_of(a for c in happening.members for a in c.recipients)
        about = best.country if best is not None and best.country else None
        if about is None:
            # "Six Pakistani soldiers killed in the southwest": placed by whom it hit, or by
            # the one country the document names
            about = next(iter(hit), None) if len(hit) == 1 else None
        if about is None and len(self.countries) == 1:
            about = next(iter(self.countries))
        # the lines its place was read from too ("Kashmir (September 2018)\n... violations")
        read = [c.place.head.sent for c in happening.members if c.place is not None]
        texts = tuple(dict.fromkeys(s.text for s in [*sentences, *read]))
        firing = self._firing(sentences)
        shooters = self._nations_of(a for c in happening.members for a in c.actors)
        beyond = {c for s in sentences for e in entities_in(s)
                  if e.label_ in _NATION_LABELS and self._beyond(e) and (c := self.nation(e))}
        return Clues(
            texts=texts, about=about, named=frozenset(beyond | shooters | firing),
            hit=hit, shooters=shooters | firing,
            fire_across=happening.mode == "shelling" or bool(firing),
            document=tuple(self.countries.items()),
        )

    def _firing(self, sentences: list[Span]) -> frozenset[str]:
        """Countries named as the source of fire: "Indian firing", "Iranian mortar attack",
        "fire by Indian troops" — fire from a state's side, which is fire across a line."""
        fire = self.rules.regions.fire_nouns
        found: set[str] = set()
        for sentence in sentences:
            for ent in entities_in(sentence):
                if ent.label_ not in _NATION_LABELS:
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
                if ent.label_ in (*_NATION_LABELS, "ORG"):
                    country = next((c for t in texts if (c := self.nation(ent, t))), None)
                    found.update([country] if country else [])
        return frozenset(found)

    @staticmethod
    def _beyond(ent: Span) -> bool:
        """Named as what lies across a border: "from Iran", "near Iran", "the Iran border",
        "the Afghan side"."""
        root = ent.root
        if root.dep_ == "pobj":
            return root.head.lower_ in _NEIGHBOUR_PREPS
        return root.dep_ in _MODIFIER_DEPS and lemma(root.head) in _BORDER_NOUNS

    def _abroad(self, place: Argument) -> bool:
        """A country named as a neighbour or an origin ("fire from Iran", "near Iran")."""
        head = place.head
        ent = entity_of(head)
        return head.dep_ == "pobj" and head.head.lower_ in _NEIGHBOUR_PREPS and ent is not None \
            and self.nation(ent) is not None

    def _division(self, name: str, country: str) -> Location | None:
        return self.gazetteer.resolve(name, PlaceContext(countries=frozenset({country})))

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
        # a dateline says where the report was filed: it is the last resort (`_filed`)
        named = [e.text for e in entities_in(sentence) if e.label_ in PLACE_LABELS
                 and e.start_char not in self.filed_at and not self._elsewhere(e)
                 and not speaker(e)]
        return named + self.bare.get(sentence.start, [])

    def _elsewhere(self, ent: Span) -> bool:
        """A country that is not where a sentence's events happened: a neighbour or an origin
        ("from Iran"), or what it qualifies ("China 'Silk Road' project", not "Pakistan market
        bomb", whose event noun it places) — itself or as an item of a list ("condemnation
        from the United States and several countries, including Turkey and Saudi Arabia")."""
        if self.nation(ent) is None:
            return False
        root = _list_head(ent.root)
        if root.dep_ == "pobj":
            # "protest with India", "envoy to Iran": a party; "from Iran", "near Iran": abroad
            prep = root.head.lower_
            return prep in _NEIGHBOUR_PREPS or prep not in lexicon().locative_preps
        return root.dep_ in _MODIFIER_DEPS and lemma(root.head) not in lexicon().event_nouns


def _located(ent: Span) -> bool:
    """A name the text puts an event in: the object of a locative preposition ("in Yemen")."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in lexicon().locative_preps and (
        root.head.lower_ != "by")


def _recalled(happening: Happening) -> bool:
    """Whether the report dates the happening only to a month or a year, on its own clause
    ("the strike that killed Soleimani in January 2020"; not a date the sentence gives another
    verb)."""
    when = happening.when
    if when is None or when.precision not in _RECALLED:
        return False
    return any(
        c.date_span is not None and c.date_span.text == when.text
        and dates_clause(c.date_span, c.hit.head)
        for c in happening.members
    )


def _list_head(token: Token) -> Token:
    """The first item of the list a name is in: "condemnation from the United Nations, the
    United States and several countries, including Turkey and Saudi Arabia" — each country
    stands where the list does (here, among the condemners)."""
    for _ in range(10):
        if token.dep_ != "conj" or token.head == token:
            break
        token = token.head
    return token


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
