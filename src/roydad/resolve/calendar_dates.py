"""Explicit calendar dates for `dates.py`: "18 October 2018", "between March 3 and 5",
"the 15th", "18 Hamal 1402", "1401/12/18", "Christmas", and the date arithmetic they share.

Text (already normalised by `dates._normalise`) becomes a string of one-letter shapes, which a
regular expression splits into one date or a range of two; missing fields are completed from
the publication date (the most recent match no later than pub + 1 day). Solar Hijri months and
years (1300-1500) go through `hijri.py`; with the Solar Hijri calendar hint, bare Solar Hijri
years ("in 1401") and bare month names ("in Asad") count too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from roydad.datafiles import load_data
from roydad.datafiles.lexicons import DatesFile
from roydad.resolve import hijri

Precision = Literal["day", "week", "month", "year"]
Span = tuple[date, date | None, Precision]
DAY = timedelta(days=1)
ORDER: tuple[Precision, ...] = ("day", "week", "month", "year")

LEXICON: dict[str, Any] = load_data("data/lexicons/dates.yaml", DatesFile)
SH_MONTHS = {w: int(m) for m, ws in LEXICON["solar_hijri_months"].items() for w in ws}
_HOLIDAYS: dict[str, list[int]] = LEXICON["holidays"]
_POSSESSIVE = "'s"
NUMBERS: dict[str, int] = LEXICON["numbers"]
MONTHS = {n: i + 1 for i, n in enumerate(LEXICON["months"])}
MONTHS |= {n[:3]: i for n, i in MONTHS.items()} | {"sept": 9}  # abbreviations ("Oct.")
WEEKDAYS = {n: i for i, n in enumerate(LEXICON["weekdays"])}


# --- date arithmetic -----------------------------------------------------------------------
def month_days(year: int, month: int) -> int:
    return (date(year + month // 12, month % 12 + 1, 1) - date(year, month, 1)).days


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(y, m + 1, min(d.day, month_days(y, m + 1)))


def floor(d: date, precision: Precision) -> date:
    """First day of the unit, so month- and year-precise dates compare at that granularity."""
    if precision == "month":
        return d.replace(day=1)
    return d.replace(month=1, day=1) if precision == "year" else d


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def sh_year(pub: date) -> int | None:
    """Solar Hijri year of pub, if inside the range `hijri` accepts (and one to spare)."""
    return hijri.year_of(pub) if hijri.MIN_YEAR < pub.year - 621 < hijri.MAX_YEAR else None


def _is_sh_year(y: int) -> bool:
    return hijri.MIN_YEAR <= y <= hijri.MAX_YEAR


# --- words -> one-letter shape string -> chunks and ranges ---------------------------------
# Shape letters: M month, D day, O ordinal day ("15th"), Y year, T numeric date, W weekday,
# F filler, C range connector, E early/mid/late, S since, L last/this/past, X anything else.
_TOKEN = re.compile(
    r"(?P<iso>\b\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\b)|(?P<num>\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d\d)\b)"
    r"|(?P<year>\b\d{4}\b|'\d\d\b)|(?P<day>\b\d{1,2}(?P<ord>st|nd|rd|th)?\b)|(?P<word>[a-z']+|\S)"
)
FILLER = {"the", "of", "on", "in", "at", "during", "between", "from", "around", "about", "by"}
_MODIFIER = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1, "late": 2, "end": 2}
_KIND = {w: "M" for w in [*MONTHS, *SH_MONTHS]} | {w: "W" for w in WEEKDAYS}
_KIND |= {w: "F" for w in FILLER} | {w: "E" for w in _MODIFIER} | {"since": "S"}
# "/" joins two days of one night ("the night of 5/6 June"); numeric dates are read whole first
_KIND |= {w: "C" for w in ("and", "to", "until", "till", "through", "thru", "-", "–", "—", "/")}
_KIND |= {w: "L" for w in ("last", "this", "past")}
_SHAPE = re.compile(r"(?P<pre>[ESL]{0,2})[FW]*(?P<a>[MDOYT](?:[FW]*[MDOYT]){0,2})"
                    r"(?:[FW]*C[FW]*(?P<b>[MDOYT](?:[FW]*[MDOYT]){0,2}))?")
# Words besides dates and qualifiers that may stand next to a bare Solar Hijri month name
# ("Asad this year"): anything else ("Bashar al-Asad") means the name is not a month.
_BARE_COMPANIONS = frozenset({"year", "month"})


@dataclass
class _Part:
    """A date with possibly missing fields; ``sh`` marks a Solar Hijri month or year."""

    y: int | None = None
    m: int | None = None
    d: int | None = None
    sh: bool = False
    bare_ok: bool = False  # a lone month name safe to read as a month (not "may", "jan")
    ordinal: bool = False
    full: tuple[int, ...] | None = None
    hint: bool = False  # the text is from a Solar Hijri source ("this year" is the Iranian one)


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


def _part(shape: str, values: list[Any], raw: str, sh_hint: bool, plain: bool) -> _Part | None:
    """One date from its atoms; ``plain``: the text has nothing but this date and qualifiers."""
    p = _Part(hint=sh_hint)
    for kind, val in zip(shape, values, strict=True):
        if (kind == "M" and p.m) or (kind in "DO" and p.d) or (kind == "Y" and p.y):
            return None  # two months or days or years: not one date
        if kind == "M":
            cased = val.title() in raw or val.upper() in raw
            sh = val not in MONTHS
            if p.y is not None and p.sh and not sh:
                return None  # "1401 October" under the Solar Hijri hint: two calendars
            p.sh, p.m = sh or p.sh, SH_MONTHS[val] if sh else MONTHS[val]
            if sh:  # Asad, Tir, Hut are also words and names: the hint, a capital, nothing else
                p.bare_ok = sh_hint and plain and cased
            else:  # "may" and "march" are also a verb and a noun: only capitalised ones are months
                p.bare_ok = (len(val) > 3 or val == "may") and (
                    val not in ("may", "march") or cased)
        elif kind in "DO":
            p.d, p.ordinal = val, kind == "O"
        elif kind == "Y":
            # With the hint a year of 1300-1500 is Solar Hijri ("October 1401" is then two
            # calendars); without it, only a Solar Hijri month makes the part Solar Hijri.
            if sh_hint and _is_sh_year(val) and p.m is not None and not p.sh:
                return None
            p.y, p.sh = val, p.sh or (sh_hint and _is_sh_year(val))
        elif kind == "T":
            p.full = val
    return p


def _complete(p: _Part, pub: date | None, last: bool, s: str) -> bool:
    """Give a yearless part the most recent year up to pub (+1 day); False if it can't stand."""
    if p.full is not None or p.y is not None:
        return True
    if p.m is None:  # only "the 17th" (the whole expression) stands without a month
        return p.ordinal and pub is not None and bool(re.fullmatch(r"(on )?the \d+\w\w", s))
    if pub is None or (p.d is None and not p.bare_ok):
        return False
    this_last = re.search(r"\b(this|last) year\b", s)  # "October this year" may be ahead
    if p.sh:
        if (year := sh_year(pub)) is None:
            return False
        if this_last and p.hint:  # without the hint, "last year" would be the Gregorian one
            p.y = year - (this_last[1] == "last")
            return True
        # 30 Esfand exists only in leap years: a missing day counts as "not this year".
        ok = (p.d or 1) <= hijri.month_length(year, p.m)
        ahead = not ok or hijri.to_gregorian(year, p.m, p.d or 1) > pub + DAY
        current = p.d is None and hijri.from_gregorian(pub)[1] == p.m
        p.y = year - (ahead or (last and current))  # "last Asad" is never the current month
    elif this_last:
        p.y = pub.year - (this_last[1] == "last")
    elif p.d is None:  # "in October"; "last October" is never the current month
        p.y = pub.year - (p.m > pub.month or (p.m == pub.month and last))
    else:
        this_year = safe_date(pub.year, p.m, p.d)
        p.y = pub.year - (this_year is None or this_year > pub + DAY)
    return True


def _unit(p: _Part, pub: date | None) -> tuple[date, date, Precision] | None:
    """First day, last day and precision of a completed part; None if impossible."""
    y, m, d = p.y, p.m, p.d
    try:
        if p.full is not None:
            return _numeric(p.full, pub)
        if y is None and d is not None and pub is not None:  # "the 17th": the latest 17th
            day = pub.replace(day=d) if d <= pub.day + 1 else add_months(pub, -1).replace(day=d)
            return day, day, "day"
        if p.sh and y is not None and _is_sh_year(y):
            if m is None:
                return (*hijri.year_span(y), "year") if d is None else None
            first, last = hijri.month_span(y, m)
            return (hijri.to_gregorian(y, m, d), hijri.to_gregorian(y, m, d), "day") if d \
                else (first, last, "month")
        if y is None or (m is None and (d is not None or not 1900 <= y <= (pub or date.max).year)):
            return None  # a bare year must be plausible: not "1630" (a time), not the future
        if p.sh or not 1000 <= y <= 2999:
            return None
        if m is None:
            return date(y, 1, 1), date(y, 12, 31), "year"
        if d is not None:
            return date(y, m, d), date(y, m, d), "day"
        return date(y, m, 1), date(y, m, month_days(y, m)), "month"
    except ValueError:
        return None


def _numeric(full: tuple[int, ...], pub: date | None) -> tuple[date, date, Precision] | None:
    """ISO or d/m/y numbers; an ambiguous d/m vs m/d takes the latest reading up to pub.

    A four-digit year of 1300-1500 is Solar Hijri ("1401/12/18", as Iranian and Afghan sources
    write dates): no report gives a Gregorian date of those centuries in numbers."""
    a, b, c = full
    year = c if c > 99 else c + (2000 if c < 50 else 1900)
    # Day-first (the region's usage) comes first, so it wins when nothing else decides.
    options = [(a, b, c)] if a > 31 else [(year, b, a), (year, a, b)]
    solar = _is_sh_year(options[0][0])
    found = [d for d in (_sh_date(*o) if solar else safe_date(*o) for o in options)
             if d is not None]
    past = sorted((d for d in found if pub is None or d <= pub + DAY), reverse=True)
    best = (past if pub is not None and past else found)[:1]
    return (best[0], best[0], "day") if best else None


def _sh_date(y: int, m: int, d: int) -> date | None:
    try:
        return hijri.to_gregorian(y, m, d)
    except ValueError:
        return None


def _range(a: _Part, b: _Part, pub: date | None, s: str) -> Span | None:
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
    return ua[0], ub[1], max(ua[2], ub[2], key=ORDER.index)


def _narrow(p: _Part, first: date, last: date, precision: Precision, third: int
            ) -> tuple[date, date]:
    """Early/mid/late: a third of a year (4 months) or of a month (days 1-10, 11-20, 21-end),
    counted in the part's own calendar."""
    if precision == "year" and p.sh and p.y is not None:
        return (hijri.month_span(p.y, 4 * third + 1)[0], hijri.month_span(p.y, 4 * third + 4)[1])
    if precision == "year":
        end = date(first.year, 4 * third + 4, 1)
        return date(first.year, 4 * third + 1, 1), end.replace(day=month_days(end.year, end.month))
    if p.sh and p.y is not None and p.m is not None:
        start = hijri.to_gregorian(p.y, p.m, 10 * third + 1)
        return start, last if third == 2 else start + 9 * DAY
    start = first.replace(day=10 * third + 1)
    return start, last if third == 2 else start.replace(day=start.day + 9)


def from_calendar(s: str, raw: str, pub: date | None, sh_hint: bool = False) -> Span | None:
    """The first explicit date or range in normalised text ``s`` (``raw``: as written)."""
    shape, values = _atoms(s)
    plain = all(k in "FESLCM" or v in _BARE_COMPANIONS for k, v in zip(shape, values, strict=True))
    for m in _SHAPE.finditer(shape):
        a = _part(m["a"], values[m.start("a"):m.end("a")], raw, sh_hint, plain)
        b = _part(m["b"], values[m.start("b"):m.end("b")], raw, sh_hint, plain) if m["b"] else None
        if a is None:
            continue
        pre = [values[i] for i in range(m.start("pre"), m.end("pre"))]
        if b is not None and (span := _range(a, b, pub, s)) is not None:
            return span
        if not _complete(a, pub, "last" in pre, s) or (span := _unit(a, pub)) is None:
            continue
        first, last, precision = span
        mods = [_MODIFIER[v] for v in pre if v in _MODIFIER]
        if mods and precision in ("year", "month"):
            first, last = _narrow(a, first, last, precision, mods[0])
        end = pub if "since" in pre and pub else last
        keep_end = mods or a.sh or "since" in pre
        return first, end if keep_end and end != first else None, precision
    return None


def from_holiday(s: str, pub: date | None) -> Span | None:
    if pub is not None and re.search(r"\bn[ao]w?r[ou]+z\b", s):  # Nowruz, Nauroz, Norooz
        year = sh_year(pub)
        return None if year is None else (hijri.nowruz(year), None, "day")
    for name, (month, day) in _HOLIDAYS.items():
        # the text comes without its possessive "'s" (`dates._normalise`): "new year day"
        if re.search(rf"\b{re.escape(name.replace(_POSSESSIVE, ''))}\b", s):
            p = _Part(m=month, d=day)
            span = _unit(p, pub) if _complete(p, pub, False, s) else None
            return (span[0], None, "day") if span else None
    return None
