"""Fire that harms nobody and is aimed at nothing hostile (`practice` in nonevents.yaml): a
weapon fired at practice targets ("fired artillery at targets on a range", "fired cruise
missiles at simulated enemy ships", "the missile hit its target with high accuracy"), and a blaze
named by the word "fire" ("a fire at the oil terminal set off a series of explosions"), which is
no gunfire."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from roydad.extract.lexicon import word_sets
from roydad.extract.syntax import lemma


@dataclass(frozen=True)
class PracticeRules:
    targets: frozenset[str]
    modifiers: frozenset[str]
    blaze_nouns: frozenset[str]
    blaze_verbs: frozenset[str]


@cache
def rules() -> PracticeRules:
    return word_sets(PracticeRules, "nonevents", "practice")


def pretend(noun: Token) -> bool:
    """'simulated enemy ships', 'a mock village', 'a decommissioned hulk': no real party."""
    mods = rules().modifiers
    return any(c.dep_ in ("amod", "compound") and lemma(c) in mods for c in noun.children) or (
        noun.dep_ == "compound" and pretend(noun.head))


def at_practice_targets(root: Token) -> bool:
    """The act's objects ("fired at targets", "hit its target") are all practice targets or
    pretend ones."""
    aims = [c for c in root.children if c.dep_ == "dobj" and lemma(c) in rules().targets]
    aims += [o for p in root.children if p.dep_ == "prep" and p.lower_ == "at"
             for o in p.children if o.dep_ == "pobj"]
    return bool(aims) and all(lemma(a) in rules().targets or pretend(a) for a in aims)


def blaze(root: Token) -> bool:
    """'A fire at the terminal set off explosions', 'a fire broke out': the noun fire as the
    doer of a blaze's verbs."""
    r = rules()
    # "heavy fire from the rebels destroyed two trucks" is gunfire: it comes from someone
    return (root.pos_ == "NOUN" and lemma(root) in r.blaze_nouns and root.dep_ == "nsubj"
            and lemma(root.head) in r.blaze_verbs
            and not any(c.dep_ == "prep" and c.lower_ == "from" for c in root.children))
