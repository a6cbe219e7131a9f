"""Places the gazetteer does not list keep the name the text gives them (places/unlisted.py)."""

from __future__ import annotations

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _events(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    return records


def _of_type(records: list[EventRecord], event_type: str) -> EventRecord:
    return next(r for r in records if r.event_type == event_type)


def test_a_village_the_gazetteer_lacks_keeps_its_name_inside_the_province(
    extractor: Extractor,
) -> None:
    text = ("On 4 May 2024 gunmen attacked a police post in Ghazni province. "
            "On 6 May 2024, Taliban fighters raided a house in Qarya Sufla Khel, Ghazni province, "
            "and shot two brothers.")
    raid = [r for r in _events(extractor, text) if r.date == "2024-05-06"]
    assert raid and raid[0].location is not None
    assert raid[0].location.name == "Qarya Sufla Khel"
    assert raid[0].location.admin1 == "Ghazni"
    assert raid[0].location.precision == "admin1"


def test_of_after_a_place_noun_names_the_place(extractor: Extractor) -> None:
    text = ("Soldiers pulled out of the village of Dar Umm Tiyeb in South Kordofan on 2 June "
            "2024.")
    record = _of_type(_events(extractor, text), "RETREAT")
    assert record.location is not None and record.location.name == "Dar Umm Tiyeb"


def test_a_place_inside_the_phrase_of_when(extractor: Extractor) -> None:
    text = ("Militiamen fought the army for most of the night in Kuri Bantaga, Mopti region, "
            "on 9 March 2024.")
    record = _of_type(_events(extractor, text), "ASSAULT")
    assert record.location is not None and record.location.name == "Kuri Bantaga"


def test_a_listed_town_keeps_the_gazetteer_reading(extractor: Extractor) -> None:
    text = "Police arrested five men in Peshawar on 3 April 2024."
    record = _of_type(_events(extractor, text), "COERCE")
    assert record.location is not None
    assert (record.location.name, record.location.precision) == ("Peshawar", "city")


def test_a_direction_of_a_country_is_not_a_village(extractor: Extractor) -> None:
    [record] = _events(extractor, "Bomb kills three soldiers in NW Pakistan")
    assert record.location is not None and record.location.admin1 == "Khyber Pakhtunkhwa"
    assert record.location.name != "NW Pakistan"


def test_a_site_of_a_listed_town_is_coded_at_the_town(extractor: Extractor) -> None:
    text = "On 11 July 2024, students rallied outside Karachi's Red Zone."
    record = _of_type(_events(extractor, text), "PROTEST")
    assert record.location is not None and record.location.name == "Karachi"
