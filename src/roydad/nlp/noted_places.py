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
"""

from __future__ import annotations

from collections.abc import Callable, Container

from spacy.tokens import Doc, Span

# Kinds of known name a parenthesis must hold: what a note puts a place in.
_CONTAINERS = frozenset({"admin1", "admin2", "country"})
_MAX_NAME_TOKENS = 5
_CONNECTORS = frozenset({"-", "e", "i", "al", "el", "ul", "ud", "ur", "de", "da", "del", "ez",
                         "as", "an", "ad", "on", "upon"})  # "Rostov-on-Don (Rostov)"
# Labels the model may give the name itself; a number, a date or a time is never one.
_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP", "EVENT", "PRODUCT",
                          "WORK_OF_ART"})


def _name_token(text: str, first: bool) -> bool:
    if text.lower() in _CONNECTORS and not first:
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
        close = next((t.i for t in doc[open_.i + 1 : open_.i + 2 + _MAX_NAME_TOKENS]
                      if t.text == ")"), None)
        if close is None or close == open_.i + 1:
            continue
        inner = doc[open_.i + 1 : close]
        if inner.text.isupper() or not all(
                _name_token(t.text, i == 0) for i, t in enumerate(inner)):
            continue
        if kind_of(inner.text) not in _CONTAINERS or key(inner.text) in actors:
            continue
        name = _name_before(doc, open_.i)
        if name is None or key(name.text) in actors or any(
                t.ent_type_ and t.ent_type_ not in _NAME_LABELS for t in name):
            continue
        found += [Span(doc, name.start, name.end, label="GPE"),
                  Span(doc, inner.start, inner.end, label="GPE")]
        # an address: "in Gulshan-e-Iqbal, Karachi (Sindh)", the quarter before the town
        quarter = _name_before(doc, name.start - 1) if doc[name.start - 1].text == "," else None
        if quarter is not None and key(quarter.text) not in actors and not any(
                t.ent_type_ and t.ent_type_ not in _NAME_LABELS for t in quarter):
            found.append(Span(doc, quarter.start, quarter.end, label="GPE"))
    return found


def _name_before(doc: Doc, end: int) -> Span | None:
    """The capitalised name ending just before the parenthesis (at most five tokens; connectors
    such as "-" or "e" in "Dasht-e Barchi" inside it), or None."""
    start = end
    while start > 0 and end - start < _MAX_NAME_TOKENS and _name_token(doc[start - 1].text,
                                                                        False):
        start -= 1
    # the name starts with a capital, not with a connector ("-", "e")
    while start < end and not _name_token(doc[start].text, True):
        start += 1
    if start == end or (doc[start].is_sent_start and doc[start].pos_ != "PROPN"):
        return None
    return doc[start:end]
