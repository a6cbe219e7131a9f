"""A headline names the article's main happening in its own words ("After the Khost market
bombing: one claim and two suspicions"). Its place may be the district where the body names the
town, and it carries no date, so merged in document order it would start a happening of its own
that later mentions of other attacks then join. Its mentions are set aside, and each joins the
first happening of its kind that the body reports as having happened (issue 13, section 8).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from roydad.extract.certainty import any_happened
from roydad.extract.events import Candidate, Happening
from roydad.resolve.dates import ResolvedDate

# A body paragraph is prose: a list of headlines (one per line) is not an article.
_PARAGRAPH = 150
# Short lines that may stand between a headline and its first paragraph, and their length.
_LEAD_LINES = 3
_STANDFIRST = 90


def headline_end(doc: Doc) -> int:
    """The token index where the body starts when the text opens with a headline line: a first
    line, a blank line, then a paragraph of prose. 0 when it does not (a list of headlines, a
    one-line report)."""
    first = next(iter(doc.sents), None)
    if first is None or first.end >= len(doc):
        return 0
    line_end = doc.text.find("\n\n")
    if line_end <= 0 or "\n" in doc.text[:line_end].strip() or line_end > first.end_char + 1:
        # (a first line of more than one sentence is a paragraph, not a headline)
        return 0
    # a standfirst, a kind or a dateline may stand between the headline and the first
    # paragraph ("Policy note, Islamabad", "Long read", "Weekly brief, 30 January - 5 February")
    blocks = [b.strip() for b in doc.text[line_end:].split("\n\n") if b.strip()]
    lead = next((i for i, b in enumerate(blocks[:_LEAD_LINES + 1]) if not _standfirst(b)), None)
    if lead is None:
        return 0
    paragraph = blocks[lead].split("\n", 1)[0].strip()
    if len(paragraph) < _PARAGRAPH or paragraph[-1] not in ".!?\"'”":
        return 0
    if line_end <= first.end_char + 1:
        return first.end
    # the parser ran the headline into the line after it: the body starts after its line
    return next((t.i for t in doc if t.idx >= line_end), 0)


def _standfirst(block: str) -> bool:
    """A short line of its own without a full stop: a kind, a dateline or a section label."""
    return "\n" not in block and len(block) <= _STANDFIRST and block[-1] not in ".!?\"'”"


def split_headline(
    candidates: list[Candidate], dates: list[ResolvedDate | None], end: int
) -> tuple[list[tuple[Candidate, ResolvedDate | None]], list[Candidate]]:
    """The body's candidates with their dates, and the headline's candidates."""
    body = [(c, d) for c, d in zip(candidates, dates, strict=True) if c.hit.span.start >= end]
    return body, [c for c in candidates if c.hit.span.start < end]


def with_headline(happenings: list[Happening], headline: list[Candidate]) -> list[Happening]:
    """Each headline mention joins the first happening of its type that the body asserts, told
    to the day when one is (a flashback known to the month or the year, "hit once before, in
    June 2024", is not the news the headline names); one with none stays a happening of its
    own, first in the document."""
    own: list[Happening] = []
    for cand in headline:
        asserted = [h for h in happenings if h.event_type == cand.event_type
                    and any_happened(m.certainty for m in h.members)]
        target = next((h for h in asserted if not _coarse(h)), None) or next(iter(asserted), None)
        if target is None:
            target = next((h for h in own if h.event_type == cand.event_type), None)
        if target is None:
            target = Happening()
            own.append(target)
        target.members.append(cand)
    return own + happenings


def _coarse(happening: Happening) -> bool:
    """Dated only to a month, a season or a year."""
    return happening.when is not None and happening.when.precision in _COARSE


_COARSE = frozenset({"month", "year"})


# A section heading is short and ends without a full stop ("The killings at Nassougou", "Who is
# behind the attacks?").
_HEADING_TOKENS = 12


def is_heading(sentence: Span) -> bool:
    """A line of its own inside the body that is not prose: a section heading names a topic
    ("The assault on Mansila", "Towns changing hands"), it does not report a happening."""
    text = sentence.doc.text
    stripped = sentence.text.strip()
    start = sentence.start_char
    end = start + len(sentence.text.rstrip())
    alone = (start == 0 or text[start - 1] == "\n") and text[end:end + 1] in ("\n", "")
    return (alone and len(sentence) <= _HEADING_TOKENS and bool(stripped)
            and stripped[-1] not in ".!\"'”:;,")


def is_article(doc: Doc) -> bool:
    """A text of several paragraphs of prose (an article, a brief), where short lines of their
    own are section headings; not a one-paragraph note or a list of lines."""
    paragraphs = [p.strip() for p in doc.text.split("\n\n") if p.strip()]
    prose = [p for p in paragraphs if len(p) >= _PARAGRAPH and p[-1] in ".!?\"'”"]
    return len(paragraphs) >= 3 and len(prose) >= 2


def without_headings(
    body: list[tuple[Candidate, ResolvedDate | None]]
) -> list[tuple[Candidate, ResolvedDate | None]]:
    """The body's mentions that are not in section headings."""
    return [(c, d) for c, d in body if not is_heading(c.sentence)]
