"""A record the classifier alone may keep for a short report the rules found nothing in
(classify/propose.py, extract/proposal.py), on made-up predictions either side of
`thresholds.propose`."""

from __future__ import annotations

from collections.abc import Iterable

from roydad.classify.combine import load_policy
from roydad.classify.context import PROPOSAL_WORDS, is_short_text
from roydad.classify.labels import NONE, load_labels
from roydad.classify.model import Prediction, TypeClassifier
from roydad.classify.propose import proposed
from roydad.classify.typer import RecordTyper
from roydad.models import EventRecord, Evidence

LABELS = load_labels()
POLICY = load_policy()
TORCHED = "Herders set the grain stores of two villages near Mopti alight overnight."


def _offer(text: str = TORCHED, fatalities: int | None = None,
           certainty: str = "asserted") -> EventRecord:
    return EventRecord.model_validate({
        "doc_id": "d", "event_id": "e", "event_type": "ASSAULT", "certainty": certainty,
        "fatalities": fatalities, "evidence": Evidence(text=text, start=0, end=len(text)),
        "confidence": 0.0, "extractor": "test",
    })


def _prediction(sub: str, p: float, plover: str, q: float = 0.8) -> Prediction:
    acled = dict.fromkeys(LABELS.acled_subs, (1 - p) / (len(LABELS.acled_subs) - 1)) | {sub: p}
    cats = dict.fromkeys(LABELS.plover, (1 - q) / (len(LABELS.plover) - 1)) | {plover: q}
    return Prediction(acled=acled, plover=cats)


def test_a_confident_specific_type_makes_a_model_record() -> None:
    kept = proposed(_offer(), _prediction("Looting/property destruction", 0.93, "ASSAULT"),
                    LABELS, POLICY)
    assert kept is not None
    assert (kept.event_type, kept.acled_event_type, kept.acled_sub_event_type) == (
        "ASSAULT", "Strategic developments", "Looting/property destruction")
    assert kept.type_source == "model" and kept.type_confidence == 0.93
    assert kept.confidence < 0.5  # no trigger backs it


def test_an_unsure_or_no_event_reading_makes_none() -> None:
    threshold = POLICY.thresholds["propose"]
    unsure = _prediction("Looting/property destruction", threshold - 0.05, "ASSAULT")
    assert proposed(_offer(), unsure, LABELS, POLICY) is None
    assert proposed(_offer(), _prediction(NONE, 0.99, "NONE"), LABELS, POLICY) is None


def test_the_two_heads_must_agree() -> None:
    # a protest sub-type read with a "no event" category is not kept
    split = _prediction("Peaceful protest", 0.95, "NONE")
    assert proposed(_offer("Nurses rallied outside the ministry in Accra."), split,
                    LABELS, POLICY) is None
    agreed = _prediction("Peaceful protest", 0.95, "PROTEST")
    kept = proposed(_offer("Nurses rallied outside the ministry in Accra."), agreed,
                    LABELS, POLICY)
    assert kept is not None and kept.event_type == "PROTEST"


def test_deaths_are_never_a_strategic_development_nor_a_hypothetical_an_event() -> None:
    looted = _prediction("Looting/property destruction", 0.95, "ASSAULT")
    assert proposed(_offer(fatalities=3), looted, LABELS, POLICY) is None
    assert proposed(_offer(certainty="hypothetical"), looted, LABELS, POLICY) is None


def test_only_short_texts_are_offered() -> None:
    assert is_short_text(TORCHED)
    assert not is_short_text(" ".join(["word"] * (PROPOSAL_WORDS + 1)))
    assert not is_short_text("")


class _Fixed(TypeClassifier):
    """A classifier that reads every text the same way."""

    def __init__(self, prediction: Prediction) -> None:
        self.labels = LABELS
        self.prediction = prediction

    def predict(self, texts: Iterable[str], batch_size: int = 64) -> list[Prediction]:
        return [self.prediction for _ in texts]


def test_the_typer_adds_a_kept_offer_only_in_the_combined_setting() -> None:
    sure = _Fixed(_prediction("Looting/property destruction", 0.95, "ASSAULT"))
    out = RecordTyper("combined", sure).apply([(TORCHED, []), ("Another text.", [])],
                                              [_offer(), None])
    assert [len(rs) for rs in out] == [1, 0]
    assert out[0][0].type_source == "model"
    assert RecordTyper("model", sure).apply([(TORCHED, [])], [_offer()]) == [[]]
    unsure = _Fixed(_prediction("Looting/property destruction", 0.4, "ASSAULT"))
    assert RecordTyper("combined", unsure).apply([(TORCHED, [])], [_offer()]) == [[]]
