"""Typed gold: the JSONL format of ../shared/data/dev/, grouped into documents.

A gold line is `{"id", "source", "text", "pub_date", "gold": {...}, "raw": {...}}` and holds one
gold event. Two kinds of line exist, told apart by what the line carries:

* a **mention** line (WikiEvents-style) locates its event's trigger in the text: `raw.trigger`
  with character offsets `char_start`/`char_end`, or with a token index `start` and
  `raw.trigger_sentence` (the WikiEvents export; see `triggers.py`). Its arguments are
  `gold.arguments: [{"role", "text", "head"?}]` with KAIROS roles.
* an **event** line (UCDP/ACLED-style) describes one event of its text with the event-level
  fields of `gold` (date, admin1, lat/lon, actor1/actor2, fatalities, ...).
* a **no-event** line has `"gold": null`: its text reports nothing ACLED codes (a metaphor, a
  threat, a denial, an accident), and any ACLED-coded record of it is a false alarm
  (`GoldDocument.no_event`; scored in `events.py`).

**Which lines form one document.** A line's document id is its top-level `doc_id` if it has one;
otherwise its `id` without a trailing `-E<number>` (WikiEvents numbers the event mentions of an
article `<article>-E1`, `<article>-E2`, ...). Identical text is deliberately *not* used: UCDP
gives distinct events the same headline ("Incidents and Statements involving TTP: 2015"), and
those must stay separate documents each with its own gold event. Lines of one document must
carry the same text and be all mention lines, all event lines or all no-event lines; anything
else is an error.
The document id is the `Document.id` given to the extractor, so predictions come back under it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from roydad.eval.triggers import Span, TriggerAnchor, TriggerNotFound, locate_triggers
from roydad.eval.vocab import ContractSlot, head_word, load_vocabulary
from roydad.models import Document

Profile = Literal["mention", "event"]
_MENTION_SUFFIX = re.compile(r"-E\d+$")


class GoldFormatError(ValueError):
    """A gold file that cannot be scored, with the place of the problem in the message."""


class _Input(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class _ArgumentIn(_Input):
    role: str
    text: str
    head: str | None = None


class _GoldIn(_Input):
    event_type: str | None = None
    sub_event_type: str | None = None
    date: dt.date | None = None
    date_end: dt.date | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    lat: float | None = None
    lon: float | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    weapon: str | None = None
    arguments: list[_ArgumentIn] = Field(default_factory=list)


class _TriggerIn(_Input):
    text: str
    start: int | None = None
    sent_idx: int | None = None
    char_start: int | None = None
    char_end: int | None = None


class _RawIn(_Input):
    event_type: str | None = None
    trigger: _TriggerIn | None = None
    trigger_sentence: str | None = None


class _LineIn(_Input):
    id: str
    doc_id: str | None = None
    source: str | None = None
    text: str
    pub_date: dt.date | None = None
    gold: _GoldIn | None
    raw: _RawIn | None = None

    @property
    def is_mention(self) -> bool:
        trigger = self.raw.trigger if self.raw else None
        return trigger is not None and (
            trigger.char_start is not None or trigger.start is not None
        )


class GoldModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldArgument(GoldModel):
    """One annotated argument; `slot` is the contract slot its role maps to (None: not scored)."""

    role: str
    text: str
    head: str
    slot: ContractSlot | None


class GoldMention(GoldModel):
    """One annotated event mention: its trigger's character span, type and arguments."""

    gold_id: str
    kairos_type: str
    category: str | None  # PLOVER category; None = out of the contract's scope
    trigger: str
    start: int
    end: int
    arguments: tuple[GoldArgument, ...] = ()

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


class GoldEvent(GoldModel):
    """One event-level gold event (UCDP/ACLED-style); null fields are not annotated."""

    gold_id: str
    event_type: str | None = None
    sub_event_type: str | None = None
    date: dt.date | None = None
    date_end: dt.date | None = None
    admin1: str | None = None
    location: str | None = None
    lat: float | None = None
    lon: float | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    weapon: str | None = None


class GoldDocument(GoldModel):
    id: str
    source: str | None
    text: str
    pub_date: dt.date | None
    origin: str  # path:line of the document's first gold line
    profile: Profile
    mentions: tuple[GoldMention, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    no_event: bool = False  # the text reports no event: every ACLED-coded record is wrong

    def to_document(self) -> Document:
        """The input document to run the extractor on; its id is the predictions' doc_id."""
        return Document(id=self.id, text=self.text, pub_date=self.pub_date, origin=self.origin)


def document_id(line_id: str, doc_id: str | None = None) -> str:
    """The document a gold line belongs to (see the module docstring)."""
    return doc_id if doc_id else _MENTION_SUFFIX.sub("", line_id)


def _argument(argument: _ArgumentIn) -> GoldArgument:
    head = (argument.head and head_word(argument.head)) or head_word(argument.text) or ""
    slot = load_vocabulary().roles.get(argument.role.casefold())
    return GoldArgument(role=argument.role, text=argument.text, head=head, slot=slot)


def _event(line: _LineIn) -> GoldEvent:
    g = line.gold
    assert g is not None
    return GoldEvent(
        gold_id=line.id, event_type=g.event_type, sub_event_type=g.sub_event_type,
        date=g.date, date_end=g.date_end, admin1=g.admin1, location=g.location,
        lat=g.lat, lon=g.lon, actor1=g.actor1, actor2=g.actor2,
        fatalities=g.fatalities, weapon=g.weapon,
    )


def _mentions(text: str, lines: Sequence[_LineIn]) -> tuple[GoldMention, ...]:
    anchors: list[TriggerAnchor] = []
    for line in lines:
        assert line.raw is not None and line.raw.trigger is not None
        t = line.raw.trigger
        anchors.append(TriggerAnchor(text=t.text, token_start=t.start,
                                     sentence=line.raw.trigger_sentence,
                                     char_start=t.char_start, char_end=t.char_end))
    spans = locate_triggers(text, anchors)
    vocabulary = load_vocabulary()
    mentions: list[GoldMention] = []
    for line, span in zip(lines, spans, strict=True):
        raw_type = line.raw.event_type if line.raw else None
        assert line.gold is not None
        kairos_type = raw_type or line.gold.sub_event_type or line.gold.event_type or ""
        mentions.append(GoldMention(
            gold_id=line.id, kairos_type=kairos_type,
            category=vocabulary.kairos_category(kairos_type),
            trigger=text[span.start:span.end], start=span.start, end=span.end,
            arguments=tuple(_argument(a) for a in line.gold.arguments),
        ))
    return tuple(mentions)


def _read_lines(path: Path) -> Iterator[tuple[int, _LineIn]]:
    with path.open(encoding="utf-8") as handle:
        for number, raw_line in enumerate(handle, start=1):
            if not raw_line.strip():
                continue
            try:
                yield number, _LineIn.model_validate(json.loads(raw_line))
            except (json.JSONDecodeError, ValidationError) as error:
                raise GoldFormatError(f"{path}:{number}: not a gold line: {error}") from error


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Gold documents of a JSONL gold file, in the order of their first line."""
    path = Path(path)
    groups: dict[str, list[tuple[int, _LineIn]]] = {}
    try:
        for number, line in _read_lines(path):
            groups.setdefault(document_id(line.id, line.doc_id), []).append((number, line))
    except OSError as error:
        raise GoldFormatError(f"{path}: cannot read: {error}") from error
    documents = [_document(path, doc_id, lines) for doc_id, lines in groups.items()]
    if not documents:
        raise GoldFormatError(f"{path}: no gold lines")
    return documents


def _document(path: Path, doc_id: str, numbered: Sequence[tuple[int, _LineIn]]) -> GoldDocument:
    first_number, first = numbered[0]
    lines = [line for _, line in numbered]
    for number, line in numbered:
        if line.text != first.text:
            raise GoldFormatError(f"{path}:{number}: document {doc_id!r} has a different text "
                                  f"here than on line {first_number}")
        if line.is_mention != first.is_mention:
            raise GoldFormatError(f"{path}:{number}: document {doc_id!r} mixes trigger-annotated "
                                  f"and event-level lines (see line {first_number})")
        if (line.gold is None) != (first.gold is None) or (line.gold is None and line.is_mention):
            raise GoldFormatError(f"{path}:{number}: document {doc_id!r} mixes no-event "
                                  f"(\"gold\": null) and annotated lines (see line {first_number})")
    if first.gold is None:
        return GoldDocument(id=doc_id, source=first.source, text=first.text,
                            pub_date=first.pub_date, origin=f"{path}:{first_number}",
                            profile="event", no_event=True)
    mentions: tuple[GoldMention, ...] = ()
    if first.is_mention:
        try:
            mentions = _mentions(first.text, lines)
        except TriggerNotFound as error:
            raise GoldFormatError(f"{path}:{first_number}: document {doc_id!r}: {error}") from error
    return GoldDocument(
        id=doc_id, source=first.source, text=first.text, pub_date=first.pub_date,
        origin=f"{path}:{first_number}",
        profile="mention" if first.is_mention else "event",
        mentions=mentions,
        events=() if first.is_mention else tuple(_event(line) for line in lines),
    )
