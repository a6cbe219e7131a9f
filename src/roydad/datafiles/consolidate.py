"""The matcher's settings, the model of data/consolidate.yaml: type families, date windows, place
radii, means groups, weights.

All of it lives in the YAML so that a researcher can widen a window or move a type to another
family without reading the matcher (`roydad.consolidate`); this module only loads and checks it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from roydad.datafiles import door

# The contract's DatePrecision and GeoPrecision (roydad.models; the tests check they agree).
DatePrecision = Literal["day", "week", "month", "year"]
GeoPrecision = Literal["point", "city", "admin2", "admin1", "country"]


class _Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PrecisionWindow(_Config):
    extent: int = Field(ge=0)   # days the unit lasts after `date` (a year: 364)
    slack: int = Field(ge=0)    # days of doubt on both sides
    scale: float = Field(gt=0.0)  # days over which agreement falls to 1/e
    weight: float = Field(ge=0.0, le=1.0)


class UndatedWindow(_Config):
    before: int = Field(ge=0)
    after: int = Field(ge=0)
    scale: float = Field(gt=0.0)
    weight: float = Field(ge=0.0, le=1.0)


class DateConfig(_Config):
    precision: dict[DatePrecision, PrecisionWindow]
    undated: UndatedWindow
    reach_days: int = Field(ge=0)

    @model_validator(mode="after")
    def _every_precision(self) -> DateConfig:
        missing = {"day", "week", "month", "year"} - set(self.precision)
        if missing:
            raise ValueError(f"dates.precision lacks {sorted(missing)}")
        return self


class PlaceConfig(_Config):
    located: tuple[GeoPrecision, ...]
    gridded: tuple[GeoPrecision, ...]
    radius_km: dict[str, float]
    grid_degrees: float = Field(gt=0.0)
    same_admin1: float = Field(ge=0.0, le=1.0)
    other_admin1: float = Field(ge=0.0, le=1.0)
    same_country: float = Field(ge=0.0, le=1.0)

    def radius(self, precision: str | None) -> float:
        return self.radius_km.get(precision or "unknown", self.radius_km["unknown"])


class MeansGroup(_Config):
    modes: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()


class SpecificConfig(_Config):
    per_mention: int = Field(ge=1, le=16)  # the rarest words kept per mention
    max_share: float = Field(ge=0.0, le=1.0)  # a word in more of the batch's mentions is common
    min_df: int = Field(ge=1)                 # ... unless in at most this many
    says_nothing: float = Field(ge=1.0)       # sharing a word one in this many documents use
    says_all: float = Field(gt=1.0)           # ... and one in this many or fewer

    @model_validator(mode="after")
    def _ordered(self) -> SpecificConfig:
        if self.says_all <= self.says_nothing:
            raise ValueError("text.specific.says_all must exceed says_nothing")
        return self


class TextConfig(_Config):
    specific: SpecificConfig
    min_length: int = Field(ge=1)
    max_chars: int = Field(ge=1)
    bits: int = Field(ge=64, multiple_of=64)
    full_overlap: float = Field(gt=0.0, le=1.0)
    stop_words: frozenset[str]

    @field_validator("stop_words", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        return frozenset(value.split()) if isinstance(value, str) else value


class ActorConfig(_Config):
    bits: int = Field(ge=64, multiple_of=64)
    generic_kinds: frozenset[str] = frozenset()
    generic_sectors: frozenset[str] = frozenset()


class BlockingConfig(_Config):
    max_candidates: int = Field(ge=1)
    min_candidates: int = Field(ge=0)
    max_cross: int = Field(ge=1)
    min_cross: int = Field(ge=0)
    max_specific: int = Field(ge=0)
    pair_chunk: int = Field(ge=1000)


class Weight(_Config):
    agree: float = Field(ge=0.0)
    disagree: float = Field(ge=0.0)


class CrowdConfig(_Config):
    reference: float = Field(gt=0.0)   # candidates by place and time the bias is set for
    weight: float = Field(ge=0.0)      # log-odds off the bias per e-fold more than that
    max_penalty: float = Field(ge=0.0)


class Weights(_Config):
    bias: float
    crowd: CrowdConfig
    date: Weight
    place: Weight
    actors: Weight
    means: Weight
    fatalities: Weight
    text: Weight
    specific: Weight


class MatchConfig(_Config):
    """Everything `Matcher` needs to decide; `MatchConfig.load()` reads the packaged YAML."""

    families: dict[str, tuple[str, ...]]
    dates: DateConfig
    places: PlaceConfig
    means: dict[str, MeansGroup]
    text: TextConfig
    actors: ActorConfig
    blocking: BlockingConfig
    weights: Weights
    threshold: float = Field(gt=0.0, lt=1.0)
    anchor_min: float = Field(ge=0.0, lt=1.0)

    @model_validator(mode="after")
    def _families_disjoint(self) -> MatchConfig:
        seen: dict[str, str] = {}
        for family, types in self.families.items():
            for event_type in types:
                if event_type in seen:
                    raise ValueError(
                        f"{event_type} is in two families: {seen[event_type]} and {family}"
                    )
                seen[event_type] = family
        return self

    def family_of(self) -> dict[str, int]:
        """Event type → family number (1-based; 0 = a type in no family, never matched)."""
        return {t: n for n, types in enumerate(self.families.values(), 1) for t in types}

    @classmethod
    def load(cls, path: str | Path | None = None) -> MatchConfig:
        """The packaged settings (read once per process), or those of another file."""
        return _packaged() if path is None else door.load(Path(path), MatchConfig)


@cache
def _packaged() -> MatchConfig:
    return door.load("data/consolidate.yaml", MatchConfig)
