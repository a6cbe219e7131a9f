"""What every reader shares: the Reader protocol, read options, and the edge checks.

Readers turn one input (a file or a URL) into `Document`s. A problem with the whole
input is raised as `InputError` and turned into a `Problem` by the dispatcher; a problem
with one part of it (a JSONL line, a feed entry) is yielded as a `Problem` and the reader
goes on.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from roydad.models import CALENDARS, Calendar, Document, Problem

# spaCy's default `nlp.max_length`: longer texts need a raised limit and a lot of memory.
DEFAULT_MAX_CHARS = 1_000_000

# No text encoding we accept spends more than 4 bytes on a character, so a file larger
# than this cannot hold a document within the limit and need not be read at all.
MAX_BYTES_PER_CHAR = 4

# Markup (HTML pages, feeds) is mostly tags and scripts around the text, so its size is
# capped generously; the extracted text is then held to `max_chars` like any document.
MARKUP_BYTES_PER_CHAR = 25

EMPTY_DOCUMENT = "empty document (no text)"


class InputError(Exception):
    """Bad input, with a message meant for the person who supplied it."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass(frozen=True)
class ReadOptions:
    """Settings that apply to every input of one run."""

    # the publication date for documents that do not carry their own
    pub_date: date | None = None
    max_chars: int = DEFAULT_MAX_CHARS


@dataclass(frozen=True)
class Source:
    """One input a reader is handed."""

    # the path as the user named it (joined with the sub-path inside a folder) or the URL;
    # it is what `Document.origin` and `Problem.origin` report
    location: str
    # the document id of a single-document file: its path relative to the folder given,
    # or its name when the file was given directly; the URL for a URL
    doc_id: str
    # None for a URL
    path: Path | None = None

    def local_path(self) -> Path:
        assert self.path is not None, f"{self.location} is not a local file"
        return self.path


class Reader(Protocol):
    """One input format: claims locations by `match` and reads them into documents."""

    name: str
    # file name endings it reads, lower case (empty for readers of URLs)
    suffixes: tuple[str, ...]

    def match(self, location: str) -> bool: ...

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | Problem]: ...


def has_suffix(location: str, suffixes: tuple[str, ...]) -> bool:
    return location.lower().endswith(suffixes)


class FileReader:
    """A reader that claims files by their name endings (`suffixes`)."""

    suffixes: tuple[str, ...] = ()

    def match(self, location: str) -> bool:
        return has_suffix(location, self.suffixes)


def read_file_bytes(path: Path, max_bytes: int, limit_text: str) -> bytes:
    """The whole file, refused unread when it is larger than `max_bytes`."""
    # stat before opening: opening a FIFO or device would block or never end
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file")
    if info.st_size > max_bytes:
        raise InputError(f"file of {info.st_size} bytes is too large: {limit_text}; skipped")
    with path.open("rb") as handle:
        # exactly the size that was checked, even if the file is still growing; and not
        # read(max_bytes), which would allocate the whole allowance for every small file
        data = handle.read(info.st_size)
    return data


def clean_text(text: str) -> str:
    """The only normalisation ingest does, so that event offsets point into the text as read.

    NUL characters (possible in JSON as \\u0000) are dropped: PostgreSQL refuses them in text,
    and a document must store the same on every backend."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\x00", "")


def checked_text(text: str, max_chars: int) -> str:
    """`text` if it is a document the pipeline can take; else the reason it is not."""
    if not text.strip():
        raise InputError(EMPTY_DOCUMENT)
    if len(text) > max_chars:
        raise InputError(
            f"document of {len(text)} characters exceeds the limit of {max_chars}; skipped"
        )
    return text


def parse_calendar(value: object) -> Calendar | None:
    """A document's calendar field: None when absent, one of CALENDARS, else bad input."""
    if value is None:
        return None
    for calendar in CALENDARS:
        if value == calendar:
            return calendar
    raise InputError(f"calendar must be one of {', '.join(CALENDARS)}, not {value!r}")


def parse_iso_date(value: str) -> date | None:
    """The date of an exact "YYYY-MM-DD" string, or None if it is not one."""
    digits = value[:4] + value[5:7] + value[8:]
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        return None
    if not (digits.isascii() and digits.isdigit()):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:  # a month 13 or a 30 February
        return None


def primary_language(tag: str | None) -> str | None:
    """The primary language subtag ("en" from "en-US"): what language models are chosen by."""
    if not tag or not tag.strip():
        return None
    return tag.strip().replace("_", "-").split("-")[0].lower() or None


def describe_os_error(error: OSError) -> str:
    """A one-line reason for an operating-system error, without Python's noise."""
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if error.strerror:
        return error.strerror[0].lower() + error.strerror[1:]
    return str(error) or type(error).__name__


def text_byte_limit(max_chars: int) -> tuple[int, str]:
    # +4 leaves room for a byte-order mark, which is not part of the text
    return MAX_BYTES_PER_CHAR * max_chars + 4, f"documents are limited to {max_chars} characters"


def markup_byte_limit(max_chars: int) -> tuple[int, str]:
    limit = MARKUP_BYTES_PER_CHAR * max_chars
    return limit, f"markup is limited to {limit} bytes"
