"""A dateline's date is the report's day, and an "eve" moves the date it governs a day back."""

from __future__ import annotations

from datetime import date

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _records(extractor: Extractor, text: str, published: date) -> list[EventRecord]:
    doc = Document(id="wire", text=text, pub_date=published, origin="test")
    return next(iter(extractor.extract([doc])))[1]


def _date_of(extractor: Extractor, text: str, published: date) -> str | None:
    records = [r for r in _records(extractor, text, published) if r.acled_event_type]
    assert records, text
    return records[0].date


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the lead's weekday dates the deed, not the dateline (published the day after it)
    ("MOSUL, Iraq, May 9 (wire) - Gunmen killed two shepherds near Sinjar on Sunday, a local "
     "official said.", date(2023, 5, 10), "2023-05-07"),
    ("JUBA, Nov. 2 (wire) - Cattle raiders shot dead eleven herders in Jonglei state late on "
     "Tuesday, the governor's office said.", date(2022, 11, 3), "2022-11-01"),
    # a numeric dateline of a translated outlet, the deed told with a night of its own
    ("Kandahar, 14/07/2023 (translated): Unknown men killed a shopkeeper in the city on "
     "Wednesday night.", date(2023, 7, 15), "2023-07-12"),
])
def test_a_dateline_never_dates_a_deed_the_lead_dates(
        extractor: Extractor, text: str, published: date, expected: str) -> None:
    assert _date_of(extractor, text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("BAMAKO, Mali, June 3 (wire) - Jihadists stormed an army post in the centre of the country, "
     "killing four soldiers, the army said.", date(2024, 6, 4), "2024-06-03"),
    ("LAHORE, Sept 20 (wire) - Police baton-charged traders protesting against power tariffs "
     "outside the provincial assembly.", date(2023, 9, 21), "2023-09-20"),
])
def test_an_undated_lead_takes_the_datelines_day(
        extractor: Extractor, text: str, published: date, expected: str) -> None:
    assert _date_of(extractor, text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("On the eve of the referendum on 12 March 2023, gunmen torched a voting centre in "
     "Kisumu.", date(2023, 3, 14), "2023-03-11"),
    ("On the eve of Nowruz celebrations, which began on 21 March 2022, a bomb exploded near a "
     "shrine in Mazar-i-Sharif, wounding seven.", date(2022, 3, 23), "2022-03-20"),
    ("On the eve of Labour Day (1 May), police in Dhaka detained twenty garment workers.",
     date(2024, 5, 3), "2024-04-30"),
])
def test_the_eve_of_a_dated_occasion_is_the_day_before(
        extractor: Extractor, text: str, published: date, expected: str) -> None:
    assert _date_of(extractor, text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the parser leaves "before"/"earlier" outside the date: the count is from the day given
    ("Thousands attended the funeral in Hebron on Monday of a man killed in a police raid on "
     "the town the day before; traders closed their shops.", date(2023, 6, 21), "2023-06-18"),
    ("Hundreds marched in Kano on Saturday behind the coffins of three traders shot dead by "
     "soldiers the day before.", date(2023, 6, 20), "2023-06-16"),
    ("Relatives buried on Monday two boys who had been killed in an air strike on their "
     "village two days earlier.", date(2024, 2, 14), "2024-02-10"),
])
def test_a_count_of_days_with_its_step_word_counts_from_the_day_given(
        extractor: Extractor, text: str, published: date, expected: str) -> None:
    dated = {r.date for r in _records(extractor, text, published) if r.acled_event_type}
    assert expected in dated


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Incident date: 14/02/2024. Province: Kidal. District: Tessalit. Village: Aguelhok. Armed "
     "men attacked a water point, killing a guard.", date(2024, 2, 17), "2024-02-14"),
    ("Date: 3 May 2023. Location: Gao. Summary: gunmen on motorbikes shot dead two traders "
     "at a market.", date(2023, 5, 6), "2023-05-03"),
])
def test_a_headings_day_dates_the_note_below_it(
        extractor: Extractor, text: str, published: date, expected: str) -> None:
    assert _date_of(extractor, text, published) == expected


def test_a_count_from_a_named_event_is_not_a_count_from_the_day_given(
        extractor: Extractor) -> None:
    text = ("On 9 March 2022, students blocked roads and stoned police in Abuja, a month after "
            "the killing of a classmate by a soldier.")
    riots = [r for r in _records(extractor, text, date(2022, 3, 11))
             if r.acled_sub_event_type == "Violent demonstration"]
    assert [r.date for r in riots] == ["2022-03-09"]
