"""Models of the classifier's files: classify/labels.yaml (its label sets, shared with the corpus
checker) and classify/combine.yaml (how the rules' type and the model's are combined)."""

from __future__ import annotations

from pydantic import Field

from roydad.datafiles.shape import Shape, Words


class LabelsFile(Shape):
    """classify/labels.yaml. The order of `plover` and of the sub-event types is the order of
    the trained model's outputs."""

    acled: dict[str, Words]  # event type -> its sub-event types
    plover: Words  # the categories and NONE
    styles: Words
    negatives: Words
    id_prefixes: Words


class Lethal(Shape):
    excluded_event_types: Words
    excluded_sub_event_types: Words
    categories: Words


class ModeException(Shape):
    sub_event_type: str
    words: Words


class ObjectDecided(Shape):
    mode: str
    sub_event_types: Words
    words: Words


class CombineFile(Shape):
    """classify/combine.yaml."""

    thresholds: dict[str, float]
    default_subs: Words
    specific_modes: Words
    category_free_modes: Words
    lethal: Lethal
    target_decided: Words
    target_read: dict[str, Words]
    toll_words: Words
    mode_decided: Words
    event_type_decided: Words
    crowd_decided: Words
    side_decided: Words
    object_decided: list[ObjectDecided] = Field(default_factory=list)
    evidence_in_record: Words
    mode_exceptions: list[ModeException]
    evidence_words: list[ModeException]
    keep_certainties: Words
    compatible: dict[str, Words]
    consistent: dict[str, Words]
