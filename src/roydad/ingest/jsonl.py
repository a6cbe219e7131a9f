"""JSON Lines: one document object per line, plain or gzip-compressed.

The file is streamed line by line, so a corpus of any size is read in constant memory,
and a bad line costs only that line.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator
from datetime import date
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
from roydad.ingest.markup import plain_line, plain_text
from roydad.models import Document, Problem

_OPTIONAL_FIELDS = ("title", "url", "publisher", "language")

# A JSON string may spell one character as a 12-byte surrogate-pair escape, so a line
# longer than this cannot hold a text within the limit; the slack is for the other fields.
_BYTES_PER_CHAR_ESCAPED = 12
_LINE_SLACK_BYTES = 1 << 16

_SNIFF_BYTES = 8192


class JsonlReader(FileReader):
    name = "jsonl"
    suffixes: tuple[str, ...] = (".jsonl", ".jsonl.gz")

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | Problem]:
        path = source.local_path()
        if not path.is_file():
            # opening a FIFO would block; the dispatcher reports a missing path itself
            path.stat()
            raise InputError("not a regular file")
        compressed = path.name.lower().endswith(".gz")
        with gzip.open(path, "rb") if compressed else path.open("rb") as handle:
            try:
                yield from _read_lines(handle, source.location, options)
            except (gzip.BadGzipFile, EOFError, zlib.error) as error:
                raise InputError(f"corrupt gzip file: {error}") from None


def _read_lines(
    handle: io.BufferedIOBase, location: str, options: ReadOptions
) -> Iterator[Document | Problem]:
    # NUL never occurs in JSON text: a file that starts with one is binary, and each of its
    # "lines" would be reported as bad JSON, so it is refused as a whole
    if b"\x00" in handle.read(_SNIFF_BYTES):
        raise InputError("binary file (contains NUL bytes), not JSON Lines")
    handle.seek(0)
    limit = _BYTES_PER_CHAR_ESCAPED * options.max_chars + _LINE_SLACK_BYTES
    lineno = 0
    while raw := handle.readline(limit):
        lineno += 1
        if not raw.endswith(b"\n") and len(raw) == limit:
            _skip_rest_of_line(handle, limit)
            yield Problem(
                origin=location,
                line=lineno,
                message=f"line of more than {limit} bytes cannot hold a document within "
                f"the limit of {options.max_chars} characters; skipped",
            )
            continue
        if b"\x00" in raw:
            # binary data after the sniffed head: the rest of the file is not JSON Lines
            raise InputError("binary data (NUL bytes); not a JSON Lines file", line=lineno)
        if not raw.strip():
            continue
        try:
            yield _document(raw, lineno, location, options)
        except InputError as error:
            yield Problem(origin=location, line=lineno, message=error.message)


def _skip_rest_of_line(handle: io.BufferedIOBase, limit: int) -> None:
    while chunk := handle.readline(limit):
        if chunk.endswith(b"\n"):
            return


def _document(raw: bytes, lineno: int, location: str, options: ReadOptions) -> Document:
    if lineno == 1:
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        # JSON Lines is UTF-8 by definition, so there is nothing to guess
        raise InputError(f"line is not valid UTF-8 (byte {error.start + 1})") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"invalid JSON: {error.msg} at column {error.colno}") from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply") from None
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, found {_json_kind(record)}")

    doc_id = _required_string(record, "id")
    text = checked_text(
        plain_text(clean_text(_required_string(record, "text"))), options.max_chars
    )
    optional = {name: _optional_string(record, name) for name in _OPTIONAL_FIELDS}
    return Document(
        id=doc_id,
        text=text,
        pub_date=_pub_date(record) or options.pub_date,
        title=plain_line(optional["title"]),
        url=optional["url"],
        publisher=plain_line(optional["publisher"]),
        language=optional["language"],
        calendar=parse_calendar(record.get("calendar")),
        origin=f"{location}:{lineno}",
    )


def _required_string(record: dict[str, Any], name: str) -> str:
    if name not in record or record[name] is None:
        raise InputError(f'missing "{name}"')
    value = _optional_string(record, name)
    if value is None or not value.strip():
        raise InputError(f'"{name}" is empty')
    return value


def _optional_string(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f'"{name}" must be a string, not {_json_kind(value)}')
    try:
        # a lone surrogate escape ("\ud800") is valid JSON but not text anything can store
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(f'"{name}" contains an unpaired surrogate escape') from None
    return value or None


def _pub_date(record: dict[str, Any]) -> date | None:
    value = record.get("pub_date")
    if value is None:
        return None
    parsed = parse_iso_date(value) if isinstance(value, str) else None
    if parsed is None:
        raise InputError(f'bad "pub_date" {json.dumps(value)}: expected "YYYY-MM-DD" or null')
    return parsed


def _json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "null"
