"""PLOVER categories/modes, the families of categories the rules treat alike, and the
PLOVER→ACLED typing rules, loaded from the YAML beside this file (and, for who a party is, from
the exports' inter codes and the actor lexicon's generic groups)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

from roydad.datafiles import load, load_data
from roydad.datafiles.actors import ActorTitlesFile
from roydad.datafiles.export import ExportAcledFile
from roydad.datafiles.ontology import AcledMapFile, Families, PloverFile
from roydad.ontology.acled import (
    AcledMapError,
    AcledRule,
    PartyKinds,
    parse_party_kinds,
    parse_rules,
)

__all__ = [
    "AcledMapError", "AcledRule", "Families", "Ontology", "PartyKinds", "event_families",
    "load_ontology", "plover",
]


@dataclass(frozen=True)
class Ontology:
    categories: dict[str, frozenset[str]]
    families: Families
    acled_rules: tuple[AcledRule, ...]
    acled_sub_types: dict[str, str]
    party_kinds: PartyKinds
    ucdp_pairs: dict[frozenset[str], int]
    ucdp_default: int
    crowd_doer_sectors: frozenset[str] = frozenset()

    def is_mode(self, category: str, mode: str | None) -> bool:
        return mode is None or mode in self.categories.get(category, frozenset())

    def acled(
        self, category: str, mode: str | None, sub_override: str | None = None, *,
        weapon: str | None = None, actors: Collection[str] = (), targets: Collection[str] = (),
        lethal: bool = False,
    ) -> tuple[str | None, str | None]:
        """ACLED (event type, sub-event type) of an event: its PLOVER category and mode, weapon,
        the trigger's own sub-event type, and the kinds of its actors and targets (see
        acled_map.yaml); (None, None) for what ACLED does not code."""
        trigger = sub_override if sub_override in self.acled_sub_types else None
        for rule in self.acled_rules:
            if not rule.holds(category, mode, weapon, trigger, actors, targets, lethal):
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

    def doer_kind(self, name: str, kind: str, sector: str | None, text: str = "") -> str:
        """The kind of a party as the doer of an event: the rank and file of a party or movement
        (acled_map.yaml `crowd_doer_sectors`) doing violence are rioters, not civilians."""
        found = self.party_kinds.of(name, kind, sector, text)
        if found == "civilians" and kind != "person" and sector in self.crowd_doer_sectors:
            return "rioters"
        return found

    def ucdp_violence(self, side_a: str, side_b: str | None) -> int:
        """UCDP's type of violence (1 state-based, 2 non-state, 3 one-sided) for the party
        kinds of the two sides; no second side is one-sided."""
        if side_b is None:
            return self.ucdp_default
        return self.ucdp_pairs.get(frozenset((side_a, side_b)), self.ucdp_default)


@cache
def plover() -> PloverFile:
    """ontology/plover.yaml: the categories, in the contract's order, their modes, the families."""
    return load("ontology/plover.yaml", PloverFile)


def event_families() -> Families:
    """The named sets of categories (plover.yaml `families`): `violent`, `hostile`, ..."""
    return plover().families


@cache
def load_ontology() -> Ontology:
    acled = load_data("ontology/acled_map.yaml", AcledMapFile)
    categories = {name: frozenset(spec.modes) for name, spec in plover().categories.items()}
    sub_types = {str(k): str(v) for k, v in (acled.get("sub_event_types") or {}).items()}
    rules = parse_rules(acled["rules"], categories, sub_types, acled["party_kinds"])
    kinds = parse_party_kinds(
        acled, load_data("data/export/acled.yaml", ExportAcledFile)["inter"],
        load_data("data/lexicons/actor_titles.yaml", ActorTitlesFile)["generic_groups"],
    )
    ucdp = acled["ucdp_type_of_violence"]
    pairs = {frozenset(p["sides"]): int(p["type"]) for p in ucdp["pairs"]}
    if bad := {k for pair in pairs for k in pair} - set(acled["party_kinds"]):
        raise AcledMapError(f"acled_map.yaml ucdp_type_of_violence: unknown kinds {sorted(bad)}")
    return Ontology(
        categories=categories,
        families=event_families(),
        acled_rules=rules,
        acled_sub_types=sub_types,
        party_kinds=kinds,
        ucdp_pairs=pairs,
        ucdp_default=int(ucdp["default"]),
        crowd_doer_sectors=frozenset(str(x) for x in acled.get("crowd_doer_sectors") or []),
    )
