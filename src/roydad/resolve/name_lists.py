"""The names the resolvers know, as the spaCy pipeline's components take them
(`roydad.nlp.name_lists.NameLists`): gazetteer places, the actor knowledge base's aliases, and
the date lexicon's month names.

`load_pipeline(resolved_name_lists())` builds the pipeline roydad runs; the one shared instance
keeps the pipeline cache (keyed by it) to one pipeline per process.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from roydad.resolve.actors import ActorResolver
from roydad.resolve.calendar_dates import MONTHS, SH_MONTHS
from roydad.resolve.places import Gazetteer
from roydad.resolve.places.names import normalise


class ResolvedNameLists:
    """Reads the gazetteer and the knowledge base when a component asks, not before."""

    def normalise(self, name: str) -> str:
        return normalise(name)

    def places(self, min_city_population: int) -> dict[str, tuple[str, int]]:
        return Gazetteer.load().name_index(min_city_population)

    def actor_aliases(self) -> Iterator[tuple[str, str]]:
        resolver = ActorResolver.load()
        for alias, kb_id in resolver.patterns():
            yield alias, resolver.entries[kb_id].kind

    def months(self) -> tuple[str, ...]:
        return tuple(MONTHS)

    def solar_hijri_months(self) -> tuple[str, ...]:
        return tuple(SH_MONTHS)


@cache
def resolved_name_lists() -> ResolvedNameLists:
    """The one instance of this process."""
    return ResolvedNameLists()
