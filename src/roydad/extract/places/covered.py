"""A report that names no country, and no armed group at home in one, gives no hint where its
town lies: "Protesters torch police post in Hangu" may be Hangu in Khyber Pakhtunkhwa or the
larger Hangu of Tianjin. Between namesakes spelled exactly as written and scored alike, the one
in a country whose provinces roydad curates by name (the `admin1` table of
`data/gazetteer_additions.yaml`: Afghanistan, Pakistan, Iran and their neighbours, the region it
mostly codes) is the likelier: a report of violence is far more often about such a place. The
`admin1_variants` table only mends spellings for many countries and says nothing of where
reports come from ("marched through Santiago" stays in Chile, not the Philippine namesake). A
namesake spelled otherwise, or scored well below, never displaces the reading.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import pycountry

from roydad.datafiles import load_data
from roydad.datafiles.places import GazetteerAdditionsFile
from roydad.extract.places.namesakes import spelled_as
from roydad.models import Location
from roydad.resolve.places import Gazetteer

_KINDS = frozenset({"city", "point", "admin2"})
_MARGIN = 0.1  # how far below the reading an exact namesake may score and still be preferred


@cache
def covered_countries() -> frozenset[str]:
    """The alpha-3 codes of the countries whose provinces roydad curates by name."""
    data = load_data("data/gazetteer_additions.yaml", GazetteerAdditionsFile)
    found = (pycountry.countries.get(alpha_2=iso2) for iso2 in data["admin1"])
    return frozenset(c.alpha_3 for c in found if c is not None)


def in_covered_countries(found: Mapping[str, Location | None],
                         gazetteer: Gazetteer) -> dict[str, Location | None]:
    """The readings of a report naming no country, each town read abroad replaced by its exact
    namesake in a covered country when that scores within a small margin of it."""
    covered = covered_countries()
    out = dict(found)
    for name, loc in found.items():
        if loc is None or loc.country is None or loc.country in covered or (
                loc.precision not in _KINDS):
            continue
        ranked = gazetteer.candidates(name, 8)
        top = ranked[0].score if ranked else 0.0
        better = next((c for c in ranked if c.how == "exact" and c.kind in _KINDS
                       and c.country in covered and c.score >= top - _MARGIN), None)
        if better is not None and spelled_as(name, place := better.to_location()):
            out[name] = place
    return out
