"""Remote violence, territory and abductions typed the ACLED way (issue 13 §1-2), on sentences
written for these tests: chemical payloads, projectiles that land or fall, suicide bombs worn on
the body, interceptions with no shelling beside them, ground taken without a fight, and
abductees now dead."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _subs(extractor: Extractor, text: str) -> list[str | None]:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    return [r.acled_sub_event_type for r in records if r.acled_event_type is not None]


def _records(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    return [r for r in records if r.acled_event_type is not None]


@pytest.mark.parametrize("text", [
    "Rebels fired shells packed with mustard agent at an army outpost near Deir Hafer.",
    "Soldiers said grenades loaded with chloropicrin were dropped on their dugouts near Kupiansk.",
    "A militia drone released poison gas over a government checkpoint outside Sirte.",
])
def test_chemical_payload_is_a_chemical_weapon(extractor: Extractor, text: str) -> None:
    assert _subs(extractor, text) == ["Chemical weapon"]


@pytest.mark.parametrize("text", [
    "Three mortar bombs crashed into a livestock market in Beledweyne, killing two herders.",
    "Two rockets fell inside the airport perimeter in Tripoli, damaging a hangar.",
    "Several mortar rounds slammed into a camp for displaced people near Kadugli.",
])
def test_projectiles_that_land_are_shelling(extractor: Extractor, text: str) -> None:
    assert _subs(extractor, text) == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    ("A woman detonated explosives strapped to her body at a checkpoint in Gwoza, killing four "
     "militiamen."),
    "A man wearing an explosive belt blew himself up outside a police academy in Quetta.",
])
def test_bomb_worn_on_the_body_is_a_suicide_bomb(extractor: Extractor, text: str) -> None:
    assert _subs(extractor, text) == ["Suicide bomb"]


@pytest.mark.parametrize("text", [
    "Air defence units intercepted a cruise missile fired at Zhytomyr.",
    "The navy destroyed an explosive-laden drone boat launched towards Sevastopol.",
])
def test_interception_is_one_disrupted_weapons_use(extractor: Extractor, text: str) -> None:
    assert _subs(extractor, text) == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "Rebels entered Goma airport unopposed after the soldiers fled their posts.",
    ("The militia took control of Mopti's river port hours after the troops left; no clashes "
     "were reported."),
    "Fighters seized the district headquarters of Waza without any resistance.",
])
def test_ground_taken_without_fighting_is_a_transfer(extractor: Extractor, text: str) -> None:
    subs = _subs(extractor, text)
    assert "Non-violent transfer of territory" in subs
    assert not {"Non-state actor overtakes territory", "Government regains territory"} & set(subs)


def test_ground_taken_in_battle_stays_overtaken(extractor: Extractor) -> None:
    assert _subs(extractor, "Insurgents captured the town of Tillia after a fierce battle with "
                 "the army.") == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize("text", [
    ("The body of a pharmacist abducted from his shop last month was found in a ditch outside "
     "Kidal."),
    "The remains of three miners kidnapped in March were recovered near Mongbwalu.",
    "A kidnapped village headman was found dead on a farm near Funtua.",
])
def test_abductee_found_dead_is_an_attack(extractor: Extractor, text: str) -> None:
    subs = _subs(extractor, text)
    assert "Attack" in subs
    assert "Abduction/forced disappearance" not in subs


def test_abduction_alone_stays_an_abduction(extractor: Extractor) -> None:
    assert _subs(extractor, "Gunmen kidnapped two nurses from a clinic in Kagara on Sunday.") == [
        "Abduction/forced disappearance"]


def test_police_tear_gas_at_marchers_is_no_chemical_weapon(extractor: Extractor) -> None:
    subs = _subs(extractor, "Police fired tear gas at nurses marching on the health ministry "
                 "in Harare.")
    assert "Chemical weapon" not in subs
