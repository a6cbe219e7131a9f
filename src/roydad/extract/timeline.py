"""A document's timeline: mentions dated by another happening, read in the order of the text.

A long analysis dates many happenings only by others: "Two days after the ambush, soldiers
raided Mambu", "The day before the raid, the governor had met the chiefs", "A week after the
market bombing, troops detained forty men", "and twelve days later jets struck Balakot". Such a
mention must take its day before mentions are merged (`merging.py`): undated, it would join
another happening of its type told elsewhere in the article and take that one's date.

* `event_day`: a mention whose clause counts from an event it names takes that event's day:
  the latest earlier mention of a known day whose sentence has the words that single the event
  out ("the Gagangir attack", "the market bombing"), else one of the same noun ("the raid" after
  "raided"), else the latest violent one;
* `in_counted_clause`: a mention inside the clause a count of days opens ("..., three days after
  a strike in Nabatieh killed a commander") tells another happening, that many days from the
  main clause's day (`counted_apart` keeps the two apart when merging);
* `coarse_day`: a phrase counted from another date ("the following month", "earlier that
  year", "twelve days later") after a date known only to the month or the year ("In June",
  "Last year", "Five years ago") counts from it and is known no better than it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, partial

from spacy.tokens import Span, Token

from roydad.extract.events import Candidate
from roydad.extract.lexicon import word_set
from roydad.extract.paragraph_context import event_relative, lexicon
from roydad.extract.places.units import unit_words
from roydad.extract.syntax import entities_in
from roydad.models import Calendar
from roydad.ontology import event_families
from roydad.resolve.calendar_dates import LEXICON as DATES_LEXICON
from roydad.resolve.calendar_dates import NUMBERS, ORDER, floor
from roydad.resolve.dates import ResolvedDate, resolve_date

# Words that single out no event: "the deadliest attack", "the same raid".
_plain = partial(word_set, "paragraph_context", "plain_modifiers", lower=True)


def in_counted_clause(cand: Candidate, pub: date | None, calendar: Calendar | None
                      ) -> ResolvedDate | None:
    """A mention inside the clause a duration counts from ("..., three days after a strike on a
    motorcycle killed a commander", "a day before gunmen stormed the school") tells another
    happening: the main clause's day moved by the duration, or the clause's own day if it gives
    one ("two days after gunmen killed a judge on 4 May")."""
    trigger = cand.hit.head
    counted = counted_relation(trigger)
    if counted is None:
        return None
    relation, unit, days = counted
    sign = -1 if relation.lower_ in lexicon().after_words else 1
    clause = set((relation.head if relation.dep_ == "mark" else relation).subtree)
    # the mention's own dates, its clause's first; else the sentence's, nearest the relation
    # first ("a blast on 28 April killed 33, three weeks after a similar attack in Kabul")
    own = sorted(cand.date_spans, key=lambda span: span.root not in clause)
    rest = sorted((e for e in entities_in(cand.sentence) if e.label_ in ("DATE", "TIME")
                   and e.root not in clause and e not in own),
                  key=lambda e: abs(e.start - relation.i))
    for span in [*own, *rest]:
        if span.start <= unit.i < span.end:
            continue  # the duration itself
        when = resolve_date(span.text, pub, calendar=calendar)
        if when is None or when.precision != "day" or when.end is not None:
            continue
        if span.root in clause:
            return when
        day = when.start + timedelta(days=sign * days)
        text = relation.doc[unit.left_edge.i : relation.i + 1].text
        return ResolvedDate(start=day, end=None, precision="day", text=text)
    return None


def when_clause_day(cand: Candidate, pub: date | None, calendar: Calendar | None
                    ) -> ResolvedDate | None:
    """A mention in a "when" clause right after a date ("goes back to May 2018, when fighters
    killed forty herders, and to October 2023, when ...", "Since January last year, when gunmen
    stormed the market, few lorries ...") happened at that date: its start, not the span a
    "since" opens, and not another date of the sentence ("the Tuesday market")."""
    node: Token | None = cand.hit.head
    while node is not None:
        when = next((c for c in node.children if c.dep_ == "advmod"
                     and c.lower_ in _when_words() and c.i < node.i), None)
        if when is not None or node.dep_ in ("ROOT", "ccomp", "xcomp"):
            break
        node = node.head if node.head is not node else None
    if node is None or when is None or when.i == 0:
        return None
    before = when.doc[when.i - 1]
    before = when.doc[when.i - 2] if before.is_punct and when.i > 1 else before
    span = next((e for e in entities_in(cand.sentence) if e.label_ == "DATE"
                 and e.start <= before.i < e.end), None)
    if span is None:
        return None
    found = resolve_date(span.text, pub, calendar=calendar)
    if found is None or found.end is not None:
        return None
    return found


@cache
def _when_words() -> frozenset[str]:
    return frozenset(DATES_LEXICON["when_words"])


def counted_relation(trigger: Token) -> tuple[Token, Token, int] | None:
    """The "after" or "before" that opens the clause the trigger is in, after a count of days
    or weeks ("three days after", "a week before"), its unit word and the days it counts."""
    words = lexicon()
    # "after" opens the clause ("mark" of its verb) or governs it as a preposition
    relation = next((r for node in (trigger, *trigger.ancestors)
                     for r in (node, *(c for c in node.children if c.dep_ == "mark"))
                     if r is not trigger and r.lower_ in words.after_words | words.before_words),
                    None)
    if relation is None or relation.i == 0:
        return None
    unit = relation.doc[relation.i - 1]  # "days" of "three days after"
    width = 1 if unit.lower_ in words.day_units else 7 if unit.lower_ in words.week_units else 0
    count = next((c.lower_ for c in unit.children if c.dep_ in ("nummod", "det")), None)
    number = NUMBERS.get(count or "") or (int(count) if count and count.isdigit() else 0)
    return (relation, unit, width * number) if width and number else None


def counted_apart(members: Sequence[Candidate], cand: Candidate) -> bool:
    """'An air strike flattened a house on Saturday, a week after a drone killed three
    fishermen': a mention inside a clause counted from another's day and one outside it in the
    same sentence tell two happenings, days apart."""
    def clause(c: Candidate) -> int:
        counted = counted_relation(c.hit.head)
        return -1 if counted is None else counted[0].i

    return any(m.sentence.start == cand.sentence.start and clause(m) != clause(cand)
               for m in members)


@dataclass(frozen=True)
class Told:
    """A mention of the timeline: where it is and the date it took."""

    cand: Candidate
    when: ResolvedDate


def event_day(cand: Candidate, earlier: Sequence[Told], pub: date | None) -> ResolvedDate | None:
    """The day of a mention whose own clause counts from an event it names ("two days after
    the Gagangir attack, police arrested three men"), from the mentions told before it. The
    event named ("the Gagangir attack") is that mention told again: it takes its day."""
    found = event_relative(cand.sentence)
    if found is None:
        return None
    days, precision, noun_lemma, phrase = found
    noun = _relation_noun(cand.sentence, phrase)
    trigger = cand.hit.head
    if noun is None:
        return None
    if trigger == noun:  # the event counted from, told again: merging joins it to that one,
        # by the day of its first telling when a clause tells it ("before the camp was hit")
        told = _referent(noun, noun_lemma, cand, earlier) if _subject(noun) else None
        return None if told is None else told.when
    # "the ambush came four days after the attack": the attack is what it counts from
    if trigger in noun.subtree or not _governs(noun, trigger):
        return None
    referent = _referent(noun, noun_lemma, cand, earlier)
    if referent is None:
        return None
    day = referent.when.start + timedelta(days=days)
    if pub is not None and day > pub + timedelta(days=1):
        return None  # reports follow events
    return ResolvedDate(start=day, end=None, precision=precision, text=phrase)


def _referent(noun: Token, lemma: str, cand: Candidate, earlier: Sequence[Told]) -> Told | None:
    """The mention of the event a phrase counts from: the latest told before it, of a known
    day, whose sentence has the words that single it out (not only as a reference point, and
    not in a phrase counted from the event itself), else of the same noun, else the latest
    violent one not dated by counting from that noun."""
    dated = [t for t in earlier if t.when.precision == "day" and t.when.end is None
             and t.cand.sentence.start < cand.sentence.start]
    marks = _marks(noun)
    hostile = event_families().hostile
    # (not one dated by counting from that event itself: "Two days before the Tamasgo attack,
    # a convoy struck a bomb" names the attack, it does not tell it)
    singled = [t for t in dated if marks and t.cand.event_type in hostile
               and marks & {w.lower_ for w in t.cand.sentence}
               and not marks & set(t.when.text.lower().split())]
    named = [t for t in dated if t.cand.hit.head.lemma_.lower() == lemma]
    violent = [t for t in dated if t.cand.event_type in hostile]
    # "the Kad Kocha attack": one that names the place as its own before one that names it
    # only to say where another lies ("near Dasht, a village north of Kad Kocha")
    placed = [t for t in singled if any(
        w.lower_ in marks and not _reference(w) for w in t.cand.sentence)]
    # "Four days after the ambush": not a happening dated by counting from "the ambush"
    # itself ("Nine days before the ambush, soldiers had stormed a camp")
    violent = [t for t in violent if noun.lower_ not in t.when.text.lower().split()]
    referents = placed or singled or named or violent
    return referents[-1] if referents else None


def _reference(word: Token) -> bool:
    """A word of a name given only to say where another place lies ("north of Kad Kocha")."""
    name = word
    while name.dep_ == "compound" and name.head is not name:
        name = name.head
    of = name.head
    return name.dep_ == "pobj" and of.lower_ == "of" and (
        of.head.lower_ in unit_words().reference_words)


def _relation_noun(sentence: Span, phrase: str) -> Token | None:
    """The noun of the event the phrase counts from: its last word."""
    last = phrase.split()[-1].lower()
    relations = lexicon().after_words | lexicon().before_words
    for token in sentence:
        if token.lower_ != last:
            continue
        if token.dep_ == "pobj" and token.head.lower_ in relations:
            return token
        if any(c.dep_ == "mark" and c.lower_ in relations for c in token.children):
            return token  # "before the camp was hit": the clause's verb
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of a clause counted from ("the camp" of "before the camp was hit")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _governs(noun: Token, trigger: Token) -> bool:
    """The relation ("after the ambush") hangs on the mention's clause: on the trigger, a word
    it hangs from, or a unit word hanging there ("two days after ..."), not on another clause
    of the sentence."""
    # the word the relation word hangs on (the clause's own head for "before the camp was hit")
    head = noun.head if _subject(noun) is not None else noun.head.head
    if head.pos_ == "NOUN" and head.dep_ in ("npadvmod", "nsubj", "dobj", "pobj", "advmod"):
        head = head.head  # "two days after ...": the unit hangs on the verb
    return head == trigger or head in trigger.ancestors or (
        trigger.dep_ == "conj" and trigger.head == head)


def _marks(noun: Token) -> frozenset[str]:
    """The words that single the event out: "Gagangir" of "the Gagangir attack", "market" of
    "the market bombing"."""
    if (subject := _subject(noun)) is not None:  # "the camp was hit": the camp and its words
        return _marks(subject) | {subject.lower_}
    return frozenset(c.lower_ for c in noun.children
                     if c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in _plain()
                     and c.is_alpha)


def coarse_day(text: str, anchor: ResolvedDate, pub: date | None) -> ResolvedDate | None:
    """A phrase counted from another date, after a date known only to the month or the year:
    counted from its first day and known no better than it ("the following month" after "In
    June" is July; "twelve days later" after "Five years ago" is that year)."""
    counted = resolve_date(text, pub, anchor=anchor.start)
    if counted is None:
        return None
    precision = counted.precision
    if ORDER.index(precision) < ORDER.index(anchor.precision):
        precision = anchor.precision
    start = floor(counted.start, precision)
    if pub is not None and start > pub:
        return None
    return ResolvedDate(start=start, end=None, precision=precision, text=counted.text)


def names_event(span: Span, relative: ResolvedDate) -> bool:
    """The date entity is part of the phrase that counts from a named event ("Two days" of "Two
    days after the Gagangir attack"): that phrase, not the entity, dates the mention."""
    return span.text.lower() in relative.text.lower() or relative.text.lower() in (
        span.text.lower())


def told_before(cand: Candidate) -> bool:
    """A mention told in the pluperfect ("Tamasgo had been hit once before, in June 2024",
    "fighters had burned the market in 2022"): a flashback to a happening before the story's."""
    node = cand.hit.head
    verb = node if node.pos_ in ("VERB", "AUX") else next(
        (a for a in node.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children)
