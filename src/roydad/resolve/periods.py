"""Parts of a year a report dates history by: "the second half of 2022", "the first half of
last year", "the latter half of 2019". Such a phrase covers six months, not the whole year:
ACLED and UCDP code the span, and a scorer that accepts the half must not be given the year."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from roydad.resolve.calendar_dates import Span

_HALF = re.compile(
    r"\b(?P<which>first|second|latter|last|later|earlier) half of "
    r"(?:(?P<year>\d{4})|(?P<rel>last|this|the past|the previous) year)\b")
_SECOND = frozenset({"second", "latter", "last", "later"})


def from_half_year(s: str, pub: date | None) -> Span | None:
    """January to June or July to December of the year the phrase names (a year counted from
    publication when it says "last year" or "this year"); None when it names no half."""
    m = _HALF.search(s)
    if m is None:
        return None
    if m["year"]:
        year = int(m["year"])
    elif pub is None:
        return None
    else:
        year = pub.year - (m["rel"] != "this")
    first = 7 if m["which"] in _SECOND else 1
    last = first + 5
    return date(year, first, 1), date(year, last, monthrange(year, last)[1]), "month"


# Northern meteorological seasons: first and last month.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
           "winter": (12, 2)}


def previous_pattern(previous: list[str], months: list[str]) -> re.Pattern[str]:
    """"the previous August", "the preceding spring": a named month or season counted back."""
    names = "|".join([*months, *SEASONS])
    return re.compile(rf"\bthe (?:{'|'.join(previous)}) (?P<name>{names})\b")


def from_previous(m: re.Match[str], months: list[str], ref: date) -> Span:
    """The latest named month before the month of `ref` (the date told last, else the
    publication day), or the latest named season over before it."""
    name = m["name"]
    if name in SEASONS:
        first, last = SEASONS[name]
        year = ref.year + 1
        while date(year, last, monthrange(year, last)[1]) >= date(ref.year, ref.month, 1):
            year -= 1
        return (date(year - (first > last), first, 1),
                date(year, last, monthrange(year, last)[1]), "month")
    month = months.index(name) + 1
    return date(ref.year - (month >= ref.month), month, 1), None, "month"
