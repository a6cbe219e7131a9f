"""Plain tables of incidents and claims: JSON lines, CSV and Parquet.

- `jsonl`: one incident per line, exactly the `Incident` model (sources, claims, conflicts and the
  derivation rules included) — the lossless export, and what `Incident.model_validate_json`
  reads back.
- `csv` / `parquet` of incidents: one row per incident, flat columns (`INCIDENT_COLUMNS`); lists
  are joined with "; " in CSV and are real list columns in Parquet.
- `csv` / `parquet` of claims: one row per claim, with its incident and report.

Parquet is written in row groups of `batch_size` incidents with pyarrow, so a million incidents
never sit in memory at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from roydad.export.cells import SafeDictWriter
from roydad.export.result import ExportResult
from roydad.models import Incident

if TYPE_CHECKING:
    import pyarrow as pa

SEPARATOR = "; "
LIST_COLUMNS = ("actors", "recipients", "associated", "weapons", "publishers", "document_ids",
                "source_ids")
INT_COLUMNS = ("fatalities_low", "fatalities_best", "fatalities_high", "injured_low",
               "injured_high", "sources", "reports", "claims", "conflicts", "version")
FLOAT_COLUMNS = ("latitude", "longitude", "confidence")
INCIDENT_COLUMNS = (
    "incident_id", "event_type", "mode", "acled_event_type", "acled_sub_event_type",
    "date_start", "date_end", "date_precision", "place", "admin1", "admin2", "country",
    "latitude", "longitude", "geo_precision", "actors", "recipients", "associated",
    "fatalities_low", "fatalities_best", "fatalities_high", "injured_low", "injured_high",
    "weapons", "certainty", "confidence", "status", "version", "sources", "reports", "claims",
    "conflicts", "publishers", "document_ids", "source_ids",
)
CLAIM_COLUMNS = (
    "incident_id", "event_id", "document_id", "kind", "claimant", "attributed_to", "certainty",
    "text", "publisher", "pub_date",
)


def incident_row(incident: Incident) -> dict[str, Any]:
    """The flat row of an incident; list columns are Python lists."""
    loc = incident.location

    def names(role: str) -> list[str]:
        return [a.name for a in incident.actors if a.role == role]

    return {
        "incident_id": incident.incident_id,
        "event_type": incident.event_type,
        "mode": incident.mode,
        "acled_event_type": incident.acled_event_type,
        "acled_sub_event_type": incident.acled_sub_event_type,
        "date_start": incident.date_start,
        "date_end": incident.date_end,
        "date_precision": incident.date_precision,
        "place": loc.name if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "country": loc.country if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": loc.precision if loc else None,
        "actors": names("actor"),
        "recipients": names("recipient"),
        "associated": names("associated"),
        "fatalities_low": incident.fatalities_low,
        "fatalities_best": incident.fatalities_best,
        "fatalities_high": incident.fatalities_high,
        "injured_low": incident.injured_low,
        "injured_high": incident.injured_high,
        "weapons": list(incident.weapons),
        "certainty": incident.certainty,
        "confidence": incident.confidence,
        "status": incident.status,
        "version": incident.version,
        "sources": incident.source_count,
        "reports": len(incident.sources),
        "claims": len(incident.claims),
        "conflicts": len(incident.conflicts),
        "publishers": list(dict.fromkeys(s.publisher for s in incident.sources if s.publisher)),
        "document_ids": list(dict.fromkeys(s.document_id for s in incident.sources)),
        # The ids the documents were given where they came from (JSONL "id", file name).
        "source_ids": list(dict.fromkeys(r.id for s in incident.sources for r in s.refs)),
    }


def claim_rows(incident: Incident) -> Iterator[dict[str, Any]]:
    for claim in incident.claims:
        yield {
            "incident_id": incident.incident_id, "event_id": claim.event_id,
            "document_id": claim.document_id, "kind": claim.kind, "claimant": claim.claimant,
            "attributed_to": claim.attributed_to, "certainty": claim.certainty,
            "text": claim.text, "publisher": claim.publisher, "pub_date": claim.pub_date,
        }


def write_jsonl(incidents: Iterable[Incident], out: TextIO) -> ExportResult:
    result = ExportResult()
    for incident in incidents:
        out.write(incident.to_json() + "\n")
        result.written += 1
    return result


def write_claims_jsonl(incidents: Iterable[Incident], out: TextIO) -> ExportResult:
    result = ExportResult()
    for incident in incidents:
        for row in claim_rows(incident):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            result.written += 1
    return result


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {k: SEPARATOR.join(v) if isinstance(v, list) else v for k, v in row.items()}


def write_incidents_csv(incidents: Iterable[Incident], out: TextIO) -> ExportResult:
    writer = SafeDictWriter(out, fieldnames=INCIDENT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    result = ExportResult()
    for incident in incidents:
        writer.writerow(_flat(incident_row(incident)))
        result.written += 1
    return result


def write_claims_csv(incidents: Iterable[Incident], out: TextIO) -> ExportResult:
    writer = SafeDictWriter(out, fieldnames=CLAIM_COLUMNS, lineterminator="\n")
    writer.writeheader()
    result = ExportResult()
    for incident in incidents:
        for row in claim_rows(incident):
            writer.writerow(row)
            result.written += 1
    return result


def incident_schema() -> pa.Schema:
    import pyarrow as pa

    def column(name: str) -> pa.Field:
        if name in LIST_COLUMNS:
            return pa.field(name, pa.list_(pa.string()))
        if name in INT_COLUMNS:
            return pa.field(name, pa.int64())
        if name in FLOAT_COLUMNS:
            return pa.field(name, pa.float64())
        return pa.field(name, pa.string())

    return pa.schema([column(c) for c in INCIDENT_COLUMNS])


def claim_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema([pa.field(c, pa.string()) for c in CLAIM_COLUMNS])


def _write_batches(rows: Iterable[dict[str, Any]], out: BinaryIO, schema: pa.Schema,
                   batch_size: int) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    written = 0
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for row in rows:
            batch.append(row)
            if len(batch) >= batch_size:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                written += len(batch)
                batch = []
        if batch or written == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            written += len(batch)
    return written


def write_incidents_parquet(incidents: Iterable[Incident], out: BinaryIO,
                            batch_size: int = 10_000) -> ExportResult:
    rows = (incident_row(i) for i in incidents)
    return ExportResult(written=_write_batches(rows, out, incident_schema(), batch_size))


def write_claims_parquet(incidents: Iterable[Incident], out: BinaryIO,
                         batch_size: int = 10_000) -> ExportResult:
    rows = (row for i in incidents for row in claim_rows(i))
    return ExportResult(written=_write_batches(rows, out, claim_schema(), batch_size))
