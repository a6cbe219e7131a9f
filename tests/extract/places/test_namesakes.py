"""Namesakes abroad of a document's places (roydad.extract.places.namesakes)."""

from __future__ import annotations

from roydad.extract.places.namesakes import (
    one_spelling,
    shares_a_word,
    spelled_as,
    without_namesakes,
)
from roydad.models import Location


def _city(name: str, country: str) -> Location:
    return Location(name=name, country=country, precision="city")


def test_a_lone_foreign_reading_under_another_spelling_is_dropped() -> None:
    found = {"Kalemie": _city("Kalemie", "COD"), "Uvira": _city("Uvira", "COD"),
             "Bariba": _city("Barbate", "ESP")}
    out = without_namesakes(found)
    assert out["Bariba"] is None and out["Uvira"] is not None


def test_a_reading_spelled_as_written_stays() -> None:
    found = {"Uvira": _city("Uvira", "COD"), "Lyon": _city("Lyon", "FRA")}
    assert without_namesakes(found)["Lyon"] is not None


def test_a_country_the_document_names_keeps_its_places() -> None:
    found = {"Uvira": _city("Uvira", "COD"), "Spain": Location(name="Spain", country="ESP",
                                                                precision="country"),
             "Bariba": _city("Barbate", "ESP")}
    assert without_namesakes(found)["Bariba"] is not None


def test_a_country_with_other_places_of_the_document_keeps_them() -> None:
    found = {"Mazar-i-Sharif": _city("Mazar-e Sharif", "AFG"), "Balkh": Location(
        name="Balkh", country="AFG", precision="admin1"), "Quetta": _city("Quetta", "PAK")}
    assert without_namesakes(found)["Mazar-i-Sharif"] is not None


def test_spelling() -> None:
    assert spelled_as("Herat city", _city("Herat", "AFG"))
    assert not spelled_as("Bariba", _city("Barbate", "ESP"))


def test_two_spellings_of_one_name_share_it() -> None:
    # a name the NER took for a person is kept when the gazetteer's name is its spelling fold
    assert one_spelling("Wanla Weyn", "Wanlaweyn")
    assert one_spelling("Bur Hakaba", "Buurhakaba")
    assert not one_spelling("Kabal", "Kabul") and not shares_a_word("Wanla Weyn", "Wanlaweyn", 4)
