"""In a short report an explicit day in the event's own sentence wins over a month or a year
the event took from another clause or a later sentence (extract/when.day_over_vaguer)."""

from __future__ import annotations

from datetime import date

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _records(extractor: Extractor, text: str, published: date) -> list[EventRecord]:
    doc = Document(id="note", text=text, pub_date=published, origin="test")
    return next(iter(extractor.extract([doc])))[1]


def _assault(extractor: Extractor, text: str, published: date) -> EventRecord:
    return next(r for r in _records(extractor, text, published) if r.event_type == "ASSAULT")


def test_a_count_of_this_years_attacks_does_not_date_the_attack(extractor: Extractor) -> None:
    text = ("Gunmen shot dead a lawyer outside the district court in Mardan on Thursday, the "
            "third killing of a lawyer in the province this year, his colleagues said.")
    record = _assault(extractor, text, date(2023, 9, 16))  # a Saturday
    assert (record.date, record.date_precision) == ("2023-09-14", "day")


def test_background_in_a_later_sentence_does_not_date_the_find(extractor: Extractor) -> None:
    text = ("The bodies of two shepherds with gunshot wounds were found on 11 March 2022 in "
            "the hills above Kohlu. Both had gone missing in 2021.")
    record = _assault(extractor, text, date(2022, 3, 14))
    assert record.date == "2022-03-11"


def test_a_day_that_dates_a_statement_does_not_count(extractor: Extractor) -> None:
    text = "In May, militants killed four guards at a mine in Zhob, officials said on Monday."
    record = _assault(extractor, text, date(2022, 6, 15))
    assert record.date != "2022-06-13"


def test_a_long_article_keeps_the_month(extractor: Extractor) -> None:
    filler = " ".join(f"Sentence {n} is about the economy of the region." for n in range(6))
    text = (f"{filler} In May, militants killed four guards at a mine in Zhob; on 3 June the "
            "company closed the site.")
    record = _assault(extractor, text, date(2022, 6, 15))
    assert (record.date, record.date_precision) == ("2022-05-01", "month")
