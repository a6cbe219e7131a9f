"""Force used against a protest is the protest's record (extract/protest_force.py)."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import EventRecord
from tests.extract.helpers import events_of, with_trigger

EXCESSIVE = ("Protests", "Excessive force against protesters")
INTERVENTION = ("Protests", "Protest with intervention")
PEACEFUL = ("Protests", "Peaceful protest")


def _acled(record: EventRecord) -> tuple[str | None, str | None]:
    return record.acled_event_type, record.acled_sub_event_type


def _assaults(records: list[EventRecord]) -> list[EventRecord]:
    return [r for r in records if r.event_type == "ASSAULT"]


def test_live_fire_on_marchers_is_one_protest_with_its_dead(extractor: Extractor) -> None:
    text = ("Police in Hyderabad opened fire on farmers protesting the seizure of their land on "
            "Sunday, killing two of them.")
    records = events_of(extractor, text)
    protest = with_trigger(records, "protesting")
    assert protest.event_type == "PROTEST"
    assert _acled(protest) == EXCESSIVE
    assert protest.fatalities == 2
    assert not _assaults(records)


def test_force_told_in_the_next_sentence(extractor: Extractor) -> None:
    text = ("Hundreds of residents rallied in Skardu on Friday to demand electricity. Police "
            "opened fire on the crowd and a student was killed.")
    records = events_of(extractor, text)
    protest = with_trigger(records, "rallied")
    assert _acled(protest) == EXCESSIVE
    assert protest.fatalities == 1
    assert not _assaults(records)


def test_tear_gas_and_arrests_are_an_intervention(extractor: Extractor) -> None:
    text = ("Security forces fired tear gas at teachers marching on the assembly in Peshawar on "
            "Monday and detained several of them. No one was killed.")
    records = events_of(extractor, text)
    protest = with_trigger(records, "marching")
    assert _acled(protest) == INTERVENTION
    assert protest.fatalities == 0
    assert not _assaults(records)


def test_arrests_at_a_protest_make_an_intervention(extractor: Extractor) -> None:
    text = "Students staged a sit-in in Islamabad on Monday; police detained a dozen protesters."
    assert _acled(with_trigger(events_of(extractor, text), "sit-in")) == INTERVENTION


def test_a_peaceful_protest_stays_peaceful(extractor: Extractor) -> None:
    text = ("Traders protested in Sukkur on Monday against the murder of a shopkeeper. Police "
            "arrested two suspects in the case.")
    assert _acled(with_trigger(events_of(extractor, text), "protested")) == PEACEFUL


def test_a_bombing_beside_a_protest_is_its_own_event(extractor: Extractor) -> None:
    text = ("Residents protested in Quetta on Monday against power cuts. A bomb exploded at a "
            "market in the city, killing four people.")
    records = events_of(extractor, text)
    assert _acled(with_trigger(records, "protested")) == PEACEFUL
    assert with_trigger(records, "exploded").event_type == "ASSAULT"


def test_protesters_fighting_police_riot(extractor: Extractor) -> None:
    # the crowd's own violence is a riot (extract/riots.py), not force used on it
    text = ("Protesters clashed with police in Karachi on Tuesday and set fire to a bus. "
            "Thousands had taken to the streets.")
    records = events_of(extractor, text)
    assert not any(_acled(r) in (EXCESSIVE, INTERVENTION) for r in records)


@pytest.mark.parametrize("text", [
    "On 4 April 2022, police fired tear gas to disperse nurses holding a sit-in outside the "
    "health ministry in Peshawar.",
    "On 7 July 2021, lawyers protesting outside the high court in Multan were dispersed by "
    "police.",
])
def test_the_force_that_disperses_a_protest_is_its_party(extractor: Extractor,
                                                         text: str) -> None:
    [record] = [r for r in events_of(extractor, text) if r.event_type == "PROTEST"]
    assert record.acled_sub_event_type == "Protest with intervention"
    assert any(a.name.startswith("Police Forces of Pakistan") for a in record.actors), (
        record.actors)


@pytest.mark.parametrize("text", [
    "Police arrested eleven opposition supporters during a rally in Mombasa on Saturday.",
    "Riot police detained thirty people at a sit-in outside the labour ministry in Tunis.",
])
def test_arrests_made_at_the_protest_are_its_intervention_not_an_event_of_their_own(
        extractor: Extractor, text: str) -> None:
    records = events_of(extractor, text)
    assert [_acled(r) for r in records] == [INTERVENTION]


def test_arrests_later_and_elsewhere_stay_their_own(extractor: Extractor) -> None:
    text = ("Nurses marched to the health ministry in Lilongwe on Monday. On Thursday police "
            "arrested two union leaders at their homes in Blantyre.")
    kinds = sorted(r.acled_sub_event_type or "" for r in events_of(extractor, text))
    assert kinds == ["Arrests", "Peaceful protest"]


def test_baton_charge_compound_is_force_by_the_police_before_it(extractor: Extractor) -> None:
    text = ("Police in Multan baton-charged nurses demonstrating outside the health directorate "
            "on Tuesday.")
    records = events_of(extractor, text)
    protest = with_trigger(records, "demonstrating")
    assert _acled(protest) == INTERVENTION
    assert any(a.role == "actor" and a.text == "Police" for a in protest.actors)
    assert not [r for r in records if r.event_type == "ACCUSE"]


def test_baton_charge_without_named_police_adds_no_doer(extractor: Extractor) -> None:
    text = "Clerks protesting pay cuts lathi-charged in Sukkur, several held"
    records = events_of(extractor, text)
    protest = with_trigger(records, "protesting")
    assert not any("police" in a.text.lower() for a in protest.actors)


def test_charged_alone_stays_an_accusation(extractor: Extractor) -> None:
    records = events_of(extractor, "Prosecutors charged two constables with torture on Friday.")
    assert [r for r in records if r.event_type == "ACCUSE"]


def test_dispersed_crowd_read_as_a_clause_still_gives_the_police(extractor: Extractor) -> None:
    text = ("Riot police used water cannon to disperse pensioners marching on the finance "
            "ministry in Yerevan on Thursday.")
    protest = with_trigger(events_of(extractor, text), "marching")
    assert any(a.role == "actor" and "police" in a.text.lower() for a in protest.actors)


def test_crowd_that_disperses_by_itself_has_no_police(extractor: Extractor) -> None:
    text = "Hundreds of farmers marched through Multan on Monday and dispersed peacefully."
    protest = with_trigger(events_of(extractor, text), "marched")
    assert _acled(protest) == PEACEFUL


def test_baton_charge_beside_a_killing_leaves_the_type_to_the_killing(
        extractor: Extractor) -> None:
    text = ("Police in Gaya (Bihar) baton-charged and then shot at clerks marching to the "
            "collectorate; one clerk was killed.")
    protest = with_trigger(events_of(extractor, text), "marching")
    assert _acled(protest) != INTERVENTION
    assert any(a.role == "actor" and a.text.lower() == "police" for a in protest.actors)
