"""Names written with their unit or their province (nlp/unit_places.py): the unit word or the
province after a locative preposition makes the name a place, whatever the model made of it."""

from __future__ import annotations

from spacy.language import Language


def _places(nlp: Language, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ in ("GPE", "LOC")]


def test_a_name_before_its_unit_word_is_a_place(nlp: Language) -> None:
    assert "Dansadau" in _places(
        nlp, "On 9 May 2023, gunmen stormed a mosque in Dansadau town, Maru LGA, Zamfara state.")
    assert "Sadda" in _places(nlp, "On 14 July 2023, a landmine killed two shepherds in "
                                   "Kurram's Sadda tehsil.")
    assert "Maru" in _places(nlp, "Bandits abducted nine traders on a road in Maru LGA.")


def test_directions_and_words_of_government_are_not_names(nlp: Language) -> None:
    places = _places(nlp, "Officials of the Police district office in the Northern district "
                          "met elders.")
    assert "Police" not in places and "Northern" not in places


def test_a_name_then_its_province_after_a_locative_preposition(nlp: Language) -> None:
    assert "Spera" in _places(nlp, "Two soldiers died when militants attacked a post in Spera, "
                                   "Khost on Tuesday.")
    assert "Tarin Kot" in _places(nlp, "On 4 May 2023, a bomb went off near a market in Tarin "
                                       "Kot, Uruzgan, wounding three.")


def test_a_name_the_model_read_as_a_place_only_in_part_becomes_whole(nlp: Language) -> None:
    text = "On 3 April 2023, gunmen killed five herders in Haro Limmu woreda on Monday."
    assert "Haro Limmu" in _places(nlp, text)
