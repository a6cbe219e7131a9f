from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from roydad.models import Document, Problem

Read = Callable[..., tuple[list[Document], list[Problem]]]


def write_lines(path: Path, lines: list[str | dict[str, object]]) -> Path:
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_reads_every_field_and_ignores_unknown_keys(
    tmp_path: Path, read: Read, mogadishu: str, kano: str
) -> None:
    path = write_lines(
        tmp_path / "news.jsonl",
        [
            {
                "id": "hiiraan-2023-0314",
                "text": mogadishu,
                "pub_date": "2023-03-15",
                "title": "Car bomb kills 12 in Mogadishu",
                "url": "https://hiiraan.example/2023/03/k4",
                "publisher": "Hiiraan Online",
                "language": "en",
                "section": "Africa",  # not in the contract: ignored
            },
            {"id": "kano-1", "text": kano, "pub_date": None},
        ],
    )
    documents, problems = read(path)
    assert problems == []
    assert documents == [
        Document(
            id="hiiraan-2023-0314",
            text=mogadishu,
            pub_date=date(2023, 3, 15),
            title="Car bomb kills 12 in Mogadishu",
            url="https://hiiraan.example/2023/03/k4",
            publisher="Hiiraan Online",
            language="en",
            origin=f"{path}:1",
        ),
        Document(id="kano-1", text=kano, origin=f"{path}:2"),
    ]


def test_pub_date_argument_fills_only_missing_dates(
    tmp_path: Path, read: Read, mogadishu: str, kano: str
) -> None:
    path = write_lines(
        tmp_path / "news.jsonl",
        [
            {"id": "a", "text": mogadishu, "pub_date": "2023-03-15"},
            {"id": "b", "text": kano},
        ],
    )
    documents, _ = read(path, pub_date=date(2024, 1, 2))
    assert [doc.pub_date for doc in documents] == [date(2023, 3, 15), date(2024, 1, 2)]


def test_blank_lines_are_skipped_silently_and_line_numbers_stay_true(
    tmp_path: Path, read: Read, mogadishu: str, kano: str
) -> None:
    path = write_lines(
        tmp_path / "news.jsonl",
        ["", {"id": "a", "text": mogadishu}, "   ", "", {"id": "b", "text": kano}],
    )
    documents, problems = read(path)
    assert problems == []
    assert [doc.origin for doc in documents] == [f"{path}:2", f"{path}:5"]


def test_gzip_compressed(tmp_path: Path, read: Read, mogadishu: str) -> None:
    path = tmp_path / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "a", "text": mogadishu}) + "\n")
    documents, problems = read(path)
    assert problems == []
    assert [(doc.id, doc.text) for doc in documents] == [("a", mogadishu)]


def test_crlf_and_byte_order_mark_are_normalised(tmp_path: Path, read: Read) -> None:
    path = tmp_path / "windows.jsonl"
    line = json.dumps({"id": "a", "text": "\ufeffFirst paragraph.\r\nSecond paragraph."})
    path.write_bytes(b"\xef\xbb\xbf" + line.encode() + b"\r\n")
    documents, problems = read(path)
    assert problems == []
    assert documents[0].text == "First paragraph.\nSecond paragraph."


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ('{"id": "x", "text": "Gunmen attacked', "invalid JSON"),
        ('["x", "Gunmen attacked a convoy."]', "expected a JSON object, found an array"),
        ('"Gunmen attacked a convoy."', "expected a JSON object, found a string"),
        ('{"text": "Gunmen attacked a convoy."}', 'missing "id"'),
        ('{"id": "", "text": "Gunmen attacked a convoy."}', '"id" is empty'),
        ('{"id": 17, "text": "Gunmen attacked a convoy."}', '"id" must be a string, not a number'),
        ('{"id": "x"}', 'missing "text"'),
        ('{"id": "x", "text": ""}', '"text" is empty'),
        ('{"id": "x", "text": " \\n\\t "}', '"text" is empty'),
        ('{"id": "x", "text": "Gunmen.", "pub_date": "14/03/2023"}', 'bad "pub_date"'),
        ('{"id": "x", "text": "Gunmen.", "pub_date": "2023-02-30"}', 'bad "pub_date"'),
        ('{"id": "x", "text": "Gunmen.", "pub_date": 20230314}', 'bad "pub_date"'),
        ('{"id": "x", "text": "Gunmen.", "title": ["a"]}', '"title" must be a string'),
        ('{"id": "x", "text": "Gunmen \\ud800 attacked."}', "unpaired surrogate"),
    ],
)
def test_bad_line_is_one_problem_and_its_neighbours_are_read(
    tmp_path: Path, read: Read, mogadishu: str, kano: str, bad_line: str, message: str
) -> None:
    path = write_lines(
        tmp_path / "news.jsonl",
        [{"id": "a", "text": mogadishu}, bad_line, {"id": "b", "text": kano}],
    )
    documents, problems = read(path)
    assert [doc.id for doc in documents] == ["a", "b"]
    assert len(problems) == 1
    assert problems[0].origin == str(path)
    assert problems[0].line == 2
    assert message in problems[0].message
    assert "\n" not in problems[0].message


def test_line_that_is_not_utf8(tmp_path: Path, read: Read, mogadishu: str) -> None:
    path = tmp_path / "news.jsonl"
    good = json.dumps({"id": "a", "text": mogadishu}).encode()
    bad = '{"id": "b", "text": "Le président a été tué."}'.encode("cp1252")
    path.write_bytes(good + b"\n" + bad + b"\n" + good.replace(b'"a"', b'"c"') + b"\n")
    documents, problems = read(path)
    assert [doc.id for doc in documents] == ["a", "c"]
    assert [(p.line, p.message) for p in problems] == [(2, "line is not valid UTF-8 (byte 27)")]


def test_document_over_the_limit_is_skipped(tmp_path: Path, read: Read) -> None:
    path = write_lines(
        tmp_path / "news.jsonl",
        [{"id": "short", "text": "x" * 100}, {"id": "long", "text": "x" * 101}],
    )
    documents, problems = read(path, max_chars=100)
    assert [doc.id for doc in documents] == ["short"]
    assert [(p.line, p.message) for p in problems] == [
        (2, "document of 101 characters exceeds the limit of 100; skipped")
    ]


def test_line_too_long_to_hold_a_document_is_skipped_without_parsing(
    tmp_path: Path, read: Read
) -> None:
    # max_chars=1 allows lines of 12 + 65536 bytes; the second line is far longer
    path = write_lines(
        tmp_path / "news.jsonl",
        [{"id": "a", "text": "x"}, {"id": "b", "text": "y" * 200_000}, {"id": "c", "text": "z"}],
    )
    documents, problems = read(path, max_chars=1)
    assert [doc.id for doc in documents] == ["a", "c"]
    assert len(problems) == 1
    assert problems[0].line == 2
    assert "cannot hold a document within the limit of 1 characters" in problems[0].message


def test_binary_file_is_one_problem(tmp_path: Path, read: Read) -> None:
    path = tmp_path / "photo.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\n" * 50)
    documents, problems = read(path)
    assert documents == []
    assert len(problems) == 1
    assert problems[0].origin == str(path)
    assert problems[0].line is None
    assert "binary file (contains NUL bytes)" in problems[0].message


def test_binary_data_after_good_lines_ends_the_file(
    tmp_path: Path, read: Read, mogadishu: str
) -> None:
    path = tmp_path / "news.jsonl"
    good = json.dumps({"id": "a", "text": mogadishu}).encode()
    filler = b"".join(good.replace(b'"a"', f'"{n}"'.encode()) + b"\n" for n in range(100))
    path.write_bytes(filler + b"\x00\x01\x02\n\x00\n" + good + b"\n")
    documents, problems = read(path)
    assert len(documents) == 100
    assert [(p.line, p.message) for p in problems] == [
        (101, "binary data (NUL bytes); not a JSON Lines file")
    ]


def test_corrupt_gzip_is_one_problem(tmp_path: Path, read: Read, mogadishu: str) -> None:
    path = tmp_path / "news.jsonl.gz"
    path.write_bytes(json.dumps({"id": "a", "text": mogadishu}).encode())  # not compressed
    documents, problems = read(path)
    assert documents == []
    assert len(problems) == 1
    assert problems[0].message.startswith("corrupt gzip file")


def test_truncated_gzip_keeps_the_lines_before_the_damage(
    tmp_path: Path, read: Read, mogadishu: str, kano: str
) -> None:
    lines = [json.dumps({"id": f"doc-{n}", "text": f"{mogadishu} ({n})"}) for n in range(200)]
    whole = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "news.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    documents, problems = read(path)
    assert 0 < len(documents) < 200
    assert [doc.id for doc in documents] == [f"doc-{n}" for n in range(len(documents))]
    assert len(problems) == 1
    assert problems[0].message.startswith("corrupt gzip file")


def test_markup_in_text_and_title_is_reduced_to_text(tmp_path: Path, read: Read) -> None:
    path = write_lines(
        tmp_path / "pasted.jsonl",
        [{
            "id": "r1",
            "title": "<b>Two police killed</b> in Peshawar &amp; Mardan",
            "publisher": "<span>Dawn</span>",
            "text": "Two police killed in Peshawar\nGunmen <script>alert(1)</script>killed two "
                    "<em>police officers</em> on Sunday, officials said.",
        }],
    )
    documents, problems = read(path)
    assert problems == []
    doc = documents[0]
    assert doc.title == "Two police killed in Peshawar & Mardan"
    assert doc.publisher == "Dawn"
    assert "<" not in doc.text and "alert" not in doc.text
    # a line break of the plain text still ends the headline
    assert doc.text == ("Two police killed in Peshawar\n\n"
                        "Gunmen killed two police officers on Sunday, officials said.")


def test_text_without_markup_is_kept_exactly(tmp_path: Path, read: Read) -> None:
    text = "Casualties were put at <5 by police, and 3 < 4 by medics.\n\nA second paragraph."
    path = write_lines(tmp_path / "plain.jsonl", [{"id": "r2", "text": text}])
    documents, _ = read(path)
    assert documents[0].text == text
