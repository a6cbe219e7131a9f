"""Regional words → a first-level division: directions, area words, single-province borders and
names a line of control divides (the rules alone, on the shipped regions.yaml)."""

from __future__ import annotations

import datetime as dt

import pytest

from roydad.extract.places.regions import Clues, RegionalRules, load_regions
from roydad.models import Location


def _division(name: str, country: str) -> Location:
    """The division as the gazetteer would give it: here just its name and country."""
    return Location(name=name, admin1=name, country=country, precision="admin1")


@pytest.fixture(scope="module")
def rules() -> RegionalRules:
    return RegionalRules(_division, load_regions())


def _placed(rules: RegionalRules, *texts: str, **clues: object) -> tuple[str, str] | None:
    found = rules.place(Clues(texts=texts, **clues))  # type: ignore[arg-type]
    return None if found is None else (found.country or "", found.admin1 or "")


def test_directions(rules: RegionalRules) -> None:
    # UCDP dev headlines
    assert _placed(rules, "Roadside bomb kills 2 in southwest Pakistan", about="PAK") == (
        "PAK", "Balochistan")
    assert _placed(rules, "Paramilitaries kill 10 militants in southern Pakistan",
                   about="PAK") == ("PAK", "Sindh")
    # a direction alone only for a report placed in the country
    assert _placed(rules, "militants killed in southwest raid", about="PAK") == (
        "PAK", "Balochistan")
    assert _placed(rules, "militants killed in southwest raid", about=None) is None
    assert _placed(rules, "Drone kills 3 in northwest Afghanistan", about="AFG") is None


def test_area_words_need_the_country(rules: RegionalRules) -> None:
    text = "Bomb kills three in Pakistani tribal area: officials"  # UCDP dev headline
    tribal = ("PAK", "Federally Administered Tribal Areas")
    assert _placed(rules, text, about="PAK") == tribal
    assert _placed(rules, "Blast kills one soldier in Pakistan's tribal areas", about="PAK") == (
        tribal)
    # tribal areas of another country are not Pakistan's
    assert _placed(rules, "Clashes in the tribal areas of Yemen", about="YEM") is None
    # "tribal elder" is no area
    assert _placed(rules, "Tribal elder killed in blast", about="PAK") is None


def test_a_neighbour_across_a_single_province_border(rules: RegionalRules) -> None:
    text = "Pakistani soldier killed in cross-border fire from Iran"  # UCDP dev headline
    assert _placed(rules, text, about="PAK", named=frozenset({"IRN"})) == (
        "PAK", "Balochistan")
    assert _placed(rules, "Two border guards killed", about="IRN",
                   named=frozenset({"PAK"})) == ("IRN", "Sistan and Baluchestan")
    # Pakistan's border with Afghanistan runs through two provinces: no guess
    assert _placed(rules, "Militants from Afghan side enter Pakistan", about="PAK",
                   named=frozenset({"AFG"})) is None


def test_divided_name_side_from_a_qualifier(rules: RegionalRules) -> None:
    text = "'India shelling' kills two in Pakistan-administered Kashmir"  # UCDP dev headline
    assert _placed(rules, text, about=None) == ("PAK", "Azad Jammu and Kashmir")
    assert _placed(rules, "Three killed in Indian-administered Kashmir") == (
        "IND", "Jammu and Kashmir")


def test_divided_name_side_of_the_people_hit(rules: RegionalRules) -> None:
    text = "Indian fire kills Pakistani girl, wounds family in Kashmir"  # UCDP dev headline
    assert _placed(rules, text, hit=frozenset({"PAK"}), shooters=frozenset({"IND"})) == (
        "PAK", "Azad Jammu and Kashmir")


def test_divided_name_side_opposite_fire_from_across_the_line(rules: RegionalRules) -> None:
    text = "Man killed in Indian firing along LoC"  # UCDP dev headline
    assert _placed(rules, text, shooters=frozenset({"IND"}), fire_across=True) == (
        "PAK", "Azad Jammu and Kashmir")
    # a state's own operation in Kashmir is not fire from across the line
    assert _placed(rules, "Indian army kills three militants in Kashmir",
                   shooters=frozenset({"IND"})) is None
    # ... unless the report says the fire crossed it
    assert _placed(rules, "Civilian killed in cross-border firing in Kashmir",
                   shooters=frozenset({"IND"})) == ("PAK", "Azad Jammu and Kashmir")


def test_divided_name_side_of_the_country_named_most(rules: RegionalRules) -> None:
    text = "Two soldiers killed near LoC"
    assert _placed(rules, text, document=(("PAK", 2), ("IND", 1))) == (
        "PAK", "Azad Jammu and Kashmir")
    # a tie says nothing
    assert _placed(rules, text, document=(("PAK", 1), ("IND", 1))) is None


def test_divided_names_are_matched_as_written(rules: RegionalRules) -> None:
    regions = load_regions()
    assert regions.divided_name("Kashmir") is not None
    assert regions.divided_name("LoC") is not None
    assert regions.divided_name("Azad Kashmir") is None  # a name of one side resolves itself
    # "loc" inside a word, or the word "local", is no Line of Control
    assert _placed(rules, "A local official was killed", document=(("PAK", 3),)) is None


def test_a_division_of_its_day(rules: RegionalRules) -> None:
    # North Waziristan lay in the tribal areas until they joined Khyber Pakhtunkhwa (2018)
    agency = Location(name="North Waziristan", admin1="Khyber Pakhtunkhwa",
                      admin2="North Waziristan", country="PAK", precision="admin2")
    assert rules.as_of(agency, dt.date(2015, 10, 11)).admin1 == (
        "Federally Administered Tribal Areas")
    assert rules.as_of(agency, dt.date(2020, 10, 2)).admin1 == "Khyber Pakhtunkhwa"
    # a town of a district that was never tribal keeps its province
    town = Location(name="Bannu", admin1="Khyber Pakhtunkhwa", admin2="Bannu", country="PAK",
                    precision="city")
    assert rules.as_of(town, dt.date(2015, 10, 11)).admin1 == "Khyber Pakhtunkhwa"
