"""Models of the exports' coding rules, data/export/*.yaml: ACLED's inter codes, labels and
precision codes (acled.yaml), country names and regions (countries.yaml), PLOVER contexts and
quad classes (plover.yaml)."""

from __future__ import annotations

from pydantic import Field

from roydad.datafiles.shape import Shape, Words


class Label(Shape):
    label: str  # may hold "{country}"
    inter: int


class Inter(Shape):
    sectors: dict[str, int]
    person_sectors: dict[str, int] = Field(default_factory=dict)
    kinds: dict[str, int]
    identity_militias: Words = Field(default_factory=list)
    foreign_state_forces: int = 8
    by_event_type: dict[str, int] = Field(default_factory=dict)


class Demonstrations(Shape):
    event_types: Words = Field(default_factory=list)
    force_first: Words = Field(default_factory=list)  # sub-event types where the force is actor1
    crowd_sectors: Words = Field(default_factory=list)


class GenericPartiesShape(Shape):
    state_labels: dict[str, str] = Field(default_factory=dict)  # sector -> label
    country_labels: Words = Field(default_factory=list)  # generic labels a country completes
    unarmed_labels: Words = Field(default_factory=list)  # never a doer of political violence
    armed_event_types: Words = Field(default_factory=list)
    victim_labels: Words = Field(default_factory=list)  # victims ACLED codes as civilians


class ExportAcledFile(Shape):
    """data/export/acled.yaml."""

    inter: Inter
    unidentified: dict[str, Label]  # by sub-event or event type, and a `default`
    civilians: Label
    civilians_unless_armed: Words = Field(default_factory=list)  # event or sub-event types
    mutual: Words = Field(default_factory=list)  # sub-event types where both sides fight
    demonstrations: Demonstrations = Field(default_factory=Demonstrations)
    person_labels: dict[int, str] = Field(default_factory=dict)
    disorder_types: dict[str, str]
    disorder_by_sub_event: dict[str, str] = Field(default_factory=dict)
    time_precision: dict[str, int]
    geo_precision: dict[str, int]
    fatalities: str = "best"  # best or low
    source_scale: dict[str, str] = Field(default_factory=dict)
    generic_parties: GenericPartiesShape = Field(default_factory=GenericPartiesShape)


class ExportCountriesFile(Shape):
    """data/export/countries.yaml."""

    names: dict[str, str] = Field(default_factory=dict)
    acled_regions: dict[str, Words]  # region -> ISO3 codes
    ucdp_regions: dict[str, str]
    ucdp_region_exceptions: dict[str, str] = Field(default_factory=dict)
    gleditsch_ward: dict[str, int] = Field(default_factory=dict)


class ExportPloverFile(Shape):
    """data/export/plover.yaml."""

    sectors: dict[str, str] = Field(default_factory=dict)
    modes: dict[str, str] = Field(default_factory=dict)
    international: str | None = None
    certainty: dict[str, str] = Field(default_factory=dict)
    codebook: str
    quad: dict[str, int]
    nonstate_codes: dict[str, str] = Field(default_factory=dict)
