"""A sentence read as segments, one clause each: reports join two happenings in one sentence
with a semicolon ("gunmen killed four men in Culiacan; the next night, soldiers killed three
bodyguards in Navolato") or with "and" before a clause with a subject of its own ("a bomb killed
an official in Jalalabad and gunmen shot dead a cleric in Kunduz"). Words of one segment (its
date, its toll) are not another segment's."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.lexicon import load_lexicon

_SUBJECTS = ("nsubj", "nsubjpass")


@cache
def _clause_links() -> frozenset[str]:
    return frozenset(load_lexicon("separate_events")["clause_links"])


def _opens_clause(token: Token) -> bool:
    """A verb coordinated with an earlier one by a linking word and with a subject of its own
    before it: "... and gunmen shot dead a cleric"."""
    if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX") or token.head.i > token.i:
        return False
    own_subject = any(c.dep_ in _SUBJECTS and c.i < token.i for c in token.children)
    linked = any(c.dep_ == "cc" and c.lower_ in _clause_links() for c in token.head.children
                 if c.i < token.i) or any(c.dep_ == "cc" and c.lower_ in _clause_links()
                                          for c in token.children if c.i < token.i)
    return own_subject and linked


def _starts(sentence: Span) -> tuple[int, ...]:
    """The first token index of each segment of a sentence, in order."""
    starts = {sentence.start}
    for token in sentence:
        if token.text == ";" and token.i + 1 < sentence.end:
            starts.add(token.i + 1)
        elif _opens_clause(token):
            starts.add(token.left_edge.i)
    return tuple(sorted(starts))


def segment_bounds(token: Token) -> tuple[int, int]:
    """The token range (start, end) of the segment that holds `token`."""
    sentence = token.sent
    starts = _starts(sentence)
    start = max(s for s in starts if s <= token.i)
    end = min((s for s in starts if s > token.i), default=sentence.end)
    return start, end


def segment_of(token: Token) -> Span:
    start, end = segment_bounds(token)
    return token.doc[start:end]


def same_segment(a: Token, b: Token) -> bool:
    """Both tokens are in one segment of one sentence."""
    return a.sent.start == b.sent.start and segment_bounds(a) == segment_bounds(b)


def segmented(sentence: Span) -> bool:
    """The sentence has more than one segment."""
    return len(_starts(sentence)) > 1

