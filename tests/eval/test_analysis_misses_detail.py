"""The finer reasons of date and place misses of long analyses (eval/analysis_misses.py)."""

from __future__ import annotations

from roydad.eval.analysis_gold import KeyEvent
from roydad.eval.analysis_misses import miss_detail
from roydad.models import EventRecord, Evidence, Location


def _record(date: str | None, place: str | None, precision: str = "day",
            geo: str = "city") -> EventRecord:
    location = Location(name=place, precision=geo) if place else None  # type: ignore[arg-type]
    return EventRecord.model_validate({
        "event_id": "e", "doc_id": "d", "event_type": "ASSAULT", "date": date,
        "date_precision": precision if date else None, "location": location,
        "evidence": Evidence(text="x", start=0, end=1), "confidence": 0.5, "extractor": "test"})


GOLD = KeyEvent(id="k", type=("ASSAULT",), date="2025-03-04",
                place=("Gao",))


def test_a_record_in_the_right_town_without_a_date_is_undated() -> None:
    assert miss_detail(GOLD, [_record(None, "Gao")]) == "date: undated"


def test_a_year_where_the_gold_has_a_day_is_vaguer() -> None:
    assert miss_detail(GOLD, [_record("2025-01-01", "Gao", "year")]) == (
        "date: vaguer than the gold")


def test_a_day_off_by_a_few_days_or_by_months() -> None:
    assert miss_detail(GOLD, [_record("2025-03-09", "Gao")]) == "date: within a week"
    assert miss_detail(GOLD, [_record("2025-06-01", "Gao")]) == "date: further off"


def test_place_misses_tell_unplaced_country_only_and_elsewhere() -> None:
    assert miss_detail(GOLD, [_record("2025-03-04", None)]) == "place: unplaced"
    assert miss_detail(GOLD, [_record("2025-03-04", "Mali", geo="country")]) == (
        "place: country only")
    assert miss_detail(GOLD, [_record("2025-03-04", "Ansongo")]) == "place: another place"


def test_a_found_type_with_nothing_else_has_no_detail() -> None:
    assert miss_detail(GOLD, [_record("2024-01-01", "Kidal")]) is None
