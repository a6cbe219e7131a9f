"""Short reports that tell several happenings (issue 13 §8): an ACLED-style note with two
incidents, a wire report whose second paragraph turns to another attack, a round-up ("In
separate incidents, ..."), a clash and the strike that answered it. What tells the second one
apart from the first, for `merging.merge`:

- a cue that the telling turns to another happening ("In a separate incident", "Elsewhere",
  "another attack", "the second struck in ..."): a mention told after it joins only happenings
  told after it (`turn_at`); "a second blast went off as rescuers arrived" is no such cue;
- two clauses of one sentence ("...; on 5 October another veteran was killed in Tehran", "... and
  gunmen shot dead a cleric in Kunduz") that name places that cannot be the same
  (`other_clause`, the segments of `segments.py`);
- and, once told apart, each happening counts the dead and wounded of its own clause, not of the
  whole sentence (`own_counts`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.events import CONSEQUENCE, Candidate, Happening
from roydad.extract.lexicon import load_lexicon
from roydad.extract.numbers import Count
from roydad.extract.paragraphs import paragraph_no
from roydad.extract.segments import same_segment, segment_bounds, segment_of, segmented

CountsOfSpan = Callable[[Span], dict[str, Count | None]]
# The subject that may count off a happening ("another hit an apartment block"); a victim does
# not: "a third passenger was stabbed" is one more victim of the same attack.
_DOER_DEPS = ("nsubj",)


@dataclass(frozen=True)
class _Cues:
    adverbs: frozenset[str]
    others: frozenset[str]
    separate_nouns: frozenset[str]
    incidents: frozenset[str]
    enumerators: frozenset[str]


@cache
def _cues() -> _Cues:
    raw = load_lexicon("separate_events")
    keys = ("adverbs", "others", "separate_nouns", "incidents", "enumerators")
    return _Cues(*(frozenset(raw[k]) for k in keys))


def _other_of_kind(noun: Token) -> bool:
    """"another attack", "a second blast", "a separate incident"."""
    return any(c.dep_ in ("det", "amod") and c.lower_ in _cues().others for c in noun.children)


def _opening_cue(segment: Span, before: int) -> Token | None:
    """An opening adverb ("Elsewhere,", "Meanwhile,") or phrase ("In a separate incident",
    "In another attack") of the segment, before token index `before`."""
    cues = _cues()
    for token in segment:
        if token.i >= before:
            break
        if token.lower_ in cues.adverbs and token.dep_ == "advmod":
            return token
        if (token.lemma_.lower() in cues.incidents and token.dep_ == "pobj"
                and token.head.lower_ == "in" and _other_of_kind(token)):
            return token
    return None


def _enumerated(segment: Span, before: int) -> bool:
    """The clause opens by counting off one of the happenings a summary announced ("Two bombs
    exploded ... The first went off in Pishin; the second struck in Qilla Saifullah", "One
    bomb hit a bus; another exploded near a mosque"). Read on the words, not the parse, which
    often takes "the second" for a modifier of the verb."""
    words = [t for t in segment if not (t.is_punct or t.dep_ == "cc") and t.i < before]
    if len(words) >= 2 and words[0].lower_ == "the" and words[1].lower_ in _cues().enumerators:
        return words[1].dep_ not in ("amod", "compound") or words[1].head.pos_ in ("VERB", "AUX")
    return bool(words) and words[0].lower_ == "another" and words[0].dep_ in _DOER_DEPS


def _cued(c: Candidate) -> bool:
    """"another attack", "a second raid" (one, not a count of them: "three separate attacks")."""
    head = c.hit.head
    return (c.hit.is_nominal and head.tag_ in ("NN", "NNP")
            and head.lemma_.lower() in _cues().separate_nouns and _other_of_kind(head))


def turn_at(c: Candidate) -> int | None:
    """Where the telling of another happening begins, when a cue says the mention is one (the
    first token of the cue's segment); None when nothing says so. Consequences ("died") and
    anaphors ("the attack") are never cued: they go with the event they follow."""
    if c.anaphoric or c.hit.spec.lemma in CONSEQUENCE:
        return None
    head = c.hit.head
    segment = segment_of(head)
    if _opening_cue(segment, head.i) is not None or _enumerated(segment, head.i) or _cued(c):
        return segment.start
    # "In separate incidents on Tuesday, X ... and Y ...": each clause is an incident
    opening = _opening_cue(head.sent, head.i)
    if opening is not None and opening.tag_ in ("NNS", "NNPS"):
        return segment.start
    return None


def apart(fitting: list[Happening], c: Candidate, at: int) -> tuple[list[Happening], Candidate]:
    """The happenings a cued mention may still join (those told after the cue at `at`), and the
    mention itself: one that counts off a happening a summary announced without naming how it
    was done ("Two car bombs exploded ... the second went off outside a hotel"; "One rocket
    struck a depot; another hit a block") is done the way the summary says."""
    kept = [h for h in fitting if told_after(h, at)]
    left = [h for h in fitting if not told_after(h, at)]
    if c.mode is None and c.weapon is None and left and _enumerated(segment_of(c.hit.head),
                                                                       c.hit.head.i):
        c = replace(c, mode=left[0].mode, weapon=left[0].main.weapon)
    return kept, c


def told_after(h: Happening, at: int) -> bool:
    """The happening has a mention at or after token `at`."""
    return any(m.hit.head.i >= at for m in h.members)


_INDEFINITE = frozenset({"a", "an"})


def new_in_paragraph(h: Happening, c: Candidate) -> bool:
    """An act a later paragraph introduces with an indefinite article, at a place of its own
    ("... threw a grenade into a checkpoint in Kunduz"), is not one told in the paragraphs
    before: the article says it is new to the reader, the paragraph that the report turned to
    it. ("It can still mount a complex attack" names no place: it may describe any of them.)"""
    head = c.hit.head
    if not c.hit.is_nominal or c.place is None or not any(
            t.dep_ == "det" and t.lower_ in _INDEFINITE for t in head.children):
        return False
    here = paragraph_no(c.sentence)
    return all(paragraph_no(m.sentence) < here for m in h.members)


def other_clause(last: Candidate, c: Candidate) -> bool:
    """Two mentions of one sentence are in different clauses (segments), or in two verbs joined
    with a shared subject that each name where they happened ("set fire to a building in Lahore
    and stormed a gate in Rawalpindi")."""
    a, b = last.hit.head, c.hit.head
    if not same_segment(a, b):
        return True
    joined = (b.dep_ == "conj" and b.head == a) or (a.dep_ == "conj" and a.head == b)
    return joined and last.place is not None and c.place is not None


def own_counts(happenings: list[Happening], counts_of: CountsOfSpan) -> list[Happening]:
    """A sentence that tells two happenings in two clauses gives each the dead and wounded of
    its own clause ("killed four men in Culiacan; ... killed three bodyguards in Navolato")."""
    owner: dict[int, set[int]] = {}  # sentence start -> ids of the happenings told in it
    for h in happenings:
        for m in h.members:
            owner.setdefault(m.sentence.start, set()).add(id(h))
    shared = {start for start, ids in owner.items() if len(ids) > 1}
    for h in happenings:
        others = [o for g in happenings if g is not h for o in g.members]
        h.members = [_recounted(m, counts_of, others, h.members) if m.sentence.start in shared
                     and m.dead is not None and segmented(m.sentence) else m
                     for m in h.members]
    return happenings


def _recounted(m: Candidate, counts_of: CountsOfSpan, others: list[Candidate],
               own: list[Candidate]) -> Candidate:
    """The mention with its own segments' counts, when another happening's mention is told in
    another segment of its sentence: the segments its own happening is told in ("guards killed
    two robbers who tried to seize rifles; a guard also died": 3), unless another happening's
    own segment lies between them."""
    if not any(o.sentence.start == m.sentence.start and not same_segment(o.hit.head, m.hit.head)
               for o in others):
        return m
    bounds = [segment_bounds(o.hit.head) for o in own if o.sentence.start == m.sentence.start]
    start, end = min(b[0] for b in bounds), max(b[1] for b in bounds)
    if any(start <= o.hit.head.i < end and not any(same_segment(o.hit.head, x.hit.head)
                                                   for x in own) for o in others):
        start, end = segment_bounds(m.hit.head)
    counted = counts_of(m.sentence.doc[start:end])
    return replace(m, dead=counted["dead"], injured=counted["injured"])
