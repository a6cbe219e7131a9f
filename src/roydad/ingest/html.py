"""HTML pages: the article's main text and metadata, found by trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from trafilatura import bare_extraction
from trafilatura.utils import load_html

from roydad.ingest.base import (
    EMPTY_DOCUMENT,
    FileReader,
    InputError,
    ReadOptions,
    Source,
    checked_text,
    clean_text,
    markup_byte_limit,
    parse_iso_date,
    primary_language,
    read_file_bytes,
)
from roydad.ingest.encoding import decode_text
from roydad.models import Document, Problem

# Only dates the markup states (meta tags, <time>, the URL). trafilatura's extensive
# search also takes dates from the page text, so a "© 2021" footer becomes a publication
# date of 2021-01-01, and every relative date in the article would be resolved against it.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


class HtmlReader(FileReader):
    name = "html"
    suffixes: tuple[str, ...] = (".html", ".htm")

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | Problem]:
        data = read_file_bytes(source.local_path(), *markup_byte_limit(options.max_chars))
        markup = decode_text(data)
        if not markup.strip():
            raise InputError(EMPTY_DOCUMENT)
        tree = load_html(markup)
        if tree is None:
            raise InputError("not a parseable HTML document")
        # read before extraction, which prunes the tree it is given
        language = primary_language(tree.get("lang"))
        extracted: Any = bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
        if extracted is None or not extracted.text or not extracted.text.strip():
            raise InputError("no article text found in the HTML")
        text = checked_text(clean_text(extracted.text), options.max_chars)
        yield Document(
            id=source.doc_id,
            text=text,
            pub_date=_date(extracted.date) or options.pub_date,
            title=_nonempty(extracted.title),
            url=_nonempty(extracted.url),
            # the outlet's name is what `publisher` means; a byline is the next best clue
            publisher=_nonempty(extracted.sitename) or _nonempty(extracted.author),
            language=language,
            origin=source.location,
        )


def _date(value: object) -> date | None:
    return parse_iso_date(value) if isinstance(value, str) else None


def _nonempty(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
