"""Trigger words in their non-event senses, and events put in the future by a noun, on real
sentences (WikiEvents dev) and common news wording."""

from __future__ import annotations

import pytest
from spacy.language import Language

from roydad.extract.certainty import certainty_of
from roydad.extract.triggers import TriggerFinder, load_trigger_specs


def _found(nlp: Language, text: str) -> list[tuple[str, str]]:
    finder = TriggerFinder(nlp, list(load_trigger_specs()))
    return [(h.span.text, h.spec.event_type) for h in finder.find(nlp(text))]


def _certainty(nlp: Language, text: str, trigger: str) -> str:
    finder = TriggerFinder(nlp, list(load_trigger_specs()))
    hits = [h for h in finder.find(nlp(text)) if h.span.text == trigger]
    assert len(hits) == 1
    return certainty_of(hits[0].head, hits[0].head.sent)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # WikiEvents dev
        ("He ordered them, she said, to sign a form pledging to vote Sunday.", "sign"),
        ("FILE - Salman Abedi is seen in this handout photo released, May 27, 2017, from the "
         "Greater Manchester Police.", "released"),
        ("Hundreds of political prisoners are in jail, according to human rights groups.", "jail"),
        ("Of those, 14 have already appeared in court, while 27 arrest warrants have been "
         "issued.", "arrest"),
        ("It also issued a broad travel warning for U.S. citizens.", "warning"),
        ("Maduro told a campaign rally this week.", "rally"),
        ("Venezuela ran mass torture centers.", "torture"),
        ("He said he was refused entry to her trial.", "refused"),
        ("said an official who asked not to be named.", "asked"),
        # common news wording
        ("The officer in charge of security spoke to reporters.", "charge"),
        ("The government vowed to fight corruption.", "fight"),
        ("Oil prices hit a record high on Monday.", "hit"),
        ("The crew shot a documentary in Kabul.", "shot"),
        ("The opposition seized the opportunity.", "seized"),
    ],
)
def test_non_event_senses(nlp: Language, text: str, word: str) -> None:
    assert not any(found == word for found, _ in _found(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides signed a peace deal in Doha.", ("signed", "AGREE")),
        ("Courts dismissed the cases and released the defendants.", ("released", "CONCEDE")),
        ("He was thrown in jail for criticising the king.", ("jail", "COERCE")),
        # WikiEvents dev
        ("The opposition responded by calling for nationwide mobilization, asking citizens to "
         "take to the streets.", ("asking", "REQUEST")),
        ("Asked to point him out, Elliott gestured to the defense table.", ("Asked", "REQUEST")),
        ("She and five other senior staffers refused to sign.", ("refused", "REJECT")),
        ("Gunmen shot a policeman in Quetta.", ("shot", "ASSAULT")),
        ("Troops fought militants in the north.", ("fought", "ASSAULT")),
    ],
)
def test_event_senses_stay(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(nlp, text)


def test_offer_to_act_is_hypothetical(nlp: Language) -> None:
    text = ("If the government of the United States ratifies its offer for the FBI to cooperate "
            "in the investigations, I would accept it.")
    assert _certainty(nlp, text, "cooperate") == "hypothetical"


def test_prospect_of_is_hypothetical(nlp: Language) -> None:
    text = ("Prime Minister Theresa May promised to review Britain’s counter-terrorism strategy, "
            "holding out the prospects of enhanced powers for the security services and longer "
            "jail sentences for extremists.")
    assert _certainty(nlp, text, "jail sentences") == "hypothetical"


def test_attempt_noun_does_not_make_an_attack_hypothetical(nlp: Language) -> None:
    text = ("The FBI may cooperate in the investigations of the August 4 assassination attempt "
            "and terrorist attack.")
    assert _certainty(nlp, text, "attack") == "asserted"


def test_typographic_negation(nlp: Language) -> None:
    assert _certainty(nlp, "“I don’t agree with them.”", "agree") == "negated"
