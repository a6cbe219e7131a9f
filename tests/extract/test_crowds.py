"""Protests, riots and mob violence told apart the way the ACLED codebook does (issue 13 §1, §3):
arrests at a protest are its intervention; a crowd that turns on the state's people or property
riots (Violent demonstration), one that attacks people is a mob (Mob violence); vigilantes are
an armed group, not a crowd; crowds that throng, down tools or boycott classes protest. The
sentences were written for these tests."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import EventRecord
from tests.extract.helpers import events_of

INTERVENTION = ("Protests", "Protest with intervention")
PEACEFUL = ("Protests", "Peaceful protest")
EXCESSIVE = ("Protests", "Excessive force against protesters")
VIOLENT = ("Riots", "Violent demonstration")
MOB = ("Riots", "Mob violence")


def _acled(records: list[EventRecord]) -> list[tuple[str | None, str | None]]:
    return [(r.acled_event_type, r.acled_sub_event_type) for r in records if r.acled_event_type]


@pytest.mark.parametrize("text", [
    "Police dispersed a march of pensioners in Yaounde on Monday and arrested fifteen of them.",
    "Teachers rallied outside the education ministry in Freetown on Tuesday; twenty "
    "demonstrators were detained.",
    "On 3 May 2023, gendarmes used tear gas on traders protesting a new market levy in Niamey "
    "and detained several of them.",
])
def test_arrests_at_a_protest_are_its_intervention(extractor: Extractor, text: str) -> None:
    assert _acled(events_of(extractor, text)) == [INTERVENTION]


@pytest.mark.parametrize("text", [
    "Police in Lusaka arrested eight activists accused of organising an unauthorised march.",
    "Security agents in Harare detained four union leaders charged with inciting a strike.",
])
def test_arrests_for_a_protest_are_arrests(extractor: Extractor, text: str) -> None:
    assert _acled(events_of(extractor, text)) == [("Strategic developments", "Arrests")]


@pytest.mark.parametrize("text", [
    "An angry crowd set fire to a police car in Kumasi on Sunday after a motorcyclist died.",
    "Villagers stormed the police post in Gumla on Friday and burned two vehicles.",
    "A mob pelted police vehicles with stones during a protest in Anantnag on Friday.",
])
def test_a_crowd_against_the_state_riots(extractor: Extractor, text: str) -> None:
    assert _acled(events_of(extractor, text)) == [VIOLENT]


@pytest.mark.parametrize("text", [
    "A crowd beat a suspected pickpocket to death at a bus station in Kano on Saturday.",
    "Residents of a village near Tanga set upon a man accused of witchcraft and burned him to "
    "death on Monday.",
    "Angry villagers stoned to death two men suspected of stealing cattle in Kasese on Sunday.",
])
def test_a_crowd_that_kills_a_person_is_a_mob(extractor: Extractor, text: str) -> None:
    assert MOB in _acled(events_of(extractor, text))


def test_a_crowd_burning_things_is_no_mob(extractor: Extractor) -> None:
    text = "Protesting residents burned two motorcycles outside the market in Goma on Monday."
    assert MOB not in _acled(events_of(extractor, text))


@pytest.mark.parametrize("text", [
    "Vigilantes repelled cattle rustlers who attacked a village in Katsina on Sunday, killing "
    "two of them.",
    "Members of a vigilante group fought off gunmen in Michoacan on Tuesday.",
])
def test_vigilantes_are_an_armed_group_not_a_crowd(extractor: Extractor, text: str) -> None:
    types = _acled(events_of(extractor, text))
    assert types and all(etype != "Riots" for etype, _ in types), types


@pytest.mark.parametrize("text", [
    "Hundreds of nurses downed tools at the main hospital in Kisumu on Monday.",
    "Thousands of pensioners thronged the parliament gates in Bucharest on Friday.",
    "Law students boycotted lectures in Dhaka on Sunday over examination fees.",
    "Thousands of miners marched through Potosi on Monday and dispersed peacefully at dusk.",
])
def test_crowds_that_gather_protest_peacefully(extractor: Extractor, text: str) -> None:
    assert _acled(events_of(extractor, text)) == [PEACEFUL]


@pytest.mark.parametrize("text", [
    "Shoppers thronged the malls of Doha on Friday ahead of the holiday.",
    "The opposition boycotted the vote in parliament on Sunday.",
])
def test_throngs_and_boycotts_that_are_no_protest(extractor: Extractor, text: str) -> None:
    assert _acled(events_of(extractor, text)) == []


def test_troops_firing_on_protesters_is_excessive_force(extractor: Extractor) -> None:
    assert _acled(events_of(extractor, "Troops fire on protesters in Sittwe; six dead")) == [
        EXCESSIVE]


def test_gunmen_who_beat_a_man_to_death_are_no_mob(extractor: Extractor) -> None:
    text = "Gunmen dragged a teacher from his home in Beni and beat him to death on Tuesday."
    assert MOB not in _acled(events_of(extractor, text))


def test_arrests_days_later_leave_the_protest_peaceful(extractor: Extractor) -> None:
    text = ("Hundreds of teachers rallied peacefully in Bamako on Monday. Three days later, police "
            "detained the rally's organisers.")
    assert sorted(_acled(events_of(extractor, text))) == [
        PEACEFUL, ("Strategic developments", "Arrests")]


def test_a_crowd_that_had_blocked_a_road_and_was_dispersed(extractor: Extractor) -> None:
    text = ("Police used tear gas on Wednesday to disperse farmers who had blocked the road to the "
            "port in Mombasa.")
    assert _acled(events_of(extractor, text)) == [INTERVENTION]


def test_a_crowd_chanting_slogans_protests(extractor: Extractor) -> None:
    text = "Hundreds of farmers chanted slogans against the land law outside the court in Jos."
    assert _acled(events_of(extractor, text)) == [PEACEFUL]


@pytest.mark.parametrize("text", [
    "Hundreds of women marched in Kaduna on Tuesday to condemn the killing of a nurse.",
    "Students rallied in Peshawar to denounce the abduction of a classmate.",
])
def test_what_a_protest_condemns_is_its_grievance(extractor: Extractor, text: str) -> None:
    assert _acled(events_of(extractor, text)) == [PEACEFUL]


def test_a_gathering_police_dispersed_is_a_protest(extractor: Extractor) -> None:
    text = "Police in Bujumbura dispersed a gathering of students with tear gas on Friday."
    assert _acled(events_of(extractor, text)) == [INTERVENTION]


@pytest.mark.parametrize("text", [
    "Elders held a gathering in Khost on Monday to discuss the land dispute.",
    "Gunmen opened fire on a wedding gathering in Zamfara on Saturday, killing six guests.",
])
def test_other_gatherings_are_no_protest(extractor: Extractor, text: str) -> None:
    assert all(etype != "Protests" for etype, _ in _acled(events_of(extractor, text)))


def test_a_riot_facing_the_police_is_a_violent_demonstration(extractor: Extractor) -> None:
    text = ("Rioters burned cars and looted shops in Clichy on Tuesday night after police shot a "
            "young motorcyclist.")
    assert _acled(events_of(extractor, text)) == [VIOLENT]


def test_people_who_had_protested_before_are_arrested(extractor: Extractor) -> None:
    text = ("Police in Harare detained nine nurses who had been protesting for a month over "
            "unpaid wages.")
    assert ("Strategic developments", "Arrests") in _acled(events_of(extractor, text))
