"""Models of the place data: data/gazetteer_additions.yaml (what the gazetteer index adds to
GeoNames) and data/regions.yaml (regional phrases, borders, divided regions, former units)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from roydad.datafiles.shape import Shape, Words


class Admin1Entry(Shape):
    name: str
    iso: str | None
    aliases: Words = Field(default_factory=list)


class Admin1Variant(Shape):
    name: str | None = None  # corrects the label the other sources give the code
    iso: str | None = None  # an ISO 3166-2 code whose pycountry name is a name of it too
    aliases: Words = Field(default_factory=list)


class Admin1Forms(Shape):
    prefixes: Words = Field(default_factory=list)
    words: dict[str, str] = Field(default_factory=dict)


class AddedPlace(Shape):
    name: str
    kind: Literal["admin1", "admin2", "city", "point"]
    country: str
    admin1: str | None = None
    admin2: str | None = None
    aliases: Words = Field(default_factory=list)
    lat: float
    lon: float
    population: int | None = None
    geonames_id: int | None = None
    source: str  # where the coordinates come from


class GazetteerAdditionsFile(Shape):
    """data/gazetteer_additions.yaml."""

    # ISO2 -> GeoNames admin1 code -> the province
    admin1: dict[str, dict[str, Admin1Entry]] = Field(default_factory=dict)
    # ISO2 -> GeoNames admin1 code -> more names, for countries not in `admin1`
    admin1_variants: dict[str, dict[str, Admin1Variant]] = Field(default_factory=dict)
    # how more names of every province are derived from its names
    admin1_forms: Admin1Forms = Field(default_factory=Admin1Forms)
    # ISO3 -> more names of the country
    countries: dict[str, Words] = Field(default_factory=dict)
    # GeoNames id -> more names of the place
    aliases: dict[int, Words] = Field(default_factory=dict)
    places: list[AddedPlace] = Field(default_factory=list)


class DirectionRegion(Shape):
    country: str
    names: Words
    directions: Words
    admin1: str
    alone: bool = False
    note: str | None = None


class Area(Shape):
    country: str
    admin1: str
    phrases: Words
    note: str | None = None


class Border(Shape):
    country: str
    neighbour: str
    admin1: str


class DividedSide(Shape):
    admin1: str
    qualifiers: Words


class Divided(Shape):
    names: Words
    qualifier_marks: Words
    sides: dict[str, DividedSide]
    cross_line: Words


class Former(Shape):
    country: str
    admin1: str
    until: date | str
    joined: str
    admin2: Words
    note: str | None = None


class RegionsFile(Shape):
    """data/regions.yaml."""

    regions: list[DirectionRegion]
    areas: list[Area] = Field(default_factory=list)
    borders: list[Border] = Field(default_factory=list)
    divided: list[Divided] = Field(default_factory=list)
    fire_nouns: Words = Field(default_factory=list)
    carried_place: Words = Field(default_factory=list)
    former: list[Former] = Field(default_factory=list)


class SpellingFold(Shape):
    pattern: str  # a regular expression over a normalised key
    replace: str


class SpellingFoldsFile(Shape):
    """data/spelling_folds.yaml."""

    rules: list[SpellingFold] = Field(default_factory=list)
    honorifics: Words = Field(default_factory=list)
