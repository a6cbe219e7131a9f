"""A sentence read as segments, one clause each: reports join two happenings in one sentence
with a semicolon ("gunmen killed four men in Culiacan; the next night, soldiers killed three
bodyguards in Navolato") or with "and" before a clause with a subject of its own ("a bomb killed
an official in Jalalabad and gunmen shot dead a cleric in Kunduz"). Words of one segment (its
date, its toll) are not another segment's."""

from __future__ import annotations

from functools import partial

from spacy.tokens import Span, Token

from roydad.extract.lexicon import word_set
from roydad.extract.syntax import lexicon

_SUBJECTS = ("nsubj", "nsubjpass")
_PLACES = ("GPE", "LOC", "FAC")


_clause_links = partial(word_set, "separate_events", "clause_links")


def _linked(token: Token) -> bool:
    """A linking word joins the token to what comes before it."""
    return any(c.dep_ == "cc" and c.lower_ in _clause_links() and c.i < token.i
               for c in (*token.head.children, *token.children))


def _place_word(token: Token) -> bool:
    return token.ent_type_ in _PLACES or token.lemma_.lower() in lexicon().place_nouns


def _clause_start(token: Token) -> int | None:
    """Where a clause coordinated with an earlier one begins, if `token` is its verb and it has
    a subject of its own: "... and gunmen shot dead a cleric". The parser often hangs that
    subject on the earlier clause's object or place ("shot dead a cleric in Kunduz and a
    magnetic bomb killed an official": "bomb" a conjunct of "cleric"); a noun joined by "and"
    right before the verb, to anything but the verb's own subject, is then its subject (unless
    it is a place: "their posts in Gao and the Ansongo road came under fire")."""
    if token.pos_ not in ("VERB", "AUX") or token.head.i > token.i or token.dep_ not in (
            "conj", "ccomp"):
        return None
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if (before is not None and before.dep_ == "conj" and before.pos_ in ("NOUN", "PROPN")
            and before.head.i < before.i and _linked(before)
            and not _place_word(before)  # "posts in Gao and the Ansongo road came"
            and not (before.head.dep_ in _SUBJECTS and before.head.head == token)):
        return before.left_edge.i
    subject = any(c.dep_ in _SUBJECTS and c.i < token.i for c in token.children)
    return token.left_edge.i if token.dep_ == "conj" and subject and _linked(token) else None


def _starts(sentence: Span) -> tuple[int, ...]:
    """The first token index of each segment of a sentence, in order."""
    starts = {sentence.start}
    for token in sentence:
        if token.text == ";" and token.i + 1 < sentence.end:
            starts.add(token.i + 1)
        elif (start := _clause_start(token)) is not None:
            starts.add(start)
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


def segments_before(token: Token) -> list[Span]:
    """The segments of the token's sentence before its own, nearest first."""
    starts = _starts(token.sent)
    own = segment_bounds(token)[0]
    earlier = [s for s in starts if s < own]
    ends = [*earlier[1:], own][: len(earlier)]
    return [token.doc[s:e] for s, e in reversed(list(zip(earlier, ends, strict=True)))]


def placed_clause(token: Token) -> Span:
    """The segment that holds the token when it names a place ("..., and in November gunmen
    killed a commander in Herat"), else the whole sentence: where a happening told in one
    clause of a sentence took place."""
    sentence = token.sent
    if not segmented(sentence):
        return sentence
    clause = segment_of(token)
    return clause if any(t.ent_type_ in _PLACES for t in clause) else sentence
