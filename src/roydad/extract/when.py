"""When a report's happenings took place, beyond the date written on each mention.

ACLED-style notes, wire reports and headlines state the date once ("On 12 May 2023, ...",
"... on Sunday, police said") and then go on without it: "One constable and two suspects were
killed", "There was an armed clash afterwards", "The next day the militia retaliated". These
rules give such mentions the date the report has just established, never one from further back
than `CARRY_SENTENCES` (a long article's later paragraphs are about other times), and only from a
date that frames a whole sentence (hung on its main verb), not one inside another clause ("the
strike that killed Soleimani in January 2020").

A date written before a sentence's subject ("On 13 July 2021, the bodies of two men with gunshot
wounds were found", "Last Tuesday, 15 March, ...") sets the scene for everything the sentence
reports. One hung on the main verb after its subject ("The UN on Tuesday condemned the bombing")
dates what that verb reports; an undated mention the verb only comments on happened by then, so
it takes that day as an upper bound, at week precision, as undated news takes its publication
day: the nearer bound of the two.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from spacy.tokens import Doc, Span

from roydad.extract.events import Candidate, Happening
from roydad.extract.events import lexicon as events_lexicon
from roydad.extract.lexicon import load_lexicon
from roydad.extract.syntax import entities, sentence_numbers
from roydad.models import Document
from roydad.resolve.dates import ResolvedDate, resolve_date

# How many sentences after a date an undated happening still takes it.
CARRY_SENTENCES = 2


def mention_dates(candidates: list[Candidate], document: Document) -> list[ResolvedDate | None]:
    """Each mention's date, in document order. Phrases relative to another event ("the next
    day", "hours later", "later the same day") count from the latest day-precise date the text
    gave in the sentences just before them."""
    out: list[ResolvedDate | None] = []
    if not candidates:
        return out
    numbers = sentence_numbers(candidates[0].sentence.doc)
    anchor: tuple[int, date] | None = None  # (sentence number, day)
    # A date phrase shared by several mentions is read once: "The next day, the militia
    # retaliated by attacking a camp, killing 7" is one day later, not one day per mention.
    read: dict[int, ResolvedDate | None] = {}
    for cand in candidates:
        when = None
        at = numbers.get(cand.sentence.start, 0)
        near = anchor[1] if anchor is not None and at - anchor[0] <= CARRY_SENTENCES else None
        if cand.date_span is not None:
            key = cand.date_span.start
            if key not in read:
                span = whole_date(cand.date_span)
                read[key] = resolve_date(span.text, document.pub_date, anchor=near,
                                         calendar=document.calendar)
            when = read[key]
        if when is not None and when.precision == "day":
            anchor = (at, when.start)
        out.append(when)
    return out


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(load_lexicon("dates")["weekdays"])


@cache
def _span_preps() -> frozenset[str]:
    return frozenset(load_lexicon("dates")["span_preps"])


def whole_date(span: Span) -> Span:
    """The date phrase a mention's date entity is part of: the date a weekday is followed by
    (`with_day_named`), or the date a frequency runs from ("almost every week since August")."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ in _span_preps():
        nxt = doc[span.end + 1]
        if nxt.ent_type_ == "DATE" and nxt.ent_iob_ == "B":
            end = span.end + 2
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return doc[span.start : end]
    return with_day_named(span)


def with_day_named(span: Span) -> Span:
    """'on Sunday, 13 October': a weekday the parse reads apart from the date that follows it
    is that date ("Sunday" alone, told on a Sunday, would be the day of publication)."""
    doc = span.doc
    after = span.end + 1
    if (after < len(doc) and doc[span.end].text == "," and doc[after].ent_type_ == "DATE"
            and doc[after].ent_iob_ == "B" and span.text.lower() in _weekdays()):
        end = after
        while end < len(doc) and doc[end].ent_type_ == "DATE" and (
                end == after or doc[end].ent_iob_ == "I"):
            end += 1
        return doc[span.start : end]
    return span


def carry_dates(happenings: list[Happening], doc: Doc, document: Document) -> None:
    """Date the undated happenings from the day that frames their sentence ("On 13 July 2021,
    the bodies of two men were found"), else from the latest dated happening or framing day of
    the `CARRY_SENTENCES` sentences before."""
    if not happenings:
        return
    numbers = sentence_numbers(doc)
    framing = _framing_days(doc, document, numbers)
    dated: list[tuple[int, ResolvedDate]] = []
    for happening in sorted(happenings, key=lambda h: h.first.hit.span.start):
        at = numbers.get(happening.first.sentence.start, 0)
        if happening.when is None and happening.first.certainty != "hypothetical":
            before = [d for d in dated if 0 < at - d[0] <= CARRY_SENTENCES]
            before += [(n, when) for n, when, _ in framing if 0 < at - n <= CARRY_SENTENCES]
            here = [(when, fronted) for n, when, fronted in framing if n == at]
            same = [when for when, fronted in here if fronted or _framed(happening.first)]
            if same:
                happening.when = same[0]
            elif before:
                happening.when = max(before, key=lambda d: d[0])[1]
            elif here:
                happening.when = _by(here[0][0])
        if happening.when is not None and happening.when.text:
            dated.append((at, happening.when))


def _by(day: ResolvedDate) -> ResolvedDate:
    """A mention the dated clause comments on happened by that day: the day as an upper
    bound, at week precision (as undated news takes its publication day)."""
    return ResolvedDate(start=day.start, end=None, precision="week", text="")


def _framed(cand: Candidate) -> bool:
    """Whether the mention is what its sentence's main clause reports (the main verb, its
    subject, or the object of a verb that performs it) and not something the sentence comments
    on ("The UN on Tuesday condemned the bombing")."""
    head = cand.hit.head
    root = cand.sentence.root
    if head == root:
        return True
    if head.dep_ == "pobj" and head.head.head == root and cand.hit.is_nominal:
        head = head.head  # "blocked the gate in protest": the main verb's own phrase
        return head.dep_ == "prep"
    if head.head != root:
        return False
    return head.dep_ in ("nsubj", "nsubjpass", "attr") or (
        head.dep_ == "dobj" and root.lemma_.lower() in events_lexicon().light_verbs
    )


def _framing_days(
    doc: Doc, document: Document, numbers: dict[int, int]
) -> list[tuple[int, ResolvedDate, bool]]:
    """The day-precise dates that frame a whole sentence ("Monday night" too), with their
    sentence numbers and whether they open it, before its subject."""
    out = []
    for ent in entities(doc):
        if ent.label_ not in ("DATE", "TIME") or not _frames(ent):
            continue
        when = resolve_date(ent.text, document.pub_date, calendar=document.calendar)
        if when is not None and when.precision == "day" and when.end is None:
            out.append((numbers.get(ent.sent.start, 0), when, _fronted(ent)))
    return out


def _fronted(ent: Span) -> bool:
    """'On 12 May 2023, gunmen ...', 'But on 18 August, a helicopter ...': the date comes before
    the main verb and its subject, setting the scene for the whole sentence."""
    root = ent.sent.root
    return ent.end <= root.i and not any(
        t.dep_ in ("nsubj", "nsubjpass", "expl") and t.i < ent.start for t in root.children
    )


def _frames(ent: Span) -> bool:
    """'On 12 May 2023, ...', '... on Sunday, police said': the date hangs from the sentence's
    main verb, directly or through a preposition."""
    head = ent.root.head
    if head.dep_ == "prep":
        head = head.head
    root = ent.sent.root
    # "The governor on Wednesday condemned ...": the parser may hang the date on the subject
    return head == root or (head.dep_ in ("conj", "nsubj", "nsubjpass") and head.head == root)
