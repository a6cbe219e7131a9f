"""Line breaks end sentences; a line with no full stop inside is one sentence.

Headlines, datelines and paragraphs are separated by newlines in the text roydad reads, often
without a full stop ("Blast kills 3 in Quetta\nThe bomb went off ..."). The parser would join
them into one sentence and parse the pair badly; a boundary set before it is respected.

The parser also cuts short verbless lines where no English sentence can end ("one | killed",
"Kharan: 1 killed, 2 wounded | in militant attack"): without a full stop, question or
exclamation mark inside it, a line is one sentence, so a headline's count stays with its verb.
Lines that have such a mark inside are left to the parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

COMPONENT = "roydad_newline_sentences"
_ENDS_SENTENCE = frozenset({".", "!", "?", "…", "...", "?!", "!?"})


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
