"""The scales, weights and fact rules of ACH matrices, loaded and checked from data/ach.yaml
(its shape by `roydad.datafiles.analysis.AchFile`, what the values mean here).

Kept apart from roydad.analysis.ach (which states the rules that use them) so that the numbers
an analyst tunes are validated in one place, with errors that name the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from roydad.datafiles import data_path, load_data
from roydad.datafiles.analysis import AchFile
from roydad.resolve.actors import normalise

CELL_VALUES = ("CC", "C", "N", "I", "II")
RULES_PATH = data_path("data/ach.yaml")


class AchError(ValueError):
    """Bad ACH input: a malformed rules file, an unknown cell value, a duplicate evidence key."""


@dataclass(frozen=True, slots=True)
class AchRules:
    score: Mapping[str, int]
    penalty: Mapping[str, int]
    certainty_weight: Mapping[str, float]
    strong_certainties: frozenset[str]
    denial_factor: float
    named_actor_certainty: str
    claiming_sectors: frozenset[str]
    no_claim_weight: float
    unknown_sectors: frozenset[str]
    placeholder_names: frozenset[str]
    own_member_weight: float
    modes: Mapping[str, Mapping[str, frozenset[str]]]  # mode -> cell -> sectors
    mode_weight: float
    place_weight: float

    @classmethod
    def load(cls, path: Path | None = None) -> AchRules:
        """The shipped rules (read once per process), or those of another file."""
        return _default_rules() if path is None else cls.from_data(_read(path), str(path))

    @classmethod
    def from_data(cls, raw: Mapping[str, Any], origin: str = "ach rules") -> AchRules:
        try:
            cells = raw["cells"]
            if set(cells) != set(CELL_VALUES):
                raise AchError(f"{origin}: cells must be exactly {CELL_VALUES}")
            weights = {str(k): float(v) for k, v in raw["certainty_weight"].items()}
            modes = {str(m): {c: frozenset(s) for c, s in spec.items()}
                     for m, spec in (raw.get("modes") or {}).items()}
            if bad := {c for spec in modes.values() for c in spec} - set(CELL_VALUES):
                raise AchError(f"{origin}: modes use unknown cell values {sorted(bad)}")
            return cls(
                score={k: int(v["score"]) for k, v in cells.items()},
                penalty={k: int(v["penalty"]) for k, v in cells.items()},
                certainty_weight=weights,
                strong_certainties=frozenset(raw["strong_certainties"]),
                denial_factor=float(raw["denial_factor"]),
                named_actor_certainty=str(raw["named_actor_certainty"]),
                claiming_sectors=frozenset(raw["no_claim"]["claiming_sectors"]),
                no_claim_weight=float(raw["no_claim"]["weight"]),
                unknown_sectors=frozenset(raw["unknown_sectors"]),
                placeholder_names=frozenset(normalise(w) for w in raw["placeholder_names"]),
                own_member_weight=float(raw["own_member_weight"]),
                modes=modes, mode_weight=float(raw["mode_weight"]),
                place_weight=float(raw["place_weight"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, AchError):
                raise
            raise AchError(f"{origin}: malformed ACH rules ({type(exc).__name__}: {exc})") from exc

    def weight(self, certainty: str | None) -> float:
        return self.certainty_weight.get(certainty or "asserted", 1.0)


def _read(path: Path) -> Mapping[str, Any]:
    data: Mapping[str, Any] = load_data(path, AchFile)
    return data


@cache
def _default_rules() -> AchRules:
    return AchRules.from_data(_read(RULES_PATH), str(RULES_PATH))
