"""Where a happening took place, from its sentences and the rest of the report."""

from __future__ import annotations

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _events(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    return records


def test_directional_region_gives_the_province(extractor: Extractor) -> None:
    # UCDP dev headline
    [event] = _events(extractor, "Roadside bomb targeting troops kills 2 in southwest Pakistan")
    assert event.location is not None
    assert (event.location.country, event.location.admin1, event.location.precision) == (
        "PAK", "Balochistan", "admin1"
    )


def test_town_in_the_body_refines_the_country_in_the_headline(extractor: Extractor) -> None:
    text = ("Suicide bomber kills three soldiers in Pakistan\n"
            "The bomber struck a checkpoint on the outskirts of Quetta on Sunday, police said.")
    violent = [e for e in _events(extractor, text) if e.event_type == "ASSAULT"]
    assert violent[0].location is not None
    assert violent[0].location.name == "Quetta"
    assert violent[0].location.admin1 == "Balochistan"


def test_a_place_in_another_country_does_not_refine(extractor: Extractor) -> None:
    text = ("Gunmen killed a former general in Tehran on Wednesday. "
            "He had fled Kabul in 2021.")
    [event] = [e for e in _events(extractor, text) if e.event_type == "ASSAULT"]
    assert event.location is not None and event.location.country == "IRN"


def test_numbers_are_never_places(extractor: Extractor) -> None:
    [event] = _events(extractor, "One killed, five injured in blast in northwest Pakistan")
    assert event.location is not None
    assert event.location.admin1 == "Khyber Pakhtunkhwa"


def test_later_surname_links_to_the_full_name(extractor: Extractor) -> None:
    text = ("Mullah Daoud Muzammil, the Taliban governor of Balkh, met aid officials on Tuesday. "
            "On Thursday Muzammil was killed in an explosion at his office in Mazar-i-Sharif.")
    [event] = [e for e in _events(extractor, text) if e.event_type == "ASSAULT"]
    victims = [a for a in event.actors if a.role == "recipient"]
    assert [(a.text, a.name, a.kb_id is not None) for a in victims] == [
        ("Muzammil", "Mohammad Dawood Muzammil", True)
    ]
