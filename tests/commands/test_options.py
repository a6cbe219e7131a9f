"""The checks of the options several commands share."""

from __future__ import annotations

from datetime import date

import pytest
import typer

from roydad.commands.options import (
    EVENT_FORMATS,
    INCIDENT_FORMATS,
    check_format,
    event_type,
    one_of,
    parse_day,
)


def test_choices_read_as_a_sentence() -> None:
    assert one_of(EVENT_FORMATS) == "table, jsonl or csv"
    assert one_of(INCIDENT_FORMATS) == "table or jsonl"


def test_a_format_not_offered_is_a_usage_error() -> None:
    check_format("jsonl", INCIDENT_FORMATS)
    with pytest.raises(typer.BadParameter, match="choose table or jsonl"):
        check_format("csv", INCIDENT_FORMATS)


def test_days_and_event_types() -> None:
    assert parse_day("2024-03-05", "--since") == date(2024, 3, 5)
    assert parse_day(None, "--since") is None
    with pytest.raises(typer.BadParameter, match="is not a date"):
        parse_day("5 March", "--since")
    assert event_type(" assault ") == "ASSAULT"
    with pytest.raises(typer.BadParameter, match="unknown event type"):
        event_type("riot")
