from __future__ import annotations

import os
import pathlib
import random
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from roydad.models import Document, Problem

Read = Callable[..., tuple[list[Document], list[Problem]]]


def test_file_given_directly_is_named_by_its_file_name(
    tmp_path: Path, read: Read, mogadishu: str
) -> None:
    path = tmp_path / "reports" / "k4-bombing.txt"
    path.parent.mkdir()
    path.write_text(mogadishu, encoding="utf-8")
    documents, problems = read(path)
    assert problems == []
    assert documents == [Document(id="k4-bombing.txt", text=mogadishu, origin=str(path))]


def test_pub_date_comes_from_the_argument(tmp_path: Path, read: Read, mogadishu: str) -> None:
    path = tmp_path / "k4.txt"
    path.write_text(mogadishu, encoding="utf-8")
    documents, _ = read(path, pub_date=date(2023, 3, 15))
    assert documents[0].pub_date == date(2023, 3, 15)


def test_text_is_kept_as_read_except_bom_and_crlf(tmp_path: Path, read: Read) -> None:
    path = tmp_path / "k4.txt"
    raw = "  MOGADISHU —\r\nA car bomb exploded.\r\n\r\n\tPolice said  12 died.\n"
    path.write_bytes(b"\xef\xbb\xbf" + raw.encode("utf-8"))
    documents, _ = read(path)
    # leading spaces, the tab, the double space and the last newline all stay: event
    # offsets point into this text
    assert documents[0].text == "  MOGADISHU —\nA car bomb exploded.\n\n\tPolice said  12 died.\n"


def test_legacy_encoding_is_decoded(tmp_path: Path, read: Read) -> None:
    text = (
        "Selon la police, l’explosion s’est produite mardi près du marché central de Gao ; "
        "douze personnes ont été tuées et une vingtaine blessées."
    )
    path = tmp_path / "gao.txt"
    path.write_bytes(text.encode("cp1252"))
    documents, problems = read(path)
    assert problems == []
    assert documents[0].text == text


def test_utf16_with_byte_order_mark_is_text_not_binary(
    tmp_path: Path, read: Read, kano: str
) -> None:
    path = tmp_path / "kano.txt"
    path.write_bytes(kano.encode("utf-16"))
    documents, problems = read(path)
    assert problems == []
    assert documents[0].text == kano


def read_one_bad(read: Read, tmp_path: Path, bad: Path, text: str, **kwargs: Any) -> Problem:
    """Read `bad` between two good files of a folder; return its one Problem."""
    (tmp_path / "a-before.txt").write_text(text, encoding="utf-8")
    (tmp_path / "z-after.txt").write_text(text, encoding="utf-8")
    documents, problems = read(tmp_path, **kwargs)
    assert [doc.id for doc in documents] == ["a-before.txt", "z-after.txt"]
    assert len(problems) == 1
    assert problems[0].origin == str(bad)
    assert problems[0].line is None
    return problems[0]


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t  \n"])
def test_empty_document(tmp_path: Path, read: Read, kano: str, content: bytes) -> None:
    bad = tmp_path / "m-empty.txt"
    bad.write_bytes(content)
    assert read_one_bad(read, tmp_path, bad, kano).message == "empty document (no text)"


def test_binary_file(tmp_path: Path, read: Read, kano: str) -> None:
    bad = tmp_path / "m-binary.txt"
    bad.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4)
    problem = read_one_bad(read, tmp_path, bad, kano)
    assert problem.message == "binary file (contains NUL bytes), not text"


def test_unknown_encoding(tmp_path: Path, read: Read, kano: str) -> None:
    bad = tmp_path / "m-noise.txt"
    noise = bytes(b for b in random.Random(7).randbytes(4000) if b)  # no NUL: not "binary"
    bad.write_bytes(noise)
    assert read_one_bad(read, tmp_path, bad, kano).message.startswith("unknown text encoding")


def test_document_over_the_limit(tmp_path: Path, read: Read, kano: str) -> None:
    bad = tmp_path / "m-long.txt"
    bad.write_text("x" * (len(kano) + 1), encoding="utf-8")
    problem = read_one_bad(read, tmp_path, bad, kano, max_chars=len(kano))
    assert problem.message == (
        f"document of {len(kano) + 1} characters exceeds the limit of {len(kano)}; skipped"
    )


def test_huge_file_is_refused_without_reading_it(tmp_path: Path, read: Read, kano: str) -> None:
    bad = tmp_path / "m-huge.txt"
    with bad.open("wb") as handle:
        for _ in range(20):
            handle.write(b"Gunmen attacked a village near Maiduguri. " * 25_000)  # ~1 MB
    assert bad.stat().st_size > 20_000_000
    tracemalloc.start()
    try:
        problem = read_one_bad(read, tmp_path, bad, kano)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000, f"reading used {peak} bytes"
    assert problem.message == (
        f"file of {bad.stat().st_size} bytes is too large: "
        "documents are limited to 1000000 characters; skipped"
    )


def test_missing_file(tmp_path: Path, read: Read, kano: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text(kano, encoding="utf-8")
    missing = tmp_path / "gone.txt"
    documents, problems = read(good, missing, good)
    assert len(documents) == 2
    assert [str(p) for p in problems] == [f"{missing}: no such file or directory"]


def test_unreadable_file(
    tmp_path: Path, read: Read, kano: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "m-locked.txt"
    bad.write_text(kano, encoding="utf-8")
    real_open = pathlib.Path.open

    # chmod cannot lock root out (the tests may run as root), so the refusal is simulated
    def refusing_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == bad:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", refusing_open)
    assert read_one_bad(read, tmp_path, bad, kano).message == "permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="file permissions do not apply to root")
def test_unreadable_file_for_real(tmp_path: Path, read: Read, kano: str) -> None:
    bad = tmp_path / "m-locked.txt"
    bad.write_text(kano, encoding="utf-8")
    bad.chmod(0)
    try:
        assert read_one_bad(read, tmp_path, bad, kano).message == "permission denied"
    finally:
        bad.chmod(0o644)


def test_first_line_of_a_report_is_its_title(tmp_path: Path, read: Read) -> None:
    path = tmp_path / "quetta.txt"
    path.write_text(
        "Suicide bomber kills 12 at Quetta police checkpoint\n\n"
        "QUETTA, Pakistan - A suicide bomber blew himself up at a police checkpoint on Monday, "
        "killing 12 people, police said.\n",
        encoding="utf-8",
    )
    documents, _ = read(path)
    assert documents[0].title == "Suicide bomber kills 12 at Quetta police checkpoint"
    # the headline stays part of the text: offsets point into the file as read
    assert documents[0].text.startswith("Suicide bomber kills 12")


def test_a_single_paragraph_or_a_long_first_line_is_no_title(tmp_path: Path, read: Read) -> None:
    one = tmp_path / "one.txt"
    one.write_text("Gunmen killed two police officers in Peshawar on Sunday.\n", encoding="utf-8")
    long = tmp_path / "long.txt"
    long.write_text("Gunmen killed two police officers " * 10 + "\nMore.\n", encoding="utf-8")
    lede = tmp_path / "lede.txt"
    lede.write_text("Gunmen killed two police officers in Peshawar on Sunday, police said.\n\n"
                    "No group has claimed the attack.\n", encoding="utf-8")
    documents, _ = read(one, long, lede)
    assert [d.title for d in documents] == [None, None, None]
