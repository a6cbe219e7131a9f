"""Explicit calendar dates become one whole DATE entity (roydad.nlp.dates)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _dates(nlp: Language, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "DATE"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the small model gives "June 2021" and "2022": the day and the month were lost
        ("Around 6 June 2021 (as reported), militants attacked a checkpoint in Ghazni.",
         "6 June 2021"),
        ("On 29 Apr 2022, security forces clashed with militants in Bannu.", "29 Apr 2022"),
        ("On Sept. 14, 2019, drones struck two oil facilities.", "Sept. 14, 2019"),
        # Solar Hijri dates written out in English, as translated Afghan and Iranian outlets do
        ("On 3 Farvardin 1402, gunmen killed two border guards in Saravan.", "3 Farvardin 1402"),
        ("On the 25th of Asad 1400, fighters took the district centre.", "the 25th of Asad 1400"),
    ],
)
def test_written_dates_are_whole(nlp: Language, text: str, date: str) -> None:
    assert date in _dates(nlp, text)


def test_a_longer_span_of_the_model_is_kept(nlp: Language) -> None:
    dates = _dates(nlp, "The blast happened on the night of 4 May 2021, police said.")
    assert any("4 May 2021" in d for d in dates)


def test_names_and_verbs_are_not_dates(nlp: Language) -> None:
    # a Solar Hijri month name alone is a name; "may" before a number is a verb
    assert not _dates(nlp, "Bashar al-Asad met envoys in Damascus.")
    assert _dates(nlp, "Officials said the toll may 2 reach higher.") == []


def test_a_day_number_is_no_longer_a_count(nlp: Language) -> None:
    doc = nlp("On 3 Farvardin 1402, gunmen killed two border guards in Saravan.")
    assert "3" not in [e.text for e in doc.ents if e.label_ == "CARDINAL"]


def test_a_part_of_a_solar_hijri_day_is_one_date(nlp: Language) -> None:
    text = "Armed men killed a former prosecutor in Mazar on the evening of 18 Jawza 1402."
    assert "the evening of 18 Jawza 1402" in _dates(nlp, text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Between 14 and 16 August 2021, insurgents fought for Charikar.",
         "Between 14 and 16 August 2021"),
        ("From 30 May to 2 June, curfew was imposed in Kurram.", "From 30 May to 2 June"),
        ("Fighting went on between March 3 and 5, 2020 near Idlib.", "between March 3 and 5, 2020"),
        ("Drones hit Odesa on the night of 16/17 July 2023.", "the night of 16/17 July 2023"),
    ],
)
def test_written_ranges_are_whole(nlp: Language, text: str, date: str) -> None:
    assert date in _dates(nlp, text)



@pytest.mark.parametrize(
    ("text", "date"),
    [
        # numeric dates the small model tags as a place or a count
        ("Gunmen shot a tax collector in Chaman on 9/5/2023, officials said.", "9/5/2023"),
        ("Rockets struck a fuel depot near Kramatorsk on 17.08.2022.", "17.08.2022"),
        ("A court heard that the convoy was ambushed on 28/11/2021 outside Garissa.",
         "28/11/2021"),
        ("Protesters stormed the district office in Sylhet on 21-10-2023.", "21-10-2023"),
        ("The governor said the drone fell near Erbil on 2023/02/19.", "2023/02/19"),
        ("Taliban police beat two barbers in Herat on 1402/07/11, residents said.",
         "1402/07/11"),
        # a Solar Hijri day without its year, after "on"
        ("Agents detained a student activist in Mashhad on 12 Aban and took him away.",
         "12 Aban"),
        ("Taliban gunmen beat a shopkeeper in Khost on the 9th of Qaws.", "the 9th of Qaws"),
        # a day of the month alone
        ("Residents said the raid on Dangote street began on the 23rd, before sunrise.",
         "the 23rd"),
        ("Drones struck the oil terminal on the night of the 6th; two tanks burned.",
         "the night of the 6th"),
    ],
)
def test_numeric_yearless_and_ordinal_days_are_dates(nlp: Language, text: str, date: str
                                                     ) -> None:
    assert date in [e.text for e in nlp(text).ents if e.label_ in ("DATE", "TIME")]


@pytest.mark.parametrize(
    "text",
    [
        "The 19th Division marched past the 14th century fort.",
        "It was the 3rd such raid on the 2nd floor of the building.",
        "Voters chose Asad Qaiser over 12 rivals in the race on 4 Mehr Street.",
    ],
)
def test_ordinals_of_other_things_are_no_days(nlp: Language, text: str) -> None:
    found = [e.text for e in nlp(text).ents if e.label_ == "DATE"]
    assert not any(t in found for t in ("the 19th", "the 14th", "the 3rd", "the 2nd", "4 Mehr"))
