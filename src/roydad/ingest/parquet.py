"""Parquet: one document per row, the columns of a JSONL document line.

`id` and `text` are required; `pub_date` (a date, a timestamp or a "YYYY-MM-DD" string),
`title`, `url`, `publisher`, `language` and `calendar` are read when present, and any other
column is not read at all. Rows are read in small record batches (`iter_batches`), so a file
costs the memory of one row group's batch, not of the file; a folder of partition files
(`year=2024/part-0.parquet`, ...) is read file by file like any folder. A bad row is reported
with its 1-based row number as the problem's line, and skipped.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import Any

from roydad.ingest.base import (
    FileReader,
    InputError,
    ReadOptions,
    Source,
    checked_text,
    clean_text,
    parse_calendar,
    parse_iso_date,
)
from roydad.models import Document, Problem

_REQUIRED = ("id", "text")
_OPTIONAL_TEXT = ("title", "url", "publisher", "language", "calendar")
_COLUMNS = (*_REQUIRED, "pub_date", *_OPTIONAL_TEXT)

# Rows per record batch: small, since one text may run to a million characters.
_BATCH_ROWS = 64


class ParquetReader(FileReader):
    name = "parquet"
    suffixes: tuple[str, ...] = (".parquet",)

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | Problem]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        path = source.local_path()
        if not path.is_file():
            # opening a FIFO would block; the dispatcher reports a missing path itself
            path.stat()
            raise InputError("not a regular file")
        try:
            handle = pq.ParquetFile(path)
        except (pa.ArrowException, OSError) as error:
            if isinstance(error, OSError) and error.errno is not None:
                raise  # the file system's error (permissions, ...): the dispatcher words it
            # pyarrow reports an undecodable footer as an OSError without an errno
            raise InputError(f"not a Parquet file ({_first_line(error)})") from None
        with handle:
            columns = _columns(handle.schema_arrow)
            row = 0
            try:
                for batch in handle.iter_batches(batch_size=_BATCH_ROWS, columns=columns):
                    for record in batch.to_pylist():
                        row += 1
                        try:
                            yield _document(record, row, source.location, options)
                        except InputError as error:
                            yield Problem(origin=source.location, line=row, message=error.message)
            except (pa.ArrowException, OSError) as error:
                # pyarrow reports undecodable pages as OSError ("Couldn't deserialize thrift")
                raise InputError(
                    f"corrupt Parquet data after row {row}: {_first_line(error)}", line=row + 1
                ) from None


def _columns(schema: Any) -> list[str]:
    """The columns to read, after checking that the file can hold documents at all."""
    import pyarrow.types as types

    names = set(schema.names)
    missing = [name for name in _REQUIRED if name not in names]
    if missing:
        listed = ", ".join(schema.names) or "none"
        raise InputError(f'no column "{missing[0]}" (columns: {listed})')
    for name in _COLUMNS:
        if name not in names:
            continue
        kind = schema.field(name).type
        if types.is_dictionary(kind):
            kind = kind.value_type
        textual = types.is_string(kind) or types.is_large_string(kind) or types.is_string_view(
            kind
        )
        allowed = textual or types.is_null(kind)
        if name == "id":
            allowed = textual or types.is_integer(kind)
        elif name == "text":
            allowed = textual
        elif name == "pub_date":
            allowed = allowed or types.is_date(kind) or types.is_timestamp(kind)
        if not allowed:
            raise InputError(f'column "{name}" holds {kind}, which cannot be read as text')
    return [name for name in _COLUMNS if name in names]


def _document(record: Mapping[str, Any], row: int, location: str, options: ReadOptions) -> Document:
    raw_id = record.get("id")
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        raise InputError('"id" is empty')
    text = record.get("text")
    if text is None:
        raise InputError('"text" is empty')
    optional = {name: record.get(name) or None for name in _OPTIONAL_TEXT}
    return Document(
        id=str(raw_id),
        text=checked_text(clean_text(text), options.max_chars),
        pub_date=_pub_date(record.get("pub_date")) or options.pub_date,
        title=optional["title"],
        url=optional["url"],
        publisher=optional["publisher"],
        language=optional["language"],
        calendar=parse_calendar(optional["calendar"]),
        origin=f"{location}:{row}",
    )


def _pub_date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    parsed = parse_iso_date(value) if isinstance(value, str) else None
    if parsed is None:
        raise InputError(f'bad "pub_date" {value!r}: expected a date or "YYYY-MM-DD"')
    return parsed



def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
