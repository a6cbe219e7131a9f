"""End to end: extraction with the classifier's post-step on real-style reports."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord

REPORTS = [
    "BANNU, Pakistan (AP) — Militants attacked a police checkpoint in Bannu overnight, killing "
    "three policemen before officers returned fire and drove them off, police said.",
    "Unidentified gunmen shot dead a shopkeeper and his son outside their shop in Quetta.",
    "Around 300 teachers marched peacefully through Lahore on Sunday to demand unpaid salaries.",
    "The TTP may attack polling stations in the coming weeks, officials warned.",
]


def _run(extractor: Extractor, texts: list[str]) -> list[list[EventRecord]]:
    docs = [Document(id=f"r{i}", text=t, origin="test") for i, t in enumerate(texts)]
    return [records for _, records in extractor.extract(docs)]


@pytest.fixture(scope="module")
def typed() -> list[list[EventRecord]]:
    return _run(Extractor(), REPORTS)


def test_every_record_says_who_typed_it(typed: list[list[EventRecord]]) -> None:
    records = [r for rs in typed for r in rs]
    assert records
    assert all(r.type_source in ("rule", "model", "agree") for r in records)
    assert all(r.type_confidence is not None and 0 <= r.type_confidence <= 1 for r in records)


def test_who_is_hit_decides(typed: list[list[EventRecord]]) -> None:
    raid, shooting, march, _ = typed
    # the rules read the policemen as the target (an armed side: a battle); the model agrees
    assert [(r.acled_event_type, r.type_source) for r in raid if r.event_type == "ASSAULT"] == [
        ("Battles", "agree")]
    assert [r.acled_sub_event_type for r in shooting] == ["Attack"]
    assert "Peaceful protest" in [r.acled_sub_event_type for r in march]


def test_a_threat_stays_a_threat(typed: list[list[EventRecord]]) -> None:
    threat = typed[3]
    assert threat and all(r.event_type == "THREATEN" and r.type_source != "model"
                          for r in threat)


def test_rules_setting_does_not_classify() -> None:
    records = [r for rs in _run(Extractor(types="rules"), REPORTS[:2]) for r in rs]
    assert records and {(r.type_source, r.type_confidence) for r in records} == {("rule", None)}


def test_batched_extraction_equals_one_document_at_a_time(
        typed: list[list[EventRecord]]) -> None:
    extractor = Extractor(batch_size=1)
    alone = [_run(extractor, [text])[0] for text in REPORTS]
    strip = [[r.model_dump(exclude={"doc_id", "event_id"}) for r in rs] for rs in typed]
    assert strip == [[r.model_dump(exclude={"doc_id", "event_id"}) for r in rs] for rs in alone]
