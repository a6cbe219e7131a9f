"""Models of the scorer's vocabularies, eval/types.yaml (gold types and roles → the contract)
and eval/aliases.yaml (names of provinces, actors and states). What the entries must name
(PLOVER categories, contract slots) `roydad.eval.vocab` checks."""

from __future__ import annotations

from roydad.datafiles.shape import Shape, Words


class TypesFile(Shape):
    """eval/types.yaml."""

    kairos: dict[str, str | None]  # KAIROS type -> PLOVER category; null: out of scope
    roles: dict[str, Words]  # contract slot -> KAIROS roles
    event_types: dict[str, str | None]  # gold event type -> PLOVER category
    detected_by: dict[str, Words]
    acled_event_types: Words
    unordered_sides: Words


class AliasesFile(Shape):
    """eval/aliases.yaml."""

    admin1: dict[str, Words]
    admin1_successors: dict[str, str]
    admin1_generic: Words
    names: dict[str, Words]
    states: Words
    state_words: Words
    generic_words: Words
