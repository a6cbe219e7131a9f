"""Casualty counts, on headline and news wording."""

from __future__ import annotations

from spacy.language import Language

from roydad.extract.numbers import Count, casualties, parse_number


def _count(nlp: Language, text: str, kind: str = "dead") -> Count | None:
    return casualties(next(nlp(text).sents), kind)


def test_plain_counts(nlp: Language) -> None:
    # UCDP dev headline
    text = "2 policemen killed, 8 others injured in blast near luxury hotel in Quetta"
    assert _count(nlp, text) == Count(2, 2, 2)
    assert _count(nlp, text, "injured") == Count(8, 8, 8)


def test_number_words_and_shot_dead(nlp: Language) -> None:
    assert _count(nlp, "Two former Afghan generals were shot dead in Tehran.") == Count(2, 2, 2)


def test_bounds(nlp: Language) -> None:
    up_to = _count(nlp, "Up to 126 people have been killed in the fighting, officials said.")
    assert up_to == Count(126, None, 126)
    at_least = _count(nlp, "At least 12 soldiers were killed in the attack.")
    assert at_least == Count(12, 12, None)


def test_killed_or_wounded_is_not_a_death_toll(nlp: Language) -> None:
    combined = _count(nlp, "As many as 50 people were killed or wounded in the blast.")
    assert combined == Count(None, None, 50)
    assert _count(nlp, "At least 50 people were killed or wounded in the blast.") is None


def test_nobody_killed(nlp: Language) -> None:
    assert _count(nlp, "No one was killed in the blast, police said.") == Count(0, 0, 0)


def test_named_victim_counts_one(nlp: Language) -> None:
    text = "Taliban governor Mohammad Dawood Muzammil was killed in an explosion."
    assert _count(nlp, text) == Count(1, 1, 1)


def test_parse_number(nlp: Language) -> None:
    assert parse_number(list(nlp("twenty-five"))) == 25
    assert parse_number(list(nlp("1,200"))) == 1200
    assert parse_number(list(nlp("two hundred"))) == 200
