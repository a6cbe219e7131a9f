"""Short reports that tell several happenings: each is its own record with its own place, date
and toll; one happening told twice stays one record (issue 13, section 8)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord
from tests.extract.helpers import only

PUB = date(2024, 5, 6)


def _records(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=PUB)
    [(_, records)] = list(extractor.extract([doc]))
    return records


def _assaults(extractor: Extractor, text: str) -> list[EventRecord]:
    return [r for r in _records(extractor, text) if r.event_type == "ASSAULT"]


def _place(record: EventRecord) -> str:
    return record.location.name if record.location else ""


# --- two happenings, told apart by a cue, a clause of their own, a place or a date ------------


def test_separate_incident_without_place_or_date_is_its_own_record(
    extractor: Extractor,
) -> None:
    text = ("On 12 April 2023, bandits killed four farmers in Tsafe (Zamfara). In a separate "
            "incident, a roadside bomb killed two soldiers.")
    first, second = _assaults(extractor, text)
    assert (first.fatalities, second.fatalities) == (4, 2)
    assert "Tsafe" in _place(first)


def test_elsewhere_opens_another_attack(extractor: Extractor) -> None:
    text = ("MOGADISHU (Reuters) - A car bomb killed six people at a restaurant in Mogadishu on "
            "Sunday, police said. Elsewhere, al Shabaab fighters attacked an army base, killing "
            "three soldiers.")
    bombing, raid = _assaults(extractor, text)
    assert (bombing.fatalities, raid.fatalities) == (6, 3)
    assert any("Shabaab" in a.name for a in raid.actors)


def test_round_up_of_separate_attacks_in_one_sentence(extractor: Extractor) -> None:
    text = ("KABUL - In separate attacks on Sunday, gunmen shot dead a cleric in Kunduz and a "
            "magnetic bomb killed a district official in Jalalabad.")
    records = _assaults(extractor, text)
    assert sorted(_place(r) for r in records) == ["Jalalabad", "Kunduz"]
    assert [r.fatalities for r in records] == [1, 1]


def test_clash_and_retaliation_across_a_semicolon(extractor: Extractor) -> None:
    text = ("On 4 May 2024, army troops clashed with ELN guerrillas near Tame (Arauca), killing "
            "two rebels; the following day, the ELN bombed a police station in Saravena, "
            "killing one officer.")
    clash, bombing = _assaults(extractor, text)
    assert (clash.date, clash.fatalities, _place(clash)) == ("2024-05-04", 2, "Tame")
    assert (bombing.date, bombing.fatalities, _place(bombing)) == ("2024-05-05", 1, "Saravena")


def test_each_clause_keeps_its_own_date(extractor: Extractor) -> None:
    text = ("On 2 June 2023 a Yazidi shepherd was shot dead near Sinjar; on 19 June another "
            "shepherd was killed by gunmen near Tal Afar.")
    first, second = _assaults(extractor, text)
    assert (first.date, second.date) == ("2023-06-02", "2023-06-19")
    assert (first.fatalities, second.fatalities) == (1, 1)


def test_another_attack_without_place_is_its_own_record(extractor: Extractor) -> None:
    text = ("Gunmen killed two policemen in Bannu on Monday. Another attack killed a soldier on "
            "the same day.")
    first, second = _assaults(extractor, text)
    assert (first.fatalities, second.fatalities) == (2, 1)


def test_a_second_attack_is_not_the_first(extractor: Extractor) -> None:
    text = ("Militants attacked a police post in Dera Ismail Khan on Friday, killing two "
            "constables. Hours later, a second attack targeted a checkpoint, wounding three "
            "policemen.")
    first, second = _assaults(extractor, text)
    assert first.fatalities == 2
    assert second.injured == 3
    assert second.fatalities != 2


@pytest.mark.parametrize(
    "text",
    [
        "Two car bombs exploded in Mogadishu on Saturday. The first hit a checkpoint near the "
        "airport; the second went off outside a hotel, killing five people.",
        "One rocket struck a fuel depot in Kharkiv on Monday; another hit an apartment block, "
        "killing two residents.",
    ],
)
def test_counted_off_happenings_are_records_of_their_own(
    extractor: Extractor, text: str
) -> None:
    records = _assaults(extractor, text)
    assert len(records) == 2
    assert records[-1].fatalities in (5, 2)
    # "the second", "another": done the way the summary said (a car bomb, a rocket)
    assert records[-1].acled_sub_event_type == records[0].acled_sub_event_type


def test_two_verbs_of_one_crowd_in_two_cities_are_two_events(extractor: Extractor) -> None:
    text = ("DHAKA (Reuters) - Opposition supporters torched a police kiosk in Chittagong and "
            "vandalised a ruling party office in Sylhet on Sunday, police said.")
    places = sorted(_place(r) for r in _records(extractor, text) if r.event_type == "PROTEST")
    assert places == ["Chattogram", "Sylhet"]  # the gazetteer's name for Chittagong


# --- one happening told twice stays one record -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing 30 "
         "worshippers. The blast also wounded dozens, police said.", 30),
        ("Unidentified gunmen killed two members of a family near Quetta on 3 May; a third "
         "family member was stabbed to death as he tried to flee.", 3),
        ("Fighters stormed an army post in Menaka and killed four soldiers; another soldier "
         "died of his wounds in hospital.", 5),
        ("A bomb exploded at a market in Baghdad on Sunday, and police said seven people were "
         "killed.", 7),
        ("A car bomb killed 25 people in Kabul on Friday. Meanwhile, the toll rose to 40 on "
         "Saturday as more victims died in hospital.", 40),
        ("Gunmen killed a journalist in Tacloban on Tuesday. The killing, the third of a "
         "journalist in the province this year, was condemned by the union.", 1),
        ("Jihadists stormed the village of Tillia in Tahoua region and killed eleven "
         "villagers.", 11),
        # a double bombing at one place and time is one event
        ("A suicide bomber struck a funeral in Jalalabad on Sunday, killing 12 mourners. A "
         "second blast went off as rescuers arrived, wounding 20 more.", 12),
        ("A car bomb exploded outside a hotel in Mogadishu on Friday, killing eight people. A "
         "second bomber then blew himself up at the gate, police said.", 8),
    ],
)
def test_one_happening_told_twice_is_one_record(
    extractor: Extractor, text: str, dead: int
) -> None:
    [record] = _assaults(extractor, text)
    assert record.fatalities == dead



def test_a_clause_is_not_placed_at_the_dateline(nlp: Language) -> None:
    # the dateline is where the report was filed; the sentence says where the clause happened
    text = ("PESHAWAR — Three policemen were killed and two seriously injured when gunmen "
            "attacked a checkpoint in Bannu early on Tuesday, officials said.")
    killed = only(nlp, text, "killed")
    assert killed.place is not None and killed.place.text == "Bannu"
