"""Plain text: the whole file is one document."""

from __future__ import annotations

from collections.abc import Iterator

from roydad.ingest.base import (
    FileReader,
    ReadOptions,
    Source,
    checked_text,
    clean_text,
    read_file_bytes,
    text_byte_limit,
)
from roydad.ingest.encoding import decode_text
from roydad.models import Document, Problem

# Longer first lines are paragraphs (wire headlines run to about 100 characters).
MAX_HEADLINE_CHARS = 200


class TextReader(FileReader):
    name = "text"
    suffixes: tuple[str, ...] = (".txt",)

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | Problem]:
        # the size check inside read_file_bytes keeps an oversized file from being read at all
        data = read_file_bytes(source.local_path(), *text_byte_limit(options.max_chars))
        text = checked_text(clean_text(decode_text(data)), options.max_chars)
        # a text file says nothing about itself but its headline: its date can only come from
        # the caller
        yield Document(
            id=source.doc_id, text=text, pub_date=options.pub_date, title=headline(text),
            origin=source.location,
        )


def headline(text: str) -> str | None:
    """The first line of a report, when the report has more than one and it reads as a
    headline rather than a paragraph: short, and not ended by a full stop (news headlines
    drop it; a lede sentence keeps it)."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2 or len(lines[0]) > MAX_HEADLINE_CHARS or lines[0].endswith("."):
        return None
    return " ".join(lines[0].split())
