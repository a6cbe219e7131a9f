"""Dates and counts a report establishes once and its later sentences rely on."""

from __future__ import annotations

from datetime import date

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _records(extractor: Extractor, text: str, published: date) -> list[EventRecord]:
    doc = Document(id="note", text=text, pub_date=published, origin="test")
    return next(iter(extractor.extract([doc])))[1]


def test_a_later_sentence_keeps_the_notes_date(extractor: Extractor) -> None:
    text = ("On 2 February 2024, police arrested five men in Quetta. They were accused of "
            "planning attacks on polling stations.")
    records = {r.event_type: r for r in _records(extractor, text, date(2024, 2, 5))}
    for kind in ("COERCE", "ACCUSE"):
        assert (records[kind].date, records[kind].date_precision) == ("2024-02-02", "day")


def test_relative_phrases_count_from_the_date_just_given(extractor: Extractor) -> None:
    text = ("On 2 February 2024, police arrested five men in Quetta. Later the same day, an IED "
            "exploded near a market in the city, injuring a passer-by.")
    blast = next(r for r in _records(extractor, text, date(2024, 2, 5))
                 if r.event_type == "ASSAULT")
    assert blast.date == "2024-02-02"


def test_no_date_is_carried_far_into_an_article(extractor: Extractor) -> None:
    text = ("On 2 February 2024, police arrested five men in Quetta. The province has long been "
            "restive. Its ports draw investors. Its mines draw workers. Separately, a bomb "
            "exploded outside a school in Turbat, wounding three children.")
    blast = next(r for r in _records(extractor, text, date(2024, 2, 5))
                 if r.event_type == "ASSAULT")
    assert blast.date != "2024-02-02"


def test_an_acled_note_with_day_month_year(extractor: Extractor) -> None:
    text = ("Around 6 June 2021 (as reported), Taliban militants attacked a checkpoint in Nawur "
            "district, Ghazni province. Fatalities: 3.")
    record = next(r for r in _records(extractor, text, date(2021, 6, 14))
                  if r.event_type == "ASSAULT")
    assert (record.date, record.date_precision) == ("2021-06-06", "day")
    assert record.fatalities == 3


def test_deaths_told_across_sentences_add_up(extractor: Extractor) -> None:
    text = ("Gunmen shot a journalist and his driver in Kunduz on Friday. The journalist was "
            "killed at the scene. His driver died hours later in hospital.")
    record = next(r for r in _records(extractor, text, date(2023, 3, 6))
                  if r.event_type == "ASSAULT")
    assert record.fatalities == 2


def test_a_rising_toll_raises_the_best_figure(extractor: Extractor) -> None:
    text = ("A car bomb exploded outside a court in Mogadishu on Tuesday, killing 12 people. "
            "By evening the toll had risen to 19, officials said.")
    record = next(r for r in _records(extractor, text, date(2023, 3, 8))
                  if r.event_type == "ASSAULT")
    assert (record.fatalities, record.fatalities_low, record.fatalities_high) == (19, 12, 19)


def test_a_noun_trigger_takes_the_date_of_its_occurrence_verb(extractor: Extractor) -> None:
    for text in (
        "On 5 May 2022, there was an armed clash between Taliban and NRF fighters in Panjshir.",
        "On 5 May 2022, an armed clash took place between two armed groups in Panjshir.",
        "On the night of 5 May 2022, an explosion occurred near a mosque in Kabul.",
    ):
        record = next(r for r in _records(extractor, text, date(2022, 5, 9))
                      if r.event_type == "ASSAULT")
        assert record.date == "2022-05-05", text


def test_a_comment_on_an_event_does_not_date_it(extractor: Extractor) -> None:
    # "on Monday" is when he spoke, not when the explosion happened
    text = "The explosion in Kabul was a tragedy, the minister said on Monday."
    record = next(r for r in _records(extractor, text, date(2022, 5, 11))
                  if r.event_type == "ASSAULT")
    assert record.date_precision != "day"


def test_the_date_framing_a_sentence_dates_its_subject(extractor: Extractor) -> None:
    # the attack is what the sentence reports: its opening date is the attack's
    text = "On 13 July 2021, an attack on a levies checkpoint was reported from Khuzdar."

    record = next(r for r in _records(extractor, text, date(2021, 7, 16))
                  if r.event_type == "ASSAULT")
    assert record.date == "2021-07-13"


def test_a_misread_past_form_still_carries_the_date(extractor: Extractor) -> None:
    # the small model lemmatises "staged" as "stag"
    text = "On 25 April 2021, residents of Guwahati staged a peaceful march against evictions."
    record = next(r for r in _records(extractor, text, date(2021, 4, 27))
                  if r.event_type == "PROTEST")
    assert record.date == "2021-04-25"


def test_a_date_opening_the_sentence_dates_every_mention_in_it(extractor: Extractor) -> None:
    # the grenade is the object of "hurled", no verb of occurrence: the opening date still
    # frames it
    text = ("On 9 March 2022, unknown men hurled a hand grenade into a tea stall in Chaman "
            "(Balochistan). Two customers were hurt.")
    record = next(r for r in _records(extractor, text, date(2022, 3, 11))
                  if r.event_type == "ASSAULT")
    assert record.date == "2022-03-09"


def test_a_comment_day_bounds_the_event_it_comments_on(extractor: Extractor) -> None:
    # the condemnation is Wednesday's; the bombing happened by then, not on publication day
    text = "The governor on Wednesday condemned the bombing of a bus station in Kandahar."
    record = next(r for r in _records(extractor, text, date(2022, 9, 16))  # a Friday
                  if r.event_type == "ASSAULT")
    assert (record.date, record.date_precision) == ("2022-09-14", "week")


def test_the_next_day_counts_once_and_is_another_event(extractor: Extractor) -> None:
    text = ("On 3 June 2023, soldiers clashed with militiamen near Beni (Nord-Kivu). The next "
            "day, the militia retaliated by attacking a village nearby, killing 5 civilians.")
    dates = sorted(r.date or "" for r in _records(extractor, text, date(2023, 6, 6))
                   if r.event_type == "ASSAULT")
    assert dates == ["2023-06-03", "2023-06-04"]
