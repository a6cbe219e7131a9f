"""GeoJSON: a FeatureCollection of points that a GeoJSON schema (RFC 7946 shape) accepts."""

from __future__ import annotations

import io
import json

import jsonschema

from roydad.export.geojson import write_geojson
from tests.export import incidents as sample

POSITION = {"type": "array", "minItems": 2, "maxItems": 3,
            "prefixItems": [{"type": "number", "minimum": -180, "maximum": 180},
                            {"type": "number", "minimum": -90, "maximum": 90}]}
SCALAR = {"type": ["string", "number", "boolean", "null"]}
GEOJSON_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": {
            "type": "object",
            "required": ["type", "geometry", "properties"],
            "properties": {
                "type": {"const": "Feature"},
                "id": {"type": ["string", "number"]},
                "geometry": {"type": "object", "required": ["type", "coordinates"],
                             "properties": {"type": {"const": "Point"},
                                            "coordinates": POSITION}},
                # Flat properties: what QGIS shows as attribute columns.
                "properties": {"type": "object", "additionalProperties": SCALAR},
            },
        }},
    },
}


def test_features_validate_and_put_longitude_first() -> None:
    out = io.StringIO()
    result = write_geojson(sample.all_incidents(), out)
    collection = json.loads(out.getvalue())
    jsonschema.validate(collection, GEOJSON_SCHEMA)
    assert result.written == len(collection["features"]) == 7
    assert dict(result.skipped) == {"without coordinates": 1}
    balkh = next(f for f in collection["features"] if f["id"] == "inc-0b1a1c2d3e4f5a6b")
    assert balkh["geometry"]["coordinates"] == [67.11, 36.709]
    props = balkh["properties"]
    assert (props["admin1"], props["fatalities_high"], props["sources"]) == ("Balkh", 3, 1)
    assert "ISIS-K claimed responsibility" in props["claims"]


def test_a_schema_violation_is_caught() -> None:
    broken = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.7, 167.1]},
         "properties": {}}]}
    try:
        jsonschema.validate(broken, GEOJSON_SCHEMA)
    except jsonschema.ValidationError:
        return
    raise AssertionError("latitude 167 passed the schema")


def test_empty_input_is_an_empty_valid_collection() -> None:
    out = io.StringIO()
    write_geojson([], out)
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}
