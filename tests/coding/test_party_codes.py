"""Party coding of mutual events: both sides of a clash are actors in the record, and the ACLED
and UCDP rows still get the second side as actor2 / side_b."""

from __future__ import annotations

from roydad.coding.party_codes import PartyCoder
from roydad.models import Incident, IncidentActor, Location


def _clash(actors: list[IncidentActor], sub: str = "Armed clash") -> Incident:
    return Incident(
        incident_id="inc-clash", event_type="ASSAULT", mode="firearms",
        acled_event_type="Battles", acled_sub_event_type=sub, date_start="2023-03-12",
        location=Location(name="Rokha", admin1="Panjshir", country="AFG", precision="city"),
        actors=actors,
    )


TALIBAN = IncidentActor(name="Taliban", role="actor", kind="group", sector="INS", kb_id="taliban")
NRF = IncidentActor(name="NRF: National Resistance Front of Afghanistan", role="actor",
                    kind="group", sector="REB", kb_id="nrf")


def test_second_side_of_a_clash_is_actor2_not_an_associate() -> None:
    coding = PartyCoder().code(_clash([TALIBAN, NRF]))
    assert coding.actor1.label == "Taliban"
    assert coding.actor2 is not None and coding.actor2.label == NRF.name
    assert coding.assoc1 == []


def test_a_named_recipient_still_wins_actor2() -> None:
    police = IncidentActor(name="Police Forces of Afghanistan", role="recipient", kind="state",
                           sector="COP", country="AFG")
    haqqani = TALIBAN.model_copy(update={"name": "Haqqani Network", "kb_id": "haqqani"})
    coding = PartyCoder().code(_clash([TALIBAN, haqqani, police]))
    assert coding.actor2 is not None and coding.actor2.label == police.name
    assert [p.label for p in coding.assoc1] == ["Haqqani Network"]


def test_joint_attackers_of_a_one_sided_attack_stay_associates() -> None:
    coding = PartyCoder().code(_clash([TALIBAN, NRF], sub="Attack"))
    assert [p.label for p in coding.assoc1] == [NRF.name]
    assert coding.actor2 is None or coding.actor2.label != NRF.name


def _unplaced(actors: list[IncidentActor]) -> Incident:
    """An ambush whose place the gazetteer does not know (a village name only)."""
    return Incident(
        incident_id="inc-ambush", event_type="ASSAULT", mode="firearms",
        acled_event_type="Battles", acled_sub_event_type="Armed clash", date_start="2023-05-02",
        location=Location(name="Kalat Mandi", precision=None), actors=actors,
    )


def test_an_unplaced_attack_takes_the_country_of_the_side_hit() -> None:
    """"Three Levies men killed in ambush near <village>": the unnamed attackers are coded in
    the country whose forces were hit; with two countries hit, no country is guessed."""
    levies = IncidentActor(name="Balochistan Levies", role="recipient", kind="state",
                           sector="COP", country="PAK")
    assert PartyCoder().code(_unplaced([levies])).actor1.label == (
        "Unidentified Armed Group (Pakistan)")
    afghan = levies.model_copy(update={"name": "Afghan Border Police", "country": "AFG"})
    assert PartyCoder().code(_unplaced([levies, afghan])).actor1.label == (
        "Unidentified Armed Group")


def test_an_unnamed_second_side_of_a_clash_gets_its_generic_label() -> None:
    """"A gunfight broke out between police and robbers in Orangi Town": the robbers are named
    by no name, yet ACLED codes them as the other side."""
    police = IncidentActor(name="Police Forces of Pakistan", role="actor", kind="state",
                           sector="COP", country="PAK")
    robbers = IncidentActor(name="robbers", role="actor")
    incident = _clash([police, robbers]).model_copy(update={"location": Location(
        name="Karachi", admin1="Sindh", country="PAK", precision="city")})
    coding = PartyCoder().code(incident)
    assert coding.actor1.label == police.name
    assert coding.actor2 is not None and coding.actor2.label == (
        "Unidentified Armed Group (Pakistan)")


def test_both_parties_of_an_agreement_are_its_sides() -> None:
    """"The government of the Philippines and the MILF signed a peace accord": the second party
    is actor2, not an associate of the first."""
    government = IncidentActor(name="Government of the Philippines", role="actor", kind="state",
                               sector="GOV", country="PHL")
    milf = IncidentActor(name="MILF: Moro Islamic Liberation Front", role="actor", kind="group",
                         sector="REB", kb_id="milf")
    coding = PartyCoder().code(_clash([government, milf], sub="Agreement").model_copy(
        update={"acled_event_type": "Strategic developments"}))
    assert coding.actor1.label == government.name
    assert coding.actor2 is not None and coding.actor2.label == milf.name
