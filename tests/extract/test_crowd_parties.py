"""The rank and file of a party are the party's yet stay a crowd: "supporters of the TLP clashed
with police" is a riot (Riots / Violent demonstration) whose actor resolves to the TLP, not an
armed clash of the TLP."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from roydad.ontology import load_ontology
from tests.extract.helpers import events_of


@pytest.mark.parametrize("text", [
    "On 14 April 2021, supporters of the Tehreek-e-Labbaik Pakistan fought police in Rawalpindi; "
    "three constables were killed.",
    "On 2 November 2022, angry followers of the Tehreek-e-Labbaik Pakistan clashed with police "
    "near Faizabad interchange in Islamabad.",
    "LAHORE (AP) - Supporters of the Tehreek-e-Labbaik Pakistan party fought police in Lahore "
    "on Friday, burning two buses.",
])
def test_supporters_of_a_party_riot_as_that_party(extractor: Extractor, text: str) -> None:
    records = [r for r in events_of(extractor, text) if r.acled_event_type == "Riots"]
    assert records, [(r.acled_event_type, r.acled_sub_event_type) for r in events_of(extractor,
                                                                                     text)]
    doers = [a for r in records for a in r.actors if a.role == "actor"]
    assert any(a.name.startswith("TLP") for a in doers), doers
    assert any(a.text.lower().startswith(("supporters", "angry followers", "followers"))
               for a in doers), doers


def test_a_party_doing_violence_is_a_crowd_but_as_target_civilians() -> None:
    ontology = load_ontology()
    assert ontology.doer_kind("PTI", "organization", "PTY") == "rioters"
    assert ontology.party_kind("PTI", "organization", "PTY") == "civilians"
    assert ontology.doer_kind("Imran Khan", "person", "PTY") != "rioters"
    assert ontology.doer_kind("Taliban", "group", "INS") == "armed_group"


@pytest.mark.parametrize(("text", "force"), [
    ("On 3 March 2021, a military jet bombed a market in Falam, Chin State, killing 12 people.",
     "Military Forces of Myanmar"),
    ("On 8 May 2016, government warplanes struck a hospital in Aleppo, killing 20 people.",
     "Military Forces of Syria"),
])
def test_state_aircraft_are_its_military(extractor: Extractor, text: str, force: str) -> None:
    doers = [a.name for r in events_of(extractor, text) for a in r.actors if a.role == "actor"]
    assert any(n.startswith(force) for n in doers), doers


@pytest.mark.parametrize(("text", "group"), [
    ("Gunmen raided a Levies checkpoint near Panjgur on Tuesday, killing two guards. The "
     "Balochistan Liberation Front said its fighters carried out the raid.", "BLF"),
    ("Jaish al-Adl said its fighters attacked a border post near Saravan on Friday, killing "
     "three guards.", "Jaish al-Adl"),
])
def test_a_groups_own_fighters_are_the_group(extractor: Extractor, text: str,
                                             group: str) -> None:
    doers = [a for r in events_of(extractor, text) for a in r.actors if a.role == "actor"]
    assert any(a.name.startswith(group) for a in doers), doers


def test_supporters_of_a_person_are_not_the_person(extractor: Extractor) -> None:
    text = ("On 10 May 2023, supporters of Imran Khan set fire to a police van in Peshawar, "
            "police said.")
    doers = [a for r in events_of(extractor, text) for a in r.actors if a.role == "actor"]
    assert all(a.kind != "person" for a in doers), doers
