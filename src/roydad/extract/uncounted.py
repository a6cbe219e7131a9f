"""Casualty words a line states that are not its event's dead: a death told as the cause of
what the sentence reports ("rioted over the death of a student"), a death in an earlier event told
to place this one ("a day after troops killed 11 militants", `earlier_counts`), and deaths someone
denies ("denied claims that 12 soldiers had been killed")."""

from __future__ import annotations

from spacy.tokens import Token

from roydad.extract.certainty import is_denied
from roydad.extract.count_lexicon import lexicon
from roydad.extract.earlier_counts import earlier_scope
from roydad.extract.headcounts import is_trigger
from roydad.extract.victims import CasualtyLine


def not_this_events(tok: Token, words: frozenset[str], line: CasualtyLine) -> bool:
    """The casualty word counts no dead of the event the line reports (see the module)."""
    return _a_cause(tok, words) or _deaths_denied(tok) or _earlier(tok, line)


def _a_cause(tok: Token, words: frozenset[str]) -> bool:
    """A death told as the cause of what the sentence reports, an earlier event's: "rioted over
    the death of a student", "residents set fire to a checkpoint after a man died in custody"
    (a crowd's reaction; "troops returned fire after militants killed two soldiers" is one
    fight)."""
    lex, head = lexicon(), tok.head
    clause = head if tok.dep_ in ("oprd", "acomp", "xcomp") else tok  # "was shot dead"
    if tok.dep_ == "pobj" and head.lower_ in lex.cause_preps and _grievance(head.head):
        caused = head.head
    elif clause.dep_ == "advcl" and _crowd_acts(clause.head) and any(
        c.dep_ == "mark" and c.lower_ in lex.cause_marks for c in clause.children
    ):
        caused = clause.head
    else:
        return False
    return caused.i != tok.i and not is_trigger(caused, words)


def _grievance(caused: Token) -> bool:
    """What a crowd does over a death: "demonstrations over", "protesters rioted over", "staged
    a sit-in against" (not "Pakistan lodged a protest over")."""
    if caused.pos_ == "VERB":
        return _crowd_acts(caused)
    return caused.lemma_.lower() in lexicon().grievance_events and (
        caused.dep_ != "dobj" or _crowd_acts(caused.head)
    )


def _crowd_acts(verb: Token) -> bool:
    """The verb's subject (or its first conjunct's) is a crowd: "residents set fire", "a
    crowd of villagers fought"."""
    verbs = [verb, *([verb.head] if verb.dep_ == "conj" else [])]
    crowd = lexicon().crowd_nouns
    subjects = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    # "hundreds of students", "a group of villagers"
    members = [g for s in subjects for p in s.children if p.lower_ == "of" for g in p.children]
    return any(t.lemma_.lower() in crowd for t in (*subjects, *members))


def _earlier(tok: Token, line: CasualtyLine) -> bool:
    """The word tells an earlier event's dead ("..., a day after troops killed 11 militants"),
    and the line more than that event."""
    scope = earlier_scope(tok)
    return scope is not None and (line.tokens[0].i < scope[0] or line.tokens[-1].i >= scope[1])


def _deaths_denied(tok: Token) -> bool:
    """'denied claims that 12 soldiers had been killed': the deaths are denied (not who caused
    them: "denied that its troops killed five villagers" leaves five dead)."""
    doer = any(c.dep_ == "nsubj" for c in tok.children) and (
        tok.lemma_.lower() not in lexicon().intransitive)
    return not doer and is_denied(tok)
