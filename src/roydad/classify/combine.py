"""The rules' type and the model's, combined (thresholds and tables in combine.yaml).

The rules have found the event, its arguments and certainty; this decides only its PLOVER
category and its ACLED event type and sub-event type:

* a hypothetical or negated reading is the rules' and stays as they typed it;
* the PLOVER category changes only when the model is very confident (`plover`) of a category
  that agrees with its own sub-event type (`consistent`), and never for a record whose mode
  names a specific weapon or act (`specific_modes`);
* the ACLED sub-event type changes when the model's confidence reaches the threshold of how
  weak the rules' choice is (`silent` < `weak` < `strong`, see `rule_strength`), and the
  model's event type fits the record's PLOVER category (`compatible`) and, for a record that
  reports deaths, is not a strategic development (`lethal`); a model that says
  "ACLED would not code this" never removes the rules' type; between the event types told
  apart by who was hit (`target_decided`) a rule that read the target is never overridden,
  nor the sub-type of a record whose mode the codebook types by the weapon (`mode_decided`: a
  suicide bombing, not an IED; an air strike, not shelling; a drone attack, not drones shot
  down), nor the event type of one whose mode decides it (`event_type_decided`: a bomb stays
  remote violence, an arrest an arrest), unless the text has the words of an exception
  (`mode_exceptions`: intercepted, so disrupted; chlorine, so a chemical weapon).

`type_source` says who decided: "agree" when the model's top label is what the record carries,
"model" when the model changed it, else "rule". `type_confidence` is the model's calibrated
probability of the record's final type: its ACLED sub-event type, or its PLOVER category when
ACLED does not code it, so an analyst can review the least credible types first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal, get_args

from roydad.classify.labels import NONE, Labels
from roydad.classify.model import Prediction
from roydad.datafiles import load_data
from roydad.datafiles.classify import CombineFile
from roydad.models import ActorRef, EventRecord, EventType
from roydad.ontology import load_ontology

Strength = Literal["silent", "weak", "strong"]
_CATEGORIES: frozenset[str] = frozenset(get_args(EventType))


@dataclass(frozen=True)
class Policy:
    thresholds: dict[str, float]
    default_subs: frozenset[str]
    specific_modes: frozenset[str]
    category_free_modes: frozenset[str]  # specific modes whose category the model may change
    keep_certainties: frozenset[str]
    compatible: dict[str, frozenset[str]]
    consistent: dict[str, frozenset[str]]
    lethal_excluded: frozenset[str]  # ACLED event types a record with deaths is not
    lethal_categories: frozenset[str]  # PLOVER categories a record with deaths may take
    lethal_excluded_subs: frozenset[str]  # ACLED sub-event types a record with deaths is not
    target_decided: frozenset[str]  # ACLED event types told apart by who was hit
    # default sub-types that are a decision when a recipient is of one of these party kinds
    target_read: dict[str, frozenset[str]] = field(default_factory=dict)
    toll_words: frozenset[str] = frozenset()  # heads of a bare toll ("55 people")
    mode_decided: frozenset[str] = frozenset()  # modes whose sub-event type the rules keep
    event_type_decided: frozenset[str] = frozenset()  # modes whose event type the rules keep
    crowd_decided: frozenset[str] = frozenset()  # demonstration sub-types a strong rule keeps
    side_decided: frozenset[str] = frozenset()  # sub-types told apart by the doer's kind
    # by mode, the sub-types the rules read off what was acted on (homes with people in them),
    # kept when the record's evidence has one of the words that say so
    object_decided: dict[str, tuple[frozenset[str], re.Pattern[str]]] = field(
        default_factory=dict)
    # sub-types whose evidence words must be in the record's own evidence, not the whole text
    evidence_in_record: frozenset[str] = frozenset()
    # readings the model may give a `mode_decided` record when the text has their words
    mode_exceptions: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # sub-event types the model may give only when the text it read has one of their words
    evidence_words: dict[str, re.Pattern[str]] = field(default_factory=dict)


@cache
def load_policy() -> Policy:
    data = load_data("classify/combine.yaml", CombineFile)
    return Policy(
        thresholds={k: float(v) for k, v in data["thresholds"].items()},
        default_subs=frozenset(data["default_subs"]),
        specific_modes=frozenset(data["specific_modes"]),
        category_free_modes=frozenset(data["category_free_modes"]),
        keep_certainties=frozenset(data["keep_certainties"]),
        compatible={k: frozenset(v) for k, v in data["compatible"].items()},
        consistent={k: frozenset(v) for k, v in data["consistent"].items()},
        lethal_excluded=frozenset(data["lethal"]["excluded_event_types"]),
        lethal_categories=frozenset(data["lethal"]["categories"]),
        lethal_excluded_subs=frozenset(data["lethal"]["excluded_sub_event_types"]),
        target_decided=frozenset(data["target_decided"]),
        target_read={k: frozenset(v) for k, v in data["target_read"].items()},
        toll_words=frozenset(data["toll_words"]),
        mode_decided=frozenset(data["mode_decided"]),
        event_type_decided=frozenset(data["event_type_decided"]),
        crowd_decided=frozenset(data["crowd_decided"]),
        side_decided=frozenset(data["side_decided"]),
        object_decided={e["mode"]: (frozenset(e["sub_event_types"]), _words_pattern(e["words"]))
                        for e in data["object_decided"]},
        evidence_in_record=frozenset(data["evidence_in_record"]),
        mode_exceptions={e["sub_event_type"]: _words_pattern(e["words"])
                         for e in data["mode_exceptions"]},
        evidence_words={e["sub_event_type"]: _words_pattern(e["words"])
                        for e in data["evidence_words"]},
    )


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def rule_strength(record: EventRecord, policy: Policy) -> Strength:
    """How much the rules' ACLED sub-event type rests on: nothing, a default, or evidence."""
    sub = record.acled_sub_event_type
    if sub is None:
        return "silent"
    if sub in policy.default_subs and record.mode not in policy.specific_modes:
        return "strong" if _target_read(record, policy.target_read.get(sub),
                                        policy.toll_words) else "weak"
    return "strong"


def _target_read(record: EventRecord, kinds: frozenset[str] | None,
                 toll_words: frozenset[str]) -> bool:
    """Some recipient of the record, named as more than a toll, is of one of `kinds`
    (civilians for an Attack)."""
    if not kinds:
        return False
    ontology = load_ontology()
    return any(ontology.party_kind(a.name, a.kind, a.sector, a.text) in kinds
               and a.text.split()[-1].lower() not in toll_words
               for a in record.actors if a.role == "recipient" and a.text.split())


def type_confidence(record: EventRecord, prediction: Prediction) -> float:
    if record.acled_sub_event_type is not None:
        p = prediction.acled.get(record.acled_sub_event_type, 0.0)
    else:
        p = prediction.plover.get(record.event_type, 0.0)
    return round(min(1.0, max(0.0, p)), 4)


def combined(record: EventRecord, prediction: Prediction, labels: Labels, policy: Policy,
             others: frozenset[str] = frozenset(), text: str = "") -> EventRecord:
    """The record with the combined type, its `type_source` and `type_confidence`.

    `others` are the PLOVER categories of the other records drawn from the same evidence
    sentence: the model types a sentence by its main event, so when that event is another
    record's ("marched to demand higher wages": PROTEST beside this REQUEST), its type is not
    this record's to take. `text` is what the model read (the exceptions of `mode_decided`
    look in it).
    """
    update: dict[str, object] = {}
    main_elsewhere = prediction.plover_type in others - {record.event_type}
    if record.certainty not in policy.keep_certainties and not main_elsewhere:
        update = _plover_update(record, prediction, labels, policy)
        if update:
            # the rules' ACLED type followed their category; the model's sub-event type agrees
            # with its new one (`consistent`), NONE included
            etype, sub = labels.acled_pair(prediction.acled_sub)
            update |= {"acled_event_type": etype, "acled_sub_event_type": sub}
        else:
            update = _acled_update(record, prediction, record.event_type, labels, policy, text)
    if _crowd_kept(record, update, policy) or _side_kept(record, update, policy):
        # the model's category may stand (force on a protest is the protest's), not its sub-type
        update = {k: v for k, v in update.items()
                  if k not in ("acled_event_type", "acled_sub_event_type")}
    typed = record.model_copy(update=update)
    if update:
        source = "model"
    elif _agrees(typed, prediction):
        source = "agree"
    else:
        source = "rule"
    return typed.model_copy(update={
        "type_source": source, "type_confidence": type_confidence(typed, prediction)})


def model_only(record: EventRecord, prediction: Prediction, labels: Labels) -> EventRecord:
    """The ablation: the model's top labels, whatever the rules said (a NONE category keeps
    the rules' category: the record exists because they found an event)."""
    update: dict[str, object] = {}
    if prediction.plover_type in _CATEGORIES and prediction.plover_type != record.event_type:
        update = _with_category(record, prediction.plover_type)
    etype, sub = labels.acled_pair(prediction.acled_sub)
    update |= {"acled_event_type": etype, "acled_sub_event_type": sub}
    typed = record.model_copy(update=update)
    return typed.model_copy(update={
        "type_source": "model", "type_confidence": type_confidence(typed, prediction)})


def _plover_update(record: EventRecord, prediction: Prediction, labels: Labels,
                   policy: Policy) -> dict[str, object]:
    top = prediction.plover_type
    etype = labels.acled_pair(prediction.acled_sub)[0] or NONE
    if _lethal(record) and top not in policy.lethal_categories:
        return {}
    if record.mode in policy.specific_modes - policy.category_free_modes:
        return {}  # "a bomb exploded near the assembly" stays a bombing beside a riot
    if (top in _CATEGORIES and top != record.event_type
            and top in policy.consistent.get(etype, frozenset())
            and prediction.plover[top] >= policy.thresholds["plover"]):
        return _with_category(record, top)
    return {}


def _with_category(record: EventRecord, category: str) -> dict[str, object]:
    # a mode of the old category ("arrest") means nothing under the new one
    keep = record.mode is not None and load_ontology().is_mode(category, record.mode)
    return {"event_type": category, "mode": record.mode if keep else None}


def _acled_update(record: EventRecord, prediction: Prediction, category: str,
                  labels: Labels, policy: Policy, text: str = "") -> dict[str, object]:
    top = prediction.acled_sub
    if top == NONE or top == record.acled_sub_event_type:
        return {}
    etype, sub = labels.acled_pair(top)
    evidence = policy.evidence_words.get(sub or "")
    read = record.evidence.text if sub in policy.evidence_in_record else text
    if evidence is not None and not evidence.search(read or record.evidence.text):
        return {}  # "staged a sit-in": no force is told, so no intervention either
    exception = policy.mode_exceptions.get(sub or "")
    if record.acled_sub_event_type is not None and record.mode in policy.mode_decided and not (
            exception is not None and exception.search(text)):
        return {}  # the weapon decides the sub-type ("gunships fired rockets": an air strike)
    subs, people = policy.object_decided.get(record.mode or "", (frozenset(), None))
    if record.acled_sub_event_type in subs and people is not None and people.search(
            record.evidence.text):
        return {}  # "torched huts, and families fled": the homes' people were attacked
    if (record.acled_event_type is not None and record.mode in policy.event_type_decided
            and etype != record.acled_event_type):
        return {}  # a bomb stays remote violence, an arrest a strategic development
    needed = policy.thresholds[rule_strength(record, policy)]
    if etype is None or category not in policy.compatible.get(etype, frozenset()):
        return {}
    if _lethal(record) and (etype in policy.lethal_excluded
                            or sub in policy.lethal_excluded_subs):
        return {}
    if prediction.acled[top] < needed:
        return {}
    if needed >= policy.thresholds["strong"] and {etype, record.acled_event_type} <= (
        policy.target_decided
    ) and etype != record.acled_event_type:
        return {}  # the rules read who was hit; the model only guesses it from the words
    return {"acled_event_type": etype, "acled_sub_event_type": sub}


def _crowd_kept(record: EventRecord, update: dict[str, object], policy: Policy) -> bool:
    """The update would move a rule's strong demonstration sub-type to another one
    (`crowd_decided`): force on protesters to a violent demonstration, a riot to mob violence."""
    old = record.acled_sub_event_type
    new = update.get("acled_sub_event_type", old)
    return (old in policy.crowd_decided and new in policy.crowd_decided and old != new
            and rule_strength(record, policy) == "strong")


def _side_kept(record: EventRecord, update: dict[str, object], policy: Policy) -> bool:
    """The update would swap the rules' territory sub-type for the other side's
    (`side_decided`) although the record names who took the ground, of a kind the knowledge
    base knows."""
    old = record.acled_sub_event_type
    new = update.get("acled_sub_event_type", old)
    return (old in policy.side_decided and new in policy.side_decided and old != new
            and bool(record.actors) and _resolved(record.actors[0]))


def _resolved(actor: ActorRef) -> bool:
    """An actor the knowledge base or the generic names resolved ("Mozambican troops": the
    Military Forces of Mozambique), not a phrase kept as written ("TNLA forces")."""
    return actor.kind != "unknown" and (actor.kb_id is not None or actor.name != actor.text)


def _lethal(record: EventRecord) -> bool:
    return any(n for n in (record.fatalities, record.fatalities_low, record.fatalities_high))


def _agrees(record: EventRecord, prediction: Prediction) -> bool:
    if record.acled_sub_event_type is not None:
        return prediction.acled_sub == record.acled_sub_event_type
    return prediction.acled_sub == NONE and prediction.plover_type == record.event_type
