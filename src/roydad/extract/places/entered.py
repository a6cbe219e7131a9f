"""Places the text itself says an event's actors went into or that it calls a place: "gunmen rode
into X and shot ...", "soldiers drove into X, in Y department, and detained ...", "a monastery in
X, in Y township, was shelled", "the village of X". Such a name is where the event happened, by
the text's own word, whether or not the NER took it for a place; the unit the text puts it in
("in Y department") gives its district and coordinates.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.context import DocumentContext
from roydad.extract.events import Candidate
from roydad.extract.lexicon import load_lexicon
from roydad.models import Location

# How alike two spellings of one word must be to be one name ("Hpakant", "Hpakan").
CLOSE = 0.85


@dataclass(frozen=True)
class Entered:
    name: Span
    unit: str | None  # "Bagaroua" of "in Bagaroua department"
    unit_word: str | None  # "department"


@dataclass(frozen=True)
class EnteredLexicon:
    movement_verbs: frozenset[str]
    movement_preps: frozenset[str]
    not_name_labels: frozenset[str]
    settlement_nouns: frozenset[str]
    container_units: frozenset[str]


@cache
def lexicon() -> EnteredLexicon:
    raw = load_lexicon("unlisted_places")
    return EnteredLexicon(*(frozenset(raw[k]) for k in (
        "movement_verbs", "movement_preps", "not_name_labels", "settlement_nouns",
        "container_units")))


def entered_place(cand: Candidate) -> Entered | None:
    """The place the candidate's actors moved into before acting, in its sentence ("rode into
    X ... and shot"; the trigger itself when it is the movement: "marched into X")."""
    lex = lexicon()
    head = cand.hit.head
    for verb in cand.sentence:
        if verb.i > head.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.movement_verbs:
            continue
        # a new clause after a semicolon tells another act
        if any(t.text == ";" for t in verb.doc[verb.i:head.i]):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in lex.movement_preps:
                continue
            # the name written right after the preposition, whatever the parse hangs it on
            # ("marched through Gangaw town carrying ...")
            end = prep.i + 1
            while end < prep.sent.end and (named(t := prep.doc[end]) or _named_people(t)):
                end += 1
            if end == prep.i + 1:
                continue
            name = prep.doc[prep.i + 1:end]
            # the NER takes many an unknown village for a people: the text must call it a
            # place then ("into Tamakoye, in Abala department")
            if any(named(t) for t in name) or called_place(name) is not None:
                return Entered(name, *_unit_after(name))
    return None


def called_place(name: Span) -> Entered | None:
    """A name the text calls a place: followed by "in Y department", or set beside a word for
    a settlement ("X, a village of ...", "the village of X")."""
    lex = lexicon()
    unit, word = _unit_after(name)
    if unit is not None:
        return Entered(name, unit, word)
    last = name[-1]
    if any(c.dep_ == "appos" and c.lemma_.lower() in lex.settlement_nouns for c in last.children):
        return Entered(name, None, None)
    prep = last.head
    if last.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in (
            lex.settlement_nouns):
        return Entered(name, None, None)
    return None


def named(token: Token) -> bool:
    """A capitalised proper name the NER did not read as a date, a number or a people."""
    return (token.pos_ == "PROPN" and token.is_title
            and token.ent_type_ not in lexicon().not_name_labels)


def _named_people(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and token.ent_type_ == "NORP"


def _unit_after(name: Span) -> tuple[str | None, str | None]:
    """"X, in Y department": the unit the text puts the name in (a few words after it)."""
    units = lexicon().container_units
    doc = name.doc
    end = min(name.end + 12, name.sent.end)
    i = name.end
    while i < end and doc[i].text not in (";", ".", "and", "but"):
        if doc[i].lower_ == "in":
            j = i + 1
            words = []
            while j < end and named(doc[j]):
                words.append(doc[j].text)
                j += 1
            if words and j < end and doc[j].lower_ in units:
                return " ".join(words), doc[j].lower_
            if words:
                return None, None
        i += 1
    return None, None


def name_of(token: Token) -> Span:
    """The whole name: "Busra al-Sham", "Bulo Burde" (its compounds and hyphens before it)."""
    start = token.i
    while start > 0 and (
        (prev := token.doc[start - 1]).head.i in range(start, token.i + 1)
        and prev.dep_ in ("compound", "punct", "nmod") and prev.text not in (",", "(", "the")
    ):
        start -= 1
    end = token.i + 1
    # "in Delmas 33": the number of a numbered neighbourhood is part of its name
    if end < len(token.doc) and (after := token.doc[end]).like_num and after.head.i == token.i \
            and after.ent_type_ == token.ent_type_ and after.ent_iob_ == "I":
        end += 1
    return token.doc[start:end]


def home_province(context: DocumentContext, where: str | None) -> Location | None:
    """The province most of the document's towns in its country lie in, if one leads (not
    counting the dateline: where the report was filed)."""
    filed = {name for _, name in context.places.datelines}
    towns = [loc for name, loc in context.places.names.items()
             if name not in filed and loc.country == where and loc.admin1
             and loc.precision in (*("city", "point"), "admin2", "admin1")]
    ranked = Counter(loc.admin1 for loc in towns).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return next(loc for loc in towns if loc.admin1 == ranked[0][0])


def whole_name(text: str, listed: Location) -> bool:
    """The gazetteer's name holds every word of the written one ("Herat" as "Herat city"), or
    is a close spelling of it word for word ("Hpakant" as "Hpakan")."""
    mine = plain(text).replace("-", " ").split()
    theirs = plain(listed.name or "").replace("-", " ").split()
    close = len(mine) == len(theirs) and all(
        SequenceMatcher(None, a, b).ratio() >= CLOSE for a, b in zip(mine, theirs, strict=True))
    return bool(mine) and (set(mine) <= set(theirs) or close)


def plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
