"""A report that names no death gives a toll of zero when it counts only the wounded or tells a
harm that does not kill by itself; a death told without a number stays unknown
(extract/implicit_zero.py, issue 13 section 7)."""

from __future__ import annotations

from datetime import date

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _violent(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="note", text=text, pub_date=date(2023, 5, 10), origin="test")
    records = next(iter(extractor.extract([doc])))[1]
    return [r for r in records if r.acled_event_type is not None]


@pytest.mark.parametrize(
    "text",
    [
        "On 8 May 2023, a hand grenade tossed into a bus terminal in Quetta wounded six "
        "passengers.",
        "Mortar rounds fired across the Line of Control injured two farmers in Kotli on Monday.",
        "On 7 May 2023, gunmen abducted a contractor and his driver near Tank.",
        "On 6 May 2023, police fired tear gas to break up a sit-in of nurses in Peshawar and "
        "detained eleven of them.",
    ],
)
def test_no_death_named_is_a_toll_of_zero(extractor: Extractor, text: str) -> None:
    records = _violent(extractor, text)
    assert records
    assert [(r.fatalities_low, r.fatalities, r.fatalities_high) for r in records[:1]] == [
        (0, 0, 0)]


@pytest.mark.parametrize(
    "text",
    [
        # a death without a number is no zero
        "On 8 May 2023, a barrel of chlorine dropped on a town left scores of residents dead "
        "and dozens more wounded.",
        # nothing is said of casualties: the toll is unknown
        "On 8 May 2023, army troops clashed with rebels near Kalehe. Casualties are not known.",
        # an attack whose deaths are counted keeps its count
        "On 8 May 2023, gunmen wounded four villagers and killed two in an attack near Bannu.",
    ],
)
def test_a_death_told_or_nothing_said_is_no_zero(extractor: Extractor, text: str) -> None:
    records = _violent(extractor, text)
    assert records
    assert records[0].fatalities != 0
