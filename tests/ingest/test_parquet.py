"""Parquet partitions: one document per row, read a batch at a time, bad rows reported by row."""

from __future__ import annotations

import gzip
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from roydad.ingest import read_inputs, reader_for
from roydad.models import Document, Problem

from .conftest import KANO, MOGADISHU


def _write(path: Path, columns: dict[str, Any], **kwargs: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table(columns), path, **kwargs)
    return path


def _read(*inputs: Path, **kwargs: Any) -> tuple[list[Document], list[Problem]]:
    items = list(read_inputs([str(i) for i in inputs], **kwargs))
    return (
        [i for i in items if isinstance(i, Document)],
        [i for i in items if isinstance(i, Problem)],
    )


def test_registered_for_parquet_files() -> None:
    reader = reader_for("2024/part-0.PARQUET")
    assert reader is not None and reader.name == "parquet"


def test_rows_become_documents_with_every_field(tmp_path: Path) -> None:
    path = _write(tmp_path / "news.parquet", {
        "id": ["a", "b"],
        "text": [MOGADISHU, KANO],
        "pub_date": pa.array([date(2024, 3, 5), None], pa.date32()),
        "title": ["Car bomb in Mogadishu", ""],
        "url": ["https://example.org/a", None],
        "publisher": ["Example Wire", None],
        "language": ["en", "en"],
        "calendar": [None, "solar-hijri"],
        "word_count": [120, 80],  # an unknown column: not read, not an error
    })
    docs, problems = _read(path, pub_date=date(2024, 1, 1))
    assert problems == []
    assert [d.id for d in docs] == ["a", "b"]
    first, second = docs
    assert first.text == MOGADISHU and first.pub_date == date(2024, 3, 5)
    assert (first.title, first.url, first.publisher, first.language) == (
        "Car bomb in Mogadishu", "https://example.org/a", "Example Wire", "en"
    )
    assert first.origin == f"{path}:1" and second.origin == f"{path}:2"
    # a missing date falls back to the run's; an empty title is no title
    assert second.pub_date == date(2024, 1, 1) and second.title is None
    assert second.calendar == "solar-hijri" and first.calendar is None


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        (pa.array(["2023-11-02"]), date(2023, 11, 2)),
        (pa.array([datetime(2023, 11, 2, 22, 15)], pa.timestamp("s")), date(2023, 11, 2)),
        (pa.array([None], pa.null()), None),
    ],
)
def test_pub_date_as_string_timestamp_or_null(
    tmp_path: Path, column: pa.Array, expected: date | None
) -> None:
    path = _write(tmp_path / "d.parquet", {"id": ["x"], "text": [KANO], "pub_date": column})
    docs, problems = _read(path)
    assert problems == [] and docs[0].pub_date == expected


def test_integer_ids_are_read_as_text(tmp_path: Path) -> None:
    path = _write(tmp_path / "ids.parquet", {"id": pa.array([7, 8], pa.int64()),
                                             "text": [KANO, MOGADISHU]})
    docs, _ = _read(path)
    assert [d.id for d in docs] == ["7", "8"]


def test_bad_rows_are_reported_by_row_and_skipped(tmp_path: Path) -> None:
    path = _write(tmp_path / "mixed.parquet", {
        "id": ["ok1", None, "no-text", "bad-date", "bad-cal", "   ", "ok2", "long"],
        "text": [KANO, KANO + " 2", None, KANO + " 3", KANO + " 4", KANO + " 5", MOGADISHU,
                 "x" * 500],
        "pub_date": ["2024-01-01", None, None, "01/02/2024", None, None, None, None],
        "calendar": [None, None, None, None, "julian", None, None, None],
    })
    docs, problems = _read(path, max_chars=400)
    assert [d.id for d in docs] == ["ok1", "ok2"]
    bad_rows = (2, 3, 4, 5, 6, 8)
    assert [(p.origin, p.line) for p in problems] == [(str(path), row) for row in bad_rows]
    messages = [p.message for p in problems]
    assert messages[0] == '"id" is empty' and messages[1] == '"text" is empty'
    assert "pub_date" in messages[2] and "01/02/2024" in messages[2]
    assert "julian" in messages[3]
    assert "exceeds the limit of 400" in messages[5]
    assert str(problems[0]) == f'{path}:2: "id" is empty'


def test_a_missing_or_mistyped_column_rejects_the_file(tmp_path: Path) -> None:
    no_text = _write(tmp_path / "no_text.parquet", {"id": ["a"], "body": [KANO]})
    numeric = _write(tmp_path / "numeric.parquet", {"id": ["a"], "text": [1]})
    docs, problems = _read(no_text, numeric)
    assert docs == []
    assert [(p.origin, p.line) for p in problems] == [(str(no_text), None), (str(numeric), None)]
    assert problems[0].message == 'no column "text" (columns: id, body)'
    assert problems[1].message == 'column "text" holds int64, which cannot be read as text'


def test_not_a_parquet_file(tmp_path: Path) -> None:
    path = tmp_path / "fake.parquet"
    path.write_text('{"id": "a", "text": "not parquet at all, just JSON"}\n')
    docs, problems = _read(path)
    assert docs == [] and len(problems) == 1
    assert problems[0].message.startswith("not a Parquet file (")


def test_rows_before_a_corrupt_row_group_are_kept(tmp_path: Path) -> None:
    """Rows come a batch at a time: a damaged row group late in the file costs only what
    follows it, and is reported with the row where reading stopped."""
    rows = 300
    path = _write(
        tmp_path / "big.parquet",
        {"id": [f"r{i}" for i in range(rows)],
         "text": [f"Report {i}: {KANO}" for i in range(rows)]},
        row_group_size=100,
    )
    chunk = pq.ParquetFile(path).metadata.row_group(2).column(1)
    start = chunk.dictionary_page_offset or chunk.data_page_offset
    with path.open("r+b") as fh:
        fh.seek(start)
        fh.write(b"\xff" * chunk.total_compressed_size)
    docs, problems = _read(path)
    assert 100 <= len(docs) < 300
    assert [d.id for d in docs] == [f"r{i}" for i in range(len(docs))]
    assert len(problems) == 1 and problems[0].origin == str(path)
    assert problems[0].message.startswith(f"corrupt Parquet data after row {len(docs)}")
    assert problems[0].line == len(docs) + 1


def test_a_folder_of_partitions_and_jsonl(tmp_path: Path) -> None:
    """Hive-style partition folders next to JSONL and JSONL.gz: all read, in sorted order."""
    root = tmp_path / "corpus"
    _write(root / "year=2023" / "part-0.parquet", {"id": ["p1"], "text": [KANO]})
    _write(root / "year=2024" / "part-0.parquet", {"id": ["p2"], "text": [MOGADISHU]})
    (root / "a.jsonl").write_text(json.dumps({"id": "j1", "text": KANO + " (1)"}) + "\n")
    with gzip.open(root / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "j2", "text": KANO + " (2)"}) + "\n")
    docs, problems = _read(root)
    assert problems == []
    assert [d.id for d in docs] == ["j1", "j2", "p1", "p2"]
    assert docs[2].origin == f"{root / 'year=2023' / 'part-0.parquet'}:1"
