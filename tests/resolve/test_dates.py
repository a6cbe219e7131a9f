"""Tests for roydad.resolve.dates: one group per expression class, each with a fixed pub date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from roydad.resolve import dates, hijri
from roydad.resolve.dates import ResolvedDate, resolve_date

WED = date(2025, 9, 17)  # a Wednesday
ANCHOR = date(2025, 9, 10)


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    # Results are cached per (text, pub, anchor); tests that patch dateparser need a cold cache.
    dates._resolve.cache_clear()
    yield
    dates._resolve.cache_clear()


def span(text: str, pub: date | None = WED, anchor: date | None = None) -> tuple[object, ...]:
    r = resolve_date(text, pub, anchor=anchor)
    return (None,) if r is None else (r.start, r.end, r.precision)


def test_result_keeps_the_source_words() -> None:
    assert resolve_date("  on Monday, ", WED) == ResolvedDate(date(2025, 9, 15), None, "day",
                                                            "on Monday")


@pytest.mark.parametrize(("text", "expected"), [
    ("on Monday", date(2025, 9, 15)),
    ("Monday", date(2025, 9, 15)),
    ("on Tuesday night", date(2025, 9, 16)),
    ("early Monday", date(2025, 9, 15)),
    ("Saturday's attack", date(2025, 9, 13)),
    ("Thursday", date(2025, 9, 11)),  # the past Thursday, never the coming one
    ("on Wednesday", WED),  # a report's own weekday is that day
    ("last Wednesday", date(2025, 9, 10)),
    ("on Monday last week", date(2025, 9, 8)),
])
def test_weekdays_resolve_to_the_past(text: str, expected: date) -> None:
    assert span(text) == (expected, None, "day")


@pytest.mark.parametrize(("text", "expected"), [
    ("yesterday", date(2025, 9, 16)),
    ("today", WED),
    ("last night", date(2025, 9, 16)),
    ("around midnight last night", date(2025, 9, 16)),
    ("this morning", WED),
    ("the day before yesterday", date(2025, 9, 15)),
])
def test_days_relative_to_publication(text: str, expected: date) -> None:
    assert span(text) == (expected, None, "day")


def test_weeks() -> None:
    assert span("last week") == (date(2025, 9, 8), None, "week")  # Monday of the previous week
    assert span("this week") == (date(2025, 9, 15), None, "week")
    assert span("earlier this week") == (date(2025, 9, 15), WED, "week")
    assert span("recent days") == (date(2025, 9, 10), WED, "week")
    assert span("in recent days") == (date(2025, 9, 10), WED, "week")
    assert span("the past week") == (date(2025, 9, 10), WED, "week")
    assert span("two weeks ago") == (date(2025, 9, 3), None, "week")


def test_weekend_is_the_last_saturday_and_sunday() -> None:
    assert span("over the weekend") == (date(2025, 9, 13), date(2025, 9, 14), "day")
    assert span("the weekend", date(2025, 9, 13)) == (date(2025, 9, 13), date(2025, 9, 13), "day")


def test_months() -> None:
    assert span("in October", date(2025, 11, 3)) == (date(2025, 10, 1), None, "month")
    assert span("in October") == (date(2024, 10, 1), None, "month")  # not next month
    assert span("in October this year") == (date(2025, 10, 1), None, "month")
    assert span("December of this year") == (date(2025, 12, 1), None, "month")
    assert span("October last year") == (date(2024, 10, 1), None, "month")
    assert span("last October", date(2025, 10, 20)) == (date(2024, 10, 1), None, "month")
    assert span("in September") == (date(2025, 9, 1), None, "month")
    assert span("earlier this month") == (date(2025, 9, 1), WED, "month")
    assert span("this month") == (date(2025, 9, 1), None, "month")
    assert span("last month") == (date(2025, 8, 1), None, "month")
    assert span("MARCH 2017") == (date(2017, 3, 1), None, "month")
    assert span("19 months ago") == (date(2024, 2, 1), None, "month")


def test_early_mid_late_narrow_the_unit() -> None:
    assert span("early 2017") == (date(2017, 1, 1), date(2017, 4, 30), "year")
    assert span("late 2017") == (date(2017, 9, 1), date(2017, 12, 31), "year")
    assert span("the end of 1972") == (date(1972, 9, 1), date(1972, 12, 31), "year")
    assert span("mid-October 2020") == (date(2020, 10, 11), date(2020, 10, 20), "month")
    assert span("early October", date(2025, 11, 3)) == (
        date(2025, 10, 1), date(2025, 10, 10), "month")


def test_years() -> None:
    assert span("in 2017") == (date(2017, 1, 1), None, "year")
    assert span("last year") == (date(2024, 1, 1), None, "year")
    assert span("earlier this year") == (date(2025, 1, 1), WED, "year")
    assert span("two years ago") == (date(2023, 1, 1), None, "year")
    assert span("since 2017") == (date(2017, 1, 1), WED, "year")


def test_seasons() -> None:
    assert span("the summer of 2021") == (date(2021, 6, 1), date(2021, 8, 31), "month")
    assert span("winter of 2021") == (date(2020, 12, 1), date(2021, 2, 28), "month")
    assert span("last summer") == (date(2025, 6, 1), date(2025, 8, 31), "month")
    assert span("last summer", date(2025, 7, 10)) == (
        date(2024, 6, 1), date(2024, 8, 31), "month")
    assert span("the fall of Kabul") == (None,)


def test_look_back_spans() -> None:
    assert span("over the past three months") == (date(2025, 6, 17), WED, "month")
    assert span("the last nine months") == (date(2024, 12, 17), WED, "month")
    assert span("the past 24 hours") == (date(2025, 9, 16), WED, "day")
    assert span("the past few days") == (date(2025, 9, 10), WED, "week")


@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("between March 3 and 5", WED, (date(2025, 3, 3), date(2025, 3, 5), "day")),
    ("3-5 March 2021", WED, (date(2021, 3, 3), date(2021, 3, 5), "day")),
    ("from March 3 to April 5, 2021", WED, (date(2021, 3, 3), date(2021, 4, 5), "day")),
    ("between December 28 and January 3", date(2025, 1, 10),
     (date(2024, 12, 28), date(2025, 1, 3), "day")),
    ("2005-2006", WED, (date(2005, 1, 1), date(2006, 12, 31), "year")),
    ("between June 1975 and February 1976", WED, (date(1975, 6, 1), date(1976, 2, 29), "month")),
])
def test_ranges(text: str, pub: date, expected: tuple[object, ...]) -> None:
    assert span(text, pub) == expected


@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("on October 18, 2018", WED, date(2018, 10, 18)),
    ("18 October 2018", WED, date(2018, 10, 18)),
    ("the 15th of October, 2018", WED, date(2018, 10, 15)),
    ("Oct. 18", WED, date(2024, 10, 18)),  # yearless and after pub: last year's
    ("Oct. 18", date(2025, 10, 17), date(2025, 10, 18)),  # one day of time-zone grace
    ("Oct. 18", date(2025, 10, 16), date(2024, 10, 18)),
    ("on Monday, September 15", WED, date(2025, 9, 15)),
    ("Friday, September 15", WED, date(2025, 9, 15)),  # wrong weekday: trust the date
    ("July 30th", WED, date(2025, 7, 30)),
    ("18 Oct '18", WED, date(2018, 10, 18)),
    ("2025-09-15", WED, date(2025, 9, 15)),
    ("15/09/2025", WED, date(2025, 9, 15)),
    ("15.09.2025", WED, date(2025, 9, 15)),
    ("5.30 p.m. Monday", WED, date(2025, 9, 15)),
    ("03/04/2025", WED, date(2025, 4, 3)),  # ambiguous: day first
    ("09/04/2025", date(2025, 4, 5), date(2025, 4, 9)),  # ...unless that is after pub
    ("the 15th", date(2013, 4, 20), date(2013, 4, 15)),
    ("Christmas", WED, date(2024, 12, 25)),
    ("October 18, 2018", None, date(2018, 10, 18)),  # explicit dates need no pub date
])
def test_calendar_dates(text: str, pub: date | None, expected: date) -> None:
    assert span(text, pub) == (expected, None, "day")


@pytest.mark.parametrize(("text", "pub", "expected"), [
    # Phrases from /work/shared/data/dev (WikiEvents and UCDP GED), with their pub dates.
    ("Saturday’s attack", date(2017, 6, 5), (date(2017, 6, 3), None, "day")),
    ("the May 22 concert bombing", date(2017, 6, 5), (date(2017, 5, 22), None, "day")),
    ("early Monday", date(2017, 6, 5), (date(2017, 6, 5), None, "day")),
    ("last year's deadly blast", date(2014, 7, 21), (date(2013, 1, 1), None, "year")),
    ("three days after April 15, 2013, bombing", date(2014, 7, 21),
     (date(2013, 4, 18), None, "day")),
    ("April 18, 2013.Matanov", date(2014, 6, 4), (date(2013, 4, 18), None, "day")),
    ("Pakistan police kill five terrorists in Karachi 5 March", date(2016, 3, 6),
     (date(2016, 3, 5), None, "day")),
    ("09 October", date(2020, 11, 3), (date(2020, 10, 9), None, "day")),
    ("16 December", date(2020, 12, 30), (date(2020, 12, 16), None, "day")),
    ("Pakistan police say 2016 hospital attack", date(2017, 10, 13),
     (date(2016, 1, 1), None, "year")),
    ("January 2018The", date(2018, 6, 1), (date(2018, 1, 1), None, "month")),
])
def test_dev_data_phrases(text: str, pub: date, expected: tuple[object, ...]) -> None:
    assert span(text, pub) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the next day", ANCHOR + timedelta(days=1)),
    ("the following morning", ANCHOR + timedelta(days=1)),
    ("a day after", ANCHOR + timedelta(days=1)),
    ("two days later", ANCHOR + timedelta(days=2)),
    ("4 p.m. two days later", ANCHOR + timedelta(days=2)),
    ("the day before", ANCHOR - timedelta(days=1)),
    ("hours later", ANCHOR),
    ("later that day", ANCHOR),
    ("that night", ANCHOR),
    ("One minute later", ANCHOR),
    ("36 hours later", ANCHOR + timedelta(days=1)),
    ("around 4:30 p.m.", ANCHOR),
])
def test_anchor_relative(text: str, expected: date) -> None:
    assert span(text, WED, ANCHOR) == (expected, None, "day")
    assert span(text, WED) == (None,)  # no anchor, no date: pub is the wrong reference


def test_anchor_relative_coarser_units() -> None:
    assert span("a week later", WED, ANCHOR) == (date(2025, 9, 17), None, "week")
    assert span("the following week", WED, ANCHOR) == (date(2025, 9, 15), None, "week")
    assert span("one year before", WED, ANCHOR) == (date(2024, 1, 1), None, "year")
    assert span("Days later", WED, ANCHOR) == (date(2025, 9, 11), date(2025, 9, 17), "week")


@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("18 Hamal 1402", WED, date(2023, 4, 7)),
    ("1 Farvardin 1402", WED, date(2023, 3, 21)),
    ("1 Farvardin 1403", WED, date(2024, 3, 20)),
    ("1 Farvardin 1399", WED, date(2020, 3, 20)),
    ("24 Asad 1400", WED, date(2021, 8, 15)),  # the fall of Kabul
    ("22 Bahman 1357", WED, date(1979, 2, 11)),
    ("1 Dey 1402", WED, date(2023, 12, 22)),
    ("18 Saur 1402", WED, date(2023, 5, 8)),
    ("Hamal 18, 1402", WED, date(2023, 4, 7)),
    ("30 Esfand 1403", WED, date(2025, 3, 20)),  # 1403 is a leap year
    ("on 24 Asad", WED, date(2025, 8, 15)),  # no year: the latest one up to pub
    ("5 Mehr", WED, date(2024, 9, 26)),  # 5 Mehr 1404 is after pub
    ("Nowruz", WED, date(2025, 3, 21)),
])
def test_solar_hijri_dates(text: str, pub: date, expected: date) -> None:
    assert span(text, pub) == (expected, None, "day")


def test_solar_hijri_month_is_a_gregorian_window() -> None:
    assert span("Jawza 1401") == (date(2022, 5, 22), date(2022, 6, 21), "month")
    assert span("in Hoot 1402") == (date(2024, 2, 20), date(2024, 3, 19), "month")


@pytest.mark.parametrize("text", ["30 Esfand 1402", "Asad", "Bashar al-Asad", "Hut", "1 Day 1402"])
def test_solar_hijri_non_dates(text: str) -> None:
    assert span(text) == (None,)


def test_hijri_arithmetic_round_trips() -> None:
    day = hijri.to_gregorian(1300, 1, 1)
    for _ in range(365 * 200):
        year = hijri.year_of(day)
        assert hijri.nowruz(year) <= day < hijri.nowruz(year + 1)
        day += timedelta(days=1)
    assert [y for y in range(1395, 1410) if hijri.is_leap(y)] == [1395, 1399, 1403, 1408]
    with pytest.raises(ValueError):
        hijri.to_gregorian(1402, 12, 30)


@pytest.mark.parametrize("text", [
    "20 years", "three days", "decades", "a decade", "recent years", "recent months",
    "the 1990s", "the late 1990s", "the 19th century", "21st-century", "14-year-old",
    "36 years old", "early 30s", "annual", "day", "years", "23", "16, half", "1630", "0530",
    "1700 hours", "around 4:30 p.m.", "the night", "morning", "may", "march", "We",
    "up to 20 years", "the coming months", "tomorrow", "next week", "later this month",
    "the end of the day", "this holiday season", "the 3rd battalion", "",
])
def test_not_event_dates(text: str) -> None:
    assert span(text) == (None,)


def test_capitalised_month_is_a_month() -> None:
    assert span("May") == (date(2025, 5, 1), None, "month")


def test_relative_expressions_need_a_pub_date() -> None:
    for text in ("Monday", "yesterday", "last week", "Oct. 18", "in October", "on 24 Asad"):
        assert span(text, None) == (None,), text
    assert span("2017", None) == (date(2017, 1, 1), None, "year")


@pytest.mark.parametrize("pub", [date(2025, 1, 1), date(2024, 2, 29), date(2025, 9, 14),
                                 date(2025, 12, 31), date(2023, 3, 20)])
def test_no_future_for_past_tense_relative_expressions(pub: date) -> None:
    limit = pub + timedelta(days=1)
    for text in ("on Monday", "Sunday", "last week", "this week", "in October", "in March",
                 "December", "Oct. 18", "January 1", "the 31st", "recent days", "last month",
                 "this year", "the weekend", "last summer", "between December 28 and 31",
                 "on 30 Hut", "1 Hamal", "over the past three months", "a fortnight ago",
                 "Christmas", "this month", "yesterday"):
        r = resolve_date(text, pub)
        if r is not None:
            assert r.start <= limit and (r.end is None or r.end <= limit), (text, pub, r)


def test_dateparser_is_the_fallback_for_other_formats() -> None:
    assert span("a fortnight ago") == (date(2025, 9, 3), None, "week")
    assert span("2018/09/15") == (date(2018, 9, 15), None, "day")


def test_obvious_non_dates_never_reach_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    import dateparser.date

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("dateparser called")

    monkeypatch.setattr(dateparser.date, "DateDataParser", boom)
    for text in ("three days", "20 years", "may", "We", "the night", "Monday", "Oct. 18",
                 "last week", "18 Hamal 1402", "between March 3 and 5", "over the past year"):
        resolve_date(text, WED)


def test_results_are_cached() -> None:
    resolve_date("on Monday", WED)
    resolve_date("on Monday", WED)
    assert dates._resolve.cache_info().hits >= 1


@pytest.mark.parametrize(("text", "steps"), [
    ("the next day", True), ("The following night", True), ("two days later", True),
    ("the day before", True), ("days later", True),
    ("later that day", False), ("hours later", False), ("on Monday", False), ("3 May 2021", False),
])
def test_which_phrases_count_another_day_from_an_anchor(text: str, steps: bool) -> None:
    assert dates.steps_from_anchor(text) is steps


@pytest.mark.parametrize(("text", "start", "end"), [
    ("the night of 7/8 March 2022", date(2022, 3, 7), date(2022, 3, 8)),
    ("overnight 19/20 October", date(2022, 10, 19), date(2022, 10, 20)),
    ("14/15 Sunbula 1401", date(2022, 9, 5), date(2022, 9, 6)),
])
def test_two_days_of_one_night_joined_by_a_slash_start_on_the_first(
    text: str, start: date, end: date
) -> None:
    got = resolve_date(text, date(2022, 11, 2))
    assert got is not None and (got.start, got.end, got.precision) == (start, end, "day")


def test_a_slash_between_numbers_is_still_a_numeric_date() -> None:
    got = resolve_date("23/10/2021", date(2022, 11, 2))
    assert got is not None and (got.start, got.end) == (date(2021, 10, 23), None)


def test_that_year_and_that_month_are_the_anchors_unit() -> None:
    pub = date(2024, 10, 25)
    assert resolve_date("earlier that year", pub) is None  # no date to count from
    found = resolve_date("Earlier that year", pub, anchor=date(2021, 8, 14))
    assert found is not None and (found.start, found.precision) == (date(2021, 1, 1), "year")
    found = resolve_date("later that month", pub, anchor=date(2023, 5, 20))
    assert found is not None and (found.start, found.precision) == (date(2023, 5, 1), "month")
    found = resolve_date("the same year", pub, anchor=date(2019, 2, 14))
    assert found is not None and found.start == date(2019, 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the night of the 14th", date(2025, 9, 14)),
        ("the early hours of the 2nd", date(2025, 9, 2)),
        ("in the early hours of 30 August", date(2025, 8, 30)),
        ("the evening of the 27th", date(2025, 8, 27)),
    ],
)
def test_a_part_of_a_day_of_the_month_is_that_day(text: str, expected: date) -> None:
    assert span(text) == (expected, None, "day")


def test_the_previous_named_month_or_season_counts_back_from_the_anchor() -> None:
    pub = date(2024, 2, 10)
    # from publication: the latest such month before the current one
    assert resolve_date("the previous November", pub) == ResolvedDate(
        date(2023, 11, 1), None, "month", "the previous November")
    # from the date told last ("In March 2022 ... the previous July")
    found = resolve_date("the preceding July", pub, anchor=date(2022, 3, 1))
    assert found is not None and found.start == date(2021, 7, 1)
    # a season over before the reference month
    spring = resolve_date("the previous spring", date(2024, 4, 15))
    assert spring is not None and (spring.start, spring.end) == (date(2023, 3, 1),
                                                                 date(2023, 5, 31))
    assert dates.counts_from_anchor("And the previous October")


@pytest.mark.parametrize(("text", "expected"), [
    # a hedged clock time or time of day names a time of the day that follows, not a time
    # counted from another event
    ("shortly after midnight on Sunday", date(2025, 9, 14)),
    ("just before dawn on 12 September", date(2025, 9, 12)),
    ("a little after 5 a.m. on Monday", date(2025, 9, 15)),
    ("soon after sunset on Tuesday", date(2025, 9, 16)),
])
def test_a_hedged_time_of_day_keeps_its_day(text: str, expected: date) -> None:
    assert span(text) == (expected, None, "day")


def test_a_hedge_before_an_event_still_counts_from_the_anchor() -> None:
    assert span("shortly after the ambush") == (None,)
    assert span("shortly after the ambush", anchor=ANCHOR) == (ANCHOR, None, "day")


@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("on New Year's Day", date(2024, 1, 4), date(2024, 1, 1)),
    ("late on New Year's Eve", date(2024, 1, 4), date(2023, 12, 31)),
])
def test_holidays_written_with_a_possessive(text: str, pub: date, expected: date) -> None:
    assert span(text, pub) == (expected, None, "day")
