"""A day written with a time of day on the event's own subject, and the day of force used on a
protest that the report tells without one (roydad.extract.events, roydad.extract.protest_force).
The sentences were written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _records(extractor: Extractor, text: str, published: date) -> list[EventRecord]:
    doc = Document(id="note", text=text, pub_date=published, origin="test")
    return next(iter(extractor.extract([doc])))[1]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("LAHORE, Jan 9 (AP) - Police arrested eleven men over the bombing of a bus terminal, "
         "officials said on Tuesday. The explosion on Sunday evening killed four passengers.",
         date(2024, 1, 9), "2024-01-07"),
        ("BAMAKO (Reuters) - Soldiers detained a mayor over the ambush, a spokesman said on "
         "Friday. The attack on Wednesday morning killed nine traders near Segou.",
         date(2023, 6, 16), "2023-06-14"),
        ("The blast on Monday night wrecked a checkpoint in Kirkuk and killed two policemen, "
         "officials said on Thursday.", date(2022, 10, 27), "2022-10-24"),
    ],
)
def test_a_day_on_the_events_subject_with_a_time_of_day_dates_it(
        extractor: Extractor, text: str, published: date, day: str) -> None:
    violent = [r for r in _records(extractor, text, published) if r.event_type == "ASSAULT"]
    assert violent and violent[0].date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("NAIROBI (Reuters) - Police opened fire on demonstrators in Kisumu on Saturday "
         "afternoon, killing one, a rights group said on Monday. Protests over taxes have "
         "spread across the country.", date(2024, 7, 1), "2024-06-29"),
        ("DHAKA (AP) - Police fired on garment workers in Gazipur on Tuesday night, killing "
         "two, unions said on Thursday. Demonstrations for higher wages continue.",
         date(2023, 11, 2), "2023-10-31"),
    ],
)
def test_force_on_a_protest_gives_the_protest_its_day(
        extractor: Extractor, text: str, published: date, day: str) -> None:
    protests = [r for r in _records(extractor, text, published) if r.event_type == "PROTEST"]
    assert protests and protests[0].date == day


@pytest.mark.parametrize(
    ("text", "published", "days"),
    [
        # the clause "N days after ..." tells an earlier happening of its own
        ("KANO (Reuters) - Gunmen killed a village head near Kano on Thursday, two days after "
         "bandits abducted thirty farmers in the same district.", date(2022, 8, 19),
         {"2022-08-18", "2022-08-16"}),
        ("GAZA (AP) - An air strike flattened a house in Rafah on Saturday, a week after "
         "a drone killed three fishermen off the coast.", date(2023, 11, 20),
         {"2023-11-18", "2023-11-11"}),
        # the clause gives its own day: that day, not the count
        ("Police detained four students in Dhaka on Friday, a day before protesters "
         "torched a bus in Chittagong on 6 May.", date(2022, 5, 9),
         {"2022-05-06"}),
    ],
)
def test_a_clause_counted_from_the_main_event_is_dated_from_it(
        extractor: Extractor, text: str, published: date, days: set[str]) -> None:
    found = {r.date for r in _records(extractor, text, published)}
    assert days <= found
