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
from roydad.models import Incident

SEPARATOR = "; "


def properties(incident: Incident) -> dict[str, Any]:
    loc = incident.location
    return {
        "incident_id": incident.incident_id,
        "date_start": incident.date_start,
        "date_end": incident.date_end,
        "date_precision": incident.date_precision,
        "event_type": incident.event_type,
        "mode": incident.mode,
        "acled_event_type": incident.acled_event_type,
        "acled_sub_event_type": incident.acled_sub_event_type,
        "place": loc.name if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "country": loc.country if loc else None,
        "geo_precision": loc.precision if loc else None,
        "fatalities_low": incident.fatalities_low,
        "fatalities_best": incident.fatalities_best,
        "fatalities_high": incident.fatalities_high,
        "injured_low": incident.injured_low,
        "injured_high": incident.injured_high,
        "actors": SEPARATOR.join(a.name for a in incident.actors if a.role == "actor"),
        "recipients": SEPARATOR.join(a.name for a in incident.actors if a.role == "recipient"),
        "claims": " ".join(claim_sentences(incident.claims)),
        "weapons": SEPARATOR.join(incident.weapons),
        "certainty": incident.certainty,
        "confidence": incident.confidence,
        "status": incident.status,
        "sources": incident.source_count,
        "publishers": SEPARATOR.join(dict.fromkeys(
            s.publisher for s in incident.sources if s.publisher)),
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
