"""Solar Hijri (Jalali / Afghan Hijri-Shamsi) <-> Gregorian, through the `jdatetime` library.

The conversion is jdatetime's (maintained, and used across Iranian software); this module only
fixes the small interface `dates.py` needs and the years it accepts. The official calendar starts
a year at the March equinox, which is astronomical; jdatetime's arithmetic (the 33-year leap
cycle) gives the same New Year's days as the equinox rule from 1300 to 1500 SH (1921-2121),
which covers the reporting we read and tells a Solar Hijri year ("1401") from a Gregorian one.
Outside that range we refuse rather than trust a rule that drifts from the sky.
"""

from __future__ import annotations

import warnings
from datetime import date
from functools import lru_cache

with warnings.catch_warnings():
    # jdatetime builds its `date.min` at import, probing the process locale with
    # `locale.getdefaultlocale`, which Python 3.11+ deprecates; the warning is jdatetime's.
    warnings.simplefilter("ignore", DeprecationWarning)
    import jdatetime  # type: ignore[import-untyped]  # ships no type hints marker

MIN_YEAR = 1300
MAX_YEAR = 1500
# Every jdatetime date probes the process locale (the deprecated call above) to pick month names
# unless it is given a locale. We never format names, so the Persian locale costs nothing and
# skips the probe.
_LOCALE = jdatetime.FA_LOCALE


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"Solar Hijri year {year} outside {MIN_YEAR}-{MAX_YEAR}")


def is_leap(year: int) -> bool:
    return bool(jdatetime.date(year, 1, 1, locale=_LOCALE).isleap())


@lru_cache(maxsize=256)
def nowruz(year: int) -> date:
    """Gregorian date of 1 Farvardin (1 Hamal) of Solar Hijri ``year``."""
    return to_gregorian(year, 1, 1)


def month_length(year: int, month: int) -> int:
    """Months 1-6 have 31 days, 7-11 have 30, Esfand/Hut 29 (30 in a leap year)."""
    if not 1 <= month <= 12:
        raise ValueError(f"no Solar Hijri month {month}")
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if is_leap(year) else 29


@lru_cache(maxsize=4096)
def to_gregorian(year: int, month: int, day: int) -> date:
    """Convert a Solar Hijri date; raises ValueError for impossible dates or years."""
    _check_year(year)
    try:
        jdate = jdatetime.date(year, month, day, locale=_LOCALE)
    except ValueError as error:  # jdatetime's message lacks the date itself
        raise ValueError(f"no such Solar Hijri date {year}-{month}-{day}: {error}") from None
    result: date = jdate.togregorian()
    return result


def from_gregorian(d: date) -> tuple[int, int, int]:
    """(year, month, day) of Gregorian date ``d`` in the Solar Hijri calendar."""
    jdate = jdatetime.date.fromgregorian(date=d, locale=_LOCALE)
    _check_year(jdate.year)
    return jdate.year, jdate.month, jdate.day


def year_of(d: date) -> int:
    """Solar Hijri year that contains Gregorian date ``d``."""
    return from_gregorian(d)[0]


def year_span(year: int) -> tuple[date, date]:
    """First and last Gregorian day of Solar Hijri ``year``."""
    return nowruz(year), to_gregorian(year, 12, month_length(year, 12))


def month_span(year: int, month: int) -> tuple[date, date]:
    """First and last Gregorian day of a Solar Hijri month (they straddle two Gregorian ones)."""
    return to_gregorian(year, month, 1), to_gregorian(year, month, month_length(year, month))
