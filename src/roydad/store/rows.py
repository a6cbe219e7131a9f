"""Records ⇄ table rows. Pure functions, no database: the round trip is the whole point.

Whatever `event_rows` writes, `event_record` must rebuild into an equal EventRecord; the
store's tests check that on both backends.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from roydad.models import ActorRef, Claim, Document, EventRecord, Evidence, Location, Mention
from roydad.store.records import RunInfo

Row = dict[str, Any]
# What a query hands back (sqlalchemy RowMapping is keyed by names or columns).
StoredRow = Mapping[Any, Any]

_LOCATION_FIELDS = ("name", "admin1", "admin2", "country", "lat", "lon", "geonames_id", "precision")
_SCALAR_FIELDS = (
    "event_type", "mode", "acled_event_type", "acled_sub_event_type", "date_precision",
    "date_text", "fatalities", "fatalities_low", "fatalities_high", "injured", "weapon",
    "certainty", "confidence", "extractor", "type_source", "type_confidence",
)


@dataclass(slots=True)
class EventRows:
    """The rows of one batch of events, ready for executemany-style inserts."""

    events: list[Row] = field(default_factory=list)
    actors: list[Row] = field(default_factory=list)
    claims: list[Row] = field(default_factory=list)
    spans: list[Row] = field(default_factory=list)

    def add(self, record: EventRecord, *, document_id: str, run_id: int, position: int) -> None:
        event = record.event_id
        row: Row = {
            "event_id": event,
            "document_id": document_id,
            "run_id": run_id,
            "position": position,
            "doc_id": record.doc_id,
            "date": _iso_date(record.date, event, "date"),
            "date_end": _iso_date(record.date_end, event, "date_end"),
            "evidence_text": record.evidence.text,
            "evidence_start": record.evidence.start,
            "evidence_end": record.evidence.end,
            "has_location": record.location is not None,
        }
        row.update({name: getattr(record, name) for name in _SCALAR_FIELDS})
        location = record.location or Location()
        row.update({f"location_{name}": getattr(location, name) for name in _LOCATION_FIELDS})
        self.events.append(row)
        self.actors.extend(
            {"event_id": event, "position": i, **actor.model_dump()}
            for i, actor in enumerate(record.actors)
        )
        self.claims.extend(
            {"event_id": event, "position": i, **claim.model_dump()}
            for i, claim in enumerate(record.claims)
        )
        self.spans.extend(
            {
                "event_id": event,
                "position": i,
                "text": mention.text,
                "span_start": mention.start,
                "span_end": mention.end,
                "trigger": mention.trigger,
            }
            for i, mention in enumerate(record.mentions)
        )


def event_record(
    row: StoredRow,
    actors: Sequence[StoredRow],
    claims: Sequence[StoredRow],
    spans: Sequence[StoredRow],
) -> EventRecord:
    """Rebuild one EventRecord from its event_mentions row and its child rows (in order)."""
    location = None
    if row["has_location"]:
        location = Location(**{name: row[f"location_{name}"] for name in _LOCATION_FIELDS})
    return EventRecord(
        doc_id=row["doc_id"],
        event_id=row["event_id"],
        date=_date_text(row["date"]),
        date_end=_date_text(row["date_end"]),
        location=location,
        actors=[ActorRef(**_fields(a, ActorRef.model_fields)) for a in actors],
        claims=[Claim(**_fields(c, Claim.model_fields)) for c in claims],
        evidence=Evidence(
            text=row["evidence_text"], start=row["evidence_start"], end=row["evidence_end"]
        ),
        mentions=[
            Mention(text=s["text"], start=s["span_start"], end=s["span_end"], trigger=s["trigger"])
            for s in spans
        ],
        **{name: row[name] for name in _SCALAR_FIELDS},
    )


def _fields(row: StoredRow, names: Mapping[str, object]) -> dict[str, Any]:
    return {name: row[name] for name in names}


def _iso_date(value: str | None, event_id: str, name: str) -> date | None:
    """The contract's "YYYY-MM-DD" as a date; anything else is refused, not guessed at.

    Strict because the column is a DATE: a value that parsed loosely ("20240105") would come
    back in a different spelling and break the promise that events round-trip unchanged.
    """
    if value is None:
        return None
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        parsed = None
    if parsed is None or parsed.isoformat() != value:
        raise ValueError(f"event {event_id}: {name} {value!r} is not a YYYY-MM-DD date")
    return parsed


def _date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def utc_now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def run_info(row: StoredRow) -> RunInfo:
    finished = row["finished_at"]
    return RunInfo(
        id=row["id"], kind=row["kind"], extractor=row["extractor"],
        started_at=_aware(row["started_at"]),
        finished_at=_aware(finished) if finished is not None else None,
        status=row["status"], documents_seen=row["documents_seen"],
        documents_new=row["documents_new"], events=row["events"], problems=row["problems"],
    )


def document_row(doc: Document, digest: str, seq: int, now: datetime) -> dict[str, Any]:
    return {
        "id": digest, "ingest_seq": seq, "text": doc.text, "title": doc.title, "url": doc.url,
        "publisher": doc.publisher, "language": doc.language, "pub_date": doc.pub_date,
        "calendar": doc.calendar,
        "ingested_at": now, "processed_at": None, "processed_run_id": None,
    }


def source_row(doc: Document, digest: str, now: datetime, run_id: int | None) -> dict[str, Any]:
    return {
        "document_id": digest, "origin": doc.origin, "external_id": doc.id, "title": doc.title,
        "url": doc.url, "publisher": doc.publisher, "pub_date": doc.pub_date,
        "ingested_at": now, "run_id": run_id,
    }
