"""Charges and investigations named as a standing state (extract/proceedings.py), and trigger
participles that name a weapon's part or a document (`part_heads`, `thing_heads`)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from roydad.extract.triggers import TriggerFinder, load_trigger_specs


def _found(nlp: Language, text: str) -> list[tuple[str, str]]:
    finder = TriggerFinder(nlp, list(load_trigger_specs()))
    return [(h.span.text, h.spec.event_type) for h in finder.find(nlp(text))]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # what a trial, a term or a defendant waits on or faces
        ("The former governor remains in custody in Lahore awaiting trial on corruption "
         "charges.", "charges"),
        ("The smuggler faces up to fifteen years in prison for the bribery charge.", "charge"),
        ("She could serve a decade in jail on the fraud charges, her lawyer said.", "charges"),
        # a proceeding under way that someone hampers or lies to
        ("A clerk was fined for lying to auditors in a customs investigation.", "investigation"),
        ("The minister was accused of obstructing the inquiry into the fire.", "inquiry"),
        ("Two aides are suspected of hampering the probe into the missing funds.", "probe"),
        # a trigger participle naming a weapon's part or a document
        ("Engineers recovered a firing mechanism and two batteries from the car.", "firing"),
        ("Soldiers found wires and a detonating switch hidden in a sack of flour.", "detonating"),
    ],
)
def test_no_event_in_the_word(nlp: Language, text: str, word: str) -> None:
    assert not any(found == word for found, _ in _found(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a proceeding brought, opened or answered is an act of its own
        ("Prosecutors in Nairobi filed charges against three police officers on Monday.",
         ("charges", "ACCUSE")),
        ("The interior ministry opened an investigation into the shooting of a student.",
         ("investigation", "ACCUSE")),
        ("The mayor pleaded not guilty to charges of bribery.", ("charges", "ACCUSE")),
        ("An investigation was launched after the riot.", ("investigation", "ACCUSE")),
        # a bomb that goes off still does
        ("A roadside bomb detonated under a police truck near Kirkuk.", ("detonated", "ASSAULT")),
    ],
)
def test_the_act_stays(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(nlp, text)
