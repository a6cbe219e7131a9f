"""A record for the classifier to type when the rules found nothing in a short report (the
pipeline offers it only where they set no word aside as no event and dropped no trigger as
none: `TriggerFinder.sets_aside`, roydad.extract.unsupported).

A single-sentence snippet ("Fighters of the movement set fire to the district office in Dori")
may tell an event in words no trigger of `triggers.yaml` knows. For such a text (one short
report, `roydad.classify.context.PROPOSAL_WORDS` words at most) this builds one unconfirmed
record from the main verb of its sentence, with the date, place and parties the resolvers give
that sentence; `roydad.classify.typer.RecordTyper` keeps it only when the classifier is
confident that the text reports a specific ACLED sub-event type, and types it by the model
(`type_source` "model"). The event type given here (`PLACEHOLDER`) is never seen: the typer
replaces it or drops the record.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from roydad.classify.context import is_short_text
from roydad.extract.certainty import NOT_HAPPENED
from roydad.extract.context import DocumentContext
from roydad.extract.events import Candidate, Happening, candidate_for
from roydad.extract.numbers import Count
from roydad.extract.places.event_place import Locator
from roydad.extract.records import RecordBuilder
from roydad.extract.triggers import TriggerHit, TriggerSpec
from roydad.extract.when import carry_dates, mention_dates
from roydad.models import EventRecord

PLACEHOLDER = "ASSAULT"  # read as a deed, so that weapons and parties are looked for
_VERBAL = frozenset({"VERB", "AUX"})

CountsOf = Callable[[Span, str], Count | None]
MakeContext = Callable[[], DocumentContext]


def proposal(doc: Doc, make_context: MakeContext, counts: CountsOf, builder: RecordBuilder,
             locator: Locator, event_id: Callable[[int], str], extractor: str
             ) -> EventRecord | None:
    """The unconfirmed record of a short report with no record (None for a longer text, or a
    sentence without a verb, or one told as planned, feared or denied)."""
    if not is_short_text(doc.text):
        return None
    sentence = max(doc.sents, key=len, default=None)
    if sentence is None:
        return None
    head = sentence.root
    if head.pos_ not in _VERBAL:
        return None
    spec = TriggerSpec(lemma=head.lemma_.lower(), pos=head.pos_, event_type=PLACEHOLDER,
                       mode=None, weight=0.0)
    candidate: Candidate | None = candidate_for(TriggerHit(doc[head.i:head.i + 1], spec), counts)
    if candidate is None or candidate.certainty in NOT_HAPPENED:
        return None
    context = make_context()
    happening = Happening(members=[candidate], when=mention_dates([candidate],
                                                                  context.document)[0])
    carry_dates([happening], doc, context.document)
    location = locator.locate(happening, context, True)
    return builder.build(context, happening, [], location, event_id(sentence.start_char),
                         extractor)
