"""Scoring against trigger-annotated gold (WikiEvents-style): events by span, arguments by head.

Definitions (all per document, summed over documents):

* **Predicted mention**: each entry of a record's `mentions` (a record without mentions
  stands for one mention, its `evidence` span). Its *trigger span* is where its `trigger`
  occurs inside its [start, end) span — every occurrence if the word repeats. A mention whose
  span is its trigger is its own trigger span; so is one whose trigger cannot be found in its
  span (lenient, and counted in the report's notes).
* A record **covers** a gold mention if one of its trigger spans overlaps the gold trigger's
  character span. One record may cover several gold mentions (the contract merges the mentions
  of one happening), and several records may cover one gold mention.
* **Event detection** — recall: in-scope gold mentions (KAIROS type mapped to a PLOVER
  category in types.yaml) covered by some record / all in-scope gold mentions. Precision:
  predicted mentions whose trigger span overlaps any gold trigger (in scope or not: it found a
  real annotated event) / all predicted mentions. The row "event detection (all KAIROS types)"
  has the same precision and recall over every gold mention, for comparison with the literature.
* **Event records** — precision per record rather than per mention: a record is right if any
  of its mentions covers a gold mention (of any KAIROS type). The contract lists *every*
  sentence that refers to a happening ("the attack", "the bombing") while the gold annotates
  only some of them, so mention-level precision also counts unannotated coreferent mentions
  of a real event as errors; this row does not. Recall is the in-scope recall above.
* **Event type**: an in-scope gold mention is right if a record covering it has its PLOVER
  category. Precision is the accuracy over detected mentions; recall over all of them.
* **Arguments**: gold arguments of in-scope mentions whose role maps to a contract slot
  (types.yaml `roles`) are (slot, head word) pairs, head = the annotated head or the last word
  of the argument text, lower-cased and in the singular (`vocab.head_word`: the contract's
  values are normalised nouns, "bomb" for "21 bombs"). Predicted arguments are, per record and
  without duplicates: actors of role `actor` and `recipient` (heads of `text` and `name`), the
  location's `name` and the `weapon`. A gold argument is found if a record covering its mention
  has a predicted argument of the same slot with the same head; a predicted argument is right if
  a gold mention its record covers has such a gold argument. Arguments of records that cover no
  gold mention are wrong. Actors of role `associated` are not scored.
  A weapon or a place is also found when the gold words and the predicted value name the same
  thing by `aliases.yaml` (`Vocabulary.names_match`, as the event profile compares weapons and
  location names): the contract writes these two in its own vocabulary, a weapon word ("IED" for
  "an improvised explosive device", "rifle" for "an AK-47") and the gazetteer's name of a place
  ("Helmand" for "Helmand Province"), where the gold keeps the text's words and their head.
  Actors keep the text's words in the contract (`text`), so they are matched by head alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from roydad.eval.gold import GoldArgument, GoldDocument, GoldMention
from roydad.eval.report import ScoreRow, Tally
from roydad.eval.triggers import Span
from roydad.eval.vocab import CONTRACT_SLOTS, ContractSlot, head_word, load_vocabulary
from roydad.models import EventRecord, Mention

# Slots whose contract value is a normalised name rather than the text's words.
_NORMALISED_SLOTS: frozenset[ContractSlot] = frozenset({"weapon", "location"})


@dataclass(frozen=True)
class PredictedArgument:
    slot: ContractSlot
    heads: frozenset[str]
    values: frozenset[str] = frozenset()  # weapon and place names (see the module docstring)

    def finds(self, gold: GoldArgument) -> bool:
        """This prediction states that gold argument."""
        if self.slot != gold.slot:
            return False
        if gold.head in self.heads:
            return True
        vocabulary = load_vocabulary()
        return self.slot in _NORMALISED_SLOTS and any(
            vocabulary.names_match(gold.text, value) for value in self.values)


@dataclass(frozen=True)
class _Covered:
    """A predicted record with the trigger spans of its mentions and what they cover."""

    record: EventRecord
    mention_spans: tuple[tuple[Span, ...], ...]
    covers: frozenset[int]  # indices into the document's gold mentions
    arguments: frozenset[PredictedArgument]


@dataclass
class MentionScorer:
    """Accumulates the mention-profile rows over documents."""

    detection: Tally = field(default_factory=Tally)
    detection_all: Tally = field(default_factory=Tally)
    records: Tally = field(default_factory=Tally)
    event_type: Tally = field(default_factory=Tally)
    arguments: dict[ContractSlot, Tally] = field(
        default_factory=lambda: {slot: Tally() for slot in CONTRACT_SLOTS}
    )
    records_without_mentions: int = 0
    mentions_by_whole_span: int = 0

    def add(self, gold: GoldDocument, predictions: Sequence[EventRecord]) -> None:
        assert gold.profile == "mention"
        covered = [self._cover(gold, record) for record in predictions]
        self._detection(gold.mentions, covered)
        self._types(gold.mentions, covered)
        self._arguments(gold.mentions, covered)

    def rows(self) -> list[ScoreRow]:
        rows = [
            self.detection.row("mention", "event detection", "detection"),
            self.detection_all.row("mention", "event detection (all KAIROS types)", "detection"),
            self.records.row("mention", "event records", "detection"),
            self.event_type.row("mention", "event type", "field"),
        ]
        total = Tally()
        for slot, tally in self.arguments.items():
            if tally.n_gold or tally.n_pred:  # a slot neither side uses says nothing
                rows.append(tally.row("mention", f"argument {slot}", "detection"))
            total.n_gold += tally.n_gold
            total.n_pred += tally.n_pred
            total.tp_gold += tally.tp_gold
            total.tp_pred += tally.tp_pred
        rows.append(total.row("mention", "arguments (all roles)", "detection"))
        return rows

    def _cover(self, gold: GoldDocument, record: EventRecord) -> _Covered:
        mentions = list(record.mentions)
        if not mentions:
            self.records_without_mentions += 1
            evidence = record.evidence
            mentions = [Mention(text=evidence.text, start=evidence.start, end=evidence.end,
                                trigger=evidence.text)]
        located = [trigger_spans(gold.text, m) for m in mentions]
        self.mentions_by_whole_span += sum(t.whole_span for t in located)
        unique = list(dict.fromkeys(t.spans for t in located))
        covers = frozenset(
            index for index, gold_mention in enumerate(gold.mentions)
            if any(span.overlaps(gold_mention.span) for spans in unique for span in spans)
        )
        return _Covered(record, tuple(unique), covers, predicted_arguments(record))

    def _detection(self, mentions: Sequence[GoldMention], covered: Sequence[_Covered]) -> None:
        hit = frozenset().union(*(c.covers for c in covered))
        for index, mention in enumerate(mentions):
            self.detection_all.n_gold += 1
            self.detection_all.tp_gold += index in hit
            if mention.category is not None:
                self.detection.n_gold += 1
                self.detection.tp_gold += index in hit
        self.records.n_gold += sum(m.category is not None for m in mentions)
        self.records.tp_gold += sum(
            index in hit for index, m in enumerate(mentions) if m.category is not None
        )
        self.records.n_pred += len(covered)
        self.records.tp_pred += sum(bool(c.covers) for c in covered)
        gold_spans = [m.span for m in mentions]
        for c in covered:
            for spans in c.mention_spans:
                right = any(s.overlaps(g) for s in spans for g in gold_spans)
                for tally in (self.detection, self.detection_all):
                    tally.n_pred += 1
                    tally.tp_pred += right

    def _types(self, mentions: Sequence[GoldMention], covered: Sequence[_Covered]) -> None:
        for index, mention in enumerate(mentions):
            if mention.category is None:
                continue
            covering = [c.record for c in covered if index in c.covers]
            right = any(r.event_type == mention.category for r in covering)
            self.event_type.field(predicted=bool(covering), correct=right)

    def _arguments(self, mentions: Sequence[GoldMention], covered: Sequence[_Covered]) -> None:
        for index, mention in enumerate(mentions):
            if mention.category is None:
                continue
            predicted = [a for c in covered if index in c.covers for a in c.arguments]
            for argument in mention.arguments:
                if argument.slot is None:
                    continue
                tally = self.arguments[argument.slot]
                tally.n_gold += 1
                tally.tp_gold += any(p.finds(argument) for p in predicted)
        for c in covered:
            gold_arguments = [
                a for index in c.covers if mentions[index].category is not None
                for a in mentions[index].arguments
            ]
            for p in c.arguments:
                tally = self.arguments[p.slot]
                tally.n_pred += 1
                tally.tp_pred += any(p.finds(a) for a in gold_arguments)


@dataclass(frozen=True)
class TriggerSpans:
    spans: tuple[Span, ...]
    whole_span: bool  # the trigger was not found: the mention's whole span stands for it


def trigger_spans(text: str, mention: Mention) -> TriggerSpans:
    """Where a predicted mention's trigger is (see the module docstring).

    The trigger is looked for as a whole word, then as the start of a word (a lemma "kill"
    for "killed"), extended to the word's end.
    """
    start, end = max(0, min(mention.start, len(text))), max(0, min(mention.end, len(text)))
    trigger = mention.trigger.strip()
    window = text[start:end]
    if trigger and window.strip().casefold() != trigger.casefold():
        escaped = re.escape(trigger)
        for pattern in (rf"(?<!\w){escaped}(?!\w)", rf"(?<!\w){escaped}\w*"):
            found = tuple(
                Span(start + m.start(), start + m.end())
                for m in re.finditer(pattern, window, re.IGNORECASE)
            )
            if found:
                return TriggerSpans(found, whole_span=False)
        return TriggerSpans((Span(start, end),), whole_span=True)
    return TriggerSpans((Span(start, end),), whole_span=False)


def predicted_arguments(record: EventRecord) -> frozenset[PredictedArgument]:
    """The record's arguments as (contract slot, head words)."""
    found: set[PredictedArgument] = set()
    for actor in record.actors:
        if actor.role == "associated":
            continue
        heads = {h for h in (head_word(actor.text), head_word(actor.name)) if h}
        if heads:
            found.add(PredictedArgument(actor.role, frozenset(heads)))
    place = record.location.name if record.location else None
    slots: tuple[tuple[ContractSlot, str | None], ...] = (
        ("location", place), ("weapon", record.weapon)
    )
    for slot, value in slots:
        head = head_word(value) if value else None
        if value and head:
            found.add(PredictedArgument(slot, frozenset({head}), frozenset({value})))
    return frozenset(found)
