"""A weekday written before the date it names (extract/when.py)."""

from __future__ import annotations

import datetime as dt

from roydad.extract.pipeline import Extractor
from roydad.models import Document


def test_a_weekday_followed_by_its_date_is_that_date(extractor: Extractor) -> None:
    # published on a Sunday: "Sunday" alone would be the day of publication
    text = ("Gunmen attacked a police station in Kano on Sunday, 6 October, before dawn, "
            "killing three officers.")
    doc = Document(id="t", text=text, origin="test", pub_date=dt.date(2024, 10, 13))
    [(_, records)] = list(extractor.extract([doc]))
    assert [r.date for r in records if r.event_type == "ASSAULT"] == ["2024-10-06"]


def test_a_frequency_since_a_month_is_dated_from_that_month(extractor: Extractor) -> None:
    text = "Rebels have shelled army positions in Rutshuru almost every night since March."
    doc = Document(id="t", text=text, origin="test", pub_date=dt.date(2024, 6, 20))
    [(_, records)] = list(extractor.extract([doc]))
    [attack] = [r for r in records if r.event_type == "ASSAULT"]
    assert (attack.date, attack.date_end) == ("2024-03-01", "2024-06-20")
