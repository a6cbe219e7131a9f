"""ACLED typing as data: the rules of acled_map.yaml, and the kinds of party they speak of.

An ACLED event type is not a property of the verb: "killed" is a battle when the dead are soldiers
and violence against civilians when they are shopkeepers, and a bomb is remote violence whoever it
hits. The rules (category, mode, weapon, the trigger's own sub-event type, and the kinds of the
parties on each side) are read from YAML; this module only evaluates them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

ANY = "any"


class AcledMapError(ValueError):
    """acled_map.yaml names something that does not exist; the message says what and where."""


@dataclass(frozen=True)
class AcledRule:
    category: str
    mode: str | None = None
    weapons: frozenset[str] = frozenset()
    trigger: str | None = None
    actors: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    event_type: str | None = None
    sub_event_type: str | None = None
    lethal: bool | None = None  # the event reports deaths (None: either)

    def holds(self, category: str, mode: str | None, weapon: str | None, trigger: str | None,
              actors: Collection[str], targets: Collection[str], lethal: bool = False) -> bool:
        return (
            self.category == category
            and (self.lethal is None or self.lethal == lethal)
            and (self.mode is None or self.mode == mode)
            and (not self.weapons or (weapon or "").lower() in self.weapons)
            and (self.trigger is None or (trigger is not None
                 and self.trigger in (ANY, trigger)))
            and (not self.actors or any(k in self.actors for k in actors))
            and (not self.targets or any(k in self.targets for k in targets))
        )


@dataclass(frozen=True)
class PartyKinds:
    """Who a party is for typing: state forces, an armed group, civilians, protesters, rioters,
    or unknown, from its ACLED inter code, its generic label, or the thing that was hit."""

    by_inter: Mapping[int, str]
    sector_inter: Mapping[str, int]
    person_sector_inter: Mapping[str, int]
    generic_labels: tuple[tuple[re.Pattern[str], str], ...]
    by_target_word: Mapping[str, str]

    def of(self, name: str, kind: str, sector: str | None, text: str = "") -> str:
        """The kind of a resolved party (its canonical name, actor kind, sector, the words)."""
        for pattern, party_kind in self.generic_labels:
            if pattern.fullmatch(name):
                return party_kind
        inter = None
        if sector is not None:
            inter = (self.person_sector_inter.get(sector) if kind == "person" else None) \
                or self.sector_inter.get(sector)
        if inter is not None:
            return self.by_inter.get(inter, "unknown")
        return self._by_words(text or name)

    def of_inter(self, inter: int) -> str:
        return self.by_inter.get(inter, "unknown")

    def _by_words(self, text: str) -> str:
        words = re.sub(r"[^\w\s-]", " ", text.lower()).split()
        for size in (3, 2, 1):
            if len(words) >= size and (found := self.by_target_word.get(" ".join(words[-size:]))):
                return found
        return "unknown"


def _label_pattern(label: str) -> re.Pattern[str]:
    """ "Protesters ({country})" → matches "Protesters (Iran)" and bare "Protesters"."""
    head, _, tail = label.partition("{country}")
    return re.compile(re.escape(head.rstrip(" (")) + r"(?: \(.+\))?" if tail
                      else re.escape(label))


def parse_rules(raw: Sequence[Mapping[str, Any]], categories: Mapping[str, Collection[str]],
                sub_types: Mapping[str, str], kinds: Collection[str]) -> tuple[AcledRule, ...]:
    """The validated rules; every category, mode, kind and sub-event type must exist."""
    rules = []
    for n, spec in enumerate(raw):
        where = f"acled_map.yaml rule {n}"
        rule = AcledRule(
            category=str(spec["category"]), mode=spec.get("mode"),
            weapons=frozenset(str(w).lower() for w in spec.get("weapons") or ()),
            trigger=spec.get("trigger"), actors=frozenset(spec.get("actors") or ()),
            targets=frozenset(spec.get("targets") or ()), event_type=spec.get("event_type"),
            sub_event_type=spec.get("sub_event_type"), lethal=spec.get("lethal"),
        )
        if rule.category not in categories or not (
                rule.mode is None or rule.mode in categories[rule.category]):
            raise AcledMapError(f"{where}: unknown category/mode {rule.category}/{rule.mode}")
        if bad := (rule.actors | rule.targets) - set(kinds):
            raise AcledMapError(f"{where}: unknown party kinds {sorted(bad)}")
        if rule.trigger not in (None, ANY) and rule.trigger not in sub_types:
            raise AcledMapError(f"{where}: unknown trigger sub-event type {rule.trigger!r}")
        if rule.sub_event_type is None:
            if rule.trigger is None or rule.event_type is not None:
                raise AcledMapError(f"{where}: a rule without a sub-event type takes the "
                                    "trigger's, so it needs `trigger` and no `event_type`")
        elif sub_types.get(rule.sub_event_type) != rule.event_type:
            raise AcledMapError(f"{where}: {rule.sub_event_type!r} is not a sub-event type of "
                                f"{rule.event_type!r}")
        rules.append(rule)
    return tuple(rules)


def parse_party_kinds(acled_map: Mapping[str, Any], inter: Mapping[str, Any],
                      generic_groups: Mapping[str, Any]) -> PartyKinds:
    """The party-kind tables of acled_map.yaml, over the exports' inter codes (`inter`, the
    `inter` section of data/export/acled.yaml) and the resolver's generic groups."""
    kinds = set(acled_map["party_kinds"])
    by_inter = {int(k): str(v) for k, v in acled_map["kind_by_inter"].items()}
    by_generic = dict(acled_map.get("kind_by_generic_group") or {})
    by_word = {str(w).lower(): str(kind)
               for kind, words in (acled_map.get("kind_by_target_word") or {}).items()
               for w in words}
    if bad := (set(by_inter.values()) | set(by_generic.values()) | set(by_word.values())) - kinds:
        raise AcledMapError(f"acled_map.yaml: unknown party kinds {sorted(bad)}")
    if missing := set(by_generic) - set(generic_groups):
        raise AcledMapError(f"acled_map.yaml: no generic group {sorted(missing)} in "
                            "actor_titles.yaml")
    labels = tuple(
        (_label_pattern(str(generic_groups[g][key])), kind)
        for g, kind in by_generic.items() for key in ("name", "name_no_country")
    )
    return PartyKinds(
        by_inter=by_inter,
        sector_inter={str(k): int(v) for k, v in (inter.get("sectors") or {}).items()},
        person_sector_inter={str(k): int(v)
                             for k, v in (inter.get("person_sectors") or {}).items()},
        generic_labels=labels,
        by_target_word=by_word,
    )
