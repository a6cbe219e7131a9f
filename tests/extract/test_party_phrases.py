"""Phrases that name a party through a count, a belonging or the state leading a force."""

from __future__ import annotations

import pytest

from roydad.extract.party_phrases import countless, leaders_forces, owner_of
from roydad.extract.pipeline import Extractor
from tests.extract.helpers import events_of


@pytest.mark.parametrize(("phrase", "force"), [
    ("US-led forces", "US forces"),
    ("Saudi-led coalition", "Saudi coalition"),
    ("French-led troops", "French troops"),
])
def test_forces_a_state_leads_are_its_forces(phrase: str, force: str) -> None:
    assert leaders_forces(phrase) == force


def test_a_phrase_without_a_leader_is_left_alone() -> None:
    assert leaders_forces("government troops") is None


def test_a_count_and_a_belonging_are_not_the_party() -> None:
    assert countless("a second constable") == "constable"
    assert owner_of("PKK hideouts") == "PKK"


@pytest.mark.parametrize(("text", "group"), [
    ("On 2 March 2023, four TTP suspects were detained by the CTD in Bannu.", "TTP"),
    ("On 6 May 2022, US-led troops raided a village near Raqqa, killing 9 people.",
     "Military Forces of the United States"),
])
def test_parties_named_through_members_and_leaders(extractor: Extractor, text: str,
                                                   group: str) -> None:
    names = [a.name for r in events_of(extractor, text) for a in r.actors]
    assert any(n.startswith(group) for n in names), names
