"""JSON lines, CSV and Parquet of incidents and claims, read back with their users' tools."""

from __future__ import annotations

import io

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from roydad.export.tabular import (
    CLAIM_COLUMNS,
    INCIDENT_COLUMNS,
    write_claims_csv,
    write_claims_parquet,
    write_incidents_csv,
    write_incidents_parquet,
    write_jsonl,
)
from roydad.models import Incident
from tests.export import incidents as sample

# The flat layouts of an incident and of a claim, in the order users' scripts read them.
INCIDENT_CSV_COLUMNS = [
    "incident_id", "event_type", "mode", "acled_event_type", "acled_sub_event_type",
    "date_start", "date_end", "date_precision", "place", "admin1", "admin2", "country",
    "latitude", "longitude", "geo_precision", "actors", "recipients", "associated",
    "fatalities_low", "fatalities_best", "fatalities_high", "injured_low", "injured_high",
    "weapons", "certainty", "confidence", "status", "version", "sources", "reports", "claims",
    "conflicts", "publishers", "document_ids", "source_ids",
]
CLAIM_CSV_COLUMNS = [
    "incident_id", "event_id", "document_id", "kind", "claimant", "attributed_to", "certainty",
    "text", "publisher", "pub_date",
]


def test_jsonl_is_lossless() -> None:
    out = io.StringIO()
    write_jsonl(sample.all_incidents(), out)
    back = [Incident.model_validate_json(line) for line in out.getvalue().splitlines()]
    assert back == sample.all_incidents()


def test_csv_of_incidents_and_claims_in_pandas() -> None:
    out = io.StringIO()
    write_incidents_csv(sample.all_incidents(), out)
    frame = pd.read_csv(io.StringIO(out.getvalue())).set_index("incident_id")
    assert list(frame.reset_index().columns) == INCIDENT_CSV_COLUMNS == list(INCIDENT_COLUMNS)
    tehran = frame.loc["inc-7e4a0000c0ffee01"]
    assert tehran["recipients"] == "Ekramuddin Saree; Mohammad Amin Almas"
    assert (tehran["sources"], tehran["claims"], tehran["conflicts"]) == (2, 4, 1)
    claims = io.StringIO()
    result = write_claims_csv(sample.all_incidents(), claims)
    claim_frame = pd.read_csv(io.StringIO(claims.getvalue()))
    assert list(claim_frame.columns) == CLAIM_CSV_COLUMNS == list(CLAIM_COLUMNS)
    assert len(claim_frame) == result.written == 8
    assert set(claim_frame["kind"]) == {"responsibility", "attribution", "accusation"}


def test_parquet_in_row_groups_with_typed_columns() -> None:
    many = sample.all_incidents() * 3
    out = io.BytesIO()
    result = write_incidents_parquet(many, out, batch_size=5)
    parquet = pq.ParquetFile(io.BytesIO(out.getvalue()))
    assert parquet.metadata.num_rows == result.written == 24
    assert parquet.metadata.num_row_groups == 5
    table = parquet.read()
    assert table.schema.field("actors").type == pa.list_(pa.string())
    assert table.schema.field("fatalities_best").type == pa.int64()
    first = table.slice(0, 1).to_pylist()[0]
    assert first["incident_id"] == "inc-0b1a1c2d3e4f5a6b" and first["actors"] == ["bomber"]
    claims = io.BytesIO()
    assert write_claims_parquet(many, claims).written == 24
    empty = io.BytesIO()
    assert write_incidents_parquet([], empty).written == 0
    assert pq.read_table(io.BytesIO(empty.getvalue())).num_rows == 0
