"""Both sides of a clash are its actors, however the sentence hangs them on the clash
(`roydad.extract.clash_sides`). Sentences written for these tests, in wire and ACLED-note style."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _clash(extractor: Extractor, text: str) -> EventRecord:
    doc = Document(id="t", text=text, pub_date="2024-01-10", origin="t")
    records = next(iter(extractor.extract([doc])))[1]
    clashes = [r for r in records if r.acled_sub_event_type == "Armed clash"]
    assert clashes, [(r.acled_sub_event_type, r.actors) for r in records]
    return clashes[0]


def _actors(record: EventRecord) -> list[str]:
    return [a.text for a in record.actors if a.role == "actor"]


@pytest.mark.parametrize(("text", "first", "second"), [
    ("There was a shoot-out between police and robbers in Karachi's Orangi Town on Monday, "
     "leaving one robber dead.", "police", "robbers"),
    ("A gunfight broke out between soldiers and Boko Haram fighters near Bama on Sunday.",
     "soldiers", "Boko Haram fighters"),
    ("An exchange of fire between police and bandits in Gusau killed two officers on Friday.",
     "police", "bandits"),
    ("A firefight took place between Mexican marines and cartel gunmen in Reynosa on Sunday.",
     "Mexican marines", "cartel gunmen"),
])
def test_the_sides_between_which_a_clash_happened(extractor: Extractor, text: str, first: str,
                                                  second: str) -> None:
    record = _clash(extractor, text)
    actors = _actors(record)
    assert first in actors and second in actors
    assert actors.index(first) < actors.index(second)
    assert second not in [a.text for a in record.actors if a.role == "recipient"]


@pytest.mark.parametrize(("text", "sides"), [
    ("ADF fighters and FARDC soldiers engaged in combat near Beni on Sunday, leaving four dead.",
     ["ADF fighters", "FARDC soldiers"]),
    ("Al-Shabaab militants and Somali troops exchanged fire in Beledweyne on Monday.",
     ["Al-Shabaab militants", "Somali troops"]),
    ("On 4 June 2023, Fano militiamen and federal soldiers traded gunfire in Gondar (Amhara).",
     ["Fano militiamen", "federal soldiers"]),
])
def test_a_subject_listing_both_sides(extractor: Extractor, text: str,
                                      sides: list[str]) -> None:
    record = _clash(extractor, text)
    assert _actors(record)[:2] == sides
    assert not [a for a in record.actors if a.role == "recipient" and a.text in sides]


def test_a_clash_with_a_third_party_keeps_the_listed_side_together(
        extractor: Extractor) -> None:
    # several parties on one side: the other side stays whom they fought
    text = "Taliban and Haqqani fighters clashed with Daesh militants in Kunar on Friday."
    record = _clash(extractor, text)
    assert "Daesh militants" in [a.text for a in record.actors if a.role == "recipient"]


@pytest.mark.parametrize(("text", "attacker", "defender"), [
    ("Police repelled a bandit attack on a police station in Zurmi on Saturday.",
     "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria"),
    ("On 8 May 2023, soldiers repulsed an Al Shabaab assault on their base in Baidoa, killing "
     "ten attackers.", "Al Shabaab", "Military Forces of Somalia"),
    ("Militants stormed a checkpoint near Wana on Monday, but troops repelled their attack.",
     "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan"),
])
def test_an_attack_fought_off_has_the_attackers_first(extractor: Extractor, text: str,
                                                      attacker: str, defender: str) -> None:
    """Both sides fought: the record lists the side that attacked first (ACLED's actor1 of
    the clash) and the side that held second, both as actors."""
    names = [a.name for a in _clash(extractor, text).actors if a.role == "actor"]
    assert names[0].startswith(attacker) and names[1].startswith(defender)


def test_a_foiled_plot_keeps_its_plotters_as_recipients(extractor: Extractor) -> None:
    text = "Police foiled an attack by militants on a school in Peshawar on Monday."
    doc = Document(id="t", text=text, pub_date="2024-01-10", origin="t")
    records = next(iter(extractor.extract([doc])))[1]
    assert [a.text for r in records for a in r.actors if a.role == "actor"] == ["Police"]


@pytest.mark.parametrize(("text", "sides"), [
    ("Azerbaijani and Armenian forces exchanged fire near Sotk on Monday.",
     ["Military Forces of Azerbaijan", "Military Forces of Armenia"]),
    ("On 4 June 2023, Ethiopian and Eritrean troops clashed near Badme.",
     ["Military Forces of Ethiopia", "Military Forces of Eritrea"]),
])
def test_forces_of_two_states_listed_by_adjective(extractor: Extractor, text: str,
                                                  sides: list[str]) -> None:
    record = _clash(extractor, text)
    assert [a.name for a in record.actors if a.role == "actor"] == sides


@pytest.mark.parametrize(("text", "sides"), [
    ("Truce broken as army and SPLM-N clash near Kadugli", ["army", "SPLM-N"]),
    ("Talks stall as Fano and federal troops clash in Gondar", ["Fano", "federal troops"]),
])
def test_a_headline_list_right_before_the_clash(extractor: Extractor, text: str,
                                                sides: list[str]) -> None:
    record = _clash(extractor, text)
    assert _actors(record)[:2] == sides


@pytest.mark.parametrize(("text", "fighter", "hit"), [
    ("On 8 November 2023, two suspected militants were killed in an encounter with security "
     "forces in Kupwara.", "security forces", "two suspected militants"),
    ("Two Rangers killed in clash with dacoits in Kashmore", "dacoits", "Rangers"),
    ("On 17 June 2023, army troops came under fire from Abu Sayyaf gunmen in Patikul (Sulu), "
     "setting off a gunfight. Fatalities: 1.", "Abu Sayyaf gunmen", "army troops"),
])
def test_whom_a_clash_was_with_fought_it(extractor: Extractor, text: str, fighter: str,
                                         hit: str) -> None:
    """'killed in an encounter with X', 'came under fire from X': X is the side that fought
    (an actor), the ones hit the other side."""
    record = _clash(extractor, text)
    assert fighter in _actors(record)
    assert hit in [a.text for a in record.actors if a.role == "recipient"]
