"""Building the gazetteer index (resolve/places/index_build.py): the parts that need no index."""

from __future__ import annotations

import json
import math
from pathlib import Path

from roydad.resolve.places import index_build as build


def test_streaming_reader_yields_every_value(tmp_path: Path) -> None:
    data = {"1": {"a": 1}, "2": {"b": [1, 2, {"c": "}"}]}, "3": {}}
    path = tmp_path / "x.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    assert list(build.iter_json_object_values(path)) == list(data.values())


def test_representative_point_weighting() -> None:
    centre = build.Centre()
    centre.add(1, 30.0, 70.0, 1_000_000)
    centre.add(2, 32.0, 70.0, 10_000)
    lat, lon = centre.point()
    # sqrt weights 1000:100 -> about a tenth of the way from the big town to the small one.
    assert math.isclose(lat, 30.0 + 2 * 100 / 1100, abs_tol=0.02) and math.isclose(lon, 70.0)
    assert centre.principal == 1 and centre.population == 1_010_000
