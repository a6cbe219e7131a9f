"""RSS and Atom feeds: one document per entry. Also parses the feeds the URL reader fetches."""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any
from xml.sax import SAXParseException

import feedparser
from feedparser.exceptions import CharacterEncodingOverride, NonXMLContentType

# lxml ships no type stubs
from lxml import etree  # type: ignore[import-untyped, unused-ignore]
from lxml import html as lxml_html  # type: ignore[import-untyped, unused-ignore]

from roydad.ingest.base import (
    EMPTY_DOCUMENT,
    FileReader,
    InputError,
    ReadOptions,
    Source,
    checked_text,
    clean_text,
    markup_byte_limit,
    primary_language,
    read_file_bytes,
)
from roydad.models import Document, Problem

# feedparser flags these but has read the feed correctly all the same.
_HARMLESS_BOZO = (CharacterEncodingOverride, NonXMLContentType)

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# Elements that start a new block of text: their text is kept apart from the text around
# them, so that "<p>one</p><p>two</p>" reads "one\n\ntwo", not "onetwo".
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
_SKIPPED_TAGS = frozenset({"script", "style", "template"})
_BREAK = "\n\n"


class FeedReader(FileReader):
    name = "feed"
    suffixes: tuple[str, ...] = (".rss", ".xml")

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | Problem]:
        data = read_file_bytes(source.local_path(), *markup_byte_limit(options.max_chars))
        yield from parse_feed(data, source, options)


def parse_feed(
    data: bytes,
    source: Source,
    options: ReadOptions,
    response_headers: Mapping[str, str] | None = None,
) -> Iterator[Document | Problem]:
    """The entries of a feed's bytes; `response_headers` are the HTTP headers it came with."""
    if not data.strip():
        raise InputError("empty file, not a feed")
    # A stream, never the bytes themselves: feedparser takes a bare string for a file
    # name or a URL to open.
    parsed: Any = feedparser.parse(io.BytesIO(data), response_headers=dict(response_headers or {}))
    error = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if isinstance(error, _HARMLESS_BOZO):
        error = None
    entries = parsed.get("entries") or []
    if not entries:
        if error is not None:
            raise InputError(f"not a readable RSS or Atom feed: {_describe(error)}", _line(error))
        if not parsed.get("version"):
            raise InputError("not an RSS or Atom feed")
        raise InputError("feed has no entries")
    if error is not None:
        # feedparser's lenient parser recovers what it can from broken XML, for example
        # a truncated download; keep those entries but say that some may be missing
        yield Problem(
            origin=source.location,
            line=_line(error),
            message=f"malformed feed ({_describe(error)}); "
            f"read the {len(entries)} entries that could be recovered",
        )
    feed = parsed.get("feed") or {}
    publisher = _plain(feed.get("title"), feed.get("title_detail"))
    for position, entry in enumerate(entries, start=1):
        entry_id = entry.get("id") or entry.get("link") or f"{source.doc_id}#{position}"
        origin = f"{source.location}#{entry_id}"
        try:
            yield _entry_document(entry, entry_id, origin, publisher, feed, options)
        except InputError as problem:
            yield Problem(origin=origin, message=f"feed entry: {problem.message}")


def _entry_document(
    entry: Any,
    entry_id: str,
    origin: str,
    publisher: str | None,
    feed: Any,
    options: ReadOptions,
) -> Document:
    detail = _text_detail(entry)
    if detail is None:
        raise InputError(EMPTY_DOCUMENT)
    text = checked_text(clean_text(_plain(detail.get("value"), detail) or ""), options.max_chars)
    return Document(
        id=entry_id,
        text=text,
        pub_date=_entry_date(entry) or options.pub_date,
        title=_plain(entry.get("title"), entry.get("title_detail")),
        url=entry.get("link") or None,
        publisher=publisher,
        language=primary_language(detail.get("language") or feed.get("language")),
        origin=origin,
    )


def _text_detail(entry: Any) -> Any:
    """The fullest text an entry carries: its content, else its summary."""
    # RSS puts a teaser in <description> and the article in <content:encoded>; feedparser
    # gives the first as the summary and the second as content
    contents = [c for c in entry.get("content") or [] if str(c.get("value") or "").strip()]
    if contents:
        return max(contents, key=lambda c: len(c.get("value") or ""))
    summary = entry.get("summary_detail")
    if summary is not None and str(summary.get("value") or "").strip():
        return summary
    return None


def _entry_date(entry: Any) -> date | None:
    # feedparser has already normalised every date format it knows to a UTC struct_time
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        stamp = entry.get(key)
        if stamp:
            try:
                return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
            except ValueError:
                continue
    return None


def _plain(value: object, detail: Any) -> str | None:
    """Text from a feed field, its markup removed when the feed says it is HTML."""
    if not isinstance(value, str) or not value.strip():
        return None
    kind = (detail or {}).get("type") or "text/html"
    text = html_fragment_text(value) if kind in _HTML_TYPES else value.strip()
    return text or None


def html_fragment_text(fragment: str) -> str:
    """The text of an HTML fragment: paragraphs apart by a blank line, each on one line."""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        # nothing lxml can build a tree from; such a fragment has no markup to remove
        return " ".join(fragment.split())
    pieces: list[str] = []
    skipping = 0
    events = ("start", "end", "comment", "pi")
    for event, element in etree.iterwalk(root, events=events):
        if event in ("comment", "pi"):
            # their own text is not the document's, but the text after them is
            if not skipping and element.tail:
                pieces.append(element.tail)
            continue
        tag = element.tag
        if event == "start":
            if tag in _SKIPPED_TAGS:
                skipping += 1
            if tag in _BLOCK_TAGS:
                pieces.append(_BREAK)
            if not skipping and element.text:
                pieces.append(element.text)
            continue
        if tag in _SKIPPED_TAGS:
            skipping -= 1
        if tag in _BLOCK_TAGS:
            pieces.append(_BREAK)
        if not skipping and element.tail and element is not root:
            pieces.append(element.tail)
    paragraphs = (" ".join(block.split()) for block in "".join(pieces).split(_BREAK))
    return _BREAK.join(paragraph for paragraph in paragraphs if paragraph)


def _describe(error: BaseException) -> str:
    if isinstance(error, SAXParseException):
        return f"XML error: {error.getMessage()}"
    return str(error) or type(error).__name__


def _line(error: BaseException) -> int | None:
    if isinstance(error, SAXParseException):
        line = error.getLineNumber()
        return line if isinstance(line, int) and line > 0 else None
    return None
