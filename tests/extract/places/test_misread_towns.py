"""Town names the small NER misreads (an organisation, a person, a product, a nationality) or
misses, read as places when they stand where a place does and the gazetteer knows them as towns
of the document's countries (`extract/places/misread_towns.py`). Sentences written for these
tests."""

from __future__ import annotations

from spacy.language import Language

from roydad.extract.pipeline import Extractor
from roydad.extract.places.misread_towns import place_position
from roydad.models import Document, Location


def _places(extractor: Extractor, text: str) -> list[Location | None]:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    return [r.location for r in records]


def _token(nlp: Language, text: str, word: str) -> bool:
    doc = nlp(text)
    return place_position(next(t for t in doc if t.text == word))


def test_positions_that_name_a_place(nlp: Language) -> None:
    assert _token(nlp, "A bomb went off about 20 km from Gulu on Monday.", "Gulu")
    assert _token(nlp, "Troops searched the hills north of Kidal.", "Kidal")
    assert _token(nlp, "Gunmen burned houses on the outskirts of Kaya.", "Kaya")
    assert _token(nlp, "A shell fell outside Bentiu.", "Bentiu")
    # a party's origin, a letter from someone, a man's name: no place
    assert not _token(nlp, "She received a letter from Okello last week.", "Okello")
    assert not _token(nlp, "The statement of Kabila was read out.", "Kabila")


def test_a_town_the_ner_takes_for_an_organisation_after_outside(extractor: Extractor) -> None:
    [loc] = _places(extractor, "On 6 May 2025 a drone dropped explosives on an army base "
                               "outside Sardinata, in Colombia, wounding four soldiers.")
    assert loc is not None and (loc.name, loc.country) == ("Sardinata", "COL")


def test_a_town_after_north_of_in_the_documents_country(extractor: Extractor) -> None:
    [loc] = _places(extractor, "Philippine soldiers raided a camp in the hills north of "
                               "Talipao on 13 March 2025, killing two suspected bomb makers.")
    assert loc is not None and (loc.name, loc.country) == ("Talipao", "PHL")


def test_two_same_day_killings_in_two_misread_towns_stay_apart(extractor: Extractor) -> None:
    text = ("Colombian police said gunmen shot dead a councillor in Tibú on 5 May 2025. "
            "The same Monday, in Teorama, gunmen killed two farmers at a roadside shop.")
    names = {loc.name for loc in _places(extractor, text) if loc is not None}
    assert {"Tibu", "Teorama"} <= names


def test_a_name_abroad_is_not_read_as_a_town(extractor: Extractor) -> None:
    # "Jackson" is a person here, and no town of the country the report names
    places = _places(extractor, "Kenyan police said on 2 June 2024 that gunmen had killed a "
                                "trader in Mandera, and arrested a man near Jackson's shop.")
    assert places and {loc.name for loc in places if loc is not None} == {"Mandera"}


def test_a_town_read_as_a_facility_under_a_dateline(extractor: Extractor) -> None:
    [loc] = _places(extractor, "QUETTA, June 2 (Reuters) - Gunmen shot dead a shopkeeper in a "
                               "bazaar on the outskirts of Quetta on Friday, police said.")
    assert loc is not None and (loc.name, loc.admin1) == ("Quetta", "Balochistan")


def test_the_last_word_of_a_longer_name_is_no_town_of_its_own(extractor: Extractor) -> None:
    locs = _places(extractor, "Gunmen shot dead two shopkeepers in Dasht-e Barchi on Tuesday.")
    assert all(loc is None or loc.country != "ITA" for loc in locs)
