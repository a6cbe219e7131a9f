"""Resolve a date expression from a news report to when the event happened.

``resolve_date("on Monday", date(2025, 9, 17))`` -> 2025-09-15, precision "day".

Conventions (the contract's ``date``/``date_end``/``date_precision`` follow them):

* ``precision`` says how precisely ``start`` is known.  When the text names a calendar unit
  ("last week", "in October", "2017") ``start`` is the unit's first day (weeks start on Monday);
  for offsets ("two weeks ago") it is the computed day.
* ``end`` is set only for a window the text states or implies: ranges ("between March 3 and 5"),
  look-back spans ("over the past three months" = pub - 3 months .. pub), "since 2017",
  "earlier this month" (1st .. pub), early/mid/late thirds ("early 2017" = Jan 1 .. Apr 30,
  precision year), seasons (precision month), weekends, Solar Hijri months (they straddle two
  Gregorian months).
* Reports follow events: an expression without a year resolves to the most recent match no later
  than pub_date + 1 day (one day of grace for time zones).  Openly future phrases ("tomorrow",
  "next week", "the coming months") give None.  Explicit years are trusted.
* Not event dates, so None: durations ("20 years", "three days"), ages, decades ("the 1990s"),
  centuries, "recent months", "recent years", clock times without ``anchor``.
* "the next day", "two days later", "hours later", "that night", "the following week" are
  relative to ``anchor`` (another event's date) and give None without one; "three days after
  April 15, 2013" carries its own anchor.

* Solar Hijri dates ("18 Hamal 1402", "Jawza 1401", "1401/12/18") are read in any text. With
  ``calendar="solar-hijri"`` (a Persian-source text) the calendar words mean the Iranian/Afghan
  calendar too: "this year", "last year", "earlier this year", "in 1401", "this month",
  "last month" and bare month names ("in Asad") are Solar Hijri units, reported as their
  Gregorian window (``start`` .. ``end``, precision "year" or "month"): "this year" published
  2023-05-01 is 1402 SH = 2023-03-21 .. 2024-03-19. English month names stay Gregorian.

Own rules cover what dateparser gets wrong (STACK.md: "in October this year", "early 2017",
seasons, durations it turns into dates, bare words such as "may") or lacks (ranges, Solar Hijri,
a same-day weekday); dateparser is the fallback for other offsets and numeric formats ("a
fortnight ago", "2018/09/15"). Explicit calendar dates are parsed in `calendar_dates.py`,
Solar Hijri conversion is jdatetime's (`hijri.py`). Results are cached: this runs for every
DATE entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from roydad.models import CALENDARS, Calendar
from roydad.resolve import hijri
from roydad.resolve.calendar_dates import (
    DAY,
    FILLER,
    LEXICON,
    NUMBERS,
    ORDER,
    WEEKDAYS,
    Precision,
    Span,
    add_months,
    floor,
    from_calendar,
    from_holiday,
    month_days,
    sh_year,
)
from roydad.resolve.periods import SEASONS, from_half_year, from_previous, previous_pattern

__all__ = ["Calendar", "Precision", "ResolvedDate", "counts_from_anchor", "resolve_date",
           "steps_from_anchor"]


@dataclass(frozen=True)
class ResolvedDate:
    start: date
    end: date | None
    precision: Precision
    text: str


_UNITS: dict[str, Precision] = {"hour": "day", "day": "day", "week": "week", "month": "month",
                                "year": "year"}
_NUM = "|".join(sorted(map(re.escape, NUMBERS), key=len, reverse=True))
_NUM = rf"(?P<n>\d+|{_NUM}|few|several)"
_UNIT = r"(?P<unit>hour|day|week|month|year)s?"

# --- normalisation -------------------------------------------------------------------------
_GLUE = re.compile(r"(?<=[a-z0-9])\.?(?=[A-Z][a-z])")  # "2013.Matanov", "January 2018The"
_NOT_DATES = re.compile(  # ages, decades, centuries: removed so the rest can still resolve
    r"\b[\w-]+[- ]years?[- ]old\b|\b(?:early|mid|late)?[- ]?(?:\d\d)?\d0'?s\b"
    r"|\b(?:\d+(?:st|nd|rd|th)[- ])?centur(?:y|ies)\b|\bdecades?\b"
)
_HEDGES = "|".join(sorted(map(re.escape, LEXICON["time_hedges"]), key=len, reverse=True))
_TIMES = "|".join(map(re.escape, LEXICON["times_of_day"]))
_TIME_MAP = [  # time-of-day phrases that move the day are rewritten before times are dropped
    # "shortly after midnight on Friday", "just before 6 a.m.": a time of that day, not a time
    # counted from an anchor ("shortly after the blast")
    (re.compile(rf"\b(?:{_HEDGES}) (?:before|after) (?=(?:{_TIMES})\b|\d)"), ""),
    # "the night of the 28th", "the early hours of 4 May": the day the part of it belongs to
    (re.compile(r"\b(?:in )?(?:the )?(?:(?:early|small) hours|night|morning|afternoon|evening)"
                r" of (?=(?:the )?\d)"), ""),
    (re.compile(r"\b(?:late |early )?last (?:night|evening)\b"), "yesterday"),
    (re.compile(r"\btonight\b|\b(?:earlier |early |late )?this (?:morning|afternoon|evening)\b"),
     "today"),
    (re.compile(r"\b(that same|that|the same|the next|the following|next|the previous)"
                r" (?:morning|afternoon|evening|night)\b"), r"\1 day"),
    # A clock time, but not the tail of a dotted date ("1401.12.18").
    (re.compile(r"(?<!\d[./-])\b\d{1,2}[:.]\d{2}\b(?![./-]\d)(?: ?[ap]\.? ?m\b\.?)?"
                r"|\b\d{1,2} ?[ap]\.?m\b\.?|\b\d{3,4} ?(?:hours|hrs)\b"
                r"|\b(?:gmt|utc|local time)\b"), " "),
    (re.compile(r"\b(?:morning|afternoon|evening|nights?|noon|midday|midnight|dawn|dusk"
                r"|daybreak|overnight|nightfall|sunset|sunrise)\b"), " "),
]


def _normalise(raw: str) -> tuple[str, bool]:
    """Lower-case, unglue, drop non-dates and clock times; also say whether a time was dropped."""
    s = _NOT_DATES.sub(" ", re.sub(r"'s\b", "", _GLUE.sub(" ", raw).lower().replace("’", "'")))
    before = s
    for pattern, repl in _TIME_MAP:
        s = pattern.sub(repl, s)
    s = re.sub(r"[,;:()\[\]\"“”!?]|(?<=[a-z])\.|\.(?=\s|$)", " ", s.replace("mid-", "mid "))
    return " ".join(s.split()), s != before


def _shift(d: date, n: int, unit: str) -> date:
    if unit in ("month", "year"):
        return add_months(d, n * (12 if unit == "year" else 1))
    return d + DAY * (n * (7 if unit == "week" else 1) if unit != "hour" else int(n / 24))


# --- anchor-relative ("two days later") and pub-relative ("yesterday") phrases --------------
_FUTURE = re.compile(r"\b(?:tomorrow|(?<!the )next (?:week|month|year|weekend|monday|tuesday"
                     r"|wednesday|thursday|friday|saturday|sunday)|coming|upcoming|later this)\b")
_ANCHOR = re.compile(
    r"\b(?P<next>(?:the )?(?:next|following) day|the day after)\b"
    r"|\b(?P<prev>the (?:day before|previous day|preceding day))\b"
    r"|\b(?P<same>(?:later |earlier )?(?:that(?: same)?|the same) day"
    r"|(?:hour|minute|moment|second)s? (?:later|after(?:wards)?|earlier|before)"
    r"|shortly (?:after(?:wards)?|before))\b"
    rf"|\b{_NUM} {_UNIT} (?P<dir>later|after(?:wards)?|earlier|before|prior)\b"
    r"|\b(?P<days>days) (?:later|after(?:wards)?)\b"
    r"|\bthe (?P<rel>next|following|previous|preceding) (?P<unit2>week|month|year)\b"
    r"|\b(?P<that>(?:(?:earlier|later) )?(?:in )?(?:that|the same) (?P<unit3>week|month|year))\b"
)


def _from_anchor(m: re.Match[str], s: str, anchor: date | None, pub: date | None,
                 calendar: Calendar) -> Span | None:
    if m["dir"] in ("after", "before", "prior") and s[m.end():].strip():
        # "two days after Saturday's attack": the phrase's own anchor beats the caller's.
        own = _resolve(s[m.end():].removeprefix("to "), pub, None, calendar)
        anchor = own[0] if own is not None and own[2] == "day" else anchor
    if anchor is None:
        return None
    if m["next"] or m["prev"] or m["same"]:
        return anchor + (DAY if m["next"] else -DAY if m["prev"] else 0 * DAY), None, "day"
    if m["that"]:  # "earlier that year", "the same month": the anchor's unit
        unit3 = _UNITS[m["unit3"]]
        return floor(anchor, unit3), None, unit3
    if m["days"]:  # "days later": some day within the following week
        return anchor + DAY, anchor + 7 * DAY, "week"
    unit = m["unit2"] or m["unit"]
    if m["rel"]:
        n, start = (1 if m["rel"] in ("next", "following") else -1), anchor
        start = start - start.weekday() * DAY if unit == "week" else start
    else:
        n, start = NUMBERS.get(m["n"], int(m["n"]) if m["n"].isdigit() else 0), anchor
        n = n if m["dir"].startswith(("later", "after")) else -n
    return (floor(_shift(start, n, unit), _UNITS[unit]), None, _UNITS[unit]) if n else None


def _recent(unit: str, pub: date) -> Span | None:
    """"recent days", "the past few weeks"; vaguer months and years are not event dates."""
    if unit.startswith("day"):
        return pub - 7 * DAY, pub, "week"
    return (add_months(pub, -1), pub, "month") if unit.startswith("week") else None


_AGO = re.compile(rf"\b{_NUM} {_UNIT} ago\b")
_PAST = re.compile(rf"\b(?P<the>the )?(?P<w>past|last|previous) (?:{_NUM} )?{_UNIT}\b")
_RELATIVE = re.compile(
    r"\b(?P<word>day before yesterday|yesterday|today|recent (?:days|weeks)|weekend)\b"
    r"|\b(?P<which>earlier this|earlier in the|this|last|the previous) (?P<unit>week|month|year)\b"
)
_WEEKDAY = re.compile(rf"\b(?P<last>last |this past |past )?(?P<wd>{'|'.join(WEEKDAYS)})s?\b")


def _solar_hijri_unit(unit: str, which: str, pub: date) -> Span | None:
    """"this year", "last month", "earlier this year" in the Solar Hijri calendar: the unit's
    Gregorian window (up to pub for "earlier"); None when pub is outside `hijri`'s years."""
    if sh_year(pub) is None:
        return None
    year, month, _ = hijri.from_gregorian(pub)
    back = 1 if which in ("last", "the previous") else 0
    if unit == "year":
        first, last = hijri.year_span(year - back)
    else:
        y, m = divmod(year * 12 + month - 1 - back, 12)
        first, last = hijri.month_span(y, m + 1)
    return first, pub if which.startswith("earlier") else last, _UNITS[unit]


def _from_pub(s: str, pub: date, calendar: Calendar) -> Span | None:
    if m := _AGO.search(s) or _PAST.search(s):
        unit = m["unit"]
        n = 1 if m["n"] is None else int(m["n"]) if m["n"].isdigit() else NUMBERS.get(m["n"])
        if "ago" in m[0]:
            if n is None:  # "a few days ago"
                return _recent(unit, pub) if unit == "day" else None
            return floor(_shift(pub, -n, unit), _UNITS[unit]), None, _UNITS[unit]
        if m["the"] or m["n"] or m["w"] == "past":  # a look-back span, not "last week"
            if n is None:
                return _recent(unit, pub)
            return _shift(pub, -max(n, 24) if unit == "hour" else -n, unit), pub, _UNITS[unit]
    if m := _RELATIVE.search(s):
        word, unit = m["word"], m["unit"]
        offsets = {"day before yesterday": -2, "yesterday": -1, "today": 0}
        if word in offsets:
            return pub + offsets[word] * DAY, None, "day"
        if word == "weekend":  # the most recent Saturday-Sunday up to pub
            sat = pub - (pub.weekday() - 5) % 7 * DAY
            return sat, min(sat + DAY, pub), "day"
        if word:
            return _recent(word.removeprefix("recent "), pub)
        if calendar == "solar-hijri" and unit in ("month", "year") and (
                span := _solar_hijri_unit(unit, m["which"], pub)):
            return span
        back = -1 if m["which"] in ("last", "the previous") else 0
        start = pub - (pub.weekday() - 7 * back) * DAY if unit == "week" else pub
        start = floor(start if unit == "week" else _shift(pub, back, unit), _UNITS[unit])
        if unit == "week" and (wd := _WEEKDAY.search(s)):  # "on Monday last week"
            day = start + WEEKDAYS[wd["wd"]] * DAY
            return (day, None, "day") if day <= pub + DAY else None
        return start, pub if m["which"].startswith("earlier") else None, _UNITS[unit]
    if m := _WEEKDAY.search(s):
        back = (pub.weekday() - WEEKDAYS[m["wd"]]) % 7
        # A bare weekday naming pub's own weekday is that day ("on Monday" in a Monday report).
        return pub - (back or (7 if m["last"] else 0)) * DAY, None, "day"
    return None


_SEASONS = SEASONS
_PREVIOUS = previous_pattern(LEXICON["previous_words"], LEXICON["months"])
_SEASON = re.compile(r"\b(?:(?P<q>last|this|past) )?(?P<season>spring|summer|autumn|fall|winter)"
                     r"(?: of)?(?: (?P<y>\d{4}))?\b")


def _from_season(s: str, pub: date | None) -> Span | None:
    """Northern meteorological seasons; "winter of 2021" is Dec 2020 - Feb 2021."""
    m = _SEASON.search(s)
    if m is None or not (m["y"] or (m["q"] and pub)):
        return None  # "the fall of Kabul" is no season
    first, last = _SEASONS[m["season"]]
    if m["y"]:
        year = int(m["y"])
    else:
        assert pub is not None
        year = pub.year if date(pub.year - (first > last), first, 1) <= pub else pub.year - 1
        year -= m["q"] in ("last", "past") and date(year, last, 1) > pub
    return date(year - (first > last), first, 1), date(year, last, month_days(year, last)), "month"


# --- dateparser fallback and entry point ---------------------------------------------------
# Only offsets and numeric dates reach dateparser: on bare words ("may", "We") and durations
# ("20 years") it invents dates.
_DP_GATE = re.compile(r"\bago\b|\d[/.-]\d")
# A numeric date with a year of 1300-1599 is Solar Hijri; one `calendar_dates` refused is an
# impossible date ("1402/12/30"), which dateparser would read as a Gregorian one.
_SH_NUMERIC = re.compile(r"\b1[345]\d\d[/.-]\d|\d[/.-]1[345]\d\d\b")


def _from_dateparser(s: str, pub: date | None) -> Span | None:
    from dateparser.date import DateDataParser  # imported lazily: slow, and rarely needed

    has_year = re.search(r"\b\d{4}\b", s) is not None
    if not _DP_GATE.search(s) or _SH_NUMERIC.search(s) or (pub is None and not has_year):
        return None
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(s)
    if data.date_obj is None:
        return None
    # dateparser's periods are ours plus "time", which is a day too.
    precision: Precision = ORDER[ORDER.index(data.period)] if data.period in ORDER else "day"
    start = floor(data.date_obj.date(), precision)
    if pub is not None and start > pub + DAY and not has_year:
        return None  # a yearless expression put in the future
    return start, None, precision


def resolve_date(
    text: str, pub_date: date | None, *, anchor: date | None = None,
    calendar: Calendar | None = "gregorian",
) -> ResolvedDate | None:
    """Resolve a DATE/TIME entity (or a phrase containing one); None when it is not a date.

    ``calendar="solar-hijri"`` says the text comes from a Persian-language (Iranian or Afghan)
    source, whose "this year", "in 1401" or "in Asad" mean the Solar Hijri calendar; None (a
    `Document` without a hint) is Gregorian."""
    raw = text.strip(" \t\r\n,;:\"()[]")
    if not raw or len(raw) > 200:  # long strings are sentences, not date expressions
        return None
    if calendar not in (None, *CALENDARS):  # a typo must not silently mean Gregorian
        raise ValueError(f"unknown calendar {calendar!r}")
    span = _resolve(raw, pub_date, anchor, calendar or "gregorian")
    return None if span is None else ResolvedDate(span[0], span[1], span[2], raw)


def steps_from_anchor(text: str) -> bool:
    """Whether the phrase counts a different day from another event's ("the next day", "two
    days later", "the day before"): what it dates is another day's happening, not the same one
    told again. "Later that day" and "hours later" stay on the anchor's day."""
    m = _ANCHOR.search(_normalise(text)[0])
    return m is not None and not m["same"] and (m["unit"] or "day") != "hour"


def counts_from_anchor(text: str) -> bool:
    """Whether the phrase names a day by another event's ("the next day", "later that day",
    "the same night", "two days later"), not by the calendar or the publication."""
    s = _normalise(text)[0]
    return _ANCHOR.search(s) is not None or _PREVIOUS.search(s) is not None


_VAGUE = {"approximately", "roughly", "shortly", "just", "early", "late"}


@lru_cache(maxsize=16384)
def _resolve(raw: str, pub: date | None, anchor: date | None, calendar: Calendar) -> Span | None:
    s, had_time = _normalise(raw)
    if not set(s.split()) - FILLER - _VAGUE:
        # Only a clock time or time of day ("around 4:30 p.m."): the anchor's day, if any.
        return None if anchor is None or not had_time else (anchor, None, "day")
    if _FUTURE.search(s):
        return None
    if (m := _PREVIOUS.search(s)) and (ref := anchor or pub) is not None:
        return from_previous(m, LEXICON["months"], ref)
    if (m := _ANCHOR.search(s)) and "yesterday" not in s:
        return _from_anchor(m, s, anchor, pub, calendar)
    span = (_from_season(s, pub) or from_half_year(s, pub)
            or from_calendar(s, raw, pub, calendar == "solar-hijri") or from_holiday(s, pub))
    if span is None and pub is not None:
        span = _from_pub(s, pub, calendar)
    return span or _from_dateparser(s, pub)
