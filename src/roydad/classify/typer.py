"""The extraction post-step: type a batch of records with the classifier (one `nlp.pipe` over
their evidence sentences) and combine its type with the rules' (roydad.classify.combine)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from roydad.classify.combine import combined, load_policy, model_only
from roydad.classify.context import classifier_text
from roydad.classify.model import TypeClassifier, load_classifier
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

    def apply(self, batches: Sequence[tuple[str, list[EventRecord]]]) -> list[list[EventRecord]]:
        """The records of several documents (each with its text), typed; one classifier pass
        for all of them."""
        if self.classifier is None:
            return [[r.model_copy(update={"type_source": "rule"}) for r in records]
                    for _, records in batches]
        texts = [classifier_text(text, r, records) for text, records in batches for r in records]
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
        return out


def _others(records: Sequence[EventRecord], record: EventRecord) -> frozenset[str]:
    """The categories of the document's other records with the same evidence sentence."""
    return frozenset(
        r.event_type for r in records
        if r is not record and r.evidence.start == record.evidence.start
    )
