"""Unnamed targets of remote violence and property destruction are civilians, as ACLED codes a
bomb in a market or a school set on fire, unless the reports give an armed party as target."""

from __future__ import annotations

import pytest

from roydad.coding.party_codes import PartyCoder
from roydad.models import Incident, IncidentActor, Location


def _incident(event_type: str, sub: str, actors: list[IncidentActor]) -> Incident:
    return Incident(
        incident_id="inc-target", event_type="ASSAULT", mode="bombing",
        acled_event_type=event_type, acled_sub_event_type=sub, date_start="2022-11-02",
        location=Location(name="Mardan", admin1="Khyber Pakhtunkhwa", country="PAK",
                          precision="city"),
        actors=actors,
    )


BOMBERS = IncidentActor(name="Unidentified Armed Group (Pakistan)", role="actor",
                        sector="UAF", country="PAK")


@pytest.mark.parametrize(("event_type", "sub"), [
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Strategic developments", "Looting/property destruction"),
])
def test_unnamed_targets_are_civilians(event_type: str, sub: str) -> None:
    crowd = IncidentActor(name="dozens", role="recipient")
    coding = PartyCoder().code(_incident(event_type, sub, [BOMBERS, crowd]))
    assert coding.actor2 is not None and coding.actor2.label == "Civilians (Pakistan)"
    assert coding.actor2.inter == 7


def test_soldiers_among_the_targets_are_no_civilians() -> None:
    troops = IncidentActor(name="Military Forces of Pakistan (2018-)", role="recipient",
                           kind="state", sector="MIL", country="PAK")
    coding = PartyCoder().code(_incident("Explosions/Remote violence",
                                         "Remote explosive/landmine/IED", [BOMBERS, troops]))
    assert coding.actor2 is not None and coding.actor2.label == troops.name


def test_unnamed_militants_hit_by_a_strike_are_no_civilians() -> None:
    fighters = IncidentActor(name="Unidentified Armed Group (Pakistan)", role="recipient",
                             sector="UAF", country="PAK")
    jets = IncidentActor(name="Military Forces of Pakistan (2018-)", role="actor", kind="state",
                         sector="MIL", country="PAK")
    coding = PartyCoder().code(_incident("Explosions/Remote violence", "Air/drone strike",
                                         [jets, fighters]))
    assert coding.actor2 is None or not coding.actor2.label.startswith("Civilians")


def test_a_battle_gets_no_civilians_by_default() -> None:
    coding = PartyCoder().code(_incident("Battles", "Armed clash", [BOMBERS]))
    assert coding.actor2 is None
