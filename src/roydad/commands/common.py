"""What every command shares: opening the store with errors a person can act on, the checks of
common options, and the notice that stored events are not in incidents yet."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, get_args

import typer
from rich.console import Console

from roydad.models import CALENDARS, Calendar, EventType

if TYPE_CHECKING:
    from roydad.store import Store

err = Console(stderr=True)
EVENT_TYPES: tuple[str, ...] = get_args(EventType)

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


class RoydadGroup(typer.core.TyperGroup):
    """The `roydad` command group: a database that cannot be opened, or a data file that does
    not fit its model, ends any command with one line that says why and what to do, and exit
    code 1, never a traceback."""

    # Any: typer vendors its own click, whose Context type it does not export.
    def invoke(self, ctx: Any) -> Any:
        from roydad.datafiles import DataFileError
        from roydad.store import SchemaTooNewError, StoreUnavailableError

        try:
            return super().invoke(ctx)
        except (StoreUnavailableError, SchemaTooNewError, DataFileError) as error:
            err.print(f"error: {error}", markup=False, soft_wrap=True)
            raise typer.Exit(1) from None


def open_cli_store(db: str | None, *, create: bool = False) -> Store:
    """The store named by --db; commands that only read (create=False) refuse an SQLite file
    that does not exist instead of creating an empty one."""
    from roydad.store import open_store

    return open_store(db, create=create)


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


def notice_pending(store: Store) -> None:
    """Say on stderr what a reader of incidents does not see yet, and the command that adds it."""
    for count, noun, state, command in (
        (store.count_unconsolidated(), "stored event", "in any incident",
         f"`roydad consolidate --db {store.url}` (or `roydad process`)"),
        (store.count_pending(), "document", "processed", f"`roydad process --db {store.url}`"),
    ):
        if count:
            err.print(
                f"note: {plural(count, noun)} {'is' if count == 1 else 'are'} not {state} "
                f"yet: run {command}",
                markup=False, soft_wrap=True,
            )


def plural(n: int, noun: str, many: str | None = None) -> str:
    """ "1 document", "2 documents" ("1 entry", "2 entries" with `many`)."""
    return f"{n} {noun if n == 1 else (many or noun + 's')}"
