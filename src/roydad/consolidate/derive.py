"""An incident's fields from its reports: every rule stated here and stored in `Incident.rules`.

The principle is the design's "never collapse disagreement": where the reports agree the incident
takes their value; where they differ it takes a stated summary (a range, the most precise place)
and lists every value with the reports that gave it in `conflicts`. An analyst's edits
(`overrides`) are applied last, so a re-derivation after a new report arrives keeps them.

The rules (also written into `Incident.rules` so that exports and the UI can quote them):

- event_type / mode / ACLED types: the type most reports give, ties broken by the summed
  extractor confidence, then by the earliest report; mode and ACLED types are the most frequent
  non-null values among the reports of that type.
- date: the reports with the finest date precision decide; the date range runs from the earliest
  to the latest of their dates (a report's own span end included). Coarser reports are kept as
  conflicts only if they do not contain that range.
- location: the most precise place whose country (and admin1, where both give one) agrees with
  the country most reports name; a more precise place in another province is a conflict.
- actors: every (name, role) any report gives, with the number of reports that give it.
- fatalities, UCDP-style: each report's figure is its `fatalities` (or the middle of its range);
  low = the smallest lower bound, high = the largest upper bound, best = the median report
  figure (the lower middle for an even count: conservative, as UCDP's best estimate is).
- injured: low/high the same way.
- weapons: every weapon any report names, most reported first.
- certainty: the most certain of the reports (one report that asserts it outweighs rumours);
  "negated" only if every report negates it.
- claims: every claim of every report, each with its report; none is dropped or merged.
- confidence: 1 - Π(1 - cᵢ) over the reports (independent sources corroborate).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from statistics import median_low
from typing import Any

from roydad.models import (
    Certainty,
    FieldConflict,
    Incident,
    IncidentActor,
    IncidentClaim,
    IncidentSource,
    Location,
    Report,
    SourcedValue,
)

RULES: dict[str, str] = {
    "event_type": "the type most reports give (ties: summed confidence, then earliest report)",
    "date": "earliest to latest date among the reports with the finest date precision",
    "location": "the most precise place consistent with the majority country/admin1",
    "fatalities": "low = smallest lower bound, high = largest upper bound, best = median report",
    "injured": "low = smallest lower bound, high = largest upper bound",
    "certainty": "the most certain report; negated only if all reports negate",
    "actors": "every (name, role) any report gives, with its number of reports",
    "claims": "every claim of every report, with its report",
    "confidence": "1 - product(1 - confidence) over the reports",
}

# Most certain first.
CERTAINTY_ORDER: tuple[Certainty, ...] = (
    "asserted", "reported", "claimed", "alleged", "speculated", "hypothetical", "negated",
)
_DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_GEO_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4}

# Fields an analyst may set; each is an Incident field.
EDITABLE = frozenset({
    "event_type", "mode", "acled_event_type", "acled_sub_event_type", "date_start", "date_end",
    "date_precision", "location", "fatalities_low", "fatalities_best", "fatalities_high",
    "injured_low", "injured_high", "weapons", "certainty",
})


def derive_incident(
    incident_id: str,
    reports: Sequence[Report],
    *,
    overrides: Mapping[str, Any] | None = None,
    status: str = "machine",
    version: int = 1,
) -> Incident:
    """The incident made of `reports` (at least one), with `overrides` applied last."""
    if not reports:
        raise ValueError(f"incident {incident_id} has no reports")
    ordered = sorted(reports, key=_report_order)
    conflicts: list[FieldConflict] = []
    event_type = _event_type(ordered)
    typed = [r for r in ordered if r.record.event_type == event_type]
    fields: dict[str, Any] = {
        "incident_id": incident_id,
        "event_type": event_type,
        "mode": _most_common(typed, lambda r: r.record.mode),
        "acled_event_type": _most_common(typed, lambda r: r.record.acled_event_type),
        "acled_sub_event_type": _most_common(typed, lambda r: r.record.acled_sub_event_type),
        "actors": _actors(ordered),
        "weapons": _weapons(ordered),
        "certainty": _certainty(ordered),
        "claims": _claims(ordered),
        "sources": [_source(r) for r in ordered],
        "confidence": _confidence(ordered),
        "status": status,
        "version": version,
        "rules": dict(RULES),
    }
    if len({r.record.event_type for r in ordered}) > 1:
        conflicts.append(_conflict("event_type", ordered, lambda r: r.record.event_type))
    fields.update(_dates(ordered, conflicts))
    fields["location"] = _location(ordered, conflicts)
    fields.update(_fatalities(ordered, conflicts))
    fields.update(_injured(ordered))
    fields["conflicts"] = conflicts
    if overrides:
        unknown = set(overrides) - EDITABLE
        if unknown:
            raise ValueError(f"these incident fields cannot be edited: {sorted(unknown)}")
        fields.update(overrides)
        fields["rules"] = {
            **fields["rules"], **{name: "set by an analyst" for name in overrides}
        }
        _keep_in_range(fields, "fatalities_low", "fatalities_best", "fatalities_high")
    return Incident.model_validate(fields)


def _keep_in_range(fields: dict[str, Any], low: str, best: str, high: str) -> None:
    """low ≤ best ≤ high after an analyst's edit: a best figure outside the sources' range
    widens the range to include it (the analyst knows something the reports did not say)."""
    value = fields.get(best)
    if value is None:
        return
    if fields.get(low) is None or fields[low] > value:
        fields[low] = value
        fields["rules"][low] = "widened to the analyst's best figure"
    if fields.get(high) is None or fields[high] < value:
        fields[high] = value
        fields["rules"][high] = "widened to the analyst's best figure"


def _report_order(report: Report) -> tuple[str, str, str]:
    published = report.pub_date.isoformat() if report.pub_date else "9999-12-31"
    return (published, report.document_id, report.record.event_id)


def _most_common(reports: Sequence[Report], value: Callable[[Report], Any]) -> Any:
    counts = Counter(v for r in reports if (v := value(r)) is not None)
    if not counts:
        return None
    # Counter.most_common keeps first-seen order among ties; reports are in publication order.
    return counts.most_common(1)[0][0]


def _event_type(reports: Sequence[Report]) -> str:
    score: dict[str, tuple[int, float, int]] = {}
    for index, report in enumerate(reports):
        kind = report.record.event_type
        count, weight, first = score.get(kind, (0, 0.0, index))
        score[kind] = (count + 1, weight + report.record.confidence, min(first, index))
    return max(score, key=lambda k: (score[k][0], score[k][1], -score[k][2]))


def _conflict(
    name: str, reports: Sequence[Report], value: Callable[[Report], str | int | float | None]
) -> FieldConflict:
    grouped: dict[str | int | float | None, list[str]] = defaultdict(list)
    for report in reports:
        grouped[value(report)].append(report.record.event_id)
    return FieldConflict(
        field=name,
        values=[SourcedValue(value=v, event_ids=ids) for v, ids in grouped.items()],
    )


def _dates(reports: Sequence[Report], conflicts: list[FieldConflict]) -> dict[str, Any]:
    dated = [r for r in reports if r.record.date is not None]
    if not dated:
        return {"date_start": None, "date_end": None, "date_precision": None}
    finest = min(_DATE_RANK.get(r.record.date_precision or "day", 0) for r in dated)
    decisive = [r for r in dated if _DATE_RANK.get(r.record.date_precision or "day", 0) == finest]
    starts = [r.record.date for r in decisive if r.record.date]
    ends = [r.record.date_end or r.record.date for r in decisive]
    start, end = min(starts), max(e for e in ends if e)
    if len({r.record.date for r in dated}) > 1:
        conflicts.append(_conflict("date", dated, lambda r: r.record.date))
    precision = next(p for p, rank in _DATE_RANK.items() if rank == finest)
    return {"date_start": start, "date_end": end if end != start else None,
            "date_precision": precision}


def _location(reports: Sequence[Report], conflicts: list[FieldConflict]) -> Location | None:
    placed = [r for r in reports if r.record.location is not None]
    if not placed:
        return None
    country = _most_common(placed, lambda r: _loc(r).country)
    admin1 = _most_common(placed, lambda r: _loc(r).admin1)
    consistent = [
        r for r in placed
        if _loc(r).country in (None, country)
        and (admin1 is None or _loc(r).admin1 in (None, admin1))
    ] or placed
    best = min(consistent, key=lambda r: _GEO_RANK.get(_loc(r).precision or "country", 5))
    names = {(_loc(r).name, _loc(r).admin1, _loc(r).country) for r in placed}
    if len(names) > 1:
        conflicts.append(_conflict("location", placed, lambda r: _place_label(_loc(r))))
    return _loc(best)


def _loc(report: Report) -> Location:
    assert report.record.location is not None
    return report.record.location


def _place_label(location: Location) -> str:
    return ", ".join(p for p in (location.name, location.admin1, location.country) if p)


def _bounds(point: int | None, low: int | None, high: int | None) -> tuple[int, int, int] | None:
    """A report's (low, figure, high) from its stated count and range, or None if it has none."""
    values = [v for v in (point, low, high) if v is not None]
    if not values:
        return None
    lo = low if low is not None else min(values)
    hi = high if high is not None else max(values)
    figure = point if point is not None else (lo + hi) // 2
    return lo, figure, hi


def _fatalities(reports: Sequence[Report], conflicts: list[FieldConflict]) -> dict[str, Any]:
    counted = [
        (r, b) for r in reports
        if (b := _bounds(r.record.fatalities, r.record.fatalities_low, r.record.fatalities_high))
    ]
    if not counted:
        return {"fatalities_low": None, "fatalities_best": None, "fatalities_high": None}
    figure = {r.record.event_id: b[1] for r, b in counted}
    if len(set(figure.values())) > 1:
        conflicts.append(_conflict(
            "fatalities", [r for r, _ in counted], lambda r: figure[r.record.event_id]
        ))
    return {
        "fatalities_low": min(b[0] for _, b in counted),
        "fatalities_best": median_low([b[1] for _, b in counted]),
        "fatalities_high": max(b[2] for _, b in counted),
    }


def _injured(reports: Sequence[Report]) -> dict[str, Any]:
    figures = [r.record.injured for r in reports if r.record.injured is not None]
    if not figures:
        return {"injured_low": None, "injured_high": None}
    return {"injured_low": min(figures), "injured_high": max(figures)}


def _actors(reports: Sequence[Report]) -> list[IncidentActor]:
    found: dict[tuple[str, str], IncidentActor] = {}
    counts: Counter[tuple[str, str]] = Counter()
    for report in reports:
        seen: set[tuple[str, str]] = set()
        for actor in report.record.actors:
            key = (actor.kb_id or actor.name.casefold(), actor.role)
            if key in seen:
                continue
            seen.add(key)
            counts[key] += 1
            if key not in found:
                found[key] = IncidentActor(
                    name=actor.name, role=actor.role, kind=actor.kind, sector=actor.sector,
                    country=actor.country, kb_id=actor.kb_id,
                )
    first_seen = {key: n for n, key in enumerate(found)}
    return [
        found[key].model_copy(update={"reports": counts[key]})
        for key in sorted(found, key=lambda k: (-counts[k], first_seen[k]))
    ]


def _weapons(reports: Sequence[Report]) -> list[str]:
    counts = Counter(r.record.weapon for r in reports if r.record.weapon)
    return [weapon for weapon, _ in counts.most_common()]


def _certainty(reports: Sequence[Report]) -> Certainty:
    values = {r.record.certainty for r in reports}
    if values == {"negated"}:
        return "negated"
    return next(c for c in CERTAINTY_ORDER if c in values and c != "negated")


def _claims(reports: Sequence[Report]) -> list[IncidentClaim]:
    return [
        IncidentClaim(
            kind=claim.kind, claimant=claim.claimant, attributed_to=claim.attributed_to,
            certainty=claim.certainty, text=claim.text, event_id=report.record.event_id,
            document_id=report.document_id, publisher=report.publisher,
            pub_date=report.pub_date.isoformat() if report.pub_date else None,
        )
        for report in reports
        for claim in report.record.claims
    ]


def _source(report: Report) -> IncidentSource:
    return IncidentSource(
        event_id=report.record.event_id, document_id=report.document_id, title=report.title,
        url=report.url, publisher=report.publisher,
        pub_date=report.pub_date.isoformat() if report.pub_date else None,
        certainty=report.record.certainty, evidence=report.record.evidence,
    )


def _confidence(reports: Sequence[Report]) -> float:
    doubt = 1.0
    for report in reports:
        doubt *= 1.0 - report.record.confidence
    return round(1.0 - doubt, 4)
