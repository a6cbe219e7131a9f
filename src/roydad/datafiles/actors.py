"""Models of the actor knowledge base, data/actors.yaml, and of the lexicon of titles, generic
groups and countries, data/lexicons/actor_titles.yaml. These check the files' shape; what the
entries mean together (known sectors and slots, one owner per alias) `roydad.resolve.actors`
checks, listing every problem."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from roydad.datafiles.shape import Shape, Words

# YYYY, YYYY-MM or YYYY-MM-DD; YAML makes a full date a date and a bare year an int.
When = date | int | str


class Role(Shape):
    role: str
    sector: str | None = None
    start: When | None = Field(None, alias="from")
    end: When | None = Field(None, alias="to")


class Slot(Shape):
    slot: str
    start: When | None = Field(None, alias="from")
    end: When | None = Field(None, alias="to")


class Entry(Shape):
    id: str
    name: str
    kind: str
    sector: str
    country: str | None = None
    wikidata: str | None = None
    aliases: Words = Field(default_factory=list)
    cased_aliases: Words = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    slots: list[Slot] = Field(default_factory=list)
    note: str | None = None


class KnowledgeBaseFile(Shape):
    """data/actors.yaml."""

    sectors: dict[str, str]  # code -> what it stands for
    kinds: Words
    entries: list[Entry]


class GenericGroup(Shape):
    name: str
    name_no_country: str
    sector: str
    words: Words


class StateSlot(Shape):
    name: str
    sector: str
    words: Words


class Country(Shape):
    name: str
    names: Words = Field(default_factory=list)
    demonyms: Words = Field(default_factory=list)
    cased: Words = Field(default_factory=list)


class CommunityMilitiaTable(Shape):
    name: str
    name_no_country: str
    sector: str
    communities: dict[str, str]
    heads: Words
    armed_heads: Words = Field(default_factory=list)
    qualifiers: Words = Field(default_factory=list)


class ActorTitlesFile(Shape):
    """data/lexicons/actor_titles.yaml."""

    name_prefixes: dict[str, str | None] = Field(default_factory=dict)
    former_words: Words = Field(default_factory=list)
    former_sector: str
    state_sectors: Words = Field(default_factory=list)
    person_roles: dict[str, str | None] = Field(default_factory=dict)
    group_heads: dict[str, str | None] = Field(default_factory=dict)
    member_words: Words = Field(default_factory=list)
    activity_words: Words = Field(default_factory=list)
    group_qualifiers: Words = Field(default_factory=list)
    filler_words: Words = Field(default_factory=list)
    cut_words: Words = Field(default_factory=list)
    organization_words: Words = Field(default_factory=list)
    facility_words: Words = Field(default_factory=list)
    weapon_platforms: Words = Field(default_factory=list)
    platform_owners: Words = Field(default_factory=list)
    owned_targets: Words = Field(default_factory=list)
    generic_groups: dict[str, GenericGroup]
    community_militias: CommunityMilitiaTable | None = None
    state_slots: dict[str, StateSlot]
    countries: dict[str, Country]
