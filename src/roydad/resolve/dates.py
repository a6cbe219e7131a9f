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

Own rules cover what dateparser gets wrong (STACK.md: "in October this year", "early 2017",
seasons, durations it turns into dates, bare words such as "may") or lacks (ranges, Solar Hijri,
a same-day weekday); dateparser is the fallback for other offsets and numeric formats ("a
fortnight ago", "2018/09/15").  Results are cached: this runs for every DATE entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

from roydad.resolve import hijri

Precision = Literal["day", "week", "month", "year"]
_Span = tuple[date, date | None, Precision]
_DAY = timedelta(days=1)


@dataclass(frozen=True)
class ResolvedDate:
    start: date
    end: date | None
    precision: Precision
    text: str


_LEXICON: dict[str, Any] = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "data" / "lexicons" / "dates.yaml").read_text("utf-8")
)
_SH_MONTHS = {w: int(m) for m, ws in _LEXICON["solar_hijri_months"].items() for w in ws}
_HOLIDAYS: dict[str, list[int]] = _LEXICON["holidays"]
_NUMBERS: dict[str, int] = _LEXICON["numbers"]
_MONTHS = {n: i + 1 for i, n in enumerate(_LEXICON["months"])}
_MONTHS |= {n[:3]: i for n, i in _MONTHS.items()} | {"sept": 9}  # abbreviations ("Oct.")
_WEEKDAYS = {n: i for i, n in enumerate(_LEXICON["weekdays"])}
_UNITS: dict[str, Precision] = {"hour": "day", "day": "day", "week": "week", "month": "month",
                                "year": "year"}
_NUM = "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True))
_NUM = rf"(?P<n>\d+|{_NUM}|few|several)"
_UNIT = r"(?P<unit>hour|day|week|month|year)s?"

# --- normalisation -------------------------------------------------------------------------
_GLUE = re.compile(r"(?<=[a-z0-9])\.?(?=[A-Z][a-z])")  # "2013.Matanov", "January 2018The"
_NOT_DATES = re.compile(  # ages, decades, centuries: removed so the rest can still resolve
    r"\b[\w-]+[- ]years?[- ]old\b|\b(?:early|mid|late)?[- ]?(?:\d\d)?\d0'?s\b"
    r"|\b(?:\d+(?:st|nd|rd|th)[- ])?centur(?:y|ies)\b|\bdecades?\b"
)
_TIME_MAP = [  # time-of-day phrases that move the day are rewritten before times are dropped
    (re.compile(r"\b(?:late |early )?last (?:night|evening)\b"), "yesterday"),
    (re.compile(r"\btonight\b|\b(?:earlier |early |late )?this (?:morning|afternoon|evening)\b"),
     "today"),
    (re.compile(r"\b(that|the same|the next|the following|next|the previous)"
                r" (?:morning|afternoon|evening|night)\b"), r"\1 day"),
    (re.compile(r"\b\d{1,2}[:.]\d{2}\b(?![./-]\d)(?: ?[ap]\.? ?m\b\.?)?|\b\d{1,2} ?[ap]\.?m\b\.?"
                r"|\b\d{3,4} ?(?:hours|hrs)\b|\b(?:gmt|utc|local time)\b"), " "),
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


# --- date arithmetic -----------------------------------------------------------------------
def _month_days(year: int, month: int) -> int:
    return (date(year + month // 12, month % 12 + 1, 1) - date(year, month, 1)).days


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(y, m + 1, min(d.day, _month_days(y, m + 1)))


def _shift(d: date, n: int, unit: str) -> date:
    if unit in ("month", "year"):
        return _add_months(d, n * (12 if unit == "year" else 1))
    return d + timedelta(days=n * (7 if unit == "week" else 1) if unit != "hour" else int(n / 24))


def _floor(d: date, precision: Precision) -> date:
    """First day of the unit, so month- and year-precise dates compare at that granularity."""
    if precision == "month":
        return d.replace(day=1)
    return d.replace(month=1, day=1) if precision == "year" else d


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# --- anchor-relative ("two days later") and pub-relative ("yesterday") phrases --------------
_FUTURE = re.compile(r"\b(?:tomorrow|(?<!the )next (?:week|month|year|weekend|monday|tuesday"
                     r"|wednesday|thursday|friday|saturday|sunday)|coming|upcoming|later this)\b")
_ANCHOR = re.compile(
    r"\b(?P<next>(?:the )?(?:next|following) day|the day after)\b"
    r"|\b(?P<prev>the (?:day before|previous day|preceding day))\b"
    r"|\b(?P<same>(?:later |earlier )?(?:that|the same) day|(?:hour|minute|moment|second)s?"
    r" (?:later|after(?:wards)?|earlier|before)|shortly (?:after(?:wards)?|before))\b"
    rf"|\b{_NUM} {_UNIT} (?P<dir>later|after(?:wards)?|earlier|before|prior)\b"
    r"|\b(?P<days>days) (?:later|after(?:wards)?)\b"
    r"|\bthe (?P<rel>next|following|previous|preceding) (?P<unit2>week|month|year)\b"
)


def _from_anchor(m: re.Match[str], s: str, anchor: date | None, pub: date | None) -> _Span | None:
    if m["dir"] in ("after", "before", "prior") and s[m.end():].strip():
        # "two days after Saturday's attack": the phrase's own anchor beats the caller's.
        own = _resolve(s[m.end():].removeprefix("to "), pub, None)
        anchor = own[0] if own is not None and own[2] == "day" else anchor
    if anchor is None:
        return None
    if m["next"] or m["prev"] or m["same"]:
        return anchor + (_DAY if m["next"] else -_DAY if m["prev"] else 0 * _DAY), None, "day"
    if m["days"]:  # "days later": some day within the following week
        return anchor + _DAY, anchor + 7 * _DAY, "week"
    unit = m["unit2"] or m["unit"]
    if m["rel"]:
        n, start = (1 if m["rel"] in ("next", "following") else -1), anchor
        start = start - start.weekday() * _DAY if unit == "week" else start
    else:
        n, start = _NUMBERS.get(m["n"], int(m["n"]) if m["n"].isdigit() else 0), anchor
        n = n if m["dir"].startswith(("later", "after")) else -n
    return (_floor(_shift(start, n, unit), _UNITS[unit]), None, _UNITS[unit]) if n else None


def _recent(unit: str, pub: date) -> _Span | None:
    """"recent days", "the past few weeks"; vaguer months and years are not event dates."""
    if unit.startswith("day"):
        return pub - 7 * _DAY, pub, "week"
    return (_add_months(pub, -1), pub, "month") if unit.startswith("week") else None


_AGO = re.compile(rf"\b{_NUM} {_UNIT} ago\b")
_PAST = re.compile(rf"\b(?P<the>the )?(?P<w>past|last|previous) (?:{_NUM} )?{_UNIT}\b")
_RELATIVE = re.compile(
    r"\b(?P<word>day before yesterday|yesterday|today|recent (?:days|weeks)|weekend)\b"
    r"|\b(?P<which>earlier this|earlier in the|this|last|the previous) (?P<unit>week|month|year)\b"
)
_WEEKDAY = re.compile(rf"\b(?P<last>last |this past |past )?(?P<wd>{'|'.join(_WEEKDAYS)})s?\b")


def _from_pub(s: str, pub: date) -> _Span | None:
    if m := _AGO.search(s) or _PAST.search(s):
        unit = m["unit"]
        n = 1 if m["n"] is None else int(m["n"]) if m["n"].isdigit() else _NUMBERS.get(m["n"])
        if "ago" in m[0]:
            if n is None:  # "a few days ago"
                return _recent(unit, pub) if unit == "day" else None
            return _floor(_shift(pub, -n, unit), _UNITS[unit]), None, _UNITS[unit]
        if m["the"] or m["n"] or m["w"] == "past":  # a look-back span, not "last week"
            if n is None:
                return _recent(unit, pub)
            return _shift(pub, -max(n, 24) if unit == "hour" else -n, unit), pub, _UNITS[unit]
    if m := _RELATIVE.search(s):
        word, unit = m["word"], m["unit"]
        offsets = {"day before yesterday": -2, "yesterday": -1, "today": 0}
        if word in offsets:
            return pub + offsets[word] * _DAY, None, "day"
        if word == "weekend":  # the most recent Saturday-Sunday up to pub
            sat = pub - (pub.weekday() - 5) % 7 * _DAY
            return sat, min(sat + _DAY, pub), "day"
        if word:
            return _recent(word.removeprefix("recent "), pub)
        back = -1 if m["which"] in ("last", "the previous") else 0
        start = pub - (pub.weekday() - 7 * back) * _DAY if unit == "week" else pub
        start = _floor(start if unit == "week" else _shift(pub, back, unit), _UNITS[unit])
        if unit == "week" and (wd := _WEEKDAY.search(s)):  # "on Monday last week"
            day = start + _WEEKDAYS[wd["wd"]] * _DAY
            return (day, None, "day") if day <= pub + _DAY else None
        return start, pub if m["which"].startswith("earlier") else None, _UNITS[unit]
    if m := _WEEKDAY.search(s):
        back = (pub.weekday() - _WEEKDAYS[m["wd"]]) % 7
        # A bare weekday naming pub's own weekday is that day ("on Monday" in a Monday report).
        return pub - (back or (7 if m["last"] else 0)) * _DAY, None, "day"
    return None


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
            "winter": (12, 2)}
_SEASON = re.compile(r"\b(?:(?P<q>last|this|past) )?(?P<season>spring|summer|autumn|fall|winter)"
                     r"(?: of)?(?: (?P<y>\d{4}))?\b")


def _from_season(s: str, pub: date | None) -> _Span | None:
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
    return date(year - (first > last), first, 1), date(year, last, _month_days(year, last)), "month"


# --- explicit calendar dates: words -> one-letter shape string -> chunks and ranges ----------
# Shape letters: M month, D day, O ordinal day ("15th"), Y year, T numeric date, W weekday,
# F filler, C range connector, E early/mid/late, S since, L last/this/past, X anything else.
_TOKEN = re.compile(
    r"(?P<iso>\b\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\b)|(?P<num>\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d\d)\b)"
    r"|(?P<year>\b\d{4}\b|'\d\d\b)|(?P<day>\b\d{1,2}(?P<ord>st|nd|rd|th)?\b)|(?P<word>[a-z']+|\S)"
)
_FILLER = {"the", "of", "on", "in", "at", "during", "between", "from", "around", "about", "by"}
_MODIFIER = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1, "late": 2, "end": 2}
_KIND = {w: "M" for w in [*_MONTHS, *_SH_MONTHS]} | {w: "W" for w in _WEEKDAYS}
_KIND |= {w: "F" for w in _FILLER} | {w: "E" for w in _MODIFIER} | {"since": "S"}
_KIND |= {w: "C" for w in ("and", "to", "until", "till", "through", "thru", "-", "–", "—")}
_KIND |= {w: "L" for w in ("last", "this", "past")}
_SHAPE = re.compile(r"(?P<pre>[ESL]{0,2})[FW]*(?P<a>[MDOYT](?:[FW]*[MDOYT]){0,2})"
                    r"(?:[FW]*C[FW]*(?P<b>[MDOYT](?:[FW]*[MDOYT]){0,2}))?")
_ORDER: tuple[Precision, ...] = ("day", "week", "month", "year")


@dataclass
class _Part:
    """A date with possibly missing fields; ``sh`` marks a Solar Hijri month name."""

    y: int | None = None
    m: int | None = None
    d: int | None = None
    sh: bool = False
    bare_ok: bool = False  # a lone month name safe to read as a month (not "may", "jan")
    ordinal: bool = False
    full: tuple[int, ...] | None = None


def _atoms(s: str) -> tuple[str, list[Any]]:
    shape, values = "", []
    for t in _TOKEN.finditer(s):
        val: Any = t.group()
        if t["iso"] or t["num"]:
            kind, val = "T", tuple(int(x) for x in re.split(r"[/.-]", val))
        elif t["year"]:
            kind, val = "Y", int(val.lstrip("'"))
            val += 0 if t.group()[0] != "'" else (2000 if val < 50 else 1900)  # '18
        elif t["day"]:
            kind, val = ("O" if t["ord"] else "D"), int(val.rstrip("stndrh"))
        else:
            kind = _KIND.get(val, "X")
        shape += kind
        values.append(val)
    return shape, values


def _part(shape: str, values: list[Any], raw: str) -> _Part | None:
    p = _Part()
    for kind, val in zip(shape, values, strict=True):
        if (kind == "M" and p.m) or (kind in "DO" and p.d) or (kind == "Y" and p.y):
            return None  # two months or days or years: not one date
        if kind == "M":
            p.sh = val not in _MONTHS
            p.m = _SH_MONTHS[val] if p.sh else _MONTHS[val]
            # "may" and "march" are also a verb and a noun: only capitalised ones are months.
            p.bare_ok = (len(val) > 3 or val == "may") and (
                val not in ("may", "march") or val.title() in raw or val.upper() in raw)
        elif kind in "DO":
            p.d, p.ordinal = val, kind == "O"
        elif kind == "Y":
            p.y = val
        elif kind == "T":
            p.full = val
    return p


def _complete(p: _Part, pub: date | None, last: bool, s: str) -> bool:
    """Give a yearless part the most recent year up to pub (+1 day); False if it can't stand."""
    if p.full is not None or p.y is not None:
        return True
    if p.m is None:  # only "the 17th" (the whole expression) stands without a month
        return p.ordinal and pub is not None and bool(re.fullmatch(r"(on )?the \d+\w\w", s))
    if pub is None or (p.d is None and (p.sh or not p.bare_ok)):
        return False
    if p.sh:
        if (year := _sh_year(pub)) is None:
            return False
        # 30 Esfand exists only in leap years: a missing day counts as "not this year".
        ok = (p.d or 1) <= hijri.month_length(year, p.m)
        p.y = year - (not ok or hijri.to_gregorian(year, p.m, p.d or 1) > pub + _DAY)
    elif q := re.search(r"\b(this|last) year\b", s):  # "October this year" may be ahead
        p.y = pub.year - (q[1] == "last")
    elif p.d is None:  # "in October"; "last October" is never the current month
        p.y = pub.year - (p.m > pub.month or (p.m == pub.month and last))
    else:
        this_year = _safe_date(pub.year, p.m, p.d)
        p.y = pub.year - (this_year is None or this_year > pub + _DAY)
    return True


def _sh_year(pub: date) -> int | None:
    """Solar Hijri year of pub, if inside the range the arithmetic covers (and one to spare)."""
    return hijri.year_of(pub) if hijri.MIN_YEAR < pub.year - 621 < hijri.MAX_YEAR else None


def _unit(p: _Part, pub: date | None) -> tuple[date, date, Precision] | None:
    """First day, last day and precision of a completed part; None if impossible."""
    y, m, d = p.y, p.m, p.d
    try:
        if p.full is not None:
            return _numeric(p.full, pub)
        if y is None and d is not None and pub is not None:  # "the 17th": the latest 17th
            day = pub.replace(day=d) if d <= pub.day + 1 else _add_months(pub, -1).replace(day=d)
            return day, day, "day"
        if y is None or (m is None and (d is not None or not 1900 <= y <= (pub or date.max).year)):
            return None  # a bare year must be plausible: not "1630" (a time), not the future
        if p.sh and m is not None and hijri.MIN_YEAR <= y <= hijri.MAX_YEAR:
            last = hijri.to_gregorian(y, m, d or hijri.month_length(y, m))
            return hijri.to_gregorian(y, m, d or 1), last, "day" if d else "month"
        if p.sh or not 1000 <= y <= 2999:
            return None
        if m is None:
            return date(y, 1, 1), date(y, 12, 31), "year"
        if d is not None:
            return date(y, m, d), date(y, m, d), "day"
        return date(y, m, 1), date(y, m, _month_days(y, m)), "month"
    except ValueError:
        return None


def _numeric(full: tuple[int, ...], pub: date | None) -> tuple[date, date, Precision] | None:
    """ISO or d/m/y numbers; an ambiguous d/m vs m/d takes the latest reading up to pub."""
    a, b, c = full
    year = c if c > 99 else c + (2000 if c < 50 else 1900)
    # Day-first (the region's usage) comes first, so it wins when nothing else decides.
    options = [(a, b, c)] if a > 31 else [(year, b, a), (year, a, b)]
    found = [d for d in (_safe_date(*o) for o in options) if d is not None]
    past = sorted((d for d in found if pub is None or d <= pub + _DAY), reverse=True)
    best = (past if pub is not None and past else found)[:1]
    return (best[0], best[0], "day") if best else None


def _range(a: _Part, b: _Part, pub: date | None, s: str) -> _Span | None:
    """"March 3-5", "3-5 March", "March 3 to April 5, 2021", "2005-2006": share missing fields."""
    if b.d is not None and b.m is None and b.y is None:
        b.m, b.y, b.sh = a.m, a.y, a.sh
    if a.d is not None and a.m is None:
        a.m, a.sh = b.m, b.sh
    b.y = a.y if b.y is None and b.m is not None else b.y
    borrowed = a.y is None and a.m is not None
    if a.sh != b.sh or not _complete(b, pub, False, s):
        return None
    a.y = b.y if borrowed else a.y
    ua, ub = _unit(a, pub), _unit(b, pub)
    if ua and ub and ua[0] > ub[0] and borrowed and a.y is not None:
        a.y -= 1  # "between December 28 and January 3"
        ua = _unit(a, pub)
    if ua is None or ub is None or ua[0] > ub[0]:
        return None
    return ua[0], ub[1], max(ua[2], ub[2], key=_ORDER.index)


def _from_calendar(s: str, raw: str, pub: date | None) -> _Span | None:
    shape, values = _atoms(s)
    for m in _SHAPE.finditer(shape):
        a = _part(m["a"], values[m.start("a"):m.end("a")], raw)
        b = _part(m["b"], values[m.start("b"):m.end("b")], raw) if m["b"] else None
        if a is None:
            continue
        pre = [values[i] for i in range(m.start("pre"), m.end("pre"))]
        if b is not None and (span := _range(a, b, pub, s)) is not None:
            return span
        if not _complete(a, pub, "last" in pre, s) or (span := _unit(a, pub)) is None:
            continue
        first, last, precision = span
        mods = [_MODIFIER[v] for v in pre if v in _MODIFIER]
        if mods and precision == "year":  # early = Jan-Apr, mid = May-Aug, late = Sep-Dec
            first, last = date(first.year, 4 * mods[0] + 1, 1), date(first.year, 4 * mods[0] + 4, 1)
            last = last.replace(day=_month_days(last.year, last.month))
        elif mods and precision == "month" and not a.sh:  # thirds: 1-10, 11-20, 21-end
            first = first.replace(day=10 * mods[0] + 1)
            last = last if mods[0] == 2 else first.replace(day=first.day + 9)
        end = pub if "since" in pre and pub else last
        keep_end = mods or a.sh or "since" in pre
        return first, end if keep_end and end != first else None, precision
    return None


def _from_holiday(s: str, pub: date | None) -> _Span | None:
    if pub is not None and re.search(r"\bn[ao]w?r[ou]+z\b", s):  # Nowruz, Nauroz, Norooz
        year = _sh_year(pub)
        return None if year is None else (hijri.nowruz(year), None, "day")
    for name, (month, day) in _HOLIDAYS.items():
        if re.search(rf"\b{re.escape(name)}\b", s):
            p = _Part(m=month, d=day)
            span = _unit(p, pub) if _complete(p, pub, False, s) else None
            return (span[0], None, "day") if span else None
    return None


# --- dateparser fallback and entry point ---------------------------------------------------
# Only offsets and numeric dates reach dateparser: on bare words ("may", "We") and durations
# ("20 years") it invents dates.
_DP_GATE = re.compile(r"\bago\b|\d[/.-]\d")


def _from_dateparser(s: str, pub: date | None) -> _Span | None:
    from dateparser.date import DateDataParser  # imported lazily: slow, and rarely needed

    has_year = re.search(r"\b\d{4}\b", s) is not None
    if not _DP_GATE.search(s) or (pub is None and not has_year):
        return None
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(s)
    if data.date_obj is None:
        return None
    # dateparser's periods are ours plus "time", which is a day too.
    precision: Precision = _ORDER[_ORDER.index(data.period)] if data.period in _ORDER else "day"
    start = _floor(data.date_obj.date(), precision)
    if pub is not None and start > pub + _DAY and not has_year:
        return None  # a yearless expression put in the future
    return start, None, precision


def resolve_date(
    text: str, pub_date: date | None, *, anchor: date | None = None
) -> ResolvedDate | None:
    """Resolve a DATE/TIME entity (or a phrase containing one); None when it is not a date."""
    raw = text.strip(" \t\r\n,;:\"()[]")
    if not raw or len(raw) > 200:  # long strings are sentences, not date expressions
        return None
    span = _resolve(raw, pub_date, anchor)
    return None if span is None else ResolvedDate(span[0], span[1], span[2], raw)


_VAGUE = {"approximately", "roughly", "shortly", "just", "early", "late"}


@lru_cache(maxsize=16384)
def _resolve(raw: str, pub: date | None, anchor: date | None) -> _Span | None:
    s, had_time = _normalise(raw)
    if not set(s.split()) - _FILLER - _VAGUE:
        # Only a clock time or time of day ("around 4:30 p.m."): the anchor's day, if any.
        return None if anchor is None or not had_time else (anchor, None, "day")
    if _FUTURE.search(s):
        return None
    if (m := _ANCHOR.search(s)) and "yesterday" not in s:
        return _from_anchor(m, s, anchor, pub)
    span = _from_season(s, pub) or _from_calendar(s, raw, pub) or _from_holiday(s, pub)
    if span is None and pub is not None:
        span = _from_pub(s, pub)
    return span or _from_dateparser(s, pub)
