"""The place-and-province notation of ACLED-style notes (nlp/noted_places.py)."""

from __future__ import annotations

from spacy.language import Language


def _places(nlp: Language, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "GPE"]


def test_a_town_run_into_its_province_becomes_two_places(nlp: Language) -> None:
    # the model reads "Sukkur (Sindh" as one organisation, or the town as a person
    text = "On 3 May 2022, police and dacoits exchanged fire in the katcha area of Ghotki (Sindh)."
    assert _places(nlp, text)[-2:] == ["Ghotki", "Sindh"]
    text = "On 8 June 2021, militants ambushed a convoy near Spinwam (North Waziristan)."
    assert _places(nlp, text)[-2:] == ["Spinwam", "North Waziristan"]


def test_a_quarter_before_the_town_is_a_place_too(nlp: Language) -> None:
    text = "On 2 March 2023, a shopkeeper was shot dead in Orangi Town, Karachi (Sindh)."
    assert _places(nlp, text)[-3:] == ["Orangi Town", "Karachi", "Sindh"]


def test_acronyms_actors_and_agencies_in_brackets_are_left_alone(nlp: Language) -> None:
    doc = nlp("The Balochistan Liberation Army (BLA) claimed the attack, Reuters (Quetta) said.")
    assert "Balochistan Liberation Army" not in [e.text for e in doc.ents if e.label_ == "GPE"]
    assert "BLA" not in [e.text for e in doc.ents if e.label_ == "GPE"]


def test_a_hyphenated_town_stays_whole(nlp: Language) -> None:
    text = "On 4 April 2023, a drone hit an oil depot in Rostov-on-Don (Rostov)."
    assert _places(nlp, text)[-2:] == ["Rostov-on-Don", "Rostov"]


def test_a_parenthesis_that_names_the_unit_still_holds_the_province(nlp: Language) -> None:
    # the unit word (oblast, department) stays outside the name of the province
    text = "On 9 June 2024, a missile struck a warehouse in Pavlohrad (Dnipropetrovsk oblast)."
    assert _places(nlp, text)[-2:] == ["Pavlohrad", "Dnipropetrovsk"]
    text = "On 2 July 2023, armed men burned a clinic in Hinche (Centre department)."
    assert _places(nlp, text)[-2:] == ["Hinche", "Centre"]


def test_a_chain_of_units_in_a_parenthesis_gives_each_name(nlp: Language) -> None:
    text = ("On 4 May 2023, militants raided Tourou (Mayo-Tsanaga department, Far North "
            "region) at night.")
    assert _places(nlp, text)[-3:] == ["Tourou", "Mayo-Tsanaga", "Far North"]


def test_a_parenthesis_that_ends_in_no_known_province_is_left_alone(nlp: Language) -> None:
    text = "The rebels met in Kigoma (the old depot, north side) on Tuesday."
    assert not {"the old depot", "north side"} & set(_places(nlp, text))
