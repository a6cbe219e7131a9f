"""Markup inside fields that should be plain text (a JSONL "text" or "title" pasted from a web
page): reduced to text the way feed entries and HTML pages are, so that "<script>" or "<b>"
never reaches the extractor and becomes part of an actor's name."""

from __future__ import annotations

import html
import re

from roydad.ingest.feed import html_fragment_text

# A tag's start ("<p", "</p", "<script", "<!--") or a character reference ("&amp;", "&#39;").
# "<" before a space or a digit ("a < b", "<5 dead") is not markup.
_TAG = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9:-]*|!--)")
_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def has_markup(text: str) -> bool:
    return _TAG.search(text) is not None or _REFERENCE.search(text) is not None


def plain_text(text: str) -> str:
    """`text` unchanged when it holds no markup; else its text, scripts and styles dropped,
    each line (and each block element) a paragraph of its own."""
    if _TAG.search(text) is None:
        return html.unescape(text) if _REFERENCE.search(text) else text
    # Line breaks of the plain text around the tags still end headlines and paragraphs.
    return html_fragment_text(text.replace("\n", "<br>"))


def plain_line(text: str | None) -> str | None:
    """A one-line field (title, publisher) without its markup; None when nothing is left."""
    if text is None or not has_markup(text):
        return text
    return " ".join(plain_text(text).split()) or None
