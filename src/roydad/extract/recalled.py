"""Happenings recalled from long ago (`recalled` in nonevents.yaml): the text places the act only
in a year, a month or a decade that ended well before it was published ("killed there by
gunmen in 2015", "the 2019 attacks on two mosques", "the 1988 chemical attack", "last year's bus
attack", "burned villages two decades ago"). ACLED and UCDP code such an act from the reports of
its day; in this one it is the background of a memorial, a trial, a statistic or a profile. A
day told with it ("on 24 October 2020") keeps it an event of its own, and so does a period that
runs to now ("since March"). Only a report of one paragraph (a note, a wire lead, a headline) is
read so: a brief or an analysis of several paragraphs recalls earlier acts as events of their
own (issue 13 §8)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.events import Happening, dates_clause
from roydad.extract.lexicon import load_lexicon
from roydad.models import Calendar, Document
from roydad.resolve.dates import ResolvedDate, resolve_date

# The links by which a date belongs to the act: its modifiers ("the 2019 attacks", "last year's
# attack"), its prepositional phrases ("in 2015") and adverbs ("two decades ago"). Not other
# clauses, which have times of their own ("a law passed in 2015").
_OWN_LINKS = {"nummod", "poss", "compound", "amod", "prep", "pobj", "npadvmod", "advmod",
              "pcomp", "case", "nmod", "agent", "dobj", "nsubj", "nsubjpass", "det", "quantmod"}
# A nominal act whose verb says what it did ("a bombing killed 80 students in 2021") is dated
# by that verb's phrases too.
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj"}


@dataclass(frozen=True)
class RecalledRules:
    min_days: int
    month_min_days: int
    vague_past: re.Pattern[str]
    coarse: frozenset[str]
    open_preps: frozenset[str]
    aggregate: frozenset[str]
    aggregate_days: int
    series: frozenset[str]


@cache
def rules() -> RecalledRules:
    raw = load_lexicon("nonevents")["recalled"]
    return RecalledRules(raw["min_days"], raw["month_min_days"],
                         re.compile(raw["vague_past"], re.IGNORECASE),
                         frozenset(raw["coarse_precisions"]), frozenset(raw["open_preps"]),
                         frozenset(raw["aggregate_precisions"]), raw["aggregate_max_days"],
                         frozenset(raw["series_words"]))


def without_recalled(happenings: list[Happening], document: Document) -> list[Happening]:
    """The happenings but those one of whose mentions the text places only long ago, and those
    it dates only by a whole year or a long period (`aggregated`)."""
    return [h for h in happenings if not aggregated(h, document)
            and not any(recalled(c.hit.head, document) for c in h.members)]


def aggregated(happening: Happening, document: Document) -> bool:
    """Whether a report of one paragraph dates the happening only by a whole year or by a
    period of more than `aggregate_max_days`: a sum of acts ("at least 300 civilians were killed
    in Ituri in 2024", "14 people a day were killed between January and March"), or an act no
    coder could date to a month."""
    when, pub = happening.when, document.pub_date
    # a day told for it keeps it one act; the week of publication (undated news) does not
    if pub is None or "\n\n" in document.text.strip() or (
            when is not None and when.precision == "day"):
        return False
    # the period must be the act's own time ("killed in 2024"), not that of a judgement of it
    # ("the attack was the deadliest this year")
    return any(_long(found) for c in happening.members
               for span in _own_dates(c.hit.head, copula=False)
               if not _in_series(c.hit.head, span)
               and (found := resolve_date(span.text, pub, calendar=document.calendar)))


def _in_series(trigger: Token, span: Span) -> bool:
    """The act is counted as one of a series in the period: "the fourth such attack this year",
    "the latest killing in 2024", "Social leader gunned down in Cauca, 20th this year". The
    period is the series', and the act is one act."""
    words = rules().series
    marks = [*trigger.children, *trigger.doc[max(span.start - 2, 0):span.end]]
    return any(t.ent_type_ == "ORDINAL" or t.lower_ in words or _NUMBERED.fullmatch(t.lower_)
               for t in marks)


_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)")


def _long(when: ResolvedDate) -> bool:
    """A whole year, or a period of more than `aggregate_max_days`."""
    r = rules()
    if when.precision in r.aggregate:
        return True
    return when.end is not None and (when.end - when.start).days > r.aggregate_days


def recalled(trigger: Token, document: Document) -> bool:
    """Whether the document, a report of one paragraph, places this act only long before its
    publication."""
    pub = document.pub_date
    return (pub is not None and "\n\n" not in document.text.strip()
            and long_past(trigger, pub, document.calendar))


def long_past(trigger: Token, pub: dt.date, calendar: Calendar | None = None) -> bool:
    """Whether the trigger's own time is a coarse period (a year, a month, a decade) that ended
    at least `min_days` before `pub`, and no date of its own names a day."""
    spans = list(_own_dates(trigger))
    if not spans:
        return False
    r = rules()
    past = False
    for span in spans:
        if r.vague_past.search(span.text):
            past = True
            continue
        if span.root.head.lower_ in r.open_preps:
            return False  # "since March": a period that runs to now
        when = resolve_date(span.text, pub, calendar=calendar)
        if when is None or when.precision not in r.coarse:
            return False  # a day, a week, or a date the resolver cannot read
        ago = (pub - _period_end(when.start, when.end, when.precision)).days
        past = past or ago >= (r.month_min_days if when.precision == "month" else r.min_days)
    return past


def _period_end(start: dt.date, end: dt.date | None, precision: str) -> dt.date:
    if end is not None:
        return end
    if precision == "year":
        return dt.date(start.year, 12, 31)
    following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _own_dates(trigger: Token, copula: bool = True) -> Iterator[Span]:
    """The DATE entities in the trigger's own phrase, or in that of the verb a nominal trigger
    is the subject or object of (not of a copula, with `copula` False: "the attack was the
    deadliest this year" dates the judgement)."""
    roots = [trigger]
    # "an assassination attempt in 1993", "the murder trial": a trigger that names the kind of
    # its head noun is dated by that noun's phrase
    while roots[-1].dep_ == "compound" and roots[-1].head.pos_ in ("NOUN", "PROPN"):
        roots.append(roots[-1].head)
    last = roots[-1]
    if last.dep_ in _ARGUMENT_DEPS and last.head.pos_ in ("VERB", "AUX") and (
            copula or last.head.lemma_ != "be"):
        roots.append(last.head)
    seen: set[int] = set()
    todo = list(roots)
    while todo:
        node = todo.pop()
        if node.i in seen:
            continue
        seen.add(node.i)
        if node.ent_type_ == "DATE":
            continue
        for child in node.children:
            if child.dep_ in _OWN_LINKS and child.i not in seen:
                todo.append(child)
    doc = trigger.doc
    found: dict[int, Span] = {}
    for i in seen:
        if doc[i].ent_type_ == "DATE":
            ent = next((e for e in doc.ents if e.start <= i < e.end), None)
            if ent is not None:
                found[ent.start] = ent
    yield from found.values()


# a happening dated only to a month or a year ("the strike that killed Soleimani in January 2020")
_ROUGH = {"month", "year"}


def dated_roughly(happening: Happening) -> bool:
    """Whether the report dates the happening only to a month or a year: history it recalls, not
    the news its dateline places, on its own clause
    ("the strike that killed Soleimani in January 2020"; not a date the sentence gives another
    verb)."""
    when = happening.when
    if when is None or when.precision not in _ROUGH:
        return False
    return any(
        c.date_span is not None and c.date_span.text == when.text
        and dates_clause(c.date_span, c.hit.head)
        for c in happening.members
    )
