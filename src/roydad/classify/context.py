"""What the classifier reads for a record: its evidence sentence, or more of the document.

The corpus it is trained on is snippets of one to three sentences that describe one event, so
a short report (an ACLED-style note, a headline, a brief) is read whole, and a sentence of a
longer report is read with the sentence before it when it is too short to say what happened
on its own ("Two soldiers were killed." after the sentence that says who attacked whom).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from roydad.models import EventRecord

SHORT_DOCUMENT_WORDS = 90  # the corpus's longest snippet
SHORT_SENTENCE_WORDS = 12
# A text this short (one snippet, a headline, a brief) may get a record from the classifier alone
# when the rules found none in it (roydad.extract.proposal, roydad.classify.propose).
PROPOSAL_WORDS = 60
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def classifier_text(
    document_text: str, record: EventRecord, records: Sequence[EventRecord] = ()
) -> str:
    """The text the classifier types `record` by (see the module docstring). A short report
    that tells another happening of the same kind in another sentence (`records`: the
    document's records) is read like a long one: "bandits killed four farmers in Tsafe. In a
    separate incident, a roadside bomb killed two soldiers" is not two bombings."""
    if len(document_text.split()) <= SHORT_DOCUMENT_WORDS and not _another_like(record, records):
        return document_text
    evidence = record.evidence
    if len(evidence.text.split()) >= SHORT_SENTENCE_WORDS:
        return evidence.text
    before = _SENTENCE_END.split(document_text[:evidence.start].rstrip())[-1]
    return f"{before} {evidence.text}".strip()


def _another_like(record: EventRecord, records: Sequence[EventRecord]) -> bool:
    return any(r is not record and r.event_type == record.event_type
               and r.evidence.start != record.evidence.start for r in records)


def is_short_text(text: str) -> bool:
    """Whether a whole document is short enough for the classifier to propose its event."""
    return 0 < len(text.split()) <= PROPOSAL_WORDS
