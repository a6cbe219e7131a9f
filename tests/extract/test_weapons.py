"""The weapon of an event: the trigger's instrument first, else the sentence's most specific
weapon that the event used."""

from __future__ import annotations

from spacy.language import Language

from roydad.extract.lexicon import load_lexicon
from roydad.extract.weapons import weapon_in, weapon_named
from roydad.ontology import load_ontology
from tests.extract.helpers import only


def _weapon(nlp: Language, text: str, word: str | None) -> str | None:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word) if word else None
    sentence = trigger.sent if trigger is not None else next(iter(doc.sents))
    found = weapon_in(sentence, trigger)
    return found.weapon if found is not None else None


def _named(text: str) -> str | None:
    found = weapon_named(text)
    return found.weapon if found is not None else None


def test_the_most_specific_phrase_wins() -> None:
    assert _named("two car bombs") == "car bomb"
    assert _named("a pressure cooker bomb") == "IED"
    assert _named("an improvised explosive device") == "IED"
    assert _named("a handgun equipped with a silencer") == "silenced handgun"
    assert _named("a knife") == _named("knives") == "knife"
    assert _named("an explosion of anger") is None


def test_instrument_of_the_trigger(nlp: Language) -> None:
    assert _weapon(nlp, "He was stabbed with a knife outside his home.", "stabbed") == "knife"
    assert _weapon(nlp, "He was shot dead with a handgun equipped with a silencer.", "shot") == (
        "silenced handgun")
    # the device is the subject of an intransitive 'detonated', the object of a transitive one
    text = ("Major General Vyacheslav Gladkikh died after a roadside IED detonated under a convoy "
            "of Russian soldiers.")
    assert _weapon(nlp, text, "detonated") == "IED"
    text = "By the end of the day, the IRA's Belfast brigade had detonated at least 20 bombs."
    assert _weapon(nlp, text, "detonated") == "bomb"
    text = "A major general was killed in Syria by an improvised explosive device."
    assert _weapon(nlp, text, "killed") == "IED"


def test_instrument_wins_over_a_more_specific_weapon_elsewhere(nlp: Language) -> None:
    # the knife is what the stabbing used; the drone is only mentioned
    text = "The man stabbed a guard with a knife while a drone filmed the scene."
    assert _weapon(nlp, text, "stabbed") == "knife"


def test_a_target_or_a_qualifier_is_no_weapon(nlp: Language) -> None:
    # WikiEvents dev sentence: the drone is what is brought down
    assert _weapon(nlp, "There are loads of different ways to bring down a drone.", "bring") is None
    # a 'bomb squad' and a 'bomb probe' used no bomb; gunmen did the attacking
    text = "A bomb squad was called after gunmen attacked the post."
    assert _weapon(nlp, text, "attacked") == "firearm"
    assert _weapon(nlp, "Kyrgyz national pleads not guilty in Boston bomb probe.", None) is None


def test_weapon_reaches_the_candidate(nlp: Language) -> None:
    cand = only(nlp, "He was shot dead with a handgun equipped with a silencer.", "shot")
    assert cand.weapon == "silenced handgun"


def test_lexicon_modes_are_ontology_modes() -> None:
    ontology = load_ontology()
    for raw in load_lexicon("weapons")["weapons"]:
        assert ontology.is_mode("ASSAULT", raw.get("mode")), raw


def test_military_aircraft_that_struck_are_the_weapon(nlp: Language) -> None:
    doc = nlp("Pakistani military aircraft struck suspected hideouts of the Pakistani Taliban "
              "inside Afghanistan early on Monday, killing eight people.")
    trigger = next(t for t in doc if t.text == "struck")
    found = weapon_in(trigger.sent, trigger)
    assert found is not None and (found.weapon, found.mode) == ("aircraft", "air")
