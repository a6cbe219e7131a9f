"""GeoJSON (RFC 7946): incidents as points, for QGIS, geojson.io and any web map.

One FeatureCollection; one Point feature per incident with coordinates, `[longitude, latitude]`
in WGS 84 as the RFC requires. Properties are flat (strings and numbers, lists joined with "; ")
because QGIS and shapefile conversions show nested objects as unreadable text. The collection is
written feature by feature, so its size is not bounded by memory. Incidents without coordinates
are left out and counted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from roydad.export.notes import claim_sentences
from roydad.export.result import ExportResult
from roydad.export.tabular import SEPARATOR, incident_row
from roydad.models import Incident

# The incident row's columns that make a point's properties, in this order; lists are joined.
_PROPERTIES = (
    "incident_id", "date_start", "date_end", "date_precision", "event_type", "mode",
    "acled_event_type", "acled_sub_event_type", "place", "admin1", "admin2", "country",
    "geo_precision", "fatalities_low", "fatalities_best", "fatalities_high", "injured_low",
    "injured_high", "actors", "recipients", "claims", "weapons", "certainty", "confidence",
    "status", "sources", "publishers",
)


def properties(incident: Incident) -> dict[str, Any]:
    """The flat incident row (`tabular.incident_row`), with the claims as sentences."""
    row = incident_row(incident)
    row["claims"] = " ".join(claim_sentences(incident.claims))
    return {
        name: SEPARATOR.join(value) if isinstance(value, list) else value
        for name in _PROPERTIES
        for value in [row[name]]
    }


def feature(incident: Incident) -> dict[str, Any] | None:
    loc = incident.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    return {
        "type": "Feature",
        "id": incident.incident_id,
        "geometry": {"type": "Point", "coordinates": [round(loc.lon, 6), round(loc.lat, 6)]},
        "properties": properties(incident),
    }


def write_geojson(incidents: Iterable[Incident], out: TextIO) -> ExportResult:
    """Stream incidents with coordinates to `out` as one GeoJSON FeatureCollection."""
    result = ExportResult()
    out.write('{"type": "FeatureCollection", "features": [\n')
    for incident in incidents:
        found = feature(incident)
        if found is None:
            result.skip("without coordinates")
            continue
        if result.written:
            out.write(",\n")
        out.write(json.dumps(found, ensure_ascii=False))
        result.written += 1
    out.write("\n]}\n")
    return result
