"""Parse a sentence and run one extraction stage over it."""

from __future__ import annotations

from spacy.language import Language

from roydad.extract.events import Candidate, candidate_for
from roydad.extract.triggers import TriggerFinder, load_trigger_specs


def candidates(nlp: Language, text: str) -> list[Candidate]:
    finder = TriggerFinder(nlp, list(load_trigger_specs()))
    found = [candidate_for(hit) for hit in finder.find(nlp(text))]
    return [c for c in found if c is not None]


def only(nlp: Language, text: str, trigger: str) -> Candidate:
    matches = [c for c in candidates(nlp, text) if c.hit.span.text == trigger]
    assert len(matches) == 1, [c.hit.span.text for c in candidates(nlp, text)]
    return matches[0]
