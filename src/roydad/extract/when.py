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

from datetime import date, timedelta

from spacy.tokens import Doc, Span

from roydad.extract.events import Candidate, Happening, names_day, opens, reported
from roydad.extract.events import lexicon as events_lexicon
from roydad.extract.report_days import dateline_day, in_dateline, resolve_entity
from roydad.extract.syntax import entities, entities_in, sentence_numbers
from roydad.extract.timeline import (
    Told,
    coarse_day,
    counted_relation,
    event_day,
    in_counted_clause,
    names_event,
    when_clause_day,
)
from roydad.models import Document
from roydad.resolve.calendar_dates import LEXICON as DATES_LEXICON
from roydad.resolve.calendar_dates import WEEKDAYS
from roydad.resolve.dates import ResolvedDate, counts_from_anchor, resolve_date

# How many sentences after a date an undated happening still takes it.
CARRY_SENTENCES = 2
# A report of at most this many sentences is about one stretch of days: an undated happening in
# it takes a day the report gives elsewhere rather than the publication day (`fall_back`).
NOTE_SENTENCES = 6
# How long before publication a date may lie to date what the parse left undated.
RECENT_DAYS = 31


def mention_dates(candidates: list[Candidate], document: Document) -> list[ResolvedDate | None]:
    """Each mention's date, in document order. Phrases relative to another event ("the next
    day", "hours later", "later the same day") count from the latest day-precise date the text
    gave in the sentences just before them."""
    out: list[ResolvedDate | None] = []
    if not candidates:
        return out
    doc = candidates[0].sentence.doc
    numbers = sentence_numbers(doc)
    # Explicit days anchor too, a mention or not: "On 5 January, the junta suspended a radio
    # station. Its journalists protested the next day."
    days = [(ent.start, n, when.start)
            for n, when, ent in _explicit_days(doc, document, numbers, recent=False)]
    anchor: tuple[int, int, date] | None = None  # (first token, sentence number, day)
    # the latest date known only to the month or the year: "In June ..., and the following
    # month ..." (`timeline.coarse_day`)
    coarse: tuple[int, int, ResolvedDate] | None = None
    told: list[Told] = []  # the mentions dated so far, for "two days after the ambush"
    # A date phrase shared by several mentions is read once: "The next day, the militia
    # retaliated by attacking a camp, killing 7" is one day later, not one day per mention.
    read: dict[int, ResolvedDate | None] = {}
    for cand in candidates:
        when = None
        at = numbers.get(cand.sentence.start, 0)
        if (inside := in_counted_clause(cand, document.pub_date, document.calendar)):
            told.append(Told(cand, inside))  # "..., a day after troops killed 11 militants"
            out.append(inside)
            continue
        if (flash := when_clause_day(cand, document.pub_date, document.calendar)):
            # "Since January last year, when gunmen stormed the market": January
            told.append(Told(cand, flash))
            out.append(flash)
            key = cand.hit.span.start
            if flash.precision == "day":
                anchor = (key, at, flash.start)
            else:
                coarse = (key, at, flash)
            continue
        relative = event_day(cand, told, document.pub_date)
        for span in cand.date_spans:
            if relative is not None and names_event(span, relative):
                # "two days after the Gagangir attack" counts from that attack, unless the
                # clause also names its day ("on Thursday, hours before the killings")
                if (own := _own_day(cand, span, relative, document)) is not None:
                    when = own
                break
            key = span.start
            if key not in read:
                # a day the text wrote outside a mention anchors only a phrase that counts
                # from one ("the next day"), not a bare clock time ("at 9:02 a.m.")
                span = whole_date(span)
                counts = counts_from_anchor(span.text)
                written = days if counts else []
                near = None if _of_another(span) else _anchor_before(key, at, anchor, written)
                latest = max((d[0] for d in written if d[0] < key), default=-1)
                if anchor is not None and anchor[0] < key:
                    latest = max(latest, anchor[0])
                read[key] = resolve_entity(span, document, anchor=near)
                if counts and coarse is not None and latest < coarse[0] < key and (
                        at - coarse[1] <= CARRY_SENTENCES) and not _of_another(span):
                    read[key] = coarse_day(span.text, coarse[2], document.pub_date)
            when = read[key]
            if when is not None and when.precision == "day":
                anchor = (key, at, when.start)
            elif when is not None and when.end is None:
                coarse = (key, at, when)
            if when is not None:
                break
        if when is None and (when := relative) is not None:
            key = cand.hit.span.start
            anchor = (key, at, when.start) if when.precision == "day" else anchor
        if when is not None:
            told.append(Told(cand, when))
        out.append(when)
    return out


def _own_day(cand: Candidate, counted: Span, relative: ResolvedDate,
             document: Document) -> ResolvedDate | None:
    """A day the mention's own clause names besides a phrase counted from another event ("met
    the commanders on Thursday, hours before the killings"): the day written is surer than the
    day of the event the phrase picks out."""
    for span in cand.date_spans:
        if span is counted or names_event(span, relative) or not names_day(span) or (
                cand.hit.head not in span.root.ancestors):
            continue
        when = resolve_date(span.text, document.pub_date, calendar=document.calendar)
        if when is not None and when.precision == "day" and not counts_from_anchor(span.text):
            return when
    return None


def _of_another(span: Span) -> bool:
    """"the night of the attack": a time counted from an event the phrase names, not from the
    day the text gave last."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and not any(
        t.like_num for t in span) and doc[span.end + 1].ent_type_ not in ("DATE", "TIME")


def _anchor_before(
    start: int, at: int, anchor: tuple[int, int, date] | None, days: list[tuple[int, int, date]]
) -> date | None:
    """The latest day-precise date written before token `start` (a mention's or an explicit
    one) in its sentence or the `CARRY_SENTENCES` before it."""
    found = [d for d in days if d[0] < start] + ([anchor] if anchor and anchor[0] < start else [])
    latest = max(found, default=None)
    return latest[2] if latest is not None and at - latest[1] <= CARRY_SENTENCES else None


# prepositions that join a frequency to the date it runs from ("every week since August")
_SPAN_PREPS = frozenset(DATES_LEXICON["span_preps"])
# words that make a count of days one from another event ("the day before", "two days later")
_STEP_WORDS = frozenset(DATES_LEXICON["step_words"])


def whole_date(span: Span) -> Span:
    """The date phrase a mention's date entity is part of: the date a weekday is followed by
    (`with_day_named`), or the date a frequency runs from ("almost every week since August")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in _SPAN_PREPS:
        return doc[span.start - 1 : span.end]  # "since March": from then to publication
    if span.end + 1 < len(doc) and doc[span.end].lower_ in _SPAN_PREPS:
        nxt = doc[span.end + 1]
        if nxt.ent_type_ == "DATE" and nxt.ent_iob_ == "B":
            end = span.end + 2
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return doc[span.start : end]
    if (span.end < len(doc) and doc[span.end].lower_ in _STEP_WORDS
            and span.root.head.i == span.end
            and not any(c.dep_ in ("pobj", "pcomp") for c in doc[span.end].children)):
        # "the day before", "two days later"; not "a month after the shooting", which names
        # the day it counts from
        return doc[span.start : span.end + 1]
    return with_day_named(span)


def with_day_named(span: Span) -> Span:
    """'on Sunday, 13 October': a weekday the parse reads apart from the date that follows it
    is that date ("Sunday" alone, told on a Sunday, would be the day of publication)."""
    doc = span.doc
    after = span.end + 1
    if (after < len(doc) and doc[span.end].text == "," and doc[after].ent_type_ == "DATE"
            and doc[after].ent_iob_ == "B" and span.text.lower() in WEEKDAYS):
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
            same = same or _opening(happening.first, document)
            if same:
                happening.when = same[0]
            elif before:
                happening.when = max(before, key=lambda d: d[0])[1]
            elif here:
                happening.when = _by(here[0][0])
            else:
                happening.when = _report_day(happening.first, document)
        if happening.when is not None and happening.when.text and (
                counted_relation(happening.first.hit.head) is None):
            # not a day told inside "two weeks after they seized ...": the sentences after
            # go on with the report's own event
            dated.append((at, happening.when))
    fall_back(happenings, doc, document)
    day_over_vaguer(happenings, doc, document)


def day_over_vaguer(happenings: list[Happening], doc: Doc, document: Document) -> None:
    """In a short report (`NOTE_SENTENCES`) an explicit day written in the sentence of a
    happening's first mention dates it, rather than a month or a year it took from another
    clause or a later sentence: "... killed two polio workers on Sunday, the fourth such attack
    this year", "The body ... was found on 7 October. He had been abducted in 2023", "The
    group on Monday called off the truce it agreed in June". Days that date a report ("police
    said on Tuesday") do not count, nor days from long before publication (`_explicit_days`)."""
    vague = [h for h in happenings if h.when is not None and h.when.precision in ("month", "year")
             and h.first.certainty != "hypothetical"]
    numbers = sentence_numbers(doc)
    if not vague or len(numbers) > NOTE_SENTENCES:
        return
    days = _explicit_days(doc, document, numbers)
    for happening in vague:
        at = numbers.get(happening.first.sentence.start, 0)
        trigger = happening.first.hit.head
        own = sorted((day for day in days if day[0] == at and not reported(day[2], trigger)),
                     key=lambda day: abs(day[2].start - trigger.i))
        if own:
            happening.when = own[0][1]


def fall_back(happenings: list[Happening], doc: Doc, document: Document) -> None:
    """Date what the parse left undated the way an ACLED coder does: an explicit day of its own
    sentence, one that dates a deed before one that dates a statement (the parse may hang "on
    Friday" on the wrong word: "a mob beat to death a manager accused of blasphemy in Sialkot on
    Friday"); in a short report (a note, a wire story: `NOTE_SENTENCES`), else the latest day
    the `CARRY_SENTENCES` before it gave, else the first of those after it ("Kidnapping has
    become the insurgents' weapon. On 27 August, men stopped a bus ..."). Only days from
    `RECENT_DAYS` before publication to the day after count: an older date is another event's.
    Publication stays the last resort (`records.py`)."""
    undated = [h for h in happenings if h.when is None and h.first.certainty != "hypothetical"]
    if not undated:
        return
    numbers = sentence_numbers(doc)
    days = _explicit_days(doc, document, numbers)
    short = len(numbers) <= NOTE_SENTENCES
    filed = dateline_day(doc, document)
    for happening in undated:
        at = numbers.get(happening.first.sentence.start, 0)
        where = happening.first.hit.span.start
        trigger = happening.first.hit.head
        # the nearest to the mention; on a tie the one after it ("the lynching ... on Tuesday")
        own = sorted((day for day in days if day[0] == at),
                     key=lambda day: (abs(day[2].start - where), day[2].start < where))
        near = [day for day in days if short and 0 < abs(day[0] - at) <= CARRY_SENTENCES]
        deed = [when for _, when, ent in own if not reported(ent, trigger)]
        before = [when for n, when, ent in near if n < at and not reported(ent)]
        if deed or before:
            happening.when = deed[0] if deed else before[-1]
        elif own or near:
            happening.when = own[0][1] if own else near[0][1]
        else:  # a heading's day ("Date of incident: 2 May 2024."), else a dateline's
            heading = [when for n, when, ent in days if short and n < at and _verbless(ent.sent)]
            happening.when = heading[0] if heading else filed


def _verbless(sentence: Span) -> bool:
    return not any(t.pos_ in ("VERB", "AUX") for t in sentence)


def _explicit_days(
    doc: Doc, document: Document, numbers: dict[int, int], recent: bool = True
) -> list[tuple[int, ResolvedDate, Span]]:
    """The day-precise dates of the text in order, with their sentence numbers and entities;
    `recent`: only those near publication, when it is known."""
    pub = document.pub_date
    out = []
    for ent in entities(doc):
        if ent.label_ not in ("DATE", "TIME") or in_dateline(ent):
            continue
        when = resolve_entity(ent, document)
        if when is None or when.precision != "day":
            continue
        if not recent or pub is None or (
                pub - timedelta(days=RECENT_DAYS) <= when.start <= pub + timedelta(1)):
            out.append((numbers.get(ent.sent.start, 0), when, ent))
    return out


def _opening(cand: Candidate, document: Document) -> list[ResolvedDate]:
    """A date of any precision that opens the mention's sentence sets its scene: "In November
    this year police said a third suspect had been detained" (a day opening it frames it too)."""
    return [when for ent in entities_in(cand.sentence)
            if ent.label_ in ("DATE", "TIME") and opens(ent) and not in_dateline(ent)
            and (when := resolve_entity(ent, document))]


def _report_day(cand: Candidate, document: Document) -> ResolvedDate | None:
    """The day the report of the mention's sentence gives ("a guard was killed, according to
    state media on 16 May"), as an upper bound (`_by`); a vaguer one as it is."""
    for ent in entities_in(cand.sentence):
        if ent.label_ in ("DATE", "TIME") and reported(ent, cand.hit.head):
            when = resolve_entity(ent, document)
            if when is not None:
                return _by(when) if when.precision == "day" and when.end is None else when
    return None


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
        if ent.label_ not in ("DATE", "TIME") or not _frames(ent) or in_dateline(ent):
            continue
        when = resolve_entity(ent, document)
        # a night or a few days ("on the night of 3-4 May", "between 2 and 4 September") set
        # the scene from their first day, as a single day does
        if when is not None and when.precision == "day":
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
