"""Models of the ontology's files: ontology/plover.yaml (the PLOVER categories, their modes and
the families of categories the rules treat alike) and ontology/acled_map.yaml (PLOVER → ACLED)."""

from __future__ import annotations

from pydantic import Field, model_validator

from roydad.datafiles.shape import Shape, Words


class Mode(Shape):
    # A description with a comma or a colon is quoted: unquoted in a flow mapping
    # (`{description: shooting, armed clash}`) the comma would end it and make the rest an
    # unknown key, which the model refuses.
    description: str
    roydad: bool = False  # a mode roydad adds to PLOVER's vocabulary


class Category(Shape):
    description: str
    modes: dict[str, Mode] = Field(default_factory=dict)


class Families(Shape):
    """Named sets of categories, each the set one kind of rule applies to (see plover.yaml)."""

    violent: frozenset[str]
    hostile: frozenset[str]
    harmful: frozenset[str]
    speech_acts: frozenset[str]
    both_sides: frozenset[str]
    status: frozenset[str]
    assistance: frozenset[str]
    crowd_acts: frozenset[str]
    claim_acts: frozenset[str]


class PloverFile(Shape):
    """ontology/plover.yaml. The order of `categories` is the order of the contract's
    `EventType` (checked by the tests)."""

    categories: dict[str, Category]
    families: Families

    @model_validator(mode="after")
    def _families_of_categories(self) -> PloverFile:
        for name, members in self.families:
            if bad := sorted(members - set(self.categories)):
                raise ValueError(f"families.{name}: unknown categories {bad}")
        return self


class AcledMapRule(Shape):
    category: str
    mode: str | None = None
    weapons: Words = Field(default_factory=list)
    trigger: str | None = None
    actors: Words = Field(default_factory=list)
    targets: Words = Field(default_factory=list)
    event_type: str | None = None
    sub_event_type: str | None = None
    lethal: bool | None = None


class UcdpPair(Shape):
    sides: Words
    type: int


class UcdpTypes(Shape):
    pairs: list[UcdpPair]
    default: int


class AcledMapFile(Shape):
    """ontology/acled_map.yaml (its cross-references are checked by `roydad.ontology.acled`)."""

    rules: list[AcledMapRule]
    sub_event_types: dict[str, str] = Field(default_factory=dict)
    party_kinds: Words
    kind_by_inter: dict[int, str]
    kind_by_generic_group: dict[str, str] = Field(default_factory=dict)
    kind_by_target_word: dict[str, Words] = Field(default_factory=dict)
    crowd_doer_sectors: Words = Field(default_factory=list)
    ucdp_type_of_violence: UcdpTypes
