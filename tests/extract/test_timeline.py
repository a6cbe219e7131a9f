"""A long article's timeline (roydad.extract.timeline): mentions dated only by another
happening, on articles written for these tests."""

from __future__ import annotations

from datetime import date

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _records(extractor: Extractor, text: str, published: date) -> list[EventRecord]:
    doc = Document(id="article", text=text, pub_date=published, origin="test")
    return next(iter(extractor.extract([doc])))[1]


def _dated(records: list[EventRecord], kind: str) -> set[str | None]:
    return {r.date for r in records if r.event_type == kind}


def test_a_day_counted_from_an_event_the_clause_names(extractor: Extractor) -> None:
    text = ("Rebels seize a road in the hills\n\n"
            "Rebels ambushed a police patrol near Tillabéri on 3 March, killing five officers.\n\n"
            "The region has been restive for years, and farmers have left their fields.\n\n"
            "Three days after the ambush, gendarmes arrested eleven herders in Ayorou.")
    records = _records(extractor, text, date(2024, 3, 12))
    assert "2024-03-06" in _dated(records, "COERCE")


def test_the_event_counted_from_is_the_one_its_words_single_out(extractor: Extractor) -> None:
    text = ("Gunmen storm a bus station\n\n"
            "On 14 May gunmen attacked a bus station in Mopti, killing nine travellers.\n\n"
            "On 19 May a bomb exploded at a checkpoint outside Sévaré, wounding two soldiers.\n\n"
            "Two days after the Mopti attack, soldiers detained four traders in the town.")
    records = _records(extractor, text, date(2024, 5, 25))
    assert "2024-05-16" in _dated(records, "COERCE")


def test_the_day_before_an_event_dated_itself_by_another(extractor: Extractor) -> None:
    text = ("A mayor's quiet diplomacy\n\n"
            "Militiamen burned a church in Djugu on Sunday, killing four worshippers.\n\n"
            "The next day, soldiers raided the militia's camp at Pimbo.\n\n"
            "The day before the raid, the mayor had met the militia's leaders in Bunia. "
            "The same night police arrested two of their couriers at a market in Bunia.")
    records = _records(extractor, text, date(2024, 6, 13))  # a Thursday
    assert "2024-06-09" in _dated(records, "ASSAULT")
    assert "2024-06-10" in _dated(records, "ASSAULT")
    assert "2024-06-09" in _dated(records, "COERCE")


def test_a_month_counted_from_a_month(extractor: Extractor) -> None:
    text = ("A season of attacks on the coast\n\n"
            "In March, gunmen attacked a fishing camp near Palma, killing six fishermen, and "
            "the following month insurgents burned a clinic in Mocímboa da Praia.\n\n"
            "The army says it has the coast under control.\n\n"
            "Few believe it.")
    records = _records(extractor, text, date(2024, 9, 2))
    assert {"2024-03-01", "2024-04-01"} <= _dated(records, "ASSAULT")


def test_earlier_that_year_is_the_year_told_last(extractor: Extractor) -> None:
    text = ("Old wounds in the north\n\n"
            "In 2021 soldiers shot dead twelve protesters in Lashio. Earlier that year, police "
            "had arrested forty students in Hsipaw.\n\n"
            "Neither case was ever tried.\n\n"
            "The families still wait.")
    records = _records(extractor, text, date(2024, 9, 2))
    arrests = [r for r in records if r.event_type == "COERCE"]
    assert arrests and arrests[0].date == "2021-01-01" and arrests[0].date_precision == "year"
