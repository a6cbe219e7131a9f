"""Demonstrations: the crowd is actor1 and the force that meets it actor2, whatever order the
sentence names them in; excessive force puts the force first; unnamed crowds take the event
type's label (protesters who riot are rioters)."""

from __future__ import annotations

from roydad.coding.party_codes import PartyCoder
from roydad.models import Incident, IncidentActor, Location

POLICE = IncidentActor(name="Police Forces of Chile", role="actor", kind="group", sector="COP",
                       country="CHL")
SOLDIERS = IncidentActor(name="Military Forces of Peru", role="actor", kind="group", sector="MIL",
                         country="PER")
PROTESTERS = IncidentActor(name="Protesters (Chile)", role="actor", kind="group", sector="OPP",
                           country="CHL")
VILLAGERS = IncidentActor(name="Civilians (Chile)", role="recipient", kind="group", sector="CVL",
                          country="CHL")


def _demo(actors: list[IncidentActor], event: str, sub: str, country: str = "CHL") -> Incident:
    return Incident(
        incident_id="inc-demo", event_type="PROTEST", acled_event_type=event,
        acled_sub_event_type=sub, date_start="2024-05-02",
        location=Location(name="Valparaiso", country=country, precision="city"), actors=actors,
    )


def _sides(incident: Incident) -> tuple[str, str | None]:
    coding = PartyCoder().code(incident)
    return coding.actor1.label, coding.actor2.label if coding.actor2 else None


def test_police_acting_on_marchers_is_actor2_of_a_protest_with_intervention() -> None:
    marchers = PROTESTERS.model_copy(update={"role": "recipient"})
    assert _sides(_demo([POLICE, marchers], "Protests", "Protest with intervention")) == (
        "Protesters (Chile)", "Police Forces of Chile")


def test_protesters_who_riot_are_rioters_and_the_police_they_fight_actor2() -> None:
    assert _sides(_demo([PROTESTERS, POLICE], "Riots", "Violent demonstration")) == (
        "Rioters (Chile)", "Police Forces of Chile")


def test_police_named_first_in_a_riot_still_yield_actor1_to_the_crowd() -> None:
    assert _sides(_demo([POLICE, PROTESTERS], "Riots", "Violent demonstration")) == (
        "Rioters (Chile)", "Police Forces of Chile")


def test_excessive_force_puts_the_force_first_and_its_victims_as_protesters() -> None:
    shot = [SOLDIERS.model_copy(update={"country": "CHL", "name": "Military Forces of Chile"}),
            VILLAGERS]
    assert _sides(_demo(shot, "Protests", "Excessive force against protesters")) == (
        "Military Forces of Chile", "Protesters (Chile)")


def test_a_non_state_party_beating_a_crowd_intervenes_in_the_protest() -> None:
    enforcers = IncidentActor(name="Vigilance Brigade", role="actor", kind="group",
                              sector="INS", kb_id="vigilance")
    assert _sides(_demo([enforcers, VILLAGERS], "Protests", "Protest with intervention")) == (
        "Protesters (Chile)", "Vigilance Brigade")


def test_a_named_party_leading_a_riot_stays_actor1() -> None:
    party = IncidentActor(name="Workers' Front", role="actor", kind="organization", sector="PTY",
                          kb_id="workers_front")
    assert _sides(_demo([POLICE, party], "Riots", "Violent demonstration")) == (
        "Workers' Front", "Police Forces of Chile")


def test_the_victim_of_a_mob_stays_actor2() -> None:
    mob = IncidentActor(name="Rioters (Chile)", role="actor", kind="group", sector="CVL")
    assert _sides(_demo([mob, VILLAGERS], "Riots", "Mob violence")) == (
        "Rioters (Chile)", "Civilians (Chile)")


def test_events_that_are_not_demonstrations_keep_their_sides() -> None:
    attack = _demo([POLICE, VILLAGERS], "Violence against civilians", "Attack")
    assert _sides(attack) == ("Police Forces of Chile", "Civilians (Chile)")


def test_who_the_crowd_is_stays_as_an_associate() -> None:
    nurses = PROTESTERS.model_copy(update={"name": "Health Workers (Chile)", "sector": "CVL"})
    coding = PartyCoder().code(_demo([nurses, POLICE], "Protests", "Protest with intervention"))
    assert coding.actor1.label == "Protesters (Chile)"
    assert [p.label for p in coding.assoc1] == ["Health Workers (Chile)"]
