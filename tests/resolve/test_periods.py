"""Halves of a year (roydad.resolve.periods), read through `resolve_date`."""

from __future__ import annotations

from datetime import date

from roydad.resolve.dates import resolve_date


def test_the_second_half_of_a_year_is_six_months() -> None:
    when = resolve_date("the second half of 2019", date(2024, 3, 1))
    assert when is not None
    assert (when.start, when.end, when.precision) == (date(2019, 7, 1), date(2019, 12, 31),
                                                      "month")


def test_the_first_half_of_last_year_counts_from_publication() -> None:
    when = resolve_date("in the first half of last year", date(2024, 3, 1))
    assert when is not None and (when.start, when.end) == (date(2023, 1, 1), date(2023, 6, 30))


def test_a_half_of_something_else_is_no_date() -> None:
    assert resolve_date("half of the villagers", date(2024, 3, 1)) is None
