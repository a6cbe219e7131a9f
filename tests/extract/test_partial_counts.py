"""Deaths told as parts: a number of a group named after it ("shot dead four of them") takes
the group's side, so that the dead of both sides add; groups named "among the dead" count as a
lower bound; headline passives ("hacked to death", "found shot dead") count their victim."""

from __future__ import annotations

import pytest
from spacy.language import Language

from roydad.extract.numbers import Count, casualties, spread


def _doc_count(nlp: Language, text: str) -> Count | None:
    counts = [c for s in nlp(text).sents if (c := casualties(s, "dead")) is not None]
    return spread(counts) if counts else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raiders overran a border post at dawn, killing three guards. Soldiers chased the "
         "raiders and shot dead four of them.", 7),
        ("Gunmen ambushed a bus, killing two passengers. Two of the gunmen were later killed "
         "by villagers.", 4),
    ],
)
def test_a_part_of_the_attackers_adds_to_the_others(nlp: Language, text: str,
                                                    expected: int) -> None:
    count = _doc_count(nlp, text)
    assert count is not None and count.value == expected


def test_a_part_of_the_victims_restated_does_not_add(nlp: Language) -> None:
    text = ("Gunmen fired on a wedding party, killing five guests. Two of them were children.")
    count = _doc_count(nlp, text)
    assert count is not None and count.value == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the dead were two nurses and a watchman.", Count(3, 3, None)),
        ("Four pupils among dead in school blast", Count(4, 4, None)),
        ("A teacher was among the dead.", Count(1, 1, None)),
    ],
)
def test_the_named_dead_are_a_lower_bound(nlp: Language, text: str, expected: Count) -> None:
    assert casualties(next(nlp(text).sents), "dead") == expected


def test_a_toll_stands_over_the_named_dead(nlp: Language) -> None:
    text = "The blast killed nine people. Among the dead were two nurses and a watchman."
    count = _doc_count(nlp, text)
    assert count is not None and count.value == 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shopkeeper hacked to death in market town", 1),
        ("Two herders found shot dead near river", 2),
        ("Pastor found hacked to death at home", 1),
    ],
)
def test_a_headline_passive_counts_its_victim(nlp: Language, text: str, expected: int) -> None:
    count = casualties(next(nlp(text).sents), "dead")
    assert count is not None and count.value == expected
