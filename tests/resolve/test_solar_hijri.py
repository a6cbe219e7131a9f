"""Solar Hijri: jdatetime-backed conversion, numeric dates, and the `calendar="solar-hijri"` hint.

Known pairs come from the Iranian official calendar (Nowruz dates, 22 Bahman 1357 = 11 February
1979, 24 Asad 1400 = 15 August 2021); the hint's cases use a report published on 2023-05-01,
which is 11 Ordibehesht (Saur) 1402.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from roydad.resolve import dates, hijri
from roydad.resolve.dates import resolve_date

PUB = date(2023, 5, 1)  # 11 Ordibehesht 1402
Y1402 = (date(2023, 3, 21), date(2024, 3, 19))
Y1401 = (date(2022, 3, 21), date(2023, 3, 20))


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    dates._resolve.cache_clear()
    yield
    dates._resolve.cache_clear()


def span(text: str, pub: date | None = PUB, calendar: dates.Calendar | None = "solar-hijri"
         ) -> tuple[object, ...]:
    r = resolve_date(text, pub, calendar=calendar)
    return (None,) if r is None else (r.start, r.end, r.precision)


# --- conversion ----------------------------------------------------------------------------
@pytest.mark.parametrize(("sh", "gregorian"), [
    ((1300, 1, 1), date(1921, 3, 21)),
    ((1357, 11, 22), date(1979, 2, 11)),
    ((1399, 1, 1), date(2020, 3, 20)),
    ((1400, 5, 24), date(2021, 8, 15)),
    ((1401, 12, 18), date(2023, 3, 9)),
    ((1402, 1, 1), date(2023, 3, 21)),
    ((1403, 1, 1), date(2024, 3, 20)),
    ((1403, 12, 30), date(2025, 3, 20)),
    ((1404, 1, 1), date(2025, 3, 21)),
])
def test_known_pairs_both_ways(sh: tuple[int, int, int], gregorian: date) -> None:
    assert hijri.to_gregorian(*sh) == gregorian
    assert hijri.from_gregorian(gregorian) == sh
    assert hijri.year_of(gregorian) == sh[0]


def test_year_and_month_windows() -> None:
    assert hijri.year_span(1402) == Y1402
    assert hijri.year_span(1403)[1] == date(2025, 3, 20)  # leap year: 30 Esfand
    assert hijri.month_span(1402, 2) == (date(2023, 4, 21), date(2023, 5, 21))
    assert hijri.month_span(1402, 12) == (date(2024, 2, 20), date(2024, 3, 19))


def test_impossible_dates_and_years_are_refused() -> None:
    for args in ((1402, 12, 30), (1402, 13, 1), (1402, 7, 31), (1299, 1, 1), (1501, 1, 1)):
        with pytest.raises(ValueError):
            hijri.to_gregorian(*args)
    with pytest.raises(ValueError):
        hijri.from_gregorian(date(1900, 1, 1))


def test_conversion_does_not_warn() -> None:
    # jdatetime probes the process locale with a deprecated call unless given a locale.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        hijri.from_gregorian(date(2031, 7, 7))
        hijri.is_leap(1411)


# --- numeric Solar Hijri dates, any calendar hint ------------------------------------------
@pytest.mark.parametrize("calendar", ["gregorian", "solar-hijri"])
@pytest.mark.parametrize(("text", "expected"), [
    ("1401/12/18", date(2023, 3, 9)),
    ("1401-12-18", date(2023, 3, 9)),
    ("1401.12.18", date(2023, 3, 9)),
    ("on 1400/05/24", date(2021, 8, 15)),
    ("1403/12/30", date(2025, 3, 20)),
    ("۱۴۰۱/۱۲/۱۸", date(2023, 3, 9)),  # Persian digits
    ("18/12/1401", date(2023, 3, 9)),  # day first, as other numeric dates
    ("2023-03-09", date(2023, 3, 9)),  # Gregorian years stay Gregorian
])
def test_numeric_solar_hijri_dates(text: str, expected: date, calendar: dates.Calendar
                                   ) -> None:
    assert span(text, PUB, calendar) == (expected, None, "day")


def test_impossible_numeric_dates_never_fall_to_dateparser(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import dateparser.date

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("dateparser called")

    monkeypatch.setattr(dateparser.date, "DateDataParser", boom)
    assert span("1402/12/30", calendar="gregorian") == (None,)  # 1402 is no leap year
    assert span("1401/13/01") == (None,)


# --- the calendar hint ---------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("this year", (*Y1402, "year")),
    ("earlier this year", (Y1402[0], PUB, "year")),
    ("last year", (*Y1401, "year")),
    ("last year's attack", (*Y1401, "year")),
    ("in 1401", (*Y1401, "year")),
    ("1401", (*Y1401, "year")),
    ("since 1400", (date(2021, 3, 21), PUB, "year")),
    ("between 1399 and 1401", (date(2020, 3, 20), Y1401[1], "year")),
    ("early 1401", (date(2022, 3, 21), date(2022, 7, 22), "year")),  # Hamal-Saratan
    ("this month", (date(2023, 4, 21), date(2023, 5, 21), "month")),  # Saur 1402
    ("earlier this month", (date(2023, 4, 21), PUB, "month")),
    ("last month", (date(2023, 3, 21), date(2023, 4, 20), "month")),  # Hamal 1402
    ("in Asad", (date(2022, 7, 23), date(2022, 8, 22), "month")),  # the latest Asad: 1401
    ("Asad", (date(2022, 7, 23), date(2022, 8, 22), "month")),
    ("in Saur", (date(2023, 4, 21), date(2023, 5, 21), "month")),  # the current month
    ("last Saur", (date(2022, 4, 21), date(2022, 5, 21), "month")),  # never the current one
    ("in Farvardin", (date(2023, 3, 21), date(2023, 4, 20), "month")),
    ("Asad this year", (date(2023, 7, 23), date(2023, 8, 22), "month")),
    ("Asad last year", (date(2022, 7, 23), date(2022, 8, 22), "month")),
    ("early Hamal", (date(2023, 3, 21), date(2023, 3, 30), "month")),
    ("18 Hamal 1402", (date(2023, 4, 7), None, "day")),  # explicit dates read as always
])
def test_hint_reads_calendar_words_as_solar_hijri(
        text: str, expected: tuple[object, ...]) -> None:
    assert span(text) == expected


@pytest.mark.parametrize("text", [
    "in October", "last week", "on Monday", "2022", "in 2022", "yesterday", "two years ago",
    "October 18, 2018", "the past three months", "last summer",
])
def test_hint_leaves_gregorian_words_alone(text: str) -> None:
    assert span(text) == span(text, calendar="gregorian")


@pytest.mark.parametrize("text", [
    "Bashar al-Asad", "asad", "hut", "President Asad", "October 1401", "Asad 2021",
])
def test_hint_non_dates(text: str) -> None:
    assert span(text) == (None,)


def test_without_the_hint_nothing_changes() -> None:
    assert span("this year", calendar="gregorian") == (date(2023, 1, 1), None, "year")
    assert span("this year", calendar=None) == (date(2023, 1, 1), None, "year")  # no hint
    assert span("in 1401", calendar="gregorian") == (None,)
    assert span("in Asad", calendar="gregorian") == (None,)


def test_cache_keeps_calendars_apart() -> None:
    assert span("last year") == (*Y1401, "year")
    assert span("last year", calendar="gregorian") == (date(2022, 1, 1), None, "year")


def test_hint_needs_pub_only_for_relative_words() -> None:
    assert span("this year", None) == (None,)
    assert span("in Asad", None) == (None,)
    assert span("in 1401", None) == (*Y1401, "year")


def test_unknown_calendar_is_an_error() -> None:
    with pytest.raises(ValueError, match="calendar"):
        resolve_date("this year", PUB, calendar="julian")  # type: ignore[arg-type]


@pytest.mark.parametrize("pub", [date(2023, 3, 20), date(2023, 3, 21), date(2024, 3, 19),
                                 date(2025, 3, 20), date(2025, 9, 17)])
def test_hint_starts_no_later_than_pub(pub: date) -> None:
    # Units containing pub may end after it ("this year"); none may start after it.
    for text in ("this year", "this month", "last month", "in Asad", "in Hamal", "Esfand",
                 "in Hut", "last Hamal", "earlier this year", "24 Asad"):
        r = resolve_date(text, pub, calendar="solar-hijri")
        assert r is not None and r.start <= pub + timedelta(days=1), (text, pub, r)
