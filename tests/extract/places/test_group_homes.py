"""The home of the armed groups a report names leans its places there (group_homes.py)."""

from __future__ import annotations

from typing import Any

from roydad.extract.places.group_homes import group_home
from roydad.resolve.actors import ActorResolver
from roydad.resolve.places import Gazetteer, PlaceContext


def _doc(text: str) -> Any:
    import datetime as dt

    from roydad.models import Document
    return Document(id="t", text=text, pub_date=dt.date(2024, 5, 10), origin="test")


def test_a_rebel_group_of_one_country_gives_its_home(nlp: Any) -> None:
    actors = ActorResolver.load()
    doc = nlp("Houthi fighters and government troops exchanged fire near Hays on Monday.")
    assert group_home(doc, actors, []) == "YEM"


def test_no_home_when_the_report_names_a_country_or_groups_of_two_countries(nlp: Any) -> None:
    actors = ActorResolver.load()
    doc = nlp("Houthi fighters and government troops exchanged fire near Hays on Monday.")
    assert group_home(doc, actors, ["YEM"]) is None
    both = nlp("The Houthis and the TTP both issued statements on Monday.")
    assert group_home(both, actors, []) is None


def test_leaning_favours_without_rejecting() -> None:
    gazetteer = Gazetteer.load()
    leaning = PlaceContext(leaning=frozenset({"YEM"}))
    found = gazetteer.resolve("Hays", leaning)
    assert found is not None and found.country == "YEM"
    # a town only Kenya has stays in Kenya when the group leans the report to Somalia
    kenyan = gazetteer.resolve("Mandera", PlaceContext(leaning=frozenset({"SOM"})))
    assert kenyan is not None and kenyan.country == "KEN"


def test_an_unnamed_country_comes_from_the_group_in_a_report(extractor: Any) -> None:
    records = [r for _, rs in extractor.extract([_doc(
        "Fighting broke out between the army and Houthi rebels in Hays district on 2 May 2024, "
        "leaving six dead.")]) for r in rs]
    assert any(r.location and r.location.country == "YEM" for r in records)
