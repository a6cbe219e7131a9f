"""Flashbacks of a long article (roydad.extract.timeline, round 6b): a "when" clause dated by
the date just before it, a month or season counted back with "the previous", and a day counted
from a clause that tells an earlier happening again. Articles written for these tests."""

from __future__ import annotations

from datetime import date

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _records(extractor: Extractor, text: str, published: date) -> list[EventRecord]:
    doc = Document(id="article", text=text, pub_date=published, origin="test")
    return next(iter(extractor.extract([doc])))[1]


def _dates(records: list[EventRecord]) -> set[tuple[str | None, str | None]]:
    return {(r.date, r.date_end) for r in records if r.event_type == "ASSAULT"}


def test_since_a_month_when_a_raid_happened_dates_the_raid_to_that_month(
        extractor: Extractor) -> None:
    text = ("A province that stopped trading\n\n"
            "Since April last year, when bandits looted the cattle market at Gidan Mai and shot "
            "four herders, few buyers have come to the district.")
    records = _records(extractor, text, date(2024, 9, 20))
    assert ("2023-04-01", None) in _dates(records)
    assert all(end is None for _, end in _dates(records))


def test_the_previous_month_counts_back_from_the_month_told_last(extractor: Extractor) -> None:
    text = ("Years of raids\n\n"
            "Since February last year, when militiamen burned the clinic at Kalemba, nurses have "
            "refused to stay. And the previous September, gunmen had killed two teachers in "
            "Kalemba's school.")
    records = _records(extractor, text, date(2024, 6, 3))
    assert "2022-09-01" in {d for d, _ in _dates(records)}


def test_a_day_before_a_clause_that_tells_a_dated_attack_again(extractor: Extractor) -> None:
    text = ("A camp and a checkpoint\n\n"
            "On 22 July shells fell on the market of Dorobo, killing six women.\n\n"
            "Ten days before the market was shelled, gunmen had attacked a checkpoint at Karu.")
    records = _records(extractor, text, date(2024, 7, 30))
    assert any(r.date == "2024-07-12" for r in records if r.event_type == "ASSAULT")
