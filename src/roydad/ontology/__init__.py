"""PLOVER categories/modes and the PLOVER→ACLED map, loaded from the YAML beside this file."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True)
class AcledRule:
    category: str
    mode: str | None
    event_type: str
    sub_event_type: str


@dataclass(frozen=True)
class Ontology:
    categories: dict[str, frozenset[str]]
    violent: frozenset[str]
    acled_rules: tuple[AcledRule, ...]
    acled_sub_types: dict[str, str]

    def is_mode(self, category: str, mode: str | None) -> bool:
        return mode is None or mode in self.categories.get(category, frozenset())

    def acled(
        self, category: str, mode: str | None, sub_override: str | None = None
    ) -> tuple[str | None, str | None]:
        """ACLED (event type, sub-event type) for a PLOVER category and mode, or (None, None)."""
        if sub_override:
            event_type = self.acled_sub_types.get(sub_override)
            if event_type is None:
                event_type = next(
                    (r.event_type for r in self.acled_rules if r.sub_event_type == sub_override),
                    None,
                )
            if event_type is not None:
                return event_type, sub_override
        for rule in self.acled_rules:
            if rule.category == category and (rule.mode is None or rule.mode == mode):
                return rule.event_type, rule.sub_event_type
        return None, None


def _load_yaml(name: str) -> Any:
    return yaml.safe_load(resources.files(__package__).joinpath(name).read_text("utf-8"))


@cache
def load_ontology() -> Ontology:
    plover = _load_yaml("plover.yaml")
    acled = _load_yaml("acled_map.yaml")
    categories = {
        name: frozenset((spec.get("modes") or {}).keys())
        for name, spec in plover["categories"].items()
    }
    rules = tuple(AcledRule(**rule) for rule in acled["rules"])
    for rule in rules:
        if rule.category not in categories or not (
            rule.mode is None or rule.mode in categories[rule.category]
        ):
            raise ValueError(f"acled_map.yaml: unknown category/mode {rule.category}/{rule.mode}")
    return Ontology(
        categories=categories,
        violent=frozenset(plover["violent"]),
        acled_rules=rules,
        acled_sub_types=dict(acled.get("sub_event_types") or {}),
    )
