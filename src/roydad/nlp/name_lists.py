"""What the pipeline's components need to know of names, handed in by whoever builds the pipeline.

The components correct the small English model with names roydad knows (places, actors, month
names), but the gazetteer, the actor knowledge base and the date lexicon belong to later stages.
They reach the pipeline through this interface instead: `load_pipeline` takes an object that
provides it (`resolve/name_lists.py` builds one from the resolvers), so `nlp` depends on no
later stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol


class NameLists(Protocol):
    """The name lists the known-names and explicit-dates components read."""

    def normalise(self, name: str) -> str:
        """The lookup key of a name as written, as the keys of `places` are made."""
        ...

    def places(self, min_city_population: int) -> Mapping[str, tuple[str, int]]:
        """Normalised place name → (the most important kind it names: "country", "admin1",
        "point", "admin2" or "city"; the largest population behind it), for every province,
        district, country, curated point, and town of at least `min_city_population`."""
        ...

    def actor_aliases(self) -> Iterable[tuple[str, str]]:
        """(alias as written, kind of the actor it names: "person", "organization", ...) for
        every name and alias of the actor knowledge base."""
        ...

    def months(self) -> Sequence[str]:
        """English month names and their abbreviations, lower case ("june", "jun", "sept")."""
        ...

    def solar_hijri_months(self) -> Sequence[str]:
        """Solar Hijri month names as English text spells them, lower case ("farvardin")."""
        ...
