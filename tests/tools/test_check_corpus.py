"""tools/check_corpus.py: the corpus writers' validator."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "check_corpus.py"


@pytest.fixture(scope="module")
def checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_corpus", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_corpus"] = module
    spec.loader.exec_module(module)
    return module


def _row(rid: str, text: str, sub: str | None = "Armed clash",
         etype: str | None = "Battles", **extra: object) -> str:
    row = {"id": rid, "text": text, "acled_event_type": etype, "acled_sub_event_type": sub,
           "plover": "ASSAULT", "mode": "firearms", "style": "wire", "negative": None,
           "origin": "written", **extra}
    return json.dumps(row)


def _run(checker: ModuleType, tmp_path: Path, lines: list[str],
         capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    path = tmp_path / "violent.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = checker.main([str(path), "--quiet"])
    return code, capsys.readouterr().out


def test_a_valid_file_passes_with_a_warning_for_thin_classes(
        checker: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [_row("a-0001", "Militants attacked a police post in Zhob and police returned fire."),
             _row("a-0002", "Troops and TTP fighters exchanged fire for two hours near Mir Ali.")]
    code, out = _run(checker, tmp_path, lines, capsys)
    assert code == 0
    assert "Armed clash: 2 snippets (< 60)" in out


def test_labels_ids_and_texts_are_checked(
        checker: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Militants attacked a police post in Zhob and police returned fire."
    lines = [
        _row("a-0001", text),
        _row("a-0001", text.upper()),  # same id, same text
        _row("a-0003", "Gunmen shot dead a shopkeeper and his son in Quetta on Monday.",
             sub="Attack", etype="Battles"),  # Attack is not a Battles sub-event type
        _row("a-0004", "Police arrested six men after a raid on a house in Karachi.",
             plover="ARREST"),
        "{not json",
    ]
    code, out = _run(checker, tmp_path, lines, capsys)
    assert code == 1
    assert "duplicate id a-0001" in out
    assert "same text as" in out
    assert "'Attack' is not one of 'Battles'" in out
    assert "plover 'ARREST'" in out
    assert "not JSON" in out


def test_a_broad_corpus_row_in_the_snippet_style_is_valid(
        checker: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [_row("d-0001", "Fano militiamen and federal soldiers traded fire outside Debre Tabor.",
                  style="snippet"),
             _row("e-0001", "Bandits and vigilantes fought for an hour near Gusau.",
                  style="snippet")]
    code, out = _run(checker, tmp_path, lines, capsys)
    assert code == 1
    assert "violent.jsonl:1:" not in out  # the snippet style and the d- prefix are known
    assert "violent.jsonl:2: id 'e-0001' lacks a writer prefix" in out
