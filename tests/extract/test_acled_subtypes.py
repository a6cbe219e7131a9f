"""ACLED sub-event types of whole records for event families the rules once missed (issue 13,
section 2): riots, mob violence, looting and destruction, suicide bombs, air and drone strikes,
and ACLED's Other (coups, curfews, mass displacement, mass graves)."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from tests.extract.helpers import events_of


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Riots: crowds that throw stones, burn, loot or fight the police
        ("Students threw stones at police and burned tyres outside the university in Dhaka "
         "on Wednesday.", "Violent demonstration"),
        ("Angry youths hurled petrol bombs at a police station in Kano on Friday.",
         "Violent demonstration"),
        ("Party workers fought police with sticks outside the leader's house in Lahore "
         "through the night.", "Violent demonstration"),
        # Protests: a road blocked, a strike observed, a picket
        ("Transporters went on strike across Sindh on Tuesday over fuel prices.",
         "Peaceful protest"),
        ("Nurses picketed the health ministry in Nairobi on Thursday.", "Peaceful protest"),
        # Mob violence: a mob or vigilantes attack people
        ("A mob beat a shopkeeper to death in Gujranwala on Sunday, police said.",
         "Mob violence"),
        ("Vigilantes lynched two suspected cattle thieves in a village near Jos on Saturday.",
         "Mob violence"),
        # Looting/property destruction by armed men or the state
        ("Armed men looted a food warehouse in Bunia on Tuesday.",
         "Looting/property destruction"),
        ("Al-Shabaab fighters burned three telecom towers and a clinic in Bakool on Monday.",
         "Looting/property destruction"),
        # A suicide bombing wins over a car bomb, an air strike over the rockets it fires
        ("A minibus packed with explosives rammed a military convoy near Gao on Monday, "
         "killing nine soldiers.", "Suicide bomb"),
        ("A bomber blew himself up outside a mosque in Peshawar on Friday, killing 12 "
         "worshippers.", "Suicide bomb"),
        ("Helicopter gunships fired rockets at rebel positions near Goma on Tuesday.",
         "Air/drone strike"),
        ("Warplanes dropped bombs on a market in Idlib on Thursday, killing 15 people.",
         "Air/drone strike"),
        # Other
        ("On 30 March, the army ousted President Kabore and suspended the constitution in "
         "Ouagadougou.", "Other"),
        ("Soldiers seized power in Niamey on Wednesday.", "Other"),
        ("On 4 June, about 3,000 families fled their villages in Tal Afar after clashes "
         "between militias.", "Other"),
        ("Authorities imposed a curfew in Imphal on Tuesday.", "Other"),
        ("A mass grave containing 40 bodies was discovered near Izium on Friday.", "Other"),
    ],
)
def test_sub_event_type(extractor: Extractor, text: str, sub_event_type: str) -> None:
    subs = [r.acled_sub_event_type for r in events_of(extractor, text)]
    assert sub_event_type in subs


def test_a_mob_is_a_riot_not_an_attack(extractor: Extractor) -> None:
    [record] = events_of(extractor, "A mob beat a shopkeeper to death in Gujranwala on Sunday.")
    assert (record.event_type, record.mode, record.acled_event_type) == (
        "PROTEST", "riot", "Riots")


def test_riot_police_are_no_riot(extractor: Extractor) -> None:
    records = events_of(extractor, "The anti-riot unit opened fire on the crowd in Shiraz.")
    assert all(r.mode != "riot" for r in records)


def test_a_chemical_bomb_dropped_from_the_air_is_a_chemical_attack(
    extractor: Extractor,
) -> None:
    text = "Government aircraft dropped barrels containing chlorine on a suburb of Damascus."
    [record] = events_of(extractor, text)
    assert record.acled_sub_event_type == "Chemical weapon"
