"""The fresh blind codebook set (data/codebook/fresh/): it loads with the gold loader, covers
every ACLED sub-event type at least twice, and shares no text or document id with the codebook
set it must stay apart from. It is scored only, never used to fit rules."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from roydad.eval import load_gold

DATA = Path(__file__).resolve().parents[2] / "data" / "codebook"
FRESH, FRESH_NEGATIVES = "fresh.jsonl", "negatives_fresh.jsonl"
SUB_EVENT_TYPES = 25  # ACLED Codebook 2023


def _lines(name: str) -> Iterator[dict[str, object]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        for raw in handle:
            if raw.strip():
                yield json.loads(raw)


def test_both_files_load_and_negatives_have_no_gold() -> None:
    assert len(load_gold(DATA / FRESH)) >= 100
    negatives = load_gold(DATA / FRESH_NEGATIVES)
    assert len(negatives) >= 30
    assert all(doc.no_event for doc in negatives)


def test_every_sub_event_type_appears_at_least_twice() -> None:
    counts = Counter(str(line["gold"]["sub_event_type"])  # type: ignore[index]
                     for line in _lines(FRESH))
    assert len(counts) == SUB_EVENT_TYPES
    assert min(counts.values()) >= 2


def test_the_set_shares_no_text_or_id_with_the_codebook_set() -> None:
    fresh = [*_lines(FRESH), *_lines(FRESH_NEGATIVES)]
    old = [*_lines("codebook.jsonl"), *_lines("negatives.jsonl")]
    assert not {str(x["text"]) for x in fresh} & {str(x["text"]) for x in old}
    assert not {str(x["doc_id"]) for x in fresh} & {str(x["doc_id"]) for x in old}
    assert all(str(x["doc_id"]).startswith("fresh:") for x in fresh)
