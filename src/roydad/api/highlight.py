"""Cut a document's text into plain and highlighted segments around its evidence spans.

The template renders each segment as escaped text (a highlighted one inside <mark>), so no
markup from the article ever reaches the page as markup. Offsets come from the extractor; if a
span no longer matches the text (a document re-ingested with other whitespace), the evidence is
looked up by its words instead, and a span found nowhere is reported rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from roydad.models import Evidence


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    marked: bool
    # The event ids whose evidence this segment is (empty for plain text).
    event_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Highlighted:
    segments: list[Segment]
    # Evidence that could not be placed in the text, by event id.
    unplaced: dict[str, str]


def locate(text: str, evidence: Evidence) -> tuple[int, int] | None:
    """Where the evidence is in `text`: its offsets if they still match, else its first
    occurrence, else None."""
    start, end = evidence.start, evidence.end
    if 0 <= start < end <= len(text) and text[start:end] == evidence.text:
        return start, end
    if not evidence.text:
        return None
    found = text.find(evidence.text)
    if found >= 0:
        return found, found + len(evidence.text)
    return None


def highlight(text: str, spans: dict[str, Evidence]) -> Highlighted:
    """Segments of `text` with every event's evidence marked; overlapping spans are joined."""
    placed: list[tuple[int, int, str]] = []
    unplaced: dict[str, str] = {}
    for event_id, evidence in spans.items():
        where = locate(text, evidence)
        if where is None:
            unplaced[event_id] = evidence.text
        else:
            placed.append((where[0], where[1], event_id))
    placed.sort()
    merged: list[tuple[int, int, list[str]]] = []
    for start, end, event_id in placed:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), [*last[2], event_id])
        else:
            merged.append((start, end, [event_id]))
    segments: list[Segment] = []
    cursor = 0
    for start, end, ids in merged:
        if start > cursor:
            segments.append(Segment(text[cursor:start], marked=False))
        segments.append(Segment(text[start:end], marked=True, event_ids=tuple(ids)))
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text[cursor:], marked=False))
    return Highlighted(segments, unplaced)
