"""The options several commands share, declared once, and the checks of their values.

An option's help text is part of the command line people learn: commands whose options read
differently (`roydad events --since` says "Events on or after") keep their own declaration.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Annotated, get_args

import typer

from roydad.models import CALENDARS, Calendar, EventType

EVENT_TYPES: tuple[str, ...] = get_args(EventType)
EVENT_FORMATS = ("table", "jsonl", "csv")
INCIDENT_FORMATS = ("table", "jsonl")


def one_of(choices: Sequence[str]) -> str:
    """ "table, jsonl or csv": the choices as a help text or an error message names them."""
    return f"{', '.join(choices[:-1])} or {choices[-1]}"


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: $ROYDAD_DB or sqlite:///roydad.db)."),
]
CalendarOption = Annotated[
    str | None,
    typer.Option(
        "--calendar",
        help="Calendar of relative dates in documents that do not say (gregorian, solar-hijri).",
    ),
]
PubDateOption = Annotated[
    str | None,
    typer.Option("--pub-date", help="Publication date (YYYY-MM-DD) for .txt/.html inputs."),
]

# Filters of events and incidents.
TypeOption = Annotated[str | None, typer.Option("--type", help="PLOVER category.")]
CountryOption = Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-3.")]
ActorOption = Annotated[str | None, typer.Option(help="Actor name or kb id.")]
SinceOption = Annotated[str | None, typer.Option(help="On or after (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="On or before (YYYY-MM-DD).")]
TextOption = Annotated[str | None, typer.Option(help="Words in the evidence.")]
MinSourcesOption = Annotated[int | None, typer.Option(help="At least this many reports.")]
LimitOption = Annotated[int | None, typer.Option(help="At most this many.", min=0)]

# The filters of the commands that read incidents for an export or an analysis.
Admin1Option = Annotated[str | None, typer.Option(help="Province (admin1).")]
StatusOption = Annotated[
    str | None, typer.Option(help="machine/accepted/edited/rejected (default: all but rejected).")
]
CertaintyOption = Annotated[str | None, typer.Option(help="asserted, claimed, alleged, ...")]
IncidentLimitOption = Annotated[
    int | None, typer.Option(help="At most this many incidents.", min=0)
]
RejectedOption = Annotated[
    bool, typer.Option("--include-rejected", help="Keep incidents an analyst rejected.")
]

EventFormatOption = Annotated[str, typer.Option("--format", help=f"{one_of(EVENT_FORMATS)}.")]
IncidentFormatOption = Annotated[
    str, typer.Option("--format", help=f"{one_of(INCIDENT_FORMATS)}.")
]

# An analyst's decisions.
ByOption = Annotated[
    str | None, typer.Option("--by", help="Who decides (default: your login name).")
]
ReasonOption = Annotated[str | None, typer.Option("--reason", help="Why, for the audit trail.")]


def parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        message = f"{value!r} is not a date (YYYY-MM-DD)"
        raise typer.BadParameter(message, param_hint=option) from None


def calendar_option(value: str | None) -> Calendar | None:
    from roydad.ingest.base import InputError, parse_calendar

    try:
        return parse_calendar(value)
    except InputError:
        message = f"choose one of {', '.join(CALENDARS)}"
        raise typer.BadParameter(message, param_hint="--calendar") from None


def event_type(value: str | None) -> str | None:
    """--type in upper case, or a usage error that lists the types there are."""
    if value is None:
        return None
    wanted = value.strip().upper()
    if wanted not in EVENT_TYPES:
        raise typer.BadParameter(
            f"unknown event type {value!r}; choose one of {', '.join(EVENT_TYPES)}",
            param_hint="--type",
        )
    return wanted


def check_format(value: str, choices: Sequence[str]) -> None:
    """A usage error unless --format is one of the choices."""
    if value not in choices:
        raise typer.BadParameter(f"choose {one_of(choices)}", param_hint="--format")
