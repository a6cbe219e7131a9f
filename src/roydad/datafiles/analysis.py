"""Model of data/ach.yaml, the scales, weights and fact rules of ACH matrices (what the cells
must be, `roydad.analysis.ach_rules` checks)."""

from __future__ import annotations

from pydantic import Field

from roydad.datafiles.shape import Shape, Words


class Cell(Shape):
    score: int
    penalty: int
    label: str


class NoClaim(Shape):
    claiming_sectors: Words
    weight: float


class AchFile(Shape):
    """data/ach.yaml."""

    cells: dict[str, Cell]
    certainty_weight: dict[str, float]
    strong_certainties: Words
    denial_factor: float
    named_actor_certainty: str
    no_claim: NoClaim
    unknown_sectors: Words
    placeholder_names: Words
    own_member_weight: float
    # mode -> cell -> sectors
    modes: dict[str, dict[str, Words]] = Field(default_factory=dict)
    mode_weight: float
    place_weight: float
