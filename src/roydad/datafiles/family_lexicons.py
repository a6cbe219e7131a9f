"""The shape of lexicons/families.yaml: word classes and the rules that retype a trigger by the
words around it (extract/families.py reads them)."""

from __future__ import annotations

from pydantic import Field

from roydad.datafiles.shape import Shape, Words


class Retype(Shape):
    lemmas: Words
    event_type: str
    mode: str | None
    acled_sub: str | None = None
    objects: str | None = None
    subjects: str | None = None
    preps: Words = Field(default_factory=list)
    clauses: str | None = None
    laden: str | None = None
    without: str | None = None
    prep_objects: str | None = None
    governors: str | None = None
    acted_on_by: str | None = None
    all: bool = False
    weight: float | None = None
    not_modified: str | None = None
    victim_of: str | None = None
    from_place: str | None = None
    adverbs: Words = Field(default_factory=list)
    outcome: str | None = None
    not_to: str | None = None


class FamiliesFile(Shape):
    class_labels: dict[str, Words] = Field(default_factory=dict)
    head_only: Words = Field(default_factory=list)
    stative_present: Words = Field(default_factory=list)
    classes: dict[str, Words]
    unharmed: dict[str, dict[str, str]] = Field(default_factory=dict)
    retype: list[Retype]
