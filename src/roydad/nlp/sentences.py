"""Line breaks end sentences.

Headlines, datelines and paragraphs are separated by newlines in the text roydad reads, often
without a full stop ("Blast kills 3 in Quetta\nThe bomb went off ..."). The parser would join
them into one sentence and parse the pair badly; a boundary set before it is respected.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "roydad_newline_sentences"


@Language.component(COMPONENT)
def newline_sentences(doc: Doc) -> Doc:
    for token in doc[:-1]:
        breaks_after = "\n" in (token.text if token.is_space else token.text_with_ws)
        if breaks_after:
            doc[token.i + 1].is_sent_start = True
    return doc
