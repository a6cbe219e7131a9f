"""Scoring against event-level gold (UCDP/ACLED-style: one or a few gold events per text).

Definitions (all per document, summed over documents):

* **Candidates** for a gold event are the document's records whose PLOVER category can detect
  the gold event's category (types.yaml `detected_by`; UCDP's violence → ASSAULT or COERCE).
* **Matching** is one-to-one and greedy: every (gold event, candidate) pair is scored by how
  many fields agree (type, date, admin1, within 50 km, deaths in range, place name, actors);
  the best pairs are taken first, ties going to the more confident record, then to input order.
* **Event detection** — recall: matched gold events / gold events. Precision: matched records /
  records that are candidates for some gold event of their document (records of other
  categories are not judged: the gold does not annotate them).
* **Fields** are scored on gold events whose gold value is annotated (not null); a gold event
  without a match, or whose match gives no value, is wrong (recall = accuracy). Precision is
  over matched records that give a value.
  - `date`: same day; `date ±1 day` / `date ±3 days`: within the gold [date, date_end]
    widened by one / three days.
  - `admin1`: same name after aliases (aliases.yaml); a record whose location is itself an
    admin1 (`precision: admin1`) names it in `name`. `admin1 (current boundaries)`: the same
    after mapping both sides through aliases.yaml `admin1_successors` (FATA -> Khyber
    Pakhtunkhwa), for a gazetteer that knows only today's divisions.
  - `location within 25/50 km`: great-circle distance when both give coordinates; the median
    and mean error are measures, and so is the median over records placed at admin2 precision
    or finer (a report that names no place is placed at its province or country, whose
    representative point may lie hundreds of km away: that is the extractor's limit, not the
    gazetteer's). Precision is the share within 25/50 km of the records that
    give coordinates; recall (accuracy) that of all gold events with coordinates.
  - `fatalities`: the record's `fatalities` (or its low = high range) equals the gold number.
    `deaths within range`: the gold number lies in [low, high], where low is
    `fatalities_low`, else `fatalities`, else `fatalities_high`, and high the other way round —
    a point prediction is its own range.
  - `actor1`/`actor2`: the gold side's name matches (`Vocabulary.names_match`: variants from
    aliases.yaml, distinctive words contained or mostly shared) the `text` or `name` of a
    predicted actor of role `actor` (actor1) or `recipient`
    (actor2); for dyadic gold types (types.yaml `unordered_sides`) of either role. In a mutual
    event (an armed clash: export/acled.yaml `mutual`) the record lists both sides as actors,
    and those after the first named are actor2's too. For gold of an ACLED event type the side
    `roydad export acled` codes for the record alone also counts (`eval/coded.py`: a claimed
    party, "Unidentified Armed Group (Country)" when no one is named), and a generic ACLED label
    matches the same label (its words are all generic, so names alone never match).
  - `weapon`, `location name`: names match, or the weapon's head words are equal.
  - `ACLED event type`, `ACLED sub-event type`: only for gold whose type is ACLED's.
* **No-event documents** (`"gold": null`, e.g. "an assault on press freedom") expect no record
  that ACLED codes. The row `no-event documents without a false alarm` counts those documents
  left without a record carrying an `acled_event_type` (its accuracy is the share left clean);
  the measure `false alarms on no-event documents` counts the offending records.

**Resolution** rows (`RESOLUTION`: dates, admin1, distances, actors by role) are those that
judge the resolvers (dates to the calendar, places to the gazetteer, actors to the knowledge
base) rather than what the extractor found; the report shows them as their own section.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from roydad.eval.coded import RecordCoder, same_label, second_side
from roydad.eval.gold import GoldDocument, GoldEvent
from roydad.eval.report import MeasureRow, ScoreRow, Tally
from roydad.eval.vocab import Vocabulary, head_word, load_vocabulary
from roydad.models import EventRecord

EARTH_RADIUS_KM = 6371.0088
_FINE = frozenset({"point", "city", "admin2"})

FIELDS = (
    "event type", "ACLED event type", "ACLED sub-event type", "location name", "fatalities",
    "deaths within range", "weapon",
    # resolution, in the order the report shows them
    "date", "date ±1 day", "date ±3 days", "admin1", "admin1 (current boundaries)",
    "location within 25 km", "location within 50 km", "actor1", "actor2",
)
RESOLUTION = frozenset(FIELDS[FIELDS.index("date"):])


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class Judgement:
    """One field of one gold event: did the matched record give a value, and is it right."""

    field: str
    predicted: bool
    correct: bool


def _parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def death_range(record: EventRecord) -> tuple[int, int] | None:
    """[low, high] of the record's fatalities (see the module docstring); None if unstated."""
    low = next((v for v in (record.fatalities_low, record.fatalities, record.fatalities_high)
                if v is not None), None)
    high = next((v for v in (record.fatalities_high, record.fatalities, record.fatalities_low)
                 if v is not None), None)
    return None if low is None or high is None else (low, high)


def _point_deaths(record: EventRecord) -> int | None:
    if record.fatalities is not None:
        return record.fatalities
    span = death_range(record)
    return span[0] if span and span[0] == span[1] else None


def _predicted_admin1(record: EventRecord) -> str | None:
    location = record.location
    if location is None:
        return None
    if location.admin1:
        return location.admin1
    return location.name if location.precision == "admin1" else None


def _coordinates(record: EventRecord) -> tuple[float, float] | None:
    location = record.location
    if location is None or location.lat is None or location.lon is None:
        return None
    return location.lat, location.lon


@dataclass(frozen=True)
class EventJudge:
    """Judges a record against a gold event, field by field."""

    vocabulary: Vocabulary
    coder: RecordCoder = field(default_factory=RecordCoder)

    def judge(self, gold: GoldEvent, record: EventRecord | None) -> list[Judgement]:
        """A judgement for every field the gold annotates; no record means every one is wrong."""
        out: list[Judgement] = []
        for name in FIELDS:
            if self.annotated(name, gold):
                given, right = self.check(name, gold, record) if record else (False, False)
                out.append(Judgement(name, given, given and right))
        return out

    def annotated(self, name: str, gold: GoldEvent) -> bool:
        v = self.vocabulary
        match name:
            case "event type":
                return v.event_category(gold.event_type) is not None
            case "ACLED event type":
                return v.is_acled(gold.event_type)
            case "ACLED sub-event type":
                return v.is_acled(gold.event_type) and gold.sub_event_type is not None
            case "date" | "date ±1 day" | "date ±3 days":
                return gold.date is not None
            case "location within 25 km" | "location within 50 km":
                return gold.lat is not None and gold.lon is not None
            case "location name":
                return gold.location is not None
            case "fatalities" | "deaths within range":
                return gold.fatalities is not None
            case "admin1" | "admin1 (current boundaries)":
                return gold.admin1 is not None
            case "actor1" | "actor2" | "weapon":
                return getattr(gold, name) is not None
        raise AssertionError(f"unknown field {name!r}")

    def check(self, name: str, gold: GoldEvent, record: EventRecord) -> tuple[bool, bool]:
        """(the record gives a value for the field, the value is right)."""
        v = self.vocabulary
        match name:
            case "event type":
                return True, record.event_type == v.event_category(gold.event_type)
            case "ACLED event type":
                return _given_same(record.acled_event_type, gold.event_type)
            case "ACLED sub-event type":
                return _given_same(record.acled_sub_event_type, gold.sub_event_type)
            case "date":
                return record.date is not None, _parse_date(record.date) == gold.date
            case "date ±1 day" | "date ±3 days":
                days = 1 if name == "date ±1 day" else 3
                return record.date is not None, _within_days(
                    _parse_date(record.date), gold, days)
            case "admin1" | "admin1 (current boundaries)":
                admin1 = _predicted_admin1(record)
                key = v.admin1_key if name == "admin1" else v.admin1_current
                return admin1 is not None, admin1 is not None and gold.admin1 is not None and (
                    key(admin1) == key(gold.admin1))
            case "location within 25 km" | "location within 50 km":
                km = self.distance_km(gold, record)
                limit = 25.0 if "25" in name else 50.0
                return km is not None, km is not None and km <= limit
            case "location name":
                place = record.location.name if record.location else None
                return place is not None, _names(v, gold.location, [place])
            case "fatalities":
                deaths = _point_deaths(record)
                return deaths is not None, deaths == gold.fatalities
            case "deaths within range":
                span = death_range(record)
                return span is not None, span is not None and gold.fatalities is not None and (
                    span[0] <= gold.fatalities <= span[1])
            case "actor1" | "actor2":
                names: list[str | None] = list(self._side_names(name, gold, record))
                if v.is_acled(gold.event_type):  # and what an ACLED row codes (eval/coded.py)
                    names.append(self.coder.sides(record)[name == "actor2"])
                side = getattr(gold, name)
                return any(names), _names(v, side, names) or any(
                    same_label(side, n) for n in names)
            case "weapon":
                return record.weapon is not None, _weapons(v, gold.weapon, record.weapon)
        raise AssertionError(f"unknown field {name!r}")

    def _side_names(self, side: str, gold: GoldEvent, record: EventRecord) -> list[str]:
        unordered = self.vocabulary.sides_unordered(gold.event_type)
        role = "actor" if side == "actor1" else "recipient"
        # a mutual event's record lists both sides as actors: the second is actor2
        others = second_side(record) if side == "actor2" and self.coder.mutual(record) else []
        return [
            name for actor in record.actors
            if actor.role == role or (unordered and actor.role != "associated") or (
                actor in others)
            for name in (actor.text, actor.name)
        ]

    def distance_km(self, gold: GoldEvent, record: EventRecord | None) -> float | None:
        point = _coordinates(record) if record else None
        if point is None or gold.lat is None or gold.lon is None:
            return None
        return haversine_km(gold.lat, gold.lon, point[0], point[1])

    def agreement(self, gold: GoldEvent, record: EventRecord) -> int:
        wanted = {"event type", "date", "admin1", "location within 50 km", "location name",
                  "deaths within range", "actor1", "actor2"}
        # a generic gold side ("Unidentified Armed Group (X)") fits any record of its country:
        # it does not tell which record the gold event is
        wanted -= {f for f in ("actor1", "actor2")
                   if not self.vocabulary.name_keys(getattr(gold, f) or "")}
        return sum(j.correct for j in self.judge(gold, record) if j.field in wanted)


def _given_same(predicted: str | None, gold: str | None) -> tuple[bool, bool]:
    return predicted is not None, predicted is not None and gold is not None and (
        predicted.strip().casefold() == gold.strip().casefold()
    )


def _within_days(predicted: dt.date | None, gold: GoldEvent, days: int) -> bool:
    if predicted is None or gold.date is None:
        return False
    slack = dt.timedelta(days=days)
    return gold.date - slack <= predicted <= (gold.date_end or gold.date) + slack


def _names(v: Vocabulary, gold: str | None, predicted: Sequence[str | None]) -> bool:
    return gold is not None and any(p and v.names_match(gold, p) for p in predicted)


def _weapons(v: Vocabulary, gold: str | None, predicted: str | None) -> bool:
    if gold is None or predicted is None:
        return False
    head = head_word(gold)
    return v.names_match(gold, predicted) or (head is not None and head == head_word(predicted))


@dataclass
class EventScorer:
    """Accumulates the event-profile rows and measures over documents."""

    judge: EventJudge = field(default_factory=lambda: EventJudge(load_vocabulary()))
    detection: Tally = field(default_factory=Tally)
    fields: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    errors_km: list[float] = field(default_factory=list)
    fine_errors_km: list[float] = field(default_factory=list)  # admin2 precision or finer
    no_event: Tally = field(default_factory=Tally)  # documents that report no event
    false_alarms: int = 0  # ACLED-coded records of those documents
    alarm_types: Counter[str] = field(default_factory=Counter)  # their ACLED event types

    def add(self, gold: GoldDocument, predictions: Sequence[EventRecord]) -> None:
        assert gold.profile == "event"
        if gold.no_event:
            alarms = [r.acled_event_type for r in predictions if r.acled_event_type is not None]
            self.no_event.field(True, not alarms)
            self.false_alarms += len(alarms)
            self.alarm_types.update(alarms)
            return
        matches = self.match(gold.events, predictions)
        self.detection.n_gold += len(gold.events)
        self.detection.tp_gold += sum(m is not None for m in matches)
        self.detection.n_pred += sum(
            any(self._candidate(e, r) for e in gold.events) for r in predictions
        )
        self.detection.tp_pred += sum(m is not None for m in matches)
        for event, record in zip(gold.events, matches, strict=True):
            for judgement in self.judge.judge(event, record):
                self.fields[judgement.field].field(judgement.predicted, judgement.correct)
            km = self.judge.distance_km(event, record)
            if km is not None:
                self.errors_km.append(km)
                if record and record.location and record.location.precision in _FINE:
                    self.fine_errors_km.append(km)

    def match(self, events: Sequence[GoldEvent], predictions: Sequence[EventRecord]
              ) -> list[EventRecord | None]:
        """The record matched to each gold event, or None (greedy one-to-one, see above)."""
        pairs = sorted(
            (
                (-self.judge.agreement(event, record), -record.confidence, i, j)
                for i, event in enumerate(events)
                for j, record in enumerate(predictions)
                if self._candidate(event, record)
            )
        )
        matched: list[EventRecord | None] = [None] * len(events)
        taken: set[int] = set()
        for _, _, i, j in pairs:
            if matched[i] is None and j not in taken:
                matched[i] = predictions[j]
                taken.add(j)
        return matched

    def _candidate(self, event: GoldEvent, record: EventRecord) -> bool:
        v = self.judge.vocabulary
        return record.event_type in v.detecting_categories(v.event_category(event.event_type))

    @property
    def _only_no_event(self) -> bool:
        """Every document scored reports no event: rows about gold events would be empty."""
        return not self.detection.n_gold and bool(self.no_event.n_gold)

    def rows(self) -> list[ScoreRow]:
        rows = [] if self._only_no_event else [
            self.detection.row("event", "event detection", "detection")]
        rows.extend(self.fields[f].row("event", f, "field", resolution=f in RESOLUTION)
                    for f in FIELDS if self.fields[f].n_gold)
        if self.no_event.n_gold:
            rows.append(self.no_event.row("event", "no-event documents without a false alarm",
                                          "field"))
        return rows

    def measures(self) -> list[MeasureRow]:
        errors, fine = self.errors_km, self.fine_errors_km
        measures = [] if self._only_no_event else [
            MeasureRow(profile="event", field="location error median", n=len(errors),
                       value=statistics.median(errors) if errors else None, unit="km",
                       resolution=True),
            MeasureRow(profile="event", field="location error mean", n=len(errors),
                       value=statistics.fmean(errors) if errors else None, unit="km",
                       resolution=True),
            MeasureRow(profile="event", field="location error median (admin2 or finer)",
                       n=len(fine), value=statistics.median(fine) if fine else None, unit="km",
                       resolution=True),
        ]
        if self.no_event.n_gold:
            measures.append(MeasureRow(profile="event", field="false alarms on no-event documents",
                                       n=self.no_event.n_gold, value=float(self.false_alarms),
                                       unit="records"))
            # which ACLED types the false alarms take: a count that needs no reading of texts
            measures += [MeasureRow(profile="event", field=f"false alarms typed {kind}",
                                    n=self.no_event.n_gold, value=float(count), unit="records")
                         for kind, count in sorted(self.alarm_types.items())]
        return measures
