"""Line breaks end sentences; a line with no full stop inside is one sentence.

Headlines, datelines and paragraphs are separated by newlines in the text roydad reads, often
without a full stop ("Blast kills 3 in Quetta\nThe bomb went off ..."). The parser would join
them into one sentence and parse the pair badly; a boundary set before it is respected.

The parser also cuts short verbless lines where no English sentence can end ("one | killed",
"Kharan: 1 killed, 2 wounded | in militant attack"): without a full stop, question or
exclamation mark inside it, a line is one sentence, so a headline's count stays with its verb.
Lines that have such a mark inside are left to the parser.

A wire dateline opening a line ("QUETTA, Pakistan (Reuters) - A suicide bomber ...",
"MAZAR-I-SHARIF, Afghanistan — The governor ...") ends at its dash: left in the sentence, the
parser takes the place for the subject and the real subject for its apposition.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

COMPONENT = "roydad_newline_sentences"
_ENDS_SENTENCE = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_DASHES = frozenset({"—", "–", "--", "-"})
_MAX_DATELINE = 12  # tokens before the dash: "KANDAHAR, Afghanistan, Oct. 3 (Xinhua) --"


def _breaks_after(token: Token) -> bool:
    return "\n" in (token.text if token.is_space else token.text_with_ws)


@Language.component(COMPONENT)
def newline_sentences(doc: Doc) -> Doc:
    line_start = 0
    for token in doc:
        last = token.i == len(doc) - 1
        if not (last or _breaks_after(token)):
            continue
        _one_sentence(doc, line_start, token.i + 1)
        _cut_dateline(doc, line_start, token.i + 1)
        line_start = token.i + 1
        if not last:
            doc[line_start].is_sent_start = True
    return doc


def _one_sentence(doc: Doc, start: int, end: int) -> None:
    """Tokens [start, end) form one line: keep it whole unless a sentence may end inside it."""
    words = [t for t in doc[start:end] if not t.is_space]
    if len(words) < 2 or any(t.text in _ENDS_SENTENCE for t in words[:-1]):
        return
    for token in doc[words[0].i + 1 : end]:
        token.is_sent_start = False


def _cut_dateline(doc: Doc, start: int, end: int) -> None:
    """Start a sentence after the dash of a dateline opening the line [start, end): before the
    dash only capitalised words, numbers and punctuation ("TEHRAN —", "Peshawar, Jul 13 (PTI)
    -"), the first word capitalised; after it a capitalised word. A hyphen inside a name
    ("MAZAR-I-SHARIF") is no dash: a dash stands apart from the next word."""
    words = [t for t in doc[start:end] if not t.is_space]
    if not words or not (words[0].is_upper or words[0].is_title):
        return
    for n, token in enumerate(words[: _MAX_DATELINE + 1]):
        apart = token.text != "-" or bool(token.whitespace_ and words[n - 1].whitespace_)
        if token.text in _DASHES and n > 0 and apart:
            following = words[n + 1] if n + 1 < len(words) else None
            if following is not None and following.text[:1].isupper():
                following.is_sent_start = True
            return
        if token.is_alpha and not (token.is_upper or token.is_title):
            return
