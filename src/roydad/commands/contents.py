"""What a database holds: `roydad events` lists the stored events, `roydad summary` counts
everything and shows the latest events."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from roydad.commands.common import notice_pending, open_cli_store, stdout_console
from roydad.commands.event_view import events_table, sourced, write_csv
from roydad.commands.options import (
    EVENT_FORMATS,
    CountryOption,
    DbOption,
    EventFormatOption,
    LimitOption,
    TypeOption,
    check_format,
    event_type,
    parse_day,
)

commands = typer.Typer()

# Listing the latest means reading every event: only for databases of a reasonable size.
_SUMMARY_SCAN_LIMIT = 20_000


@commands.command()
def events(
    db: DbOption = None,
    type_: TypeOption = None,
    country: CountryOption = None,
    since: Annotated[str | None, typer.Option(help="Events on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before (YYYY-MM-DD).")] = None,
    limit: LimitOption = None,
    format_: EventFormatOption = "table",
) -> None:
    """List stored events, each with its source (your id for the document).

    CSV gives each source with the file (and line) or URL it was read from."""
    from roydad.store import EventFilter

    check_format(format_, EVENT_FORMATS)
    flt = EventFilter(
        event_type=event_type(type_),
        country=country.upper() if country else None,
        since=parse_day(since, "--since"),
        until=parse_day(until, "--until"),
        limit=limit,
    )
    store = open_cli_store(db)
    notice_pending(store)
    records = store.events(flt)
    if format_ == "jsonl":
        for record in records:
            sys.stdout.write(record.to_json() + "\n")
    elif format_ == "csv":
        write_csv(records, sys.stdout, store)
    else:
        stdout_console().print(events_table(sourced(store, records)))
    store.close()


@commands.command()
def summary(
    db: DbOption = None,
    recent: Annotated[int, typer.Option(help="Also list this many recent events.")] = 10,
) -> None:
    """What is stored, and where."""
    from roydad.store import EventFilter

    store = open_cli_store(db)
    s = store.summary()
    where = store.engine.url
    location = (
        str(Path(where.database).resolve())
        if where.get_backend_name() == "sqlite" and where.database
        else store.url
    )
    table = Table(title=f"roydad database: {location}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in (
        ("documents", s.documents), ("sources", s.sources), ("processed", s.processed),
        ("pending", s.pending), ("events", s.events), ("incidents", store.count_incidents()),
    ):
        table.add_row(label, str(value))
    for kind, n in s.by_event_type.items():
        table.add_row(f"  {kind}", str(n))
    console = stdout_console()
    console.print(table)
    if recent > 0 and 0 < s.events <= _SUMMARY_SCAN_LIMIT:
        latest = sorted(store.events(EventFilter()), key=lambda r: r.date or "", reverse=True)
        console.print(events_table(sourced(store, latest[:recent])))
    notice_pending(store)
    store.close()
