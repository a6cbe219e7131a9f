"""Rival attributions in a report: who is only supposed to have done it.

"Some analysts said anti-Taliban factions may be behind the attack", "a local outlet suggested
the killings may have been led by pro-Taliban factions": a doer named by a speculated or alleged
mention of a happening the report asserts is a hypothesis, so it becomes an attribution claim
of its own (with who supposes it), never an actor of the record (CONTRACT.md: a party that is
only blamed or alleged appears in `claims`).
"""

from __future__ import annotations

from collections.abc import Callable

from roydad.extract.certainty import NOT_HAPPENED
from roydad.extract.claims import lexicon as claim_lexicon
from roydad.extract.events import Candidate, Happening
from roydad.extract.syntax import phrase_of
from roydad.models import Claim

_SPECULATIVE = ("speculated", "alleged")
NOT_SUSPECTS = frozenset({"CVL", "UAF", "INS", "REF", "OPP"})


def speculative(happening: Happening) -> list[Candidate]:
    """Mentions that only suppose who did it ("anti-Taliban factions may be behind the
    attack", "may have been led by pro-Taliban factions") of a happening the report asserts:
    their doers are hypotheses, not actors."""
    members = happening.members
    if not any(c.certainty not in (*_SPECULATIVE, *NOT_HAPPENED) for c in members):
        return []
    return [c for c in members if c.certainty in _SPECULATIVE and c.actors]


def rival(
    happening: Happening, suspect: Callable[[str], bool]
) -> list[tuple[Claim, int]]:
    """Each supposed doer that names a party (`suspect`) as an attribution claim of its own,
    with the words that suppose it."""
    return [
        (Claim(kind="attribution", claimant=_supposer(c), attributed_to=arg.text,
               certainty=c.certainty, text=c.sentence.text.strip()), arg.start)
        for c in speculative(happening) for arg in c.actors if suspect(arg.text)
    ]


def _supposer(cand: Candidate) -> str | None:
    """Who supposes it: the subject of the saying verb the mention hangs from ("a local outlet
    suggested the killings may have been led by ..."); None when the report itself does."""
    for verb in cand.hit.head.ancestors:
        if verb.pos_ != "VERB":
            continue
        subjects = [t for t in verb.children if t.dep_ == "nsubj"]
        if subjects and verb.lemma_.lower() in claim_lexicon().reporting_verbs:
            return phrase_of(subjects[0]).text
    return None


def distinct(claims: list[Claim]) -> list[Claim]:
    """One claim per (kind, party blamed, sentence): a supposition the claim finder already
    read ("analysts said X may be behind it") is not repeated."""
    out: list[Claim] = []
    for claim in claims:
        if not any(c.kind == claim.kind and c.attributed_to == claim.attributed_to
                   and (c.text in claim.text or claim.text in c.text) for c in out):
            out.append(claim)
    return out


