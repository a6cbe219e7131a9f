"""Which of a document's other records a record's evidence sentence also tells (typer._others):
the model types a sentence by its main event, and when that event is another record's (its
evidence, a mention merged into it, or a claim about it), a second record in the sentence must
not take its type."""

from __future__ import annotations

from roydad.classify.combine import combined, load_policy
from roydad.classify.labels import load_labels
from roydad.classify.model import Prediction
from roydad.classify.typer import _others
from roydad.models import Claim, EventRecord, Evidence, Mention

LABELS = load_labels()
BOMBING = "A car bomb tore through the market in Gao on Friday, killing nine people."
SAID = ("The movement said one of its men had driven the car into the crowd outside the "
        "council chamber.")
CLAIMED = "Hours later the movement claimed the attack in a message to its followers."


def _record(text: str, start: int, event_type: str, mentions: tuple[int, ...] = (),
            claims: tuple[str, ...] = ()) -> EventRecord:
    return EventRecord.model_validate({
        "doc_id": "d", "event_id": f"e{start}", "event_type": event_type,
        "evidence": Evidence(text=text, start=start, end=start + len(text)),
        "mentions": [Mention(text="x", start=s, end=s + 1, trigger="x") for s in mentions],
        "claims": [Claim(kind="responsibility", certainty="claimed", text=c) for c in claims],
        "confidence": 0.8, "extractor": "test",
    })


def _prediction() -> Prediction:
    acled = dict.fromkeys(LABELS.acled_subs, 0.001) | {"Remote explosive/landmine/IED": 0.97}
    plover = dict.fromkeys(LABELS.plover, 0.001) | {"ASSAULT": 0.99}
    return Prediction(acled=acled, plover=plover)


def test_a_sentence_merged_into_another_record_is_that_records() -> None:
    bombing = _record(BOMBING, 0, "ASSAULT", mentions=(0, 80))
    chamber = _record(SAID, 80, "CONSULT")  # "council chamber" read as a meeting
    assert _others([bombing, chamber], chamber) == {"ASSAULT"}
    typed = combined(chamber, _prediction(), LABELS, load_policy(),
                     _others([bombing, chamber], chamber), SAID)
    assert (typed.event_type, typed.acled_sub_event_type) == ("CONSULT", None)
    assert typed.type_source != "model"


def test_a_claim_sentence_is_the_claimed_records() -> None:
    bombing = _record(BOMBING, 0, "ASSAULT", claims=(CLAIMED,))
    message = _record(CLAIMED, 200, "ACCUSE")
    assert _others([bombing, message], message) == {"ASSAULT"}


def test_an_unrelated_record_is_not_counted() -> None:
    bombing = _record(BOMBING, 0, "ASSAULT", mentions=(0,), claims=(CLAIMED,))
    other = _record(SAID, 80, "CONSULT")
    assert _others([bombing, other], other) == frozenset()
    # without the other record, the model's confident type stands
    typed = combined(other, _prediction(), LABELS, load_policy(), frozenset(), SAID)
    assert (typed.event_type, typed.type_source) == ("ASSAULT", "model")
