"""Parse a sentence and run one extraction stage over it."""

from __future__ import annotations

from spacy.language import Language

from roydad.extract.arguments import roles
from roydad.extract.events import Candidate, candidate_for
from roydad.extract.pipeline import Extractor
from roydad.extract.triggers import TriggerFinder, load_trigger_specs
from roydad.models import Document, EventRecord


def candidates(nlp: Language, text: str) -> list[Candidate]:
    finder = TriggerFinder(nlp, list(load_trigger_specs()))
    found = [candidate_for(hit) for hit in finder.find(nlp(text))]
    return [c for c in found if c is not None]


def only(nlp: Language, text: str, trigger: str) -> Candidate:
    matches = [c for c in candidates(nlp, text) if c.hit.span.text == trigger]
    assert len(matches) == 1, [c.hit.span.text for c in candidates(nlp, text)]
    return matches[0]


def events_of(extractor: Extractor, text: str) -> list[EventRecord]:
    """The records of one undated document."""
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    return records


def with_trigger(records: list[EventRecord], trigger: str) -> EventRecord:
    """The first record one of whose mentions has this trigger."""
    found = [r for r in records if any(trigger in m.trigger for m in r.mentions)]
    assert found, [[m.trigger for m in r.mentions] for r in records]
    return found[0]


def coded(extractor: Extractor, text: str) -> list[EventRecord]:
    """The records of one undated document that ACLED would code (with an ACLED event type)."""
    return [r for r in events_of(extractor, text) if r.acled_event_type is not None]


def trigger_roles(nlp: Language, text: str, word: str) -> tuple[list[str], list[str]]:
    """The actors' and recipients' words the argument reader gives the first token `word`."""
    trigger = next(t for t in nlp(text) if t.text == word)
    actors, recipients = roles(trigger)
    return [a.text for a in actors], [r.text for r in recipients]
