"""A name followed by a number after a locative preposition is a place, not a date or a count
(roydad.nlp.numbered_places)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _labels(nlp: Language, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the model tags these as dates or leaves the number a count
        ("Police detained two youths in Tabarre 27 late on Friday.", "Tabarre 27"),
        ("Gunmen killed four farmers in Sector 7 of the camp.", "Sector 7"),
        ("Shells fell near Block 9 of the Dadaab camp overnight.", "Block 9"),
        ("Two boys were shot dead at Nazon 4 on Sunday.", "Nazon 4"),
    ],
)
def test_a_numbered_neighbourhood_is_a_place(nlp: Language, text: str, place: str) -> None:
    assert _labels(nlp, text).get(place) == "GPE"


def test_a_date_after_the_number_keeps_its_label(nlp: Language) -> None:
    labels = _labels(nlp, "Militiamen burned houses in Carrefour Feuilles 14 last week.")
    assert labels.get("Carrefour Feuilles 14") == "GPE"
    assert labels.get("last week") == "DATE"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The raid took place in June 2021 near the border.", "June 2021"),
        ("Clashes broke out on Monday 12 May in the capital.", "Monday 12 May"),
        ("He was charged under Article 9 in 2019.", "2019"),
        ("The ceasefire collapsed in Phase 2 of the talks.", None),
    ],
)
def test_months_laws_and_stages_are_no_places(nlp: Language, text: str,
                                               kept: str | None) -> None:
    labels = _labels(nlp, text)
    assert "GPE" not in labels.values()
    if kept is not None:
        assert kept in labels


def test_a_day_after_a_town_stays_a_date(nlp: Language) -> None:
    labels = _labels(nlp, "Rangers kill three suspects in Hyderabad 7 April")
    assert labels.get("Hyderabad") == "GPE" and "Hyderabad 7" not in labels
