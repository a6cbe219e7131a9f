"""PLOVER JSON lines: the standard fields, offsets into the documents, contexts."""

from __future__ import annotations

import io
import json

from roydad.export.plover import write_plover
from tests.export import incidents as sample


def records() -> dict[str, dict]:  # type: ignore[type-arg]
    out = io.StringIO()
    write_plover(sample.all_incidents(), out)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(sample.all_incidents())
    return {r["id"]: r for r in map(json.loads, lines)}


def test_standard_fields_and_text_offsets() -> None:
    tehran = records()["inc-7e4a0000c0ffee01"]
    for key in ("id", "date", "enddate", "actor", "recipient", "event", "mode", "context",
                "event_loc", "event_text", "text_info", "cite_info"):
        assert key in tehran
    assert (tehran["date"], tehran["enddate"], tehran["event"], tehran["mode"]) == (
        "2025-12-24", "2025-12-24", "ASSAULT", "firearms")
    assert tehran["quad_code"] == 4
    incident = sample.tehran()
    assert tehran["event_text"] == [s.evidence.text for s in incident.sources]
    for info, source in zip(tehran["text_info"], incident.sources, strict=True):
        assert (info["doc_id"], info["start"], info["end"]) == (
            source.document_id, source.evidence.start, source.evidence.end)
        assert info["end"] - info["start"] == len(source.evidence.text)
    assert [c["publication"] for c in tehran["cite_info"]] == [
        "roydad sample wire", "Sample Crossroads Daily"]
    isi = next(a for a in tehran["actor"] if a["identifier_id"] == "isi")
    assert (isi["code"], isi["sector"]) == ("PAK", "SPY")
    assert tehran["event_loc"]["country_code"] == "IR" and tehran["event_loc"]["cc3"] == "IRN"
    assert len(tehran["claims"]) == 4 and tehran["dead"] == {"low": 1, "best": 1, "high": 2}


def test_contexts_from_sectors_modes_and_borders() -> None:
    found = records()
    assert "terrorism" in found["inc-0b1a1c2d3e4f5a6b"]["context"]  # suicide attack
    assert {"military", "international"} <= set(found["inc-08a0000000000008"]["context"])
    assert found["inc-14a0000000000014"]["context"] == []
    assert found["inc-00d0000000000000"]["date"] is None
