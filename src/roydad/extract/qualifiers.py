"""The country or province a text puts a place in, and the readings that follow from it.

Reporting places a small place by naming what it lies in: "in Nawur district, Ghazni", "in
Andar district of Ghazni province", "Qala-e Now (Sangin, Helmand)", "Quetta, Pakistan",
"Ghazni's Andar district", "the Mexican border city of Nuevo Laredo". The container is a strong
hint both ways: the small place must lie inside it (a namesake abroad or in another province is
never meant), and a container written after a district ("Nawur district, Ghazni") is the
province, not its capital.

A container in a parenthesis is read as the province too ("Kayes (Kayes)", "Hajin (Deir
ez-Zor)"), and is found even when the NER did not take it for a place ("Boulkessi (Sahel,
Burkina Faso)"). A village the gazetteer lacks, named inside a province or district it knows,
keeps its name at the unit's point and precision: the text still says which province it is in.

Only these shapes count; a plain list ("Kabul, Kandahar and Herat") does not, and a province is
never put inside another one.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span

from roydad.extract.places.units import unit_words
from roydad.models import Location
from roydad.resolve.places import Gazetteer, PlaceContext
from roydad.resolve.places.names import normalise, split_designator

_JOINERS = frozenset({",", "of", "in", "("})
_MAX_GAP = 4
_MAX_APPOSITIVE = 10
# Containers that place a village the gazetteer lacks: it lies somewhere in them.
_UNITS = frozenset({"admin1", "admin2"})


@dataclass(frozen=True, slots=True)
class Within:
    """What a place lies in: a country (alpha-3) and, when the text names one, a province."""

    country: str
    admin1: str | None = None


def _place_ents(doc: Doc, labels: set[str]) -> list[Span]:
    return [e for e in doc.ents if e.label_ in labels]


def _gap_words(doc: Doc, start: int, end: int) -> list[str] | None:
    """The words between a place and its container, when they are only unit words and joiners
    ("district ,", "LGA of"); a unit the NER did not take for a place counts as its unit word
    ("Moso village, Hpruso township, Kayah state"); an appositive describing the place too
    ("Kyauktan, a village tract in the north of Sagaing region")."""
    words = unit_words()
    tokens = list(doc[start:end])
    # "Hpruso township": a capitalised name right before a unit word is that unit
    gap = [t.lower_ for i, t in enumerate(tokens) if not (
        t.is_title and any(u.lower_ in words.unit_words for u in tokens[i + 1:i + 3]))]
    if gap[:2] in ([",", "a"], [",", "an"]) and len(gap) <= _MAX_APPOSITIVE and gap[-1] in (
            "in", "of") and any(w in words.settlement_nouns for w in gap) and all(
            w in words.unit_words or w in _JOINERS or w in words.appositive_words
            or w in words.reference_words for w in gap):
        return gap
    if len(gap) > _MAX_GAP or not all(w in words.unit_words or w in _JOINERS for w in gap):
        return None
    return gap if any(w in _JOINERS for w in gap) else None


def _listed(doc: Doc, ent: Span, ents: list[Span]) -> bool:
    """Whether the container is an item of a list ("Kabul, Kandahar and Herat", "Kabul,
    Kandahar, Herat"), not the end of "(Khewa, Nangarhar)"."""
    starts = {e.start: e for e in ents}

    def next_item(at: int) -> Span | None:
        if at >= len(doc) or doc[at].lower_ not in (",", "and", "or"):
            return None
        nxt = starts.get(at + 1) or (starts.get(at + 2) if doc[at + 1].lower_ in (
            "and", "or") else None)
        return nxt

    nxt = next_item(ent.end)
    if nxt is None:
        return False
    return doc[ent.end].lower_ != "," or next_item(nxt.end) is not None or (
        doc[nxt.start - 1].lower_ in ("and", "or"))


def containers(doc: Doc, labels: set[str]) -> list[tuple[Span, Span, bool]]:
    """(place, its container, loose): the shapes of the module docstring. `loose` marks the
    bare comma ("Sangin, Helmand"), where the container must read as a country or a province;
    after a unit word, "of" or a parenthesis any place the container is will do."""
    ents = _place_ents(doc, labels)
    found: list[tuple[Span, Span, bool]] = []
    for x, y in pairwise(ents):
        if x.sent.start != y.sent.start or _listed(doc, y, ents):
            continue
        gap = _gap_words(doc, x.end, y.start)
        if gap is None:
            continue
        # (a parenthesis is never a list: "Gulshan-e-Iqbal, Karachi (Sindh)")
        # (nor a chain of units: "in Mora, Mayo-Sava department, Far North region")
        # ("Moso village, Hpruso township": a place written with its unit word is an address)
        own_unit = len(x) > 1 and x[-1].lower_ in unit_words().unit_words
        chain = own_unit or any(w in unit_words().unit_words and w != "the" for w in gap)
        if "(" not in gap and not chain and x.start > 0 and doc[x.start - 1].lower_ == ",":
            before = [e for e in ents if e.end == x.start - 1]
            if before:
                continue  # "Kabul, Kandahar, Herat": a list, not a place and its province
        loose = gap == [","] and not own_unit and not (
            y.end < len(doc) and doc[y.end].lower_ in unit_words().container_units) and not (
            len(y) > 1 and y[-1].lower_ in unit_words().container_units)
        found.append((x, y, loose))
    for y, x in pairwise(ents):
        # "Ghazni's Andar district", "Pakistan's Kurram valley"
        if y.end < len(doc) and doc[y.end].tag_ == "POS" and 0 <= x.start - y.end - 1 <= 1:
            found.append((x, y, False))
    starts = {e.start for e in ents}
    for x in ents:
        # "Boulkessi (Sahel, Burkina Faso)" with the parenthesis not read as a place
        inside = _parenthesis_head(doc, x.end)
        if inside is not None and inside.start not in starts:
            found.append((x, inside, False))
    return found


def _parenthesis_head(doc: Doc, at: int) -> Span | None:
    """The first item of a parenthesis that opens at `at`: "(Sahel, Burkina Faso)" -> Sahel;
    None when there is none, or when it is longer than a place name."""
    if at >= len(doc) or doc[at].text != "(":
        return None
    for end in range(at + 2, min(at + 2 + _MAX_GAP, len(doc))):
        if doc[end].text in (",", ")"):
            head = doc[at + 1:end]
            return head if all(t.is_title or t.is_upper or t.is_punct for t in head) else None
    return None


def nationality_units(doc: Doc, nation: Callable[[Span], str | None],
                      labels: set[str]) -> dict[Span, str]:
    """Places a nationality puts in its country: "the Mexican border city of Nuevo Laredo"."""
    out: dict[Span, str] = {}
    by_start = {e.start: e for e in _place_ents(doc, labels)}
    for ent in doc.ents:
        if ent.label_ not in ("NORP", "GPE"):
            continue
        for size in range(1, 4):
            of = ent.end + size
            if of + 1 >= len(doc) or doc[of].lower_ != "of":
                continue
            x = by_start.get(of + 1)
            if doc[of - 1].lower_ in unit_words().unit_heads and x is not None and (
                    country := nation(ent)) is not None:
                out[x] = country
            break
    return out


class Qualifier:
    """Applies what the text says a place lies in to the document's resolved places."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def within(self, container: Location | None, text: str, loose: bool,
               context: PlaceContext, district: bool = False,
               ) -> tuple[Within | None, Location | None]:
        """What the container says (and its province reading, when it is one)."""
        if container is None or container.country is None:
            return None, None
        if container.precision == "country":
            return Within(container.country), None
        if container.precision == "admin1":
            return Within(container.country, container.admin1), None
        # "Nawur district, Ghazni": after a district, a name that is a province's and its
        # capital's is the province (not after a street or a quarter: "Madrid's Puerta del Sol")
        province = self.gazetteer.resolve(
            f"{split_designator(text).key} province", context) if district else None
        if province is not None and province.precision == "admin1" and (
                province.country == container.country):
            return Within(province.country, province.admin1), province
        if loose or container.admin1 is None:
            return None, None
        return Within(container.country, container.admin1), None

    def _unit(self, text: str, context: PlaceContext) -> Location | None:
        """A province or country named where the NER saw none (a parenthesis)."""
        found = self.gazetteer.resolve(text, context)
        return found if found is not None and found.precision in ("admin1", "country") else None

    def _inside(self, asked: str, within: Within, context: PlaceContext) -> Location | None:
        return self.gazetteer.resolve_within(asked, within.country, within.admin1, context)

    def _namesake(self, asked: str, container: str, within: Within | None,
                  context: PlaceContext) -> tuple[Within, Location] | None:
        """Another country or province of the container's name that the place lies in
        (the first, best known, that has it), with that unit."""
        for unit in self.gazetteer.units_named(container):
            if unit.country is None:
                continue
            other = Within(unit.country, unit.admin1 if unit.precision == "admin1" else None)
            if other != within and self._inside(asked, other, context) is not None:
                return other, unit
        return None

    def apply(self, doc: Doc, places: dict[str, Location], query: dict[str, str],
              context: PlaceContext, nation: Callable[[Span], str | None],
              labels: set[str], sites: AbstractSet[str] = frozenset()) -> None:
        """Re-read each contained place inside its container (and a container that names a
        province as the province); a place with no reading there is left unresolved. A named
        site ("Bagram Airfield in Afghanistan") keeps the name the text gives it."""
        pairs = containers(doc, labels)
        # "the Surankote area of Poonch district (Jammu and Kashmir)": a container the text
        # places in turn is read inside its own container first
        holding = {y.text for _, y, _ in pairs}
        outer = [pair for pair in pairs if pair[0].text in holding]
        if outer:
            self._apply(doc, places, query, context, outer, sites)
        constrained = self._apply(doc, places, query, context, pairs, sites)
        constraints: dict[str, tuple[Within, bool]] = {}
        for x, country in nationality_units(doc, nation, labels).items():
            if x.text not in constrained:
                constraints.setdefault(x.text, (Within(country), False))
        self._resolve(constraints, {}, places, query, context, sites)
        constrained |= set(constraints)
        # "in Dasht-e Barchi, Kabul": a quarter the gazetteer lacks, read as a namesake abroad
        # that nothing else of the document supports, lies in the town it is named with
        for x, y, _ in pairs:
            town, current = places.get(y.text), places.get(x.text)
            if town is not None and current is not None and x.text not in constrained and (
                    _stray(x.text, current, town, places, context)):
                places[x.text] = in_unit(x.text, town)

    def _apply(self, doc: Doc, places: dict[str, Location], query: dict[str, str],
               context: PlaceContext, pairs: list[tuple[Span, Span, bool]],
               sites: AbstractSet[str]) -> set[str]:
        """Re-read the places of `pairs` inside their containers; the names it constrained."""
        constraints: dict[str, tuple[Within, bool]] = {}
        holders: dict[str, Location] = {}  # the province or district a place lies in
        outer = {y.text: z for y, z, loose in pairs if not loose}
        for x, y, loose in pairs:
            if x.text not in places or places[x.text].precision in ("admin1", "country"):
                continue  # a province is not inside another one; a country in nothing
            # "Karma, Yatenga province, Nord region": a unit the gazetteer lacks is passed
            # over for what the text puts it in
            for _ in range(2):
                if (places.get(y.text) or Location()).country is not None or (
                        y.text not in outer or self._unit(y.text, context) is not None):
                    break
                y, loose = outer[y.text], False
            # after a district, and in a parenthesis ("Kayes (Kayes)"), a name that is a
            # province's and its capital's is the province
            district = places[x.text].precision == "admin2" or any(
                t.lower_ in unit_words().district_words or t.text == "("
                for t in doc[x.start : max(x.end, y.start)])
            container = places.get(y.text) or self._unit(y.text, context)
            within, province = self.within(container, y.text, loose, context, district)
            if within is None or self._inside(query.get(x.text, x.text), within, context) is None:
                # "Bali (North-West)", "Bunia, Congo": the container has namesakes; the one
                # the place lies in is meant
                other = self._namesake(query.get(x.text, x.text), y.text, within, context)
                if other is not None:
                    within, province = other
                    places[y.text] = province.model_copy(update={"name": y.text})
            if within is None:
                continue
            if province is not None and y.text != x.text:
                places[y.text] = province.model_copy(update={"name": province.name})
            constraints.setdefault(x.text, (within, loose))
            holder = province or places.get(y.text) or container
            # "near Teguey in the Banibangou department": a town named as the unit (its seat)
            # holds a village the gazetteer lacks, as a district does
            seat = holder is not None and holder.precision == "city" and _named_as_unit(doc, y)
            if holder is not None and (holder.precision in _UNITS or seat):
                holders.setdefault(x.text, holder)
        # "in Dasht-e Barchi, Kabul (Kabul)", "Gulshan-e-Iqbal, Karachi (Sindh)": an address,
        # the quarter inside the town the parenthesis places, not a list
        for x, y, loose in pairs:
            held = constraints.get(y.text)
            if loose and held is not None and not held[1] and _before_parenthesis(doc, y):
                constraints.setdefault(x.text, (held[0], False))
        self._resolve(constraints, holders, places, query, context, sites)
        return set(constraints)

    def _resolve(self, constraints: dict[str, tuple[Within, bool]],
                 holders: dict[str, Location], places: dict[str, Location],
                 query: dict[str, str], context: PlaceContext, sites: AbstractSet[str]) -> None:
        """Each constrained place read again inside what holds it."""
        for name, (within, loose) in constraints.items():
            asked = query.get(name, name)
            loc = self.gazetteer.resolve_within(asked, within.country, within.admin1, context)
            current = places.get(name)
            if loc is not None:
                places[name] = loc.model_copy(update={"name": name}) if (
                    name in sites) else loc
            elif current is not None and (current.country is None or (
                    not loose and not _agrees(current, within))):
                # a bare comma may be a list ("in Karachi, Balochistan"): only a unit word,
                # "of", a parenthesis or a nationality overrule the place's own reading. A
                # village the gazetteer lacks ("Boulkessi (Sahel)") is placed by its unit
                # (else at its province, when the text names one)
                holder = holders.get(name) or self._province(within)
                places[name] = Location(name=name) if holder is None else in_unit(name, holder)

    def _province(self, within: Within) -> Location | None:
        """The province `within` names, as a place."""
        if within.admin1 is None:
            return None
        return next((u for u in self.gazetteer.units_named(within.admin1)
                     if u.country == within.country and u.precision == "admin1"), None)


def in_unit(name: str, unit: Location) -> Location:
    """A place the gazetteer does not know, named inside a province or a district it does:
    the place's name, at the unit's point and precision."""
    return unit.model_copy(update={"name": name})


def _named_as_unit(doc: Doc, ent: Span) -> bool:
    """A place written with the word for a district-like unit ("Banibangou department",
    "Maru LGA", "Kanbalu township")."""
    last = ent[-1].lower_
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    words = unit_words()
    units = words.district_words | words.seat_units
    return last in units or after in units


def _before_parenthesis(doc: Doc, ent: Span) -> bool:
    return ent.end < len(doc) and doc[ent.end].text == "("


def _stray(name: str, place: Location, town: Location, places: dict[str, Location],
           context: PlaceContext) -> bool:
    """A town's or district's reading abroad that nothing else of the document supports,
    named with a town of another country ("Dasht-e Barchi, Kabul" read as a village in Italy,
    "Kot, Peshawar" as a district of Afghanistan): no other
    place of the document lies in that country and it names neither the country nor its
    people."""
    towns = ("city", "point")
    if town.precision not in towns or town.country is None or (
            place.precision not in (*towns, "admin2")):
        return False
    if place.country in (None, town.country) or place.country in context.countries:
        return False
    return not any(other.country == place.country for key, other in places.items()
                   if key != name)


def _agrees(place: Location, within: Within) -> bool:
    if place.country is None:
        return True
    if place.country != within.country:
        return False
    return within.admin1 is None or normalise(place.admin1 or "") == normalise(within.admin1)

