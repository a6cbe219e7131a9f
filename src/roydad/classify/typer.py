"""The extraction post-step: type a batch of records with the classifier (one `nlp.pipe` over
their evidence sentences) and combine its type with the rules' (roydad.classify.combine)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from roydad.classify.combine import combined, load_policy, model_only
from roydad.classify.context import classifier_text
from roydad.classify.model import TypeClassifier, load_classifier
from roydad.classify.propose import proposed
from roydad.models import EventRecord

TypeSetting = Literal["rules", "model", "combined"]
TYPE_SETTINGS: tuple[TypeSetting, ...] = ("rules", "model", "combined")


class RecordTyper:
    """Types records by one of the three settings: the rules alone (the model is not even
    loaded), the model alone (the ablation), or both combined (the default)."""

    def __init__(self, setting: TypeSetting = "combined",
                 classifier: TypeClassifier | None = None) -> None:
        self.setting = setting
        self.classifier = None if setting == "rules" else classifier or load_classifier()

    def apply(self, batches: Sequence[tuple[str, list[EventRecord]]],
              proposals: Sequence[EventRecord | None] = ()) -> list[list[EventRecord]]:
        """The records of several documents (each with its text), typed; one classifier pass
        for all of them. `proposals` (one per document, or none): the unconfirmed record of a
        short report the rules found nothing in (roydad.extract.proposal), kept when the
        combined setting's model is confident of its type (roydad.classify.propose)."""
        if self.classifier is None:
            return [[r.model_copy(update={"type_source": "rule"}) for r in records]
                    for _, records in batches]
        offered = list(proposals) or [None] * len(batches)
        texts = [classifier_text(text, r, records) for text, records in batches for r in records]
        texts += [text for (text, _), p in zip(batches, offered, strict=True) if p is not None]
        predictions = iter(self.classifier.predict(texts))
        read = iter(texts)
        labels, policy = self.classifier.labels, load_policy()
        out: list[list[EventRecord]] = []
        for _, records in batches:
            out.append([
                model_only(record, next(predictions), labels) if self.setting == "model"
                else combined(record, next(predictions), labels, policy,
                              _others(records, record), next(read))
                for record in records
            ])
        for typed, offer in zip(out, offered, strict=True):
            if offer is not None:
                kept = proposed(offer, next(predictions), labels, policy)
                typed.extend([kept] if kept is not None and self.setting == "combined" else [])
        return out


def _others(records: Sequence[EventRecord], record: EventRecord) -> frozenset[str]:
    """The categories of the document's other records that the record's evidence sentence
    also tells: their own evidence, a later mention merged into them ("the group said one of
    its fighters had detonated an explosive vest", a mention of the bombing already recorded),
    or a claim about them ("the group claimed the attack"). The model types that sentence by
    its main event, which is theirs; a second record in it (here a "meeting" of the "meeting
    room") must not take its type and become a second bombing."""
    start, sentence = record.evidence.start, record.evidence.text.strip()
    return frozenset(
        r.event_type for r in records
        if r is not record and (
            r.evidence.start == start
            or any(m.start == start for m in r.mentions)
            or any(_same_sentence(c.text, sentence) for c in r.claims))
    )


def _same_sentence(claim: str, sentence: str) -> bool:
    claim = claim.strip()
    return bool(claim) and bool(sentence) and (claim in sentence or sentence in claim)
