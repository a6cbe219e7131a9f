"""Whether the classifier keeps the record proposed for a short report the rules found nothing
in, or whose triggers they dropped only for want of support (roydad.extract.proposal,
roydad.extract.unsupported), and how it types it.

It keeps it when its calibrated confidence in one specific ACLED sub-event type reaches
`thresholds.propose` of combine.yaml (chosen on development sets only: the codebook dev
splits, their no-event dev sets, and the texts of the corpus's validation split offered) and
its PLOVER head agrees (`consistent`: a category of that event type, never NONE); a record that
reports deaths is not made a strategic development (`lethal`). The record takes the model's
types, `type_source` "model", and a confidence of half the model's (no trigger backs it).
"""

from __future__ import annotations

from roydad.classify.combine import Policy
from roydad.classify.labels import NONE, Labels
from roydad.classify.model import Prediction
from roydad.models import EventRecord
from roydad.ontology import load_ontology


def proposed(record: EventRecord, prediction: Prediction, labels: Labels,
             policy: Policy) -> EventRecord | None:
    """The proposed record typed by the model, or None when the model is not sure enough."""
    sub = prediction.acled_sub
    if sub == NONE or prediction.acled[sub] < policy.thresholds["propose"]:
        return None
    if record.certainty in policy.keep_certainties:
        return None
    etype, sub_type = labels.acled_pair(sub)
    category = prediction.plover_type
    if etype is None or category not in policy.consistent.get(etype, frozenset()):
        return None
    lethal = any(n for n in (record.fatalities, record.fatalities_low, record.fatalities_high))
    if lethal and etype in policy.lethal_excluded:
        return None
    evidence = policy.evidence_words.get(sub_type or "")
    if evidence is not None and not evidence.search(record.evidence.text):
        return None  # an intervention or force the text does not tell
    mode = record.mode if record.mode is not None and load_ontology().is_mode(
        category, record.mode) else None
    p = round(min(1.0, max(0.0, prediction.acled[sub])), 4)
    return record.model_copy(update={
        "event_type": category, "mode": mode, "acled_event_type": etype,
        "acled_sub_event_type": sub_type, "type_source": "model", "type_confidence": p,
        "confidence": round(p / 2, 3),
    })
