"""`roydad export FORMAT`: incidents (or their claims, or the stored events) in a standard
format, or Datasette's views of the database.

An export reads incidents from the store with the same filters as `roydad incidents` and
streams them: it never holds more than one incident (plus, for the network formats, the
aggregated graph) in memory. Rejected incidents are left out unless `--status rejected` or
`--include-rejected` asks for them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, TextIO, cast

import typer

from roydad.commands.common import err, notice_pending, open_cli_store
from roydad.commands.event_view import write_csv
from roydad.commands.incident_selection import KeptIncidents, describe, incident_filter
from roydad.commands.options import (
    ActorOption,
    Admin1Option,
    CertaintyOption,
    CountryOption,
    DbOption,
    IncidentLimitOption,
    MinSourcesOption,
    RejectedOption,
    SinceOption,
    StatusOption,
    TextOption,
    TypeOption,
    UntilOption,
    event_type,
    parse_day,
)

if TYPE_CHECKING:
    from roydad.export import Format
    from roydad.store import IncidentFilter, Store

commands = typer.Typer()


@commands.command("export")
def export(
    format_: Annotated[str, typer.Argument(
        metavar="FORMAT",
        help="acled, ucdp, plover, geojson, graphml, gexf, ftm, jsonl, csv, parquet or "
             "datasette (creates readable views in the database).")],
    output: Annotated[str | None, typer.Option(
        "-o", "--output", help="Output file ('-' for standard output); for datasette, "
                               "where to write Datasette's metadata.json.")] = None,
    table: Annotated[str, typer.Option(
        help="For jsonl/csv/parquet: incidents, claims or events (event mentions).")]
    = "incidents",
    db: DbOption = None, type_: TypeOption = None, country: CountryOption = None,
    admin1: Admin1Option = None, actor: ActorOption = None, since: SinceOption = None,
    until: UntilOption = None, status: StatusOption = None,
    certainty: CertaintyOption = None, text: TextOption = None,
    min_sources: MinSourcesOption = None, limit: IncidentLimitOption = None,
    include_rejected: RejectedOption = False,
    drop: Annotated[bool, typer.Option(help="datasette: drop the views instead.")] = False,
) -> None:
    """Export incidents in a standard format (see README, "Exports and reports")."""
    from roydad.export import FORMATS

    if format_ == "datasette":
        _datasette(db, output, drop)
        return
    if format_ not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}, datasette",
                                 param_hint="FORMAT")
    fmt = FORMATS[format_]
    if output is None:
        raise typer.BadParameter("give the output file", param_hint="-o")
    if table == "events":
        _export_events(fmt.name, output, db, type_, country, since, until, limit)
        return
    if table not in fmt.tables:
        raise typer.BadParameter(f"{fmt.name} exports {', '.join(fmt.tables)}",
                                 param_hint="--table")
    if fmt.name == "ftm":
        _require_followthemoney()
    flt = incident_filter(type_, country, admin1, actor, since, until, status, certainty, text,
                          min_sources, limit)
    _export_incidents(fmt, output, table, db, flt, include_rejected)


def _export_incidents(fmt: Format, output: str, table: str, db: str | None,
                      flt: IncidentFilter, include_rejected: bool) -> None:
    """Write the incidents (or their claims) the filter keeps; say how many, or why none."""
    from roydad.coding.party_codes import knowledge_base_lookup
    from roydad.export import write

    options: dict[str, Any] = (
        {"lookup": knowledge_base_lookup()} if fmt.name in ("acled", "ucdp") else {}
    )
    store = open_cli_store(db)
    try:
        kept = KeptIncidents(store.incidents(flt), flt, include_rejected)
        with _output(output, fmt.binary) as out:
            result = write(fmt.name, kept, out, table=table, **options)
        what = "actors" if fmt.name in ("graphml", "gexf") else (
            "entities" if fmt.name == "ftm" else "rows" if fmt.name != "geojson"
            else "features")
        err.print(f"exported {result.describe(what)} as {fmt.name} → {output}",
                  markup=False, soft_wrap=True)
        why = _why_empty(store, flt, kept) if result.written == 0 else None
        if why:
            err.print(f"nothing exported: {why}", markup=False, soft_wrap=True)
        else:
            notice_pending(store)
    finally:
        store.close()


def _why_empty(store: Store, flt: IncidentFilter, kept: KeptIncidents) -> str | None:
    """Why an export read no incident it could write, and what to do about it."""
    if kept.rejected and kept.read == kept.rejected:
        return (f"all {kept.read} matching incidents were rejected by an analyst; "
                "--include-rejected exports them")
    if kept.read:
        return None
    if store.count_incidents() == 0:
        waiting = store.count_unconsolidated()
        if waiting:
            return (f"there are no incidents yet, but {waiting} stored events wait to be "
                    f"grouped into incidents: run `roydad consolidate --db {store.url}`")
        if store.count_pending():
            return f"no documents are processed yet: run `roydad process --db {store.url}`"
        return (f"the database {store.url} holds no incidents: `roydad ingest FILES` then "
                "`roydad process` adds them")
    return f"no incidents match the filters ({describe(flt)})"


@contextmanager
def _output(path: str, binary: bool) -> Iterator[IO[Any]]:
    """The output stream: a file, or standard output for "-" (text formats only)."""
    if path == "-":
        if binary:
            raise typer.BadParameter("a binary format needs a file", param_hint="-o")
        yield sys.stdout
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if binary:
        with target.open("wb") as fh:
            yield fh
    else:
        with target.open("w", encoding="utf-8", newline="") as fh:
            yield fh


def _require_followthemoney() -> None:
    try:
        import followthemoney  # noqa: F401
    except ImportError:
        err.print("the ftm export needs followthemoney: pip install 'roydad[ftm]'",
                  markup=False)
        raise typer.Exit(2) from None


def _export_events(name: str, output: str, db: str | None, type_: str | None,
                   country: str | None, since: str | None, until: str | None,
                   limit: int | None) -> None:
    from roydad.store import EventFilter

    if name not in ("jsonl", "csv"):
        raise typer.BadParameter("events export as jsonl or csv", param_hint="--table")
    flt = EventFilter(event_type=event_type(type_),
                      country=country.upper() if country else None,
                      since=parse_day(since, "--since"), until=parse_day(until, "--until"),
                      limit=limit)
    store = open_cli_store(db)
    records = _Counted(store.events(flt))
    try:
        with _output(output, False) as out:
            if name == "csv":
                write_csv(records, cast(TextIO, out), store)
            else:
                for record in records:
                    out.write(record.to_json() + "\n")
    finally:
        store.close()
    err.print(f"exported {records.count} events as {name} → {output}", markup=False)


class _Counted:
    """An iterable that counts what went through it."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items
        self.count = 0

    def __iter__(self) -> Iterator[Any]:
        for item in self.items:
            self.count += 1
            yield item


def _datasette(db: str | None, output: str | None, drop: bool) -> None:
    from roydad.export.views import create_views, drop_views, write_datasette_metadata

    store = open_cli_store(db)
    try:
        if drop:
            drop_views(store.engine)
            err.print(f"dropped roydad's views in {store.url}", markup=False)
            return
        names = create_views(store.engine)
        database = Path(store.engine.url.database or "roydad").stem
    finally:
        store.close()
    err.print(f"created views {', '.join(names)} in {store.url}", markup=False)
    if output:
        write_datasette_metadata(Path(output), database)
        err.print(f"wrote Datasette metadata → {output} (datasette DB.db -m {output})",
                  markup=False)
