"""Names of first-level divisions: the forms derived from each name, and the names the
additions and pycountry add to GeoNames' labels."""

from __future__ import annotations

import pytest

from roydad.resolve.places import Gazetteer
from roydad.resolve.places.admin1_names import more_names
from tests.resolve.places.gazetteer_session import session_gazetteer

_FORMS = {"prefixes": ["Muhafazat", "Sha`biyat"],
          "words": {"nord": "north", "sud": "south", "northern": "north", "western": "west"}}


def test_compass_words_are_put_in_english() -> None:
    assert "north kivu" in more_names(["Nord-Kivu"], _FORMS)
    assert "north darfur" in more_names(["Northern Darfur"], _FORMS)


def test_a_one_word_name_keeps_its_compass_word() -> None:
    # "Western" (Sri Lanka's province) is not "West" (Cameroon's region)
    assert "west" not in more_names(["Western Province"], _FORMS)
    assert "west" not in more_names(["Western"], _FORMS)


def test_an_administrative_prefix_is_dropped() -> None:
    assert "hadramawt" in more_names(["Muhafazat Hadramawt"], _FORMS)
    assert "al butnan" in more_names(["Sha`biyat al Butnan"], _FORMS)


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return session_gazetteer(tmp_path_factory)


@pytest.mark.parametrize(("name", "country"), [
    ("Ituri", "COD"), ("Sud-Kivu", "COD"), ("North Kivu", "COD"), ("Abyan", "YEM"),
    ("Hadramout", "YEM"), ("Lower Shabelle", "SOM"), ("North Darfur", "SDN"),
    ("Oromia", "ETH"), ("Bangsamoro", "PHL"),
])
def test_current_and_english_names_find_the_province(gaz: Gazetteer, name: str,
                                                     country: str) -> None:
    [top, *_] = gaz.candidates(name)
    assert (top.kind, top.country) == ("admin1", country)


def test_the_label_of_a_code_is_its_province_not_a_district(gaz: Gazetteer) -> None:
    # Sri Lanka's province around Colombo is "Western", not its district "Colombo"
    colombo = gaz.resolve("Colombo")
    assert colombo is not None and colombo.admin1 == "Western"
    zinjibar = gaz.resolve("Zinjibar")
    assert zinjibar is not None and zinjibar.admin1 == "Abyan"


def test_units_named_lists_every_namesake(gaz: Gazetteer) -> None:
    countries = {u.country for u in gaz.units_named("North-West")}
    assert {"CMR", "ZAF"} <= countries
    assert {"LKA", "UGA"} <= {u.country for u in gaz.units_named("Western")}


@pytest.mark.parametrize(("town", "country", "province"), [
    ("Popayan", "COL", "Cauca"),  # Cauca holds a town called Santander
    ("Toluca", "MEX", "Mexico"),  # the state of Mexico holds a town called Morelos
    ("Kuantan", "MYS", "Pahang"),
    ("Tulcan", "ECU", "Carchi"),
])
def test_a_code_never_takes_the_name_geonames_gives_another(gaz: Gazetteer, town: str,
                                                            country: str,
                                                            province: str) -> None:
    found = gaz.resolve(town)
    assert found is not None and (found.country, found.admin1) == (country, province)
    # and the province of that name is still the other one
    other = gaz.resolve("Bucaramanga")
    assert other is not None and other.admin1 == "Santander"


def test_a_label_drops_an_administrative_prefix(gaz: Gazetteer) -> None:
    mukalla = gaz.resolve("Mukalla")
    assert mukalla is not None and mukalla.admin1 == "Hadramawt"
    tobruk = gaz.resolve("Tobruk")
    assert tobruk is not None and tobruk.admin1 == "Al Butnan"
