"""Exports: roydad's incidents in the forms the field's tools read.

One small module per format, each a streaming function over `Iterable[Incident]` that writes to
an open stream and returns an `ExportResult` (rows written, incidents left out and why):

| format    | module            | opens in                                        |
|-----------|-------------------|-------------------------------------------------|
| acled     | export.acled      | anything that reads ACLED downloads (CSV)       |
| ucdp      | export.ucdp       | anything that reads UCDP GED (CSV)              |
| plover    | export.plover     | PLOVER/POLECAT tools (JSON lines)               |
| geojson   | export.geojson    | QGIS, geojson.io, web maps                      |
| graphml   | export.network    | Gephi, Cytoscape, yEd, networkx                 |
| gexf      | export.network    | Gephi, networkx                                 |
| ftm       | export.ftm        | Aleph / `ftm` tools (FollowTheMoney JSON lines) |
| jsonl     | export.tabular    | anything; lossless (the Incident model)         |
| csv       | export.tabular    | spreadsheets, pandas, R                         |
| parquet   | export.tabular    | pandas, polars, DuckDB, Spark                   |

`export.views` creates readable SQL views for Datasette. Heavy libraries (networkx,
followthemoney, pyarrow) are imported only by the format that needs them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

from roydad.export.result import ExportResult
from roydad.models import Incident

__all__ = ["FORMATS", "TABLES", "ExportResult", "Format", "write"]

TABLES = ("incidents", "claims")


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    suffix: str
    binary: bool
    help: str
    tables: tuple[str, ...] = ("incidents",)


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("acled", ".csv", False, "ACLED-style CSV, one row per incident"),
    Format("ucdp", ".csv", False, "UCDP GED-style CSV, one row per deadly incident"),
    Format("plover", ".jsonl", False, "PLOVER JSON lines"),
    Format("geojson", ".geojson", False, "GeoJSON points (QGIS, geojson.io)"),
    Format("graphml", ".graphml", True, "actor network as GraphML (Gephi, networkx)"),
    Format("gexf", ".gexf", True, "actor network as GEXF (Gephi)"),
    Format("ftm", ".ftm.json", False, "FollowTheMoney entities (Aleph)"),
    Format("jsonl", ".jsonl", False, "incidents as JSON lines (lossless)", TABLES),
    Format("csv", ".csv", False, "incidents or claims as CSV", TABLES),
    Format("parquet", ".parquet", True, "incidents or claims as Parquet", TABLES),
)}


def _writer(name: str, table: str, options: dict[str, Any]
            ) -> Callable[[Iterable[Incident], Any], ExportResult]:
    from roydad.export import acled, ftm, geojson, network, plover, tabular, ucdp

    writers: dict[tuple[str, str], Callable[[Iterable[Incident], Any], ExportResult]] = {
        ("acled", "incidents"): lambda i, o: acled.write_acled(i, o, **options),
        ("ucdp", "incidents"): lambda i, o: ucdp.write_ucdp(i, o, **options),
        ("plover", "incidents"): plover.write_plover,
        ("geojson", "incidents"): geojson.write_geojson,
        ("graphml", "incidents"): network.write_graphml,
        ("gexf", "incidents"): network.write_gexf,
        ("ftm", "incidents"): ftm.write_ftm,
        ("jsonl", "incidents"): tabular.write_jsonl,
        ("jsonl", "claims"): tabular.write_claims_jsonl,
        ("csv", "incidents"): tabular.write_incidents_csv,
        ("csv", "claims"): tabular.write_claims_csv,
        ("parquet", "incidents"): tabular.write_incidents_parquet,
        ("parquet", "claims"): tabular.write_claims_parquet,
    }
    if (name, table) not in writers:
        raise ValueError(f"format {name!r} does not export {table!r}")
    return writers[(name, table)]


def write(name: str, incidents: Iterable[Incident], out: IO[Any], *,
          table: str = "incidents", **options: Any) -> ExportResult:
    """Write incidents to `out` (text or binary, as `FORMATS[name].binary` says)."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}: choose one of {', '.join(FORMATS)}")
    return _writer(name, table, options)(incidents, out)
