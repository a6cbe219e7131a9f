"""Solar Hijri (Jalali / Afghan Hijri-Shamsi) to Gregorian arithmetic, 1300-1500 SH.

The official calendar starts a year on the day of the March equinox (the next day if the
equinox falls after noon in Tehran), which is astronomical.  Over 1300-1500 SH (1921-2121) the
arithmetic 33-year rule gives the same years: a year is leap when ``year % 33`` is one of 1, 5,
9, 13, 17, 22, 26, 30.  (Checked while writing this against Meeus's equinox formula for every
year in the range: no difference.)  We count days from a known Nowruz (1 Farvardin 1403 =
20 March 2024) rather than carry a general algorithm: short, and the one constant is easy to
verify.  Outside the range the rule drifts from the sky, so we refuse.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

MIN_YEAR = 1300
MAX_YEAR = 1500
_EPOCH_YEAR = 1403
_EPOCH = date(2024, 3, 20)  # 1 Farvardin 1403
_LEAP_RESIDUES = frozenset({1, 5, 9, 13, 17, 22, 26, 30})


def is_leap(year: int) -> bool:
    return year % 33 in _LEAP_RESIDUES


def _year_length(year: int) -> int:
    return 366 if is_leap(year) else 365


@lru_cache(maxsize=256)
def nowruz(year: int) -> date:
    """Gregorian date of 1 Farvardin (1 Hamal) of Solar Hijri ``year``."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"Solar Hijri year {year} outside {MIN_YEAR}-{MAX_YEAR}")
    if year >= _EPOCH_YEAR:
        days = sum(_year_length(y) for y in range(_EPOCH_YEAR, year))
    else:
        days = -sum(_year_length(y) for y in range(year, _EPOCH_YEAR))
    return _EPOCH + timedelta(days=days)


def month_length(year: int, month: int) -> int:
    """Months 1-6 have 31 days, 7-11 have 30, Esfand/Hut 29 (30 in a leap year)."""
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if is_leap(year) else 29


def to_gregorian(year: int, month: int, day: int) -> date:
    """Convert a Solar Hijri date; raises ValueError for impossible dates or years."""
    if not 1 <= month <= 12 or not 1 <= day <= month_length(year, month):
        raise ValueError(f"no such Solar Hijri date {year}-{month}-{day}")
    offset = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return nowruz(year) + timedelta(days=offset + day - 1)


def year_of(d: date) -> int:
    """Solar Hijri year that contains Gregorian date ``d``."""
    year = d.year - 621
    return year if d >= nowruz(year) else year - 1
