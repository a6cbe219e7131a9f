"""Dates and places of the events of a long article read from the paragraph around them.

A long analysis tells many happenings on different days and in different places, and most of
its sentences do not repeat the date or the place: "On 9 September villagers were killed in
Dioura. ... A rights group said on 12 September that the army may have done it. The army
rejected the accusation." These rules give such a sentence what its own paragraph says, never
the publication day or the article's main place when the paragraph tells another:

* a day counted from an event the phrase names ("on the morning after the blast", "two days
  before the ambush") is counted from that event's day (`relative_to_events`);
* a happening still undated takes the last day written before it in its paragraph
  (`paragraph_dates`); a sentence with a date of its own keeps it;
* a happening its sentences do not place is where the person went ("travelled to Khar on 4
  August and met the families"), where the site it names again was ("marched from the market"
  after a market bombing), else where the happening it continues in the same paragraph was
  (`ParagraphPlaces`).

Only documents of several paragraphs are read this way (`is_long`): a short note is one stretch
of days and one place, which `when.py` and `event_place.py` handle.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import cache

from spacy.tokens import Doc, Span, Token

from roydad.extract.events import Happening
from roydad.extract.lexicon import load_lexicon
from roydad.extract.places.mentions import PLACE_LABELS
from roydad.extract.places.place_roles import colon_dateline
from roydad.extract.places.pointed import PointedPlaces
from roydad.extract.syntax import entities, entities_in
from roydad.extract.syntax import lexicon as arguments_lexicon
from roydad.models import Document, Location
from roydad.ontology import event_families
from roydad.resolve.calendar_dates import NUMBERS, Precision
from roydad.resolve.dates import ResolvedDate, resolve_date

# A document of at least this many paragraphs is a long article.
LONG_PARAGRAPHS = 3
_BREAK = re.compile(r"\n")
# Places no finer than these leave a happening to be placed by its paragraph.
_COARSE = frozenset({"country"})
_FINE = frozenset({"point", "city", "admin2", "admin1"})


@dataclass(frozen=True)
class ParagraphLexicon:
    unit_nouns: frozenset[str]
    day_parts: frozenset[str]
    after_words: frozenset[str]
    before_words: frozenset[str]
    day_units: frozenset[str]
    week_units: frozenset[str]
    hour_units: frozenset[str]
    motion_verbs: frozenset[str]
    motion_preps: frozenset[str]


@cache
def lexicon() -> ParagraphLexicon:
    raw = load_lexicon("paragraph_context")
    return ParagraphLexicon(*(frozenset(str(w).lower() for w in raw[k]) for k in (
        "unit_nouns", "day_parts", "after_words", "before_words", "day_units", "week_units",
        "hour_units", "motion_verbs", "motion_preps")))


# -- paragraphs ---------------------------------------------------------------------------------

class Paragraphs:
    """Where a document's paragraphs (its lines) start, by character offset."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _BREAK.finditer(text)]
        self.long = long_text(text)

    def of(self, char: int) -> int:
        """The paragraph number of a character offset."""
        return bisect_right(self.starts, char) - 1


def long_text(text: str) -> bool:
    """A text of at least `LONG_PARAGRAPHS` non-empty lines: an article, whose sentences lean
    on their paragraph and line; a short note is one stretch of days."""
    return sum(1 for line in text.split("\n") if line.strip()) >= LONG_PARAGRAPHS


def is_long(paragraphs: Paragraphs) -> bool:
    return paragraphs.long


# -- dates ----------------------------------------------------------------------------------------

def _number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in ("a", "an", "one"):
        return 1
    return NUMBERS.get(word)


def _offset(words: Sequence[Token], i: int) -> tuple[int, Precision] | None:
    """The days (and the precision) that words before the relation word at `i` count: "the
    morning after" one, "two days before" minus two, "hours after" none, "a week after" seven.
    Signs come from the caller."""
    lex = lexicon()
    unit = words[i - 1].lower_ if i > 0 else ""
    if unit in lex.day_parts:
        return 1, "day"
    count = _number(words[i - 2].text) if i > 1 else None
    if unit in lex.hour_units:
        return 0, "day"
    if count is None:
        return None
    if unit in lex.day_units:
        return count, "day"
    if unit in lex.week_units:
        return 7 * count, "week"
    return None


def event_relative(sentence: Span) -> tuple[int, Precision, str, str] | None:
    """A day counted from an event the sentence names: (days, precision, the event's noun
    lemma, the phrase) for "on the morning after the blast" (1, "day", "blast", "morning after
    the blast"), "two days before the ambush" (-2, "day", "ambush", ...); None when it counts
    from none."""
    lex = lexicon()
    words = list(sentence)
    for i, token in enumerate(words):
        low = token.lower_
        if low not in lex.after_words | lex.before_words:
            continue
        if token.dep_ == "mark" and (clause := _told_clause(token)) is not None:
            # "two weeks before the camp was hit": the clause's verb is the event
            if (found := _offset(words, i)) is None:
                continue
            days, precision = found
            phrase = sentence.doc[words[max(i - 2, 0)].i : clause.i + 1].text
            signed = days if low in lex.after_words else -days
            return signed, precision, clause.lemma_.lower(), phrase
        if token.dep_ != "prep":
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if not objects or objects[0].ent_type_ in ("DATE", "TIME"):
            continue
        noun = objects[0]
        if not any(c.lower_ in ("the", "that", "this") for c in noun.children):
            continue
        found = _offset(words, i)
        if found is None:
            continue
        days, precision = found
        first = i - 1 if days in (0, 1) and precision == "day" else max(i - 2, 0)
        phrase = sentence.doc[words[first].i : noun.i + 1].text
        return (days if low in lex.after_words else -days), precision, noun.lemma_.lower(), phrase
    return None


def _told_clause(mark: Token) -> Token | None:
    """The verb of a clause a relation word opens whose subject is a happening or a place told
    before ("before the camp was hit", "after the post was attacked"): "the", "that" or "this"
    point back to it. None for a clause that tells its own happening ("before gunmen stormed
    the school")."""
    verb = mark.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not any(c.lower_ in ("the", "that", "this") for c in subject.children):
        return None
    return verb


def relative_to_events(happenings: list[Happening]) -> None:
    """Date an undated happening whose sentence counts from an event it names ("on the morning
    after the blast, the governor blamed ...") from that event: the latest happening told
    before it with a mention of that noun, else the latest violent one, of a known day."""
    hostile = event_families().hostile
    ordered = sorted(happenings, key=lambda h: h.first.hit.span.start)
    for happening in ordered:
        if happening.first.certainty == "hypothetical":
            continue
        sentence = happening.first.sentence
        found = event_relative(sentence)
        if found is None:
            continue
        days, precision, noun, phrase = found
        # a date of its own stands, but not the part of day the phrase counts in ("the
        # morning" of "the morning after the blast" is no day by itself)
        when = happening.when
        if when is not None and not (
                when.text and when.text.lower().removeprefix("the ") in phrase.lower()):
            continue
        if when is not None and when.text == phrase:
            continue  # counted already from the mention it names (`timeline.event_day`)
        dated = [h for h in ordered if h is not happening and h.when is not None
                 and h.when.precision == "day" and h.first.sentence.start < sentence.start]
        named = [h for h in dated if any(c.hit.head.lemma_.lower() == noun for c in h.members)]
        violent = [h for h in dated if h.event_type in hostile]
        candidates = named or violent
        if not candidates or candidates[-1].when is None:
            continue
        referent = candidates[-1]
        assert referent.when is not None
        day = referent.when.start + timedelta(days=days)
        happening.when = ResolvedDate(start=day, end=None, precision=precision, text=phrase)


def paragraph_dates(happenings: list[Happening], doc: Doc, document: Document,
                    paragraphs: Paragraphs) -> None:
    """An undated happening of a long article takes the last day written before it in its
    paragraph (a day, or a month for history told by the month), not the publication day."""
    undated = [h for h in happenings if h.when is None and h.first.certainty != "hypothetical"]
    if not undated or not is_long(paragraphs):
        return
    written: list[tuple[int, int, ResolvedDate]] = []  # (paragraph, char, date)
    for ent in entities(doc):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        when = resolve_date(ent.text, document.pub_date, calendar=document.calendar)
        if when is None or when.precision not in ("day", "month") or when.end is not None:
            continue
        if document.pub_date is not None and when.start > document.pub_date:
            continue
        written.append((paragraphs.of(ent.start_char), ent.start_char, when))
    for happening in undated:
        start = happening.first.sentence.start_char
        here = paragraphs.of(start)
        before = [w for p, at, w in written if p == here and at < start]
        if before:
            happening.when = before[-1]


# -- places ---------------------------------------------------------------------------------------

Resolve = Callable[[str], Location | None]


@dataclass(frozen=True)
class Filed:
    """What a long article's dateline and pointers tell its paragraphs: the dateline towns
    (where the reporter was) and where they start, what the pointers point at, and the
    country a town lies in."""

    towns: list[Location]
    at: frozenset[int]
    pointed: PointedPlaces
    country_of: Callable[[Location], Location | None]


def _finer_within(pointed: Location, located: Location | None) -> bool:
    """A place pointed at refines what the happening's sentences gave: nothing, its country,
    or its province."""
    if located is None or located.precision is None:
        return True
    if located.country != pointed.country:
        return False
    if located.precision == "country":
        return True
    return located.precision == "admin1" and located.admin1 == pointed.admin1 and (
        pointed.precision != "admin1")


class ParagraphPlaces:
    """Places the happenings of a long article that their own sentences leave unplaced."""

    def __init__(self, doc: Doc, paragraphs: Paragraphs, names: dict[str, Location],
                 resolve: Resolve, filed: Filed | None = None) -> None:
        self.doc = doc
        self.paragraphs = paragraphs
        self.names = names
        self.resolve = resolve
        self.long = is_long(paragraphs)
        self.filed = filed

    def place(self, happening: Happening, located: Location | None,
              placed: Sequence[tuple[Happening, Location | None]]) -> Location | None:
        if not self.long:
            return located
        # the dateline's town, for a happening its own sentences do not put there, is where the
        # reporter was: the paragraph tells where it happened, else the dateline's country
        filed = self.filed is not None and self._only_filed(happening, located)
        # ("travelled to Khar and met the families in the town's mosque": the town gone to)
        pointed = self._went_to(happening) or (
            self.filed.pointed.place(happening, located) if self.filed else None)
        # a happening first told in a sentence that names no place but points back at one
        # ("gunmen there killed two traders") is where it points, whatever else placed it
        told = self._names_place(happening.first.sentence)
        if pointed is not None and (filed or not told or _finer_within(pointed, located)):
            return pointed
        own = any(self._names_place(c.sentence) for c in happening.members)
        if not filed and located is not None and located.precision not in _COARSE and (
                located.name is not None):
            return located
        found = None if own else self._went_to(happening) or self._site_again(
            happening, placed) or self._continued(happening, placed)
        if found is None and filed and self.filed is not None and located is not None:
            return self.filed.country_of(located) or located
        if found is None:
            return located
        if not filed and located is not None and located.country and (
                found.country != located.country):
            return located
        return found

    def _only_filed(self, happening: Happening, located: Location | None) -> bool:
        """Whether the happening's place is its report's dateline town only: not named in its
        own sentences."""
        assert self.filed is not None
        if located is None or located not in self.filed.towns:
            return False
        # ("Sibi: Bomb blast kills 5 labourers": the local press's "TOWN:" heads the news
        # it reports, and names its place)
        return not any(self.names.get(e.text) == located for c in happening.members
                       for e in entities_in(c.sentence) if e.label_ in PLACE_LABELS
                       and (e.start_char not in self.filed.at
                            or colon_dateline(self.doc, e.start)))

    def _names_place(self, sentence: Span) -> bool:
        """The sentence names a place finer than a country."""
        for ent in entities_in(sentence):
            if ent.label_ not in PLACE_LABELS:
                continue
            loc = self.names.get(ent.text)
            if loc is None or loc.precision != "country":
                return True
        return False

    def _went_to(self, happening: Happening) -> Location | None:
        """"travelled to Khar on 4 August and met the families": the meeting is where the
        verb of going it is joined to took its subject."""
        lex = lexicon()
        for cand in happening.members:
            head = cand.hit.head
            verbs = [head.head] if head.dep_ == "conj" else []
            verbs += [c for c in head.children if c.dep_ == "conj"]
            for verb in verbs:
                if verb.lemma_.lower() not in lex.motion_verbs:
                    continue
                for prep in verb.children:
                    if prep.dep_ != "prep" or prep.lower_ not in lex.motion_preps:
                        continue
                    for obj in prep.children:
                        if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                            name = self._name(obj)
                            found = self.names.get(name) or self.resolve(name)
                            if found is not None:
                                return found
        return None

    def _name(self, token: Token) -> str:
        start = token.i
        while start > 0 and self.doc[start - 1].dep_ == "compound" and (
                self.doc[start - 1].head.i == token.i):
            start -= 1
        return self.doc[start : token.i + 1].text

    def _site_again(self, happening: Happening,
                    placed: Sequence[tuple[Happening, Location | None]]) -> Location | None:
        """"the shopkeepers marched from the market" after a bombing at a market: a site the
        text names again with "the" is the one it told first, where that happening was."""
        sites = arguments_lexicon().site_nouns
        wanted = {t.lemma_.lower() for c in happening.members for t in c.sentence
                  if t.lemma_.lower() in sites and t.pos_ == "NOUN"
                  and any(d.lower_ == "the" and d.dep_ == "det" for d in t.children)}
        if not wanted:
            return None
        start = happening.first.sentence.start
        for other, where in sorted(placed, key=lambda p: p[0].first.sentence.start):
            if where is None or where.precision not in _FINE or other is happening:
                continue
            told = [c for c in other.members if c.sentence.start < start]
            if any(t.lemma_.lower() in wanted for c in told for t in c.sentence):
                return where
        return None

    def _continued(self, happening: Happening,
                   placed: Sequence[tuple[Happening, Location | None]]) -> Location | None:
        """The place of the happening told last before it in its paragraph."""
        start = happening.first.sentence.start_char
        here = self.paragraphs.of(start)
        best: tuple[int, Location] | None = None
        for other, where in placed:
            if other is happening or where is None or where.precision not in _FINE:
                continue
            for cand in other.members:
                at = cand.sentence.start_char
                if at < start and self.paragraphs.of(at) == here and (
                        best is None or at > best[0]):
                    best = (at, where)
        return best[1] if best is not None else None
