"""Referent mentions and present-tense ledes in long articles (roydad.extract.referents,
merging.py, events._date_spans): sentences written for these tests."""

from __future__ import annotations

from datetime import date

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _records(extractor: Extractor, text: str, published: date) -> list[EventRecord]:
    doc = Document(id="article", text=text, pub_date=published, origin="test")
    return next(iter(extractor.extract([doc])))[1]


def _of(records: list[EventRecord], kind: str) -> list[EventRecord]:
    return [r for r in records if r.event_type == kind]


def _place(record: EventRecord) -> str | None:
    return record.location.name if record.location is not None else None


def test_a_present_tense_lede_takes_the_day_of_the_deed(extractor: Extractor) -> None:
    """"today" dates the burial; "late last night" and "on Tuesday morning" date the deed."""
    text = ("Mourning in Bosso\n\n"
            "Three gendarmes are being buried in Bosso today after fighters attacked their "
            "checkpoint late last night, the governor of Diffa said.\n\n"
            "The region has seen no attack of this size since the spring.")
    assert "2024-03-13" in {r.date for r in _of(_records(extractor, text, date(2024, 3, 14)),
                                                "ASSAULT")}
    text = ("A town without teachers\n\n"
            "Pupils in Djibo stay home today, two days after gunmen set fire to the town's "
            "secondary school on Tuesday morning.\n\n"
            "The ministry has promised to rebuild it.")
    assert "2024-10-15" in {r.date for r in _of(_records(extractor, text, date(2024, 10, 17)),
                                                "ASSAULT")}


def test_a_referent_dated_by_its_week_or_year_joins_the_happening(extractor: Extractor) -> None:
    """"the second attack this week", "since the 2019 massacre" refer back: no second record."""
    text = ("Markets under fire\n\n"
            "Gunmen killed seven traders at the cattle market in Mopti on Wednesday. It was the "
            "second attack on a market in the region this week, the mayor said.\n\n"
            "Traders closed their stalls the next morning.")
    assaults = _of(_records(extractor, text, date(2024, 5, 10)), "ASSAULT")
    assert [r.date for r in assaults] == ["2024-05-08"]
    text = ("A province that remembers\n\n"
            "In November 2019, militiamen killed thirty villagers in Tororo and burned their "
            "granaries.\n\n"
            "Since the 2019 massacre, farmers have refused to return to the fields around the "
            "town, and the army has kept a company there.")
    assaults = _of(_records(extractor, text, date(2024, 5, 10)), "ASSAULT")
    assert [r.date for r in assaults] == ["2019-11-01"]


def test_a_place_elsewhere_in_a_referents_sentence_does_not_move_it(
        extractor: Extractor) -> None:
    text = ("A councillor shot\n\n"
            "Gunmen shot dead a district councillor in Tororo on Monday evening.\n\n"
            "On Wednesday the police spokesman in Kampala said the killing was the work of a "
            "gang paid by a rival.\n\n"
            "His family has asked for an inquiry.")
    assaults = _of(_records(extractor, text, date(2024, 7, 12)), "ASSAULT")
    assert len(assaults) == 1
    assert _place(assaults[0]) == "Tororo"


def test_two_towns_of_one_region_are_two_happenings(extractor: Extractor) -> None:
    """A happening told in Djibo and in the Sahel region is not the bomb in Arbinda."""
    text = ("A bloody Friday in the north\n\n"
            "On Friday fighters attacked an army post in Djibo, killing six soldiers. It was the "
            "deadliest attack in the Sahel region this month. A few hours later, in Arbinda, a "
            "roadside bomb killed four soldiers on patrol.\n\n"
            "The army has not commented.")
    assaults = _of(_records(extractor, text, date(2024, 9, 16)), "ASSAULT")
    assert {_place(r) for r in assaults} >= {"Djibo", "Aribinda"}


def test_a_clause_that_names_its_day_is_not_counted_from_another_event(
        extractor: Extractor) -> None:
    text = ("Two attacks and a meeting\n\n"
            "On Monday gunmen shot dead two policemen at a checkpoint in Maradi.\n\n"
            "Late on Wednesday night fighters killed nine herders in a camp near Bosso.\n\n"
            "The president met his army chiefs in Niamey on Wednesday, hours before the killings "
            "in the camp.")
    consults = _of(_records(extractor, text, date(2024, 11, 22)), "CONSULT")
    assert [r.date for r in consults] == ["2024-11-20"]
