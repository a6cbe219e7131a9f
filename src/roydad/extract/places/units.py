"""The words for the units places lie in ("district", "LGA", "region", "the town of"), read
from `data/lexicons/place_units.yaml` (what each list is for is said there)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from roydad.extract.lexicon import word_sets


@dataclass(frozen=True, slots=True)
class UnitWords:
    """The unit words of `place_units.yaml`."""

    unit_words: frozenset[str]
    district_words: frozenset[str]
    container_units: frozenset[str]
    unit_heads: frozenset[str]
    settlement_nouns: frozenset[str]
    reference_words: frozenset[str]
    appositive_words: frozenset[str]
    seat_units: frozenset[str]


@cache
def unit_words() -> UnitWords:
    return word_sets(UnitWords, "place_units")
