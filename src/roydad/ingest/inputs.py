"""From the inputs a user names (files, folders, URLs) to documents, one reader per format."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path, PurePosixPath

from roydad.ingest.base import (
    DEFAULT_MAX_CHARS,
    InputError,
    Reader,
    ReadOptions,
    Source,
    describe_os_error,
)
from roydad.ingest.feed import FeedReader
from roydad.ingest.html import HtmlReader
from roydad.ingest.jsonl import JsonlReader
from roydad.ingest.parquet import ParquetReader
from roydad.ingest.text import TextReader
from roydad.ingest.url import UrlReader, is_url
from roydad.models import Document, Problem

# The URL reader comes first: "https://example.org/feed.xml" is a URL, not a local .xml file.
READERS: tuple[Reader, ...] = (
    UrlReader(), JsonlReader(), TextReader(), HtmlReader(), FeedReader(), ParquetReader(),
)


def reader_for(location: str) -> Reader | None:
    """The reader that claims `location`, or None when no format does."""
    return next((reader for reader in READERS if reader.match(location)), None)


def read_inputs(
    inputs: Sequence[str | Path],
    *,
    pub_date: date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Document | Problem]:
    """Every document in `inputs`, in order, and a Problem for every input that is bad.

    A folder is read recursively in sorted order; binary files in it that no reader claims
    (a PDF, an image) are reported, other files no reader claims (notes such as README.md)
    and hidden ones are passed over in silence. `pub_date` is the publication date of any
    document that does not carry one itself. Bad input never raises: it is reported as a
    `Problem` naming the file (and line) and the rest is read.
    """
    if isinstance(inputs, str | Path):
        # a lone string is a Sequence too, and would be read one character at a time
        raise TypeError("inputs must be a sequence of paths or URLs, not a single one")
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, not {max_chars}")
    options = ReadOptions(pub_date=pub_date, max_chars=max_chars)
    for given in inputs:
        yield from _read_input(given, options)


def _read_input(given: str | Path, options: ReadOptions) -> Iterator[Document | Problem]:
    location = str(given)
    if not location.strip():
        # Path("") is the current folder: reading all of it is surely not what was meant
        yield Problem(origin=repr(location), message="empty path")
        return
    # only a str can be a URL: Path() has already collapsed the "//" of "http://"
    if isinstance(given, str) and is_url(given):
        reader = reader_for(given)
        assert reader is not None, "the URL reader is registered"
        yield from _read_source(reader, Source(given, doc_id=given), options)
        return
    path = Path(given)
    try:
        is_folder = path.is_dir()
        path.stat()
    except OSError as error:
        yield Problem(origin=location, message=describe_os_error(error))
        return
    if is_folder:
        yield from _read_folder(path, options)
        return
    reader = reader_for(location)
    if reader is None:
        yield Problem(origin=location, message=_unsupported(path))
        return
    yield from _read_source(reader, Source(location, doc_id=path.name, path=path), options)


def _read_folder(root: Path, options: ReadOptions) -> Iterator[Document | Problem]:
    for found in _walk(root):
        if isinstance(found, Problem):
            yield found
            continue
        path = root.joinpath(*found.parts)
        reader = reader_for(str(path))
        if reader is not None:
            source = Source(str(path), doc_id=found.as_posix(), path=path)
            yield from _read_source(reader, source, options)
        elif _is_binary(path):
            # a PDF, a Word file, an image: likely meant to be read, so never passed over
            # in silence like the notes (README.md) that sit beside a corpus
            yield Problem(origin=str(path), message=f"binary file: {_unsupported(path)}")


def _walk(root: Path) -> Iterator[PurePosixPath | Problem]:
    """Paths of the files under `root`, relative to it, in sorted order at every level."""
    # followed symbolic links can lead back up the tree; each folder is entered once
    seen: set[tuple[int, int]] = set()
    # a stack of (folder, its path relative to root), names pushed in reverse order so
    # they come off sorted: iteration, not recursion, so depth is no concern
    stack: list[tuple[Path, PurePosixPath] | PurePosixPath] = [(root, PurePosixPath())]
    while stack:
        item = stack.pop()
        if isinstance(item, PurePosixPath):
            yield item
            continue
        folder, relative = item
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            yield Problem(origin=str(folder), message=describe_os_error(error))
            continue
        children: list[tuple[Path, PurePosixPath] | PurePosixPath] = []
        for entry in entries:
            # dot-files are version control, editor and OS litter (.git, .DS_Store)
            if entry.name.startswith("."):
                continue
            if _is_folder(entry):
                children.append((folder / entry.name, relative / entry.name))
            else:
                children.append(relative / entry.name)
        stack.extend(reversed(children))


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        # cannot tell; reading it as a file will report what is wrong
        return False


def _read_source(
    reader: Reader, source: Source, options: ReadOptions
) -> Iterator[Document | Problem]:
    try:
        yield from reader.read(source, options)
    except InputError as error:
        yield Problem(origin=source.location, line=error.line, message=error.message)
    except OSError as error:
        yield Problem(origin=source.location, message=describe_os_error(error))


# Formats people keep their reports in that roydad does not read (PDF, zip-based office files,
# images); a NUL byte marks any other binary file.
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"GIF8", b"\xff\xd8\xff")
_SNIFF_BYTES = 8192


def _is_binary(path: Path) -> bool:
    try:
        # never open a FIFO or a device: reading it could block for ever
        if not stat.S_ISREG(path.stat().st_mode):
            return False
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False
    return head.startswith(_BINARY_MAGIC) or b"\x00" in head


def _unsupported(path: Path) -> str:
    suffixes = ", ".join(suffix for reader in READERS for suffix in reader.suffixes)
    kind = f"file type {path.suffix!r}" if path.suffix else "file without an extension"
    return f"unsupported {kind}; expected one of {suffixes}, or a folder or http(s) URL"
