"""The place-and-province notation of ACLED-style notes: "in Kashmore (Sindh)", "on Khan
Shaykhun (Idleb)", "in Datta Khel (North Waziristan)", "police in Kerman (Kerman)".

The small English model reads the pair badly: it runs the name into the parenthesis as one
organisation ("Kashmore (Sindh"), or takes the town for a person ("Datta Khel", "Tirin Kot").
When the parenthesis holds exactly a province, district or country roydad knows, the name just
before it is a place inside it, whether or not the gazetteer knows that name: both become GPE
entities, replacing what the model made of them; so does a quarter written before the town, as
in an address ("Gulshan-e-Iqbal, Karachi (Sindh)", which the model cuts to "Gulshan"). A name
the actor knowledge base knows ("Islamic State (Khorasan)") and an acronym in brackets
("Balochistan Liberation Army (BLA)", "BAMAKO, Mali (AFP)") are left alone.

The parenthesis may name the units as well, and a chain of them, as notes from countries with
other units write it: "Nikopol (Dnipropetrovsk oblast)", "Mirebalais (Centre department)",
"Kolofata (Mayo-Sava department, Far North region)". The unit words (`unit_words` of
`data/lexicons/place_units.yaml`, lower case, or "LGA") stay outside the names; the last name
must be a province or country roydad knows, the ones before it (a department it may not know)
become places too, read inside it by `extract/qualifiers.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from functools import cache

from spacy.tokens import Doc, Span

from roydad.datafiles import load_data
from roydad.datafiles.place_lexicons import PlaceUnitsFile

# Kinds of known name a parenthesis must hold: what a note puts a place in.
_CONTAINERS = frozenset({"admin1", "admin2", "country"})
_MAX_NAME_TOKENS = 5
_MAX_INNER_TOKENS = 12  # "(Mayo-Sava department, Far North region)"
_CONNECTORS = frozenset({"-", "e", "i", "al", "el", "ul", "ud", "ur", "de", "da", "del", "ez",
                         "as", "an", "ad", "on", "upon"})  # "Rostov-on-Don (Rostov)"
# Labels the model may give the name itself; a number, a date or a time is never one.
NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP", "EVENT", "PRODUCT",
                         "WORK_OF_ART"})


def _name_token(text: str, first: bool, connectors: frozenset[str] = _CONNECTORS) -> bool:
    if text.lower() in connectors and not first:
        return True
    return text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha()


def noted_places(
    doc: Doc, kind_of: Callable[[str], str | None], actors: Container[str],
    key: Callable[[str], str],
) -> list[Span]:
    """GPE spans for each "Name (Province)" pair of the text. `kind_of(text)`: the kind of known
    place a name is ("admin1", "city", ...) or None; `actors`: the actor aliases, by `key`."""
    found: list[Span] = []
    for open_ in doc:
        if open_.text != "(" or open_.i == 0:
            continue
        close = next((t.i for t in doc[open_.i + 1 : open_.i + 2 + _MAX_INNER_TOKENS]
                      if t.text == ")"), None)
        if close is None or close == open_.i + 1:
            continue
        items = _items(doc[open_.i + 1 : close])
        if not items or (len(items) == 1 and len(items[0]) > _MAX_NAME_TOKENS):
            continue
        last = items[-1]
        if kind_of(last.text) not in _CONTAINERS or any(key(i.text) in actors for i in items):
            continue
        name = name_before(doc, open_.i)
        if name is None or key(name.text) in actors or any(
                t.ent_type_ and t.ent_type_ not in NAME_LABELS for t in name):
            continue
        found += [Span(doc, name.start, name.end, label="GPE"),
                  *(Span(doc, i.start, i.end, label="GPE") for i in items)]
        # an address: "in Gulshan-e-Iqbal, Karachi (Sindh)", the quarter before the town
        quarter = name_before(doc, name.start - 1) if doc[name.start - 1].text == "," else None
        if quarter is not None and key(quarter.text) not in actors and not any(
                t.ent_type_ and t.ent_type_ not in NAME_LABELS for t in quarter):
            found.append(Span(doc, quarter.start, quarter.end, label="GPE"))
    return found


@cache
def _unit_words() -> frozenset[str]:
    return frozenset(load_data("data/lexicons/place_units.yaml", PlaceUnitsFile)["unit_words"])


def _items(inner: Span) -> list[Span]:
    """The names of a parenthesis: "Sindh" -> [Sindh]; "Mayo-Sava department, Far North
    region" -> [Mayo-Sava, Far North]; [] when it holds anything else (an acronym, a
    sentence, a name the unit word does not follow)."""
    if inner.text.isupper():
        return []
    items: list[Span] = []
    start = inner.start
    for end in [*(t.i for t in inner if t.text == ","), inner.end]:
        tokens = inner.doc[start:end]
        cut = len(tokens)
        while cut > 1 and (tokens[cut - 1].lower_ in _unit_words() and (
                tokens[cut - 1].is_lower or tokens[cut - 1].text == "LGA")):
            cut -= 1  # "Dnipropetrovsk oblast", "Gusau LGA"
        named = tokens[:cut]
        if not len(named) or len(named) > _MAX_NAME_TOKENS or not all(
                _name_token(t.text, i == 0) for i, t in enumerate(named)):
            return []
        items.append(named)
        start = end + 1
    return items


def name_before(doc: Doc, end: int, longest: int = _MAX_NAME_TOKENS,
                connectors: frozenset[str] = _CONNECTORS,
                not_first: frozenset[str] = frozenset()) -> Span | None:
    """The capitalised name ending just before `end` (at most `longest` tokens; connectors
    such as "-" or "e" in "Dasht-e Barchi" inside it), or None when there is none or it starts
    a sentence as an ordinary word. Words of `not_first` never open it ("Northern")."""
    start = end
    while start > 0 and end - start < longest and _name_token(doc[start - 1].text, False,
                                                               connectors):
        start -= 1
    # the name starts with a capital, not with a connector ("-", "e")
    while start < end and (not _name_token(doc[start].text, True, connectors)
                           or doc[start].lower_ in not_first):
        start += 1
    if start == end or (doc[start].is_sent_start and doc[start].pos_ != "PROPN"):
        return None
    return doc[start:end]
