"""A town of a report that names no country: between exact namesakes scored alike, the one in a
country roydad curates (`extract/places/covered.py`). Sentences written for these tests."""

from __future__ import annotations

from roydad.extract.pipeline import Extractor
from roydad.extract.places.covered import covered_countries
from roydad.models import Document, Location


def _places(extractor: Extractor, text: str) -> list[Location | None]:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    return [r.location for r in records]


def test_covered_countries_are_alpha3() -> None:
    assert {"PAK", "AFG", "IRN"} <= covered_countries()
    # countries whose admin1 names are only mended (admin1_variants) do not count
    assert not {"CHN", "PHL", "CHL"} & covered_countries()


def test_a_namesake_in_a_covered_country_wins_when_no_country_is_named(
        extractor: Extractor) -> None:
    [loc] = _places(extractor, "Mob sets fire to police station in Hangu after custodial death")
    assert loc is not None and loc.country == "PAK"


def test_a_named_country_keeps_its_namesake(extractor: Extractor) -> None:
    [loc] = _places(extractor, "Rioters set fire to a police station in Hangu, China, on "
                               "Monday after a death in custody.")
    assert loc is not None and loc.country == "CHN"
