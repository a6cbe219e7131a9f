"""How stored events look: the table on the terminal and the CSV of `roydad events --format csv`
and `roydad export csv --table events`, each event with the places its document was read from."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TextIO

from rich.markup import escape
from rich.table import Table

from roydad.models import EventRecord, SourceRef

if TYPE_CHECKING:
    from roydad.store import Store

# Documents whose sources are looked up in one query.
_SOURCE_PAGE = 500

# `source` (the caller's ids of the document, with where each was read) came last, so that
# scripts reading the earlier columns by position keep working.
CSV_COLUMNS = [
    "event_id", "doc_id", "event_type", "mode", "acled_event_type", "acled_sub_event_type",
    "date", "date_end", "date_precision", "location", "admin1", "country", "lat", "lon",
    "actors", "recipients", "fatalities", "fatalities_low", "fatalities_high", "injured",
    "weapon", "certainty", "claims", "confidence", "evidence", "source",
]


def _names(record: EventRecord, role: str) -> str:
    return "; ".join(a.name for a in record.actors if a.role == role)


def sourced(
    store: Store | None, records: Iterable[EventRecord]
) -> Iterator[tuple[EventRecord, list[SourceRef]]]:
    """Each record with the places its document was read from, looked up a page at a time."""
    page: list[EventRecord] = []

    def flush() -> Iterator[tuple[EventRecord, list[SourceRef]]]:
        refs = store.source_refs(sorted({r.doc_id for r in page})) if store else {}
        for record in page:
            yield record, refs.get(record.doc_id, [])
        page.clear()

    for record in records:
        page.append(record)
        if len(page) == _SOURCE_PAGE:
            yield from flush()
    yield from flush()


def source_text(refs: list[SourceRef]) -> str:
    """"r1 (reports.jsonl:3)": the caller's id and where it was read, for each place."""
    return "; ".join(ref.id if ref.id == ref.origin else f"{ref.id} ({ref.origin})"
                     for ref in refs)


def write_csv(records: Iterable[EventRecord], out: TextIO, store: Store | None = None) -> None:
    """The records as CSV (CSV_COLUMNS), with their sources when a store is given."""
    from roydad.export.cells import SafeWriter  # cells safe to open in a spreadsheet

    writer = SafeWriter(out)
    writer.writerow(CSV_COLUMNS)
    for r, refs in sourced(store, records):
        loc = r.location
        writer.writerow([
            r.event_id, r.doc_id, r.event_type, r.mode, r.acled_event_type,
            r.acled_sub_event_type, r.date, r.date_end, r.date_precision,
            loc.name if loc else None, loc.admin1 if loc else None, loc.country if loc else None,
            loc.lat if loc else None, loc.lon if loc else None,
            _names(r, "actor"), _names(r, "recipient"), r.fatalities, r.fatalities_low,
            r.fatalities_high, r.injured, r.weapon, r.certainty,
            "; ".join(f"{c.kind}:{c.claimant or '-'}→{c.attributed_to or '-'}" for c in r.claims),
            r.confidence, r.evidence.text, source_text(refs),
        ])


def events_table(rows: Iterable[tuple[EventRecord, list[SourceRef]]]) -> Table:
    """One row per event, with the dead as a range when reports disagree."""
    table = Table(title="events")
    for col in ("date", "type", "mode", "place", "actors", "recipients", "dead", "certainty",
                "source"):
        table.add_column(col)
    for r, refs in rows:
        dead = r.fatalities if r.fatalities is not None else ""
        if r.fatalities_low != r.fatalities_high and (r.fatalities_low or r.fatalities_high):
            dead = f"{r.fatalities_low or '?'}–{r.fatalities_high or '?'}"
        place = ", ".join(
            p for p in ((r.location.name, r.location.country) if r.location else ()) if p
        )
        table.add_row(
            r.date or "", r.event_type, r.mode or "", escape(place), escape(_names(r, "actor")),
            escape(_names(r, "recipient")), str(dead), r.certainty,
            escape(", ".join(ref.id for ref in refs) or r.doc_id[:12]),
        )
    return table
