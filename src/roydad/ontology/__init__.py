"""PLOVER categories/modes and the PLOVER→ACLED typing rules, loaded from the YAML beside this file
(and, for who a party is, from the exports' inter codes and the actor lexicon's generic groups)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from roydad.ontology.acled import (
    AcledMapError,
    AcledRule,
    PartyKinds,
    parse_party_kinds,
    parse_rules,
)

__all__ = ["AcledMapError", "AcledRule", "Ontology", "PartyKinds", "load_ontology"]


@dataclass(frozen=True)
class Ontology:
    categories: dict[str, frozenset[str]]
    violent: frozenset[str]
    acled_rules: tuple[AcledRule, ...]
    acled_sub_types: dict[str, str]
    party_kinds: PartyKinds
    ucdp_pairs: dict[frozenset[str], int]
    ucdp_default: int

    def is_mode(self, category: str, mode: str | None) -> bool:
        return mode is None or mode in self.categories.get(category, frozenset())

    def acled(
        self, category: str, mode: str | None, sub_override: str | None = None, *,
        weapon: str | None = None, actors: Collection[str] = (), targets: Collection[str] = (),
    ) -> tuple[str | None, str | None]:
        """ACLED (event type, sub-event type) of an event: its PLOVER category and mode, weapon,
        the trigger's own sub-event type, and the kinds of its actors and targets (see
        acled_map.yaml); (None, None) for what ACLED does not code."""
        trigger = sub_override if sub_override in self.acled_sub_types else None
        for rule in self.acled_rules:
            if not rule.holds(category, mode, weapon, trigger, actors, targets):
                continue
            if rule.sub_event_type is None:
                assert trigger is not None  # parse_rules: such a rule needs a trigger
                return self.acled_sub_types[trigger], trigger
            return rule.event_type, rule.sub_event_type
        if trigger is not None:  # a category the rules leave out, typed by its trigger
            return self.acled_sub_types[trigger], trigger
        return None, None

    def party_kind(self, name: str, kind: str, sector: str | None, text: str = "") -> str:
        """state_forces, armed_group, civilians, protesters, rioters or unknown."""
        return self.party_kinds.of(name, kind, sector, text)

    def ucdp_violence(self, side_a: str, side_b: str | None) -> int:
        """UCDP's type of violence (1 state-based, 2 non-state, 3 one-sided) for the party
        kinds of the two sides; no second side is one-sided."""
        if side_b is None:
            return self.ucdp_default
        return self.ucdp_pairs.get(frozenset((side_a, side_b)), self.ucdp_default)


def _load_yaml(name: str) -> Any:
    return yaml.safe_load(resources.files(__package__).joinpath(name).read_text("utf-8"))


def _data_yaml(*parts: str) -> Any:
    return yaml.safe_load(resources.files("roydad").joinpath("data", *parts).read_text("utf-8"))


@cache
def load_ontology() -> Ontology:
    plover = _load_yaml("plover.yaml")
    acled = _load_yaml("acled_map.yaml")
    categories = {
        name: frozenset((spec.get("modes") or {}).keys())
        for name, spec in plover["categories"].items()
    }
    sub_types = {str(k): str(v) for k, v in (acled.get("sub_event_types") or {}).items()}
    rules = parse_rules(acled["rules"], categories, sub_types, acled["party_kinds"])
    kinds = parse_party_kinds(
        acled, _data_yaml("export", "acled.yaml")["inter"],
        _data_yaml("lexicons", "actor_titles.yaml")["generic_groups"],
    )
    ucdp = acled["ucdp_type_of_violence"]
    pairs = {frozenset(p["sides"]): int(p["type"]) for p in ucdp["pairs"]}
    if bad := {k for pair in pairs for k in pair} - set(acled["party_kinds"]):
        raise AcledMapError(f"acled_map.yaml ucdp_type_of_violence: unknown kinds {sorted(bad)}")
    return Ontology(
        categories=categories,
        violent=frozenset(plover["violent"]),
        acled_rules=rules,
        acled_sub_types=sub_types,
        party_kinds=kinds,
        ucdp_pairs=pairs,
        ucdp_default=int(ucdp["default"]),
    )
