"""The district (admin2) layer of Afghanistan, Pakistan and Iran (data/districts.tsv)."""

from __future__ import annotations

from collections import Counter

import pytest

from roydad.resolve.places import Gazetteer, PlaceContext
from roydad.resolve.places.districts import load_districts
from tests.resolve.places.gazetteer_session import session_gazetteer


@pytest.fixture(scope="session")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return session_gazetteer(tmp_path_factory)


def test_layer_covers_the_three_countries() -> None:
    districts = list(load_districts())
    per_country = Counter(d.country for d in districts)
    # GeoNames' second-order divisions: ~400 Afghan districts, ~150 Pakistani, ~430 Iranian
    assert per_country["AFG"] >= 380 and per_country["PAK"] >= 150 and per_country["IRN"] >= 420
    pointed = [d for d in districts if d.lat is not None]
    assert len(pointed) >= 0.75 * len(districts)
    assert all(d.point == "none" for d in districts if d.lat is None)
    assert all(d.admin1 for d in districts)


def test_a_district_without_a_town_of_its_name(gaz: Gazetteer) -> None:
    # "in Nawur district, Ghazni": GeoNames has no town called Nawur, only the district
    loc = gaz.resolve("Nawur district")
    assert loc is not None
    assert (loc.country, loc.admin1, loc.admin2, loc.precision) == (
        "AFG", "Ghazni", "Nawur", "admin2")
    assert loc.lat is not None and 33.5 < loc.lat < 34.2


def test_a_district_and_its_seat_town(gaz: Gazetteer) -> None:
    # "Sangin" alone is the town; "Sangin district" the district, at the same point
    town = gaz.resolve("Sangin")
    district = gaz.resolve("Sangin district")
    assert town is not None and district is not None
    assert town.precision == "city" and district.precision == "admin2"
    assert (town.lat, town.lon) == (district.lat, district.lon)


def test_a_place_of_the_district_s_name_near_its_point(gaz: Gazetteer) -> None:
    # "a suicide bomber blew himself up in Bagram": the curated place by Bagram town (2 km off
    # the district's point), as Khvaf is its town; "Bagram district" is the district
    for name, precision in (("Bagram", "point"), ("Khvaf", "city")):
        place = gaz.resolve(name)
        district = gaz.resolve(f"{name} district")
        assert place is not None and district is not None
        assert (place.precision, district.precision) == (precision, "admin2")
        assert place.admin1 == district.admin1
        assert (place.lat, place.lon) != (district.lat, district.lon)


def test_a_district_named_with_its_province(gaz: Gazetteer) -> None:
    # "Chak-e Wardak" is reported as "Chak district, Wardak province"; Sindh has a town Chak
    loc = gaz.resolve_within("Chak district", "AFG", "Wardak")
    assert loc is not None and (loc.admin1, loc.admin2) == ("Wardak", "Chak-e Wardak")


def test_an_iranian_county(gaz: Gazetteer) -> None:
    loc = gaz.resolve("Khodabandeh county", PlaceContext(countries=frozenset({"IRN"})))
    assert loc is not None and (loc.country, loc.admin1, loc.precision) == (
        "IRN", "Zanjan", "admin2")


def test_an_exact_district_beats_a_spelling_guess_abroad(gaz: Gazetteer) -> None:
    # "Andar" must not become France's "Andard" through the consonant skeleton
    loc = gaz.resolve("Andar district")
    assert loc is not None and (loc.country, loc.admin1) == ("AFG", "Ghazni")


def test_curated_districts_are_not_doubled(gaz: Gazetteer) -> None:
    # Bajaur is curated in gazetteer_additions.yaml; GeoNames' "Bajaur Agency" is not indexed
    found = [c for c in gaz.candidates("Bajaur Agency") if c.kind == "admin2"]
    assert len(found) == 1
