from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from roydad.ingest import READERS, read_inputs, reader_for
from roydad.models import Document, Problem

Read = Callable[..., tuple[list[Document], list[Problem]]]


def make_tree(root: Path, text: str) -> None:
    """A folder as a user might hand over, with files that are not input among the inputs."""
    (root / "b" / "deeper").mkdir(parents=True)
    (root / "a").mkdir()
    (root / "z.txt").write_text(text, encoding="utf-8")
    (root / "b" / "deeper" / "one.txt").write_text(text, encoding="utf-8")
    (root / "b" / "two.jsonl").write_text(
        json.dumps({"id": "line-1", "text": text})
        + "\n"
        + json.dumps({"id": "line-2", "text": text})
    )
    (root / "a" / "m.txt").write_text(text, encoding="utf-8")
    (root / "a.txt").write_text(text, encoding="utf-8")
    # not inputs: passed over without a word (binary files are not: see below)
    (root / "README.md").write_text("# Corpus\n", encoding="utf-8")
    (root / ".hidden.txt").write_text(text, encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_text(text, encoding="utf-8")


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path, read: Read, kano: str) -> None:
    make_tree(tmp_path, kano)
    documents, problems = read(tmp_path)
    assert problems == []
    assert [(d.id, d.origin) for d in documents] == [
        ("a/m.txt", str(tmp_path / "a" / "m.txt")),
        ("a.txt", str(tmp_path / "a.txt")),
        ("b/deeper/one.txt", str(tmp_path / "b/deeper/one.txt")),
        ("line-1", f"{tmp_path / 'b' / 'two.jsonl'}:1"),
        ("line-2", f"{tmp_path / 'b' / 'two.jsonl'}:2"),
        ("z.txt", str(tmp_path / "z.txt")),
    ]


def test_a_binary_file_in_a_folder_is_reported_and_the_rest_read(
    tmp_path: Path, read: Read, kano: str
) -> None:
    (tmp_path / "report.txt").write_text(kano, encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    (tmp_path / "photo.bin").write_bytes(b"\x01\x02\x00\x03")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "notes.md").write_text("# what these are\n", encoding="utf-8")
    documents, problems = read(tmp_path)
    assert [d.id for d in documents] == ["report.txt"]
    assert [(Path(p.origin).name, p.message.split(":")[0]) for p in problems] == [
        ("notes.docx", "binary file"), ("photo.bin", "binary file"),
        ("scan.pdf", "binary file"),
    ]
    assert ".txt" in problems[0].message  # says what roydad reads


def test_ids_are_relative_to_the_folder_given(tmp_path: Path, read: Read, kano: str) -> None:
    make_tree(tmp_path, kano)
    documents, _ = read(tmp_path / "b")
    assert [d.id for d in documents] == ["deeper/one.txt", "line-1", "line-2"]


def test_inputs_are_read_in_the_order_given(tmp_path: Path, read: Read, kano: str) -> None:
    make_tree(tmp_path, kano)
    documents, _ = read(tmp_path / "z.txt", tmp_path / "a", str(tmp_path / "a.txt"))
    assert [d.id for d in documents] == ["z.txt", "m.txt", "a.txt"]


def test_unknown_extension_given_explicitly_is_one_problem(
    tmp_path: Path, read: Read, kano: str
) -> None:
    make_tree(tmp_path, kano)
    readme = tmp_path / "README.md"
    documents, problems = read(tmp_path / "a.txt", readme, tmp_path / "z.txt")
    assert [d.id for d in documents] == ["a.txt", "z.txt"]
    assert len(problems) == 1
    assert problems[0].origin == str(readme)
    assert problems[0].message.startswith("unsupported file type '.md'; expected one of .jsonl")


def test_missing_folder_is_one_problem(tmp_path: Path, read: Read, kano: str) -> None:
    make_tree(tmp_path, kano)
    documents, problems = read(tmp_path / "a", tmp_path / "no-such-folder", tmp_path / "z.txt")
    assert [d.id for d in documents] == ["m.txt", "z.txt"]
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'no-such-folder'}: no such file or directory"
    ]


def test_broken_link_in_a_folder_is_one_problem(tmp_path: Path, read: Read, kano: str) -> None:
    make_tree(tmp_path, kano)
    (tmp_path / "b" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    documents, problems = read(tmp_path / "b")
    assert len(documents) == 3
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'b' / 'gone.txt'}: no such file or directory"
    ]


def test_symlink_loop_is_read_once(tmp_path: Path, read: Read, kano: str) -> None:
    make_tree(tmp_path, kano)
    (tmp_path / "a" / "loop").symlink_to(tmp_path, target_is_directory=True)
    documents, problems = read(tmp_path)
    assert problems == []
    assert len(documents) == 6


def test_unreadable_subfolder_is_one_problem_simulated(
    tmp_path: Path, read: Read, kano: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path, kano)
    locked = tmp_path / "b"
    real_scandir = os.scandir

    # chmod cannot lock root out (the tests may run as root), so the refusal is simulated
    def refusing_scandir(path: Path) -> Any:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    documents, problems = read(tmp_path)
    assert [d.id for d in documents] == ["a/m.txt", "a.txt", "z.txt"]
    assert [str(p) for p in problems] == [f"{locked}: permission denied"]


@pytest.mark.skipif(os.geteuid() == 0, reason="folder permissions do not apply to root")
def test_unreadable_subfolder_is_one_problem(tmp_path: Path, read: Read, kano: str) -> None:
    make_tree(tmp_path, kano)
    locked = tmp_path / "b"
    locked.chmod(0)
    try:
        documents, problems = read(tmp_path)
    finally:
        locked.chmod(0o755)
    assert [d.id for d in documents] == ["a/m.txt", "a.txt", "z.txt"]
    assert [str(p) for p in problems] == [f"{locked}: permission denied"]


def test_reading_is_lazy(tmp_path: Path, kano: str) -> None:
    # the CLI writes events as documents come: nothing may be read before it is asked for
    (tmp_path / "a.txt").write_text(kano, encoding="utf-8")
    results = read_inputs([tmp_path / "a.txt", tmp_path / "b.txt"])
    first = next(results)
    assert isinstance(first, Document)
    (tmp_path / "b.txt").write_text(kano, encoding="utf-8")  # appears after the first
    assert isinstance(next(results), Document)


def test_empty_path_is_one_problem_not_the_current_folder(read: Read) -> None:
    documents, problems = read("")
    assert documents == []
    assert [(p.origin, p.message) for p in problems] == [("''", "empty path")]


def test_programmer_errors_raise() -> None:
    with pytest.raises(TypeError, match="sequence of paths"):
        list(read_inputs("corpus.jsonl"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_chars"):
        list(read_inputs([], max_chars=0))


@pytest.mark.parametrize(
    ("location", "name"),
    [
        ("news.jsonl", "jsonl"),
        ("NEWS.JSONL.GZ", "jsonl"),
        ("a/report.txt", "text"),
        ("page.HTM", "html"),
        ("page.html", "html"),
        ("wire.rss", "feed"),
        ("atom.xml", "feed"),
        ("https://example.org/feed.xml", "url"),
        ("http://example.org/news.jsonl", "url"),
        ("notes.md", None),
        ("archive.gz", None),
    ],
)
def test_reader_registry(location: str, name: str | None) -> None:
    reader = reader_for(location)
    assert (reader.name if reader else None) == name


def test_registry_names_are_unique() -> None:
    names = [reader.name for reader in READERS]
    assert len(names) == len(set(names))
