"""A sentence about a kind of act reports none (extract/generic.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _events(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=dt.date(2024, 5, 20))
    [(_, records)] = list(extractor.extract([doc]))
    return records


def test_an_act_said_to_be_a_kind_of_act_is_no_event(extractor: Extractor) -> None:
    text = ("On 12 May 2024, a grenade thrown into a crowded bus station in Kisumu wounded "
            "twenty people. An ambush that kills policemen on a highway is the type of "
            "operation the group has boasted about for years.")
    violent = [r for r in _events(extractor, text) if r.event_type == "ASSAULT"]
    assert [r.date for r in violent] == ["2024-05-12"]
    # neither the generic ambush nor what it "kills" is a mention of the grenade attack
    assert not {m.trigger for m in violent[0].mentions} & {"ambush", "kills"}


def test_a_told_attack_in_the_present_tense_headline_stays(extractor: Extractor) -> None:
    [record] = _events(extractor, "A suicide bomber kills five soldiers in Quetta")
    assert record.event_type == "ASSAULT"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kidnappings for ransom are commonplace along the highway to Port Harcourt.",
     "Kidnappings"),
    ("Attacks on aid convoys remain frequent in the north of the country, officials say.",
     "Attacks"),
    ("Cattle raids and killings are common in Jonglei during the dry season.", "killings"),
    ("Extortion and abductions are rife in the border districts.", "abductions"),
])
def test_acts_said_to_be_common_are_no_event(
        extractor: Extractor, text: str, trigger: str) -> None:
    records = _events(extractor, text)
    assert not any(trigger in m.trigger for r in records for m in r.mentions), [
        [m.trigger for m in r.mentions] for r in records]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police said the attack on the convoy near Garissa was the deadliest this year.", "attack"),
    ("Gunmen kidnapped three engineers near Warri on Monday; such kidnappings are common "
     "in the delta.", "kidnapped"),
])
def test_a_told_act_beside_a_habit_stays(extractor: Extractor, text: str, trigger: str) -> None:
    records = _events(extractor, text)
    assert any(trigger in m.trigger for r in records for m in r.mentions), [
        [m.trigger for m in r.mentions] for r in records]
