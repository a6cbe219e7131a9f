"""Why a key event of a long analysis was missed, by its nearest record (issue 13, section 8).

The alignment of `analysis_score` says only *that* a key event found no record. For work on
unseen articles the cause matters more than the event, and it can be counted without reading
the text: the missed event's nearest record is classified by which of the three conditions of
a match (type, date window, place) it meets.

* ``merged``: a record fits it but stands for another gold event (two happenings, one record);
* ``not happened``: a fitting record is hypothetical or negated;
* ``date``, ``place``, ``type``: a record meets the other two conditions but not this one (a
  ``type`` miss needs a gold date or place for the other two to say anything);
* ``type only``: records of its type exist, but none with its date or its place;
* ``no record``: no record of its type at all.

`miss_detail` says more of a ``date`` or ``place`` miss from the records that meet the other two
conditions: undated or unplaced, a date too vague for the gold's window, a day within a week or
further off, a place given only as a country, or another place. Like the causes, the details are
counts that need no reading of the text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from roydad.eval.analysis_gold import KeyEvent
from roydad.models import EventRecord

CAUSES = ("merged", "not happened", "date", "place", "type", "type only", "no record")


def miss_cause(gold: KeyEvent, counted: Sequence[EventRecord],
               not_happened: Sequence[EventRecord]) -> str:
    """The nearest cause of one missed key event (see the module's docstring)."""
    from roydad.eval.analysis_score import date_fits, place_fits

    def meets(record: EventRecord) -> tuple[bool, bool, bool]:
        return (record.event_type in gold.type, date_fits(record, gold),
                place_fits(record, gold))

    checks = [meets(r) for r in counted]
    if any(all(c) for c in checks):
        return "merged"
    if any(all(meets(r)) for r in not_happened):
        return "not happened"
    causes = (("date", 1), ("place", 2), ("type", 0)) if gold.date or gold.place else (
        ("date", 1), ("place", 2))
    for cause, missing in causes:
        if any(all(v for i, v in enumerate(c) if i != missing) for c in checks):
            return cause
    return "type only" if any(c[0] for c in checks) else "no record"


def miss_detail(gold: KeyEvent, counted: Sequence[EventRecord]) -> str | None:
    """A finer reason for a ``date`` or ``place`` miss (see the module's docstring), else None."""
    from roydad.eval.analysis_score import date_fits, place_fits, record_window

    cause = miss_cause(gold, counted, ())
    if cause == "date" and gold.date is not None:
        near = [r for r in counted if r.event_type in gold.type and place_fits(r, gold)]
        windows = [w for w in map(record_window, near) if w is not None]
        if not windows:
            return "date: undated"
        lo, hi = gold.date
        if any(w[0] <= hi and w[1] >= lo for w in windows):
            return "date: vaguer than the gold"
        gap = min(min(abs((w[0] - hi).days), abs((lo - w[1]).days)) for w in windows)
        return "date: within a week" if gap <= 7 else "date: further off"
    if cause == "place":
        near = [r for r in counted if r.event_type in gold.type and date_fits(r, gold)]
        located = [r.location for r in near if r.location is not None]
        if not located:
            return "place: unplaced"
        if all(loc.precision == "country" for loc in located):
            return "place: country only"
        return "place: another place"
    return None


def miss_details(key: Sequence[KeyEvent], pairs: dict[int, int],
                 records: Sequence[EventRecord], not_happened: frozenset[str]) -> Counter[str]:
    """The finer reasons of one article's date and place misses."""
    counted = [r for r in records if r.certainty not in not_happened]
    found = (miss_detail(gold, counted) for g, gold in enumerate(key) if g not in pairs)
    return Counter(detail for detail in found if detail)


def miss_causes(key: Sequence[KeyEvent], pairs: dict[int, int],
                records: Sequence[EventRecord], not_happened: frozenset[str]) -> Counter[str]:
    """Missed key events of one article counted by nearest cause."""
    counted = [r for r in records if r.certainty not in not_happened]
    dropped = [r for r in records if r.certainty in not_happened]
    return Counter(miss_cause(gold, counted, dropped)
                   for g, gold in enumerate(key) if g not in pairs)
