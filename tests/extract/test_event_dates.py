"""The day an ACLED coder gives an event: the deed's date, not the report's, and an explicit day
of the report rather than the publication day when the parse leaves the event undated
(issue 13, section 4)."""

from __future__ import annotations

from datetime import date

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _records(extractor: Extractor, text: str, published: date) -> list[EventRecord]:
    doc = Document(id="note", text=text, pub_date=published, origin="test")
    return next(iter(extractor.extract([doc])))[1]


def _dates(extractor: Extractor, text: str, published: date, kind: str = "ASSAULT") -> list[str]:
    return [r.date or "" for r in _records(extractor, text, published) if r.event_type == kind]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the report's day hangs on the verb of saying; the deed has its own
        ("KARACHI - Gunmen riding a pickup sprayed a bus stop with bullets late Saturday, "
         "killing four labourers, a police spokesman said on Sunday.", date(2022, 5, 9),
         "2022-05-07"),
        ("Two Levies men were shot dead at a checkpoint near Khuzdar on Thursday, officials "
         "told reporters on Friday.", date(2023, 3, 11), "2023-03-09"),
        ("On 12 July 2021, the rebel spokesman said his men had ambushed a convoy near Beni on "
         "10 July.", date(2021, 7, 13), "2021-07-10"),
    ],
)
def test_the_deed_is_dated_not_its_report(
    extractor: Extractor, text: str, published: date, day: str
) -> None:
    assert _dates(extractor, text, published) == [day]


def test_a_report_date_alone_still_dates_the_deed(extractor: Extractor) -> None:
    text = "On 4 April 2022, the army said its troops had killed three insurgents in Kurram."
    assert _dates(extractor, text, date(2022, 4, 6)) == ["2022-04-04"]


def test_a_report_date_later_in_a_note_gives_way_to_the_notes_day(extractor: Extractor) -> None:
    text = ("On 9 June 2023, Kurdish militants and border guards exchanged fire near Piranshahr. "
            "One guard was killed in the shootout, according to a local outlet on 11 June.")
    assert set(_dates(extractor, text, date(2023, 6, 12))) == {"2023-06-09"}


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a night or a stretch of days is dated by its first day
        ("Overnight on 21-22 March 2023, a drone struck a compound in Mir Ali, killing three "
         "people.", date(2023, 3, 24), "2023-03-21"),
        ("On the night of 8-9 October 2022, unknown men hurled a grenade into a police post in "
         "Pasni.", date(2022, 10, 11), "2022-10-08"),
        ("Between 14 and 16 August 2021, insurgents attacked government forces in Charikar, "
         "killing nine soldiers.", date(2021, 8, 18), "2021-08-14"),
    ],
)
def test_nights_and_ranges_take_their_first_day(
    extractor: Extractor, text: str, published: date, day: str
) -> None:
    assert _dates(extractor, text, published)[:1] == [day]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the parse hangs the weekday on another word ("accused ... on Saturday")
        ("DERA ISMAIL KHAN (AP) - A crowd beat to death a shopkeeper accused of theft in the "
         "old bazaar on Saturday and burned his stall, police said.", date(2022, 9, 5),
         "2022-09-03"),
        # the event's sentence has no date; the note's next sentence gives the day (a trend
        # sentence such as "abductions are rising" is no event: nonevents._trend)
        ("Armed men kidnapped four passengers from a minibus near Carrefour, police said. The "
         "minibus had been stopped on 3 October on the road to the port.", date(2022, 10, 6),
         "2022-10-03"),
    ],
)
def test_an_explicit_day_beats_the_publication_day(
    extractor: Extractor, text: str, published: date, day: str
) -> None:
    records = [r for r in _records(extractor, text, published) if r.acled_event_type]
    assert records
    assert all(r.date == day for r in records)


def test_the_next_day_counts_from_a_day_no_event_carries(extractor: Extractor) -> None:
    text = ("On 2 March 2023, the provincial government closed all colleges in Quetta. "
            "Students protested outside the assembly the next day.")
    assert _dates(extractor, text, date(2023, 3, 6), "PROTEST") == ["2023-03-03"]


def test_an_old_day_nearby_is_not_the_fallback(extractor: Extractor) -> None:
    text = ("Gunmen opened fire on worshippers leaving a mosque in Peshawar. The mosque was "
            "opened to the public on 30 January 2023.")
    shooting = _records(extractor, text, date(2024, 3, 1))[0]
    assert (shooting.date, shooting.date_precision) == ("2024-03-01", "week")
