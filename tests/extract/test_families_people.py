"""Families of words that are events only through whom they act on: people carried off,
flogged or thrashed, suspects captured by the state, weapons handed in (families.yaml)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.helpers import candidates


def _found(nlp: Language, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.event_type, c.mode, c.acled_sub) for c in candidates(nlp, text)]


def test_people_carried_off_are_abducted(nlp: Language) -> None:
    text = "Armed men carried off six herders from a camp near Kaura Namoda."
    assert ("ASSAULT", "abduct", None) in _found(nlp, text)


def test_suspects_captured_by_soldiers_are_arrested(nlp: Language) -> None:
    text = "Soldiers captured 14 suspected gang members during a raid in Esmeraldas."
    assert ("COERCE", "arrest", None) in _found(nlp, text)


def test_a_public_flogging_of_people_is_an_assault(nlp: Language) -> None:
    text = "Taliban officials flogged two women in a stadium in Ghazni for leaving home alone."
    assert ("ASSAULT", "primitive", None) in _found(nlp, text)


def test_villagers_who_thrash_suspects_are_a_mob(nlp: Language) -> None:
    text = "Villagers thrashed three men they accused of stealing goats near Gaya."
    assert ("PROTEST", "riot", "Mob violence") in _found(nlp, text)


@pytest.mark.parametrize("text", [
    "The home side thrashed their rivals 5-1 in Kano on Saturday.",
    "The minister whipped up support for the bill before the vote.",
    "The volunteers carried off the prize for the best float.",
])
def test_the_same_words_without_people_hit_are_no_event(nlp: Language, text: str) -> None:
    assert not [f for f in _found(nlp, text) if f[0] == "ASSAULT"]


def test_weapons_handed_in_on_a_particle_are_a_surrender(nlp: Language) -> None:
    text = "Forty fighters of a local militia handed in their rifles to the army in Fizi."
    assert ("CONCEDE", "surrender", "Change to group/activity") in _found(nlp, text)
