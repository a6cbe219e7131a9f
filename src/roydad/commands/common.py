"""What every command shares: the consoles, opening the store with errors a person can act on,
finding the incident a command names, and the notice that stored events are not in incidents
yet. The options and the checks of their values are in `roydad.commands.options`."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console

if TYPE_CHECKING:
    from roydad.models import Incident
    from roydad.store import Store

err = Console(stderr=True)


def stdout_console() -> Console:
    """Standard output; tables keep a readable width when piped to a file or a log."""
    return Console(width=None if sys.stdout.isatty() else 160)


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


@contextmanager
def opened(db: str | None) -> Iterator[Store]:
    """The store for one command; a missing incident or a refused decision becomes a clear
    one-line error and exit code 1, and the store is closed either way."""
    from roydad.store import StaleEditError

    store = open_cli_store(db)
    try:
        yield store
    except (KeyError, ValueError, StaleEditError) as exc:
        # KeyError's str() is the repr of its message.
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        raise fail(str(message)) from None
    finally:
        store.close()


def who(by: str | None) -> str:
    """The analyst a decision is recorded for: --by, or the login name."""
    return by or getpass.getuser()


def fail(message: str) -> typer.Exit:
    """Say on stderr why the command stops; raise the result for exit code 1."""
    err.print(message, markup=False, soft_wrap=True)
    return typer.Exit(1)


def existing_incident(store: Store, incident_id: str) -> Incident:
    """The incident, or a clear error and exit code 1. Besides an incident id, the id you gave
    a document (a JSONL "id", a file name) or where it was read ("reports.jsonl:3") names the
    incident that document reports, when it reports one."""
    found = store.incident(incident_id)
    if found is not None:
        return found
    reporting = store.incidents_of_source(incident_id)
    if len(reporting) == 1:
        only = store.incident(reporting[0])
        assert only is not None
        return only
    if reporting:
        raise fail(
            f"{incident_id} is reported in {len(reporting)} incidents: "
            f"{', '.join(reporting)}; give one of these ids"
        )
    raise fail(
        f"no incident {incident_id} (nor a document of that id in any incident): "
        "`roydad incidents` lists them"
    )


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
