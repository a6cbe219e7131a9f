"""Party words that refer back across sentences in short news windows (extract/window_antecedents).

Texts are written for these tests in the style of wire reports; none is from a dev set.
"""

from __future__ import annotations

from roydad.extract.pipeline import Extractor
from tests.extract.helpers import events_of, with_trigger


def _actors(extractor: Extractor, text: str, trigger: str) -> list[tuple[str, str]]:
    record = with_trigger(events_of(extractor, text), trigger)
    return [(a.text, a.name) for a in record.actors if a.role == "actor"]


def test_the_militants_are_the_armed_group_named_two_sentences_before(
        extractor: Extractor) -> None:
    text = ("Members of the PKK have struck supply routes in the region for years, officials "
            "said. The roads carry fuel to army bases along the border. On Tuesday the "
            "militants ambushed a fuel convoy near Semdinli.")
    found = _actors(extractor, text, "ambushed")
    assert any(text == "militants" and "PKK" in name for text, name in found), found


def test_its_fighters_belong_to_the_group_not_to_the_witnesses(extractor: Extractor) -> None:
    text = ("The Allied Democratic Forces have been blamed for a string of massacres in the "
            "east. Its fighters raided a farming village near Oicha overnight, residents said.")
    found = _actors(extractor, text, "raided")
    assert found and all("residents" not in name.lower() for _, name in found), found
    assert any("ADF" in name for _, name in found), found


def test_they_is_the_subject_of_the_sentence_before(extractor: Extractor) -> None:
    text = ("The bandits rode into the market on motorbikes shortly after noon. They shot "
            "three traders and set fire to a row of stalls.")
    found = _actors(extractor, text, "shot")
    assert ("They", "bandits") in found or any(
        text == "They" and "Unidentified" in name for text, name in found), found


def test_they_is_not_the_single_witness_who_tells_it(extractor: Extractor) -> None:
    text = ("Armed men surrounded the hamlet before dawn on Sunday. They shot two herders "
            "near the well, a witness told a local radio station.")
    found = _actors(extractor, text, "shot")
    assert found and all("witness" not in (t + n).lower() for t, n in found), found


def test_an_aid_agency_named_before_is_no_antecedent_of_the_militants(
        extractor: Extractor) -> None:
    text = ("The United Nations said the camp near Kaga Bandoro had been hit twice this month. "
            "On Friday the militants shelled it again, killing a nurse.")
    found = _actors(extractor, text, "killing")
    assert all("United Nations" not in name for _, name in found), found


def test_fighters_loyal_to_a_named_group_are_the_groups(extractor: Extractor) -> None:
    text = "Fighters loyal to the Houthis shelled a market in Taiz on Friday night."
    found = _actors(extractor, text, "shelled")
    assert any("Houthi" in name for _, name in found), found


def test_militants_from_a_country_stay_unnamed(extractor: Extractor) -> None:
    text = "Militants from Syria attacked a border post near Kilis on Monday."
    found = _actors(extractor, text, "attacked")
    assert found and all("Syria" not in name or "Unidentified" in name
                         for _, name in found), found


def test_he_is_not_a_thing_the_sentence_before_was_about(extractor: Extractor) -> None:
    text = ("The night curfew on the port district was lifted last month. He was arrested at a "
            "checkpoint near the fish market on Sunday.")
    record = with_trigger(events_of(extractor, text), "arrested")
    assert all("curfew" not in (a.text + a.name).lower() for a in record.actors), record.actors
