"""Character offsets of gold triggers whose annotation gives token offsets (WikiEvents).

WikiEvents gives a trigger as document-level token indices plus the text of its sentence; the
gold file's `text` is the sentences joined. The tokeniser behind those indices is not
published, so the trigger is found by text: every whole-word occurrence of the trigger inside
an occurrence of its sentence is a candidate. One candidate settles it. Where a sentence holds
the word twice ("a general ... a lieutenant general"), the candidate whose position in our own
tokenisation best fits the gold token index wins; our tokenisation drifts from the original
over a long document, so the drift is measured at the nearest unambiguous trigger and
subtracted first.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class TriggerAnchor:
    """What a gold line says about where its trigger is."""

    text: str
    token_start: int | None = None
    sentence: str | None = None
    char_start: int | None = None
    char_end: int | None = None


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class TriggerNotFound(ValueError):
    pass


def _occurrences(haystack: str, needle: str, offset: int = 0, whole_word: bool = True) -> list[int]:
    escaped = re.escape(needle)
    pattern = re.compile(rf"(?<!\w){escaped}(?!\w)" if whole_word else escaped)
    return [offset + m.start() for m in pattern.finditer(haystack)]


def _candidates(text: str, anchor: TriggerAnchor) -> list[int]:
    found: list[int] = []
    if anchor.sentence:
        # Sentences are joined without a space ("...committing suicidePolice..."), so the
        # sentence is looked for as a plain substring; the trigger as a word inside it.
        for sentence_start in _occurrences(text, anchor.sentence.strip(), whole_word=False):
            sentence = text[sentence_start : sentence_start + len(anchor.sentence.strip())]
            found.extend(_occurrences(sentence, anchor.text, sentence_start))
    # A sentence that cannot be found (re-encoded quotes, ...) leaves the whole text to search.
    return (
        sorted(set(found))
        or _occurrences(text, anchor.text)
        or _occurrences(text, anchor.text, whole_word=False)
    )


def locate_triggers(text: str, anchors: Sequence[TriggerAnchor]) -> list[Span]:
    """Character span of each anchor's trigger in `text`, in the order given."""
    token_starts = [m.start() for m in _TOKEN.finditer(text)]

    def token_index(char: int) -> int:
        return bisect.bisect_left(token_starts, char)

    spans: list[Span | None] = []
    pending: list[tuple[int, list[int]]] = []
    drifts: list[tuple[int, int]] = []  # (gold token index, our index - gold index)
    for at, anchor in enumerate(anchors):
        if anchor.char_start is not None and anchor.char_end is not None:
            if not 0 <= anchor.char_start < anchor.char_end <= len(text):
                raise TriggerNotFound(f"trigger offsets {anchor.char_start}-{anchor.char_end} "
                                      f"are outside the text ({len(text)} characters)")
            spans.append(Span(anchor.char_start, anchor.char_end))
            continue
        candidates = _candidates(text, anchor)
        if not candidates:
            raise TriggerNotFound(f"trigger {anchor.text!r} does not occur in the text")
        if len(candidates) == 1 or anchor.token_start is None:
            spans.append(Span(candidates[0], candidates[0] + len(anchor.text)))
            if anchor.token_start is not None:
                drifts.append((anchor.token_start, token_index(candidates[0]) - anchor.token_start))
        else:
            spans.append(None)
            pending.append((at, candidates))
    for at, candidates in pending:
        gold_index = anchors[at].token_start
        assert gold_index is not None
        drift = min(drifts, key=lambda d: abs(d[0] - gold_index))[1] if drifts else 0
        best = min(candidates, key=lambda c: abs(token_index(c) - drift - gold_index))
        spans[at] = Span(best, best + len(anchors[at].text))
    resolved = [s for s in spans if s is not None]
    assert len(resolved) == len(anchors)
    return resolved
