"""Date entities whose day is not the one they write: a wire dateline's, and one an "eve" governs.

* A dateline ("KANO, Nigeria, March 4 (wire) -", "Herat, 12/11/2023 (translated): ...") says
  when the report was filed, as a publication date does. It is never an event's own date: a
  deed the lead dates ("late on Monday", "The killings happened on Sunday") keeps its day, and
  one the report leaves undated takes the dateline's day as publication's (`dateline_day`).
* "On the eve of the election on 7 January", "on the eve of Eid, which fell on 10 April", "on
  the eve of Independence Day (14 August)": the date is the holiday's or the occasion's, and the
  event happened the day before (`resolve_entity`). The words are in dates.yaml.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Span

from roydad.extract.syntax import entities
from roydad.models import Document
from roydad.resolve.calendar_dates import LEXICON
from roydad.resolve.dates import ResolvedDate, resolve_date

_EVE = frozenset(LEXICON["eve_words"])
_MARKS = frozenset(LEXICON["dateline_marks"])
_MOST = int(LEXICON["dateline_words"])
_LABELS = ("DATE", "TIME")


def in_dateline(ent: Span) -> bool:
    """The date belongs to a dateline: it opens the text or a line after at most a few names
    and punctuation (no verb, no lower-case word), and a dateline mark follows it closely."""
    doc = ent.doc
    start = ent.start
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    before = doc[start : ent.start]
    if not before or len(before) > _MOST or not any(t.ent_type_ in ("GPE", "LOC") for t in before):
        return False
    if any(t.pos_ in ("VERB", "AUX") or (t.is_alpha and t.is_lower) for t in before):
        return False
    after = doc[ent.end : ent.end + 4]
    return any(t.text in _MARKS for t in after)


def dateline_day(doc: Doc, document: Document) -> ResolvedDate | None:
    """The day a dateline gives the report, as an upper bound at week precision (the way an
    undated report takes its publication day); None without a dateline of a known day."""
    for ent in entities(doc):
        if ent.label_ in _LABELS and in_dateline(ent):
            when = resolve_date(ent.text, document.pub_date, calendar=document.calendar)
            if when is not None and when.precision == "day" and when.end is None:
                return ResolvedDate(start=when.start, end=None, precision="week", text="")
    return None


def before_eve(ent: Span) -> bool:
    """An "eve" word governs the date: it is among the date's heads in its sentence ("the eve
    of Eid, which fell on 10 April"), the date itself not being a holiday's eve."""
    root = ent.root.sent.root
    for head in ent.root.ancestors:
        if head.lower_ in _EVE and not (ent.start <= head.i < ent.end):
            return True
        if head == root:
            break
    return False


def resolve_entity(ent: Span, document: Document, anchor: date | None = None,
                   text: str | None = None) -> ResolvedDate | None:
    """`resolve_date` of a date entity (or of `text`, a wider phrase around it), moved to the
    day before when an "eve" governs it."""
    when = resolve_date(text or ent.text, document.pub_date, anchor=anchor,
                        calendar=document.calendar)
    if when is not None and when.precision == "day" and when.end is None and before_eve(ent):
        return ResolvedDate(start=when.start - timedelta(days=1), end=None, precision="day",
                            text=when.text)
    return when
