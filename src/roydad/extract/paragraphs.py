"""Paragraphs of a document: a long article turns to another happening at a paragraph break
more often than inside one (issue 13 §8)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Span

_BREAK = re.compile(r"\n[ \t]*\n")


@lru_cache(maxsize=8)
def _breaks(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _BREAK.finditer(text))


def paragraph_no(sentence: Span) -> int:
    """The number of the paragraph (0 first) that holds the sentence: blank lines part them."""
    return bisect_right(_breaks(sentence.doc.text), sentence.start_char)
