"""The analysis endpoints: meta, facets, timeline, map, network and actors (what they read is
tested in tests/store/test_aggregates.py and tests/store/test_party_links.py)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.corpus import Corpus


def test_analysis_endpoints(viewer: TestClient, corpus: Corpus) -> None:
    meta = viewer.get("/api/v1/meta").json()
    assert meta["type_colours"]["ASSAULT"].startswith("#")
    assert "fatalities_best" in meta["editable_fields"]
    assert viewer.get("/api/v1/facets?country=AFG").json()["total"] == 2
    timeline = viewer.get("/api/v1/timeline?interval=week&type=ASSAULT").json()
    assert {b["event_type"] for b in timeline["buckets"]} == {"ASSAULT"}
    assert viewer.get("/api/v1/timeline?interval=day").status_code == 422
    points = viewer.get("/api/v1/map?type=PROTEST").json()
    assert [p["incident_id"] for p in points["points"]] == [corpus.protest]
    network = viewer.get("/api/v1/network?since=2024-09-01&parties=all").json()
    assert [(e["source"], e["target"]) for e in network["edges"]] == [
        ("United States", "Taliban")
    ]
    assert viewer.get("/api/v1/actors/Taliban").json()["as_actor"] == 2
    assert viewer.get("/api/v1/actors/Nobody").status_code == 404
    assert viewer.get("/api/v1/actors?prefix=united").json()[0]["value"] == "United States"
