"""ACLED's generic actors completed from the incident: a state's forces and generic labels named
without a country, civilians who are no doers of violence, victims of a trade coded as civilians,
and arrested people named by no group."""

from __future__ import annotations

from roydad.coding.party_codes import PartyCoder
from roydad.models import Incident, IncidentActor, Location


def _incident(event_type: str, sub: str, actors: list[IncidentActor],
              country: str = "KEN") -> Incident:
    return Incident(
        incident_id="inc-generic", event_type="ASSAULT", mode="shooting",
        acled_event_type=event_type, acled_sub_event_type=sub, date_start="2023-04-11",
        location=Location(name="Garissa", admin1="Garissa", country=country, precision="city"),
        actors=actors,
    )


def test_forces_named_without_their_country_are_the_incident_country_s() -> None:
    raiders = IncidentActor(name="Al Shabaab", role="actor", kind="group", sector="INS",
                            kb_id="al_shabaab", country="SOM")
    soldiers = IncidentActor(name="the soldiers", role="recipient", kind="group", sector="MIL")
    coding = PartyCoder().code(_incident("Battles", "Armed clash", [raiders, soldiers]))
    assert coding.actor2 is not None and coding.actor2.label == "Military Forces of Kenya"
    assert coding.actor2.inter == 1


def test_a_generic_label_without_country_gets_the_incident_s() -> None:
    gunmen = IncidentActor(name="Unidentified Armed Group", role="actor", sector="UAF")
    coding = PartyCoder().code(_incident("Violence against civilians", "Attack", [gunmen]))
    assert coding.actor1.label == "Unidentified Armed Group (Kenya)"


def test_men_who_shoot_someone_are_no_civilians() -> None:
    riders = IncidentActor(name="Civilians (Kenya)", role="actor", kind="group", sector="CVL",
                           country="KEN")
    shopkeeper = IncidentActor(name="shopkeeper", role="recipient")
    coding = PartyCoder().code(_incident("Violence against civilians", "Attack",
                                         [riders, shopkeeper]))
    assert coding.actor1.label == "Unidentified Armed Group (Kenya)"
    assert coding.actor2 is not None and coding.actor2.label == "Civilians (Kenya)"


def test_a_crowd_of_civilians_in_a_riot_is_still_coded_as_the_crowd() -> None:
    crowd = IncidentActor(name="Civilians (Kenya)", role="actor", kind="group", sector="CVL",
                          country="KEN")
    coding = PartyCoder().code(_incident("Riots", "Mob violence", [crowd]))
    assert coding.actor1.label == "Rioters (Kenya)"


def test_refugees_shot_are_civilians_of_their_own_country() -> None:
    guards = IncidentActor(name="Police Forces of Kenya", role="actor", kind="state",
                           sector="COP", country="KEN")
    refugees = IncidentActor(name="Refugees/IDPs (Somalia)", role="recipient", kind="group",
                             sector="REF", country="SOM")
    coding = PartyCoder().code(_incident("Violence against civilians", "Attack",
                                         [guards, refugees]))
    assert coding.actor2 is not None and coding.actor2.label == "Civilians (Somalia)"
    assert [p.label for p in coding.assoc2] == ["Refugees/IDPs (Somalia)"]


def test_reporters_beaten_are_civilians_with_their_trade_kept() -> None:
    police = IncidentActor(name="Police Forces of Kenya", role="actor", kind="state",
                           sector="COP", country="KEN")
    reporters = IncidentActor(name="Journalists (Kenya)", role="recipient", kind="group",
                              sector="CVL", country="KEN")
    coding = PartyCoder().code(_incident("Violence against civilians", "Attack",
                                         [police, reporters]))
    assert coding.actor2 is not None and coding.actor2.label == "Civilians (Kenya)"
    assert "Journalists (Kenya)" in [p.label for p in coding.assoc2]


def test_people_arrested_whom_no_group_names_are_civilians() -> None:
    police = IncidentActor(name="Police Forces of Kenya", role="actor", kind="state",
                           sector="COP", country="KEN")
    detained = IncidentActor(name="a retired teacher", role="recipient")
    coding = PartyCoder().code(_incident("Strategic developments", "Arrests",
                                         [police, detained]))
    assert coding.actor2 is not None and coding.actor2.label == "Civilians (Kenya)"


def test_militants_arrested_are_not_civilians() -> None:
    police = IncidentActor(name="Police Forces of Kenya", role="actor", kind="state",
                           sector="COP", country="KEN")
    suspects = IncidentActor(name="Unidentified Armed Group (Kenya)", role="recipient",
                             kind="group", sector="INS", country="KEN")
    coding = PartyCoder().code(_incident("Strategic developments", "Arrests",
                                         [police, suspects]))
    assert coding.actor2 is not None and coding.actor2.label == suspects.name
