"""Find event triggers in a parsed document, from the lemma lexicon in `triggers.yaml`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from roydad.extract.lexicon import load_lexicon
from roydad.ontology import load_ontology

_NOUN_POS = {"NOUN", "PROPN"}
# Fixed phrases that contain a trigger word but name no event ("heart attack", "kill switch").
_NON_EVENTS = {"heart attack", "panic attack", "kill switch", "death threat"}


@dataclass(frozen=True)
class TriggerSpec:
    lemma: str
    pos: str
    event_type: str
    mode: str | None
    weight: float
    weapon: str | None = None
    acled_sub: str | None = None


@dataclass(frozen=True)
class TriggerHit:
    span: Span
    spec: TriggerSpec

    @property
    def head(self) -> Token:
        return self.span.root

    @property
    def is_nominal(self) -> bool:
        return self.head.pos_ in _NOUN_POS


class TriggerFinder:
    """A spaCy Matcher over lemmas (and lower-case forms, for what the lemmatizer misses)."""

    def __init__(self, nlp: Language, specs: list[TriggerSpec]) -> None:
        self.specs = {str(i): spec for i, spec in enumerate(specs)}
        self.matcher = Matcher(nlp.vocab)
        for key, spec in self.specs.items():
            words = [t.text.lower() for t in nlp.make_doc(spec.lemma)]
            self.matcher.add(key, [[{"LEMMA": w} for w in words], [{"LOWER": w} for w in words]])
        self._keys = {nlp.vocab.strings[key]: key for key in self.specs}

    def find(self, doc: Doc) -> list[TriggerHit]:
        hits: dict[tuple[int, int], TriggerHit] = {}
        for match_id, start, end in self.matcher(doc):
            spec = self.specs[self._keys[match_id]]
            span = doc[start:end]
            if not self._pos_ok(span, spec) or self._is_non_event(span):
                continue
            previous = hits.get((start, end))
            if previous is None or spec.weight > previous.spec.weight:
                hits[(start, end)] = TriggerHit(span, spec)
        # Longest match wins: "suicide bombing" over "bombing".
        kept = {(s.start, s.end) for s in filter_spans([h.span for h in hits.values()])}
        return sorted((h for k, h in hits.items() if k in kept), key=lambda h: h.span.start)

    @staticmethod
    def _pos_ok(span: Span, spec: TriggerSpec) -> bool:
        if spec.pos == "any":
            return True
        pos = span.root.pos_
        if spec.pos == "ADJ":
            return pos == "ADJ"
        if spec.pos == "VERB":
            participle = len(span) == 1 and pos == "ADJ" and span.root.tag_ == "VBN"
            return pos in {"VERB", "AUX"} or participle
        return pos in _NOUN_POS

    @staticmethod
    def _is_non_event(span: Span) -> bool:
        doc = span.doc
        before = doc[max(span.start - 1, 0) : span.end].text.lower()
        after = doc[span.start : min(span.end + 1, len(doc))].text.lower()
        return before in _NON_EVENTS or after in _NON_EVENTS


@cache
def load_trigger_specs() -> tuple[TriggerSpec, ...]:
    ontology = load_ontology()
    specs = []
    for raw in load_lexicon("triggers")["triggers"]:
        spec = TriggerSpec(**raw)
        if not ontology.is_mode(spec.event_type, spec.mode):
            raise ValueError(f"triggers.yaml: {spec.lemma}: unknown mode {spec.mode}")
        specs.append(spec)
    return tuple(specs)
