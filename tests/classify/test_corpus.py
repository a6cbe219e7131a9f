from __future__ import annotations

import json
from pathlib import Path

from roydad.classify.corpus import read_corpus


def _line(rid: str, origin: str, sub: str | None = "Armed clash") -> str:
    return json.dumps({
        "id": rid, "text": f"Militants attacked a checkpoint in Zhob ({rid}).",
        "acled_event_type": "Battles" if sub else None, "acled_sub_event_type": sub,
        "plover": "ASSAULT" if sub else "NONE", "mode": None, "style": "wire",
        "negative": None, "origin": origin,
    })


def test_a_variant_is_split_with_the_snippet_it_comes_from(tmp_path: Path) -> None:
    lines = [_line(f"a-{i:04d}", "written") for i in range(40)]
    lines += [_line(f"a-v{i:03d}", f"variant:a-{i:04d}") for i in range(40)]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    snippets = {s.id: s for s in read_corpus([path])}
    for i in range(40):
        assert snippets[f"a-v{i:03d}"].part == snippets[f"a-{i:04d}"].part
    parts = {s.part for s in snippets.values()}
    assert parts == {"train", "calibration", "test"}


def test_null_labels_are_none(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(_line("c-0001", "written", sub=None) + "\n", encoding="utf-8")
    (snippet,) = read_corpus([path])
    assert (snippet.acled_sub, snippet.plover, snippet.root) == ("NONE", "NONE", "c-0001")
