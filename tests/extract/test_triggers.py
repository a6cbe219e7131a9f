"""Triggers → PLOVER category and mode, on real headline and news wording."""

from __future__ import annotations

import pytest
from spacy.language import Language

from roydad.extract.triggers import TriggerFinder, load_trigger_specs
from roydad.ontology import load_ontology


def _found(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    finder = TriggerFinder(nlp, list(load_trigger_specs()))
    return [(h.span.text, h.spec.event_type, h.spec.mode) for h in finder.find(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UCDP dev headline
        ("Suicide bombing at southwest Pakistan checkpoint kills 3",
         ("Suicide bombing", "ASSAULT", "suicide-attack")),
        ("Police arrested three men at the border crossing on Saturday.",
         ("arrested", "COERCE", "arrest")),
        ("The foreign ministers met in Doha on Monday.", ("met", "CONSULT", "meet")),
        ("The US Treasury imposed sanctions on two Taliban officials.",
         ("sanctions", "SANCTION", "economic")),
        ("A US drone strike killed the al-Qaeda leader in Kabul.",
         ("drone strike", "ASSAULT", "drone")),
        ("The group pledged allegiance to the Islamic State.",
         ("pledged allegiance", "SUPPORT", "pledge")),
    ],
)
def test_trigger_types(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(nlp, text)


def test_longest_trigger_wins(nlp: Language) -> None:
    found = _found(nlp, "A suicide bombing hit the market.")
    assert ("suicide bombing", "ASSAULT", "suicide-attack") in found
    assert not any(text == "bombing" for text, _, _ in found)


def test_fixed_phrases_are_not_events(nlp: Language) -> None:
    assert _found(nlp, "He suffered a heart attack on Monday.") == []


def test_lexicon_modes_exist_in_ontology() -> None:
    ontology = load_ontology()
    for spec in load_trigger_specs():
        assert spec.event_type in ontology.categories
        assert ontology.is_mode(spec.event_type, spec.mode), spec
