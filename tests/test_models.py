"""The records that flow through roydad."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from roydad.models import Document, EventRecord, Evidence, content_hash


def test_same_article_hashes_the_same_whatever_the_whitespace_and_case() -> None:
    same = content_hash("gunmen killed a policeman.")
    assert content_hash("Gunmen  killed a\npoliceman.") == same
    assert content_hash("Gunmen killed a policeman.") != content_hash("Gunmen killed a soldier.")
    doc = Document(id="x", text="Gunmen killed a policeman.", origin="t")
    assert doc.content_hash == content_hash(doc.text)


def test_event_dates_must_be_iso_days() -> None:
    evidence = Evidence(text="x", start=0, end=1)
    ok = EventRecord(doc_id="d", event_id="e", event_type="ASSAULT", date="2024-03-05",
                     evidence=evidence, confidence=0.5, extractor="t")
    assert ok.date == "2024-03-05"
    with pytest.raises(ValidationError):
        EventRecord(doc_id="d", event_id="e", event_type="ASSAULT", date="5 March 2024",
                    evidence=evidence, confidence=0.5, extractor="t")
