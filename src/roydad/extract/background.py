"""Events told as the background of other news (`background_rules` in triggers.yaml): the
topic of a trial, an anniversary, a memorial or a film ("upheld the sentences of militants
convicted over the 2016 siege", "a museum telling the story of the 1994 genocide", "in her
memoir she recounts the months she was held"), an event dated by the years since it ("fifteen
years after gunmen attacked hotels in Mumbai", "ten years on, families wait for daughters
abducted by Boko Haram"), or an era rather than a happening ("troops were deployed to repel
incursions in the 1990s"). ACLED and UCDP code such an event from the reports of its day; in
this report it is no event of its own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from roydad.extract.cases import named_as_case
from roydad.extract.lexicon import load_lexicon
from roydad.extract.syntax import lemma

# The relations by which a clause tells what a retrospective noun holds: "the documentary
# follows ..." (its subject), "in her memoir, she recounts ..." (where it is told).
_TELLING_DEPS = {"nsubj"}
_TELLING_PREPS = {"in"}
_FINITE = {"VBD", "VBZ", "VBP"}


@dataclass(frozen=True)
class BackgroundRules:
    categories: frozenset[str]
    retrospective_nouns: frozenset[str]
    proceeding_words: frozenset[str]
    elapsed_units: frozenset[str]
    elapsed_marks: frozenset[str]
    era: re.Pattern[str]
    broken_nouns: frozenset[str] = frozenset()
    broken_preps: frozenset[str] = frozenset()
    broken_frames: frozenset[str] = frozenset()
    broken_verbs: frozenset[str] = frozenset()


@cache
def rules() -> BackgroundRules:
    raw = load_lexicon("triggers")["background_rules"]
    return BackgroundRules(
        categories=frozenset(raw["categories"]),
        retrospective_nouns=frozenset(raw["retrospective_nouns"]),
        proceeding_words=frozenset(raw["proceeding_words"]),
        elapsed_units=frozenset(raw["elapsed_units"]),
        elapsed_marks=frozenset(raw["elapsed_marks"]),
        era=re.compile(raw["era_pattern"], re.IGNORECASE),
        broken_nouns=frozenset(raw["broken_agreements"]["nouns"]),
        broken_preps=frozenset(raw["broken_agreements"]["preps"]),
        broken_frames=frozenset(raw["broken_agreements"]["frame_nouns"]),
        broken_verbs=frozenset(raw["broken_agreements"]["verbs"]),
    )


def is_background(root: Token, category: str) -> bool:
    """Whether a trigger of this category tells the background of other news, not an event."""
    r = rules()
    if category not in r.categories:
        return False
    return (told_in_retrospect(root) or after_elapsed_years(root) or dated_by_era(root)
            or broken_agreement(root) or named_as_case(root))


def broken_agreement(root: Token) -> bool:
    """A truce named only as what fighting broke: "clashed despite the ceasefire", "in breach of
    a truce", "the truce collapsed", "Ceasefire violated as ..." (the fighting is the event)."""
    r = rules()
    if root.dep_ == "acl" and lemma(root.head) in r.broken_nouns:
        root = root.head  # "despite a truce agreed last week"
    if lemma(root) not in r.broken_nouns:
        return False
    head = root.head
    if root.dep_ == "pobj":
        if head.lower_ in r.broken_preps:
            return True
        # "in breach of the truce", "in violation of a ceasefire"
        return head.lower_ == "of" and lemma(head.head) in r.broken_frames
    if root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "ROOT" and any(
            c.dep_ in ("acl", "amod") and lemma(c) in r.broken_verbs for c in root.children)):
        return root.dep_ == "ROOT" or lemma(head) in r.broken_verbs
    return False


def told_in_retrospect(root: Token) -> bool:
    """The trigger is inside the phrase of an anniversary, a memorial, a film or a trial ("the
    anniversary of the school attack", "the trial of men accused of planning the attacks"), or
    in a clause whose subject is such a work ("the documentary follows the battle for Mosul")
    or that is told in one ("in her memoir she recounts the months she was held")."""
    r = rules()
    # "a friend of the bombing suspect": a trigger that modifies a noun names who or what that
    # is ("the bombing suspect" is a person on trial, not the bombing as its topic)
    if root.dep_ == "compound":
        return False
    for node in (root, *root.ancestors):
        if node is not root and _frames(node):
            return True
        for child in node.children:
            if child.dep_ in _TELLING_DEPS and lemma(child) in r.retrospective_nouns:
                return True
            if child.dep_ == "prep" and child.lower_ in _TELLING_PREPS and any(
                    lemma(o) in r.retrospective_nouns for o in child.children
                    if o.dep_ == "pobj"):
                return True
    return False


def _frames(node: Token) -> bool:
    """A noun of a retrospective or a proceeding, or a verb of a proceeding ("convicted over")."""
    r = rules()
    word = lemma(node)
    if node.pos_ == "NOUN":
        return word in r.retrospective_nouns or word in r.proceeding_words
    return node.pos_ == "VERB" and word in r.proceeding_words


def after_elapsed_years(root: Token) -> bool:
    """The trigger is in the scope of "N years after", "N years since" or "N years on": an event
    placed by the years that have passed since it. The scope of a clause mark is its clause; of
    a preposition, the rest of the sentence (where the relative clause of its object runs); of
    "N years on", the sentence but its main verb. The verb the phrase dates is today's
    ("two years after the ceasefire, rebels attacked a post")."""
    r = rules()
    sent = root.sent
    for mark in sent:
        if mark.lower_ not in r.elapsed_marks or mark.i == sent.start:
            continue
        unit = mark.nbor(-1)
        if lemma(unit) not in r.elapsed_units:
            continue
        if mark.dep_ == "mark":
            if mark.head.i <= root.i <= mark.head.right_edge.i or root.i in range(
                    mark.i, mark.head.i):
                return True
        elif root not in (mark.head, sent.root) and root.i > mark.i:
            return True
    return False


def dated_by_era(root: Token) -> bool:
    """The trigger's own clause is dated only by a decade ("fought tribal levies throughout the
    1930s", "deployed to repel incursions in the 1990s"): a period, not a happening."""
    era = rules().era
    todo = [root]
    while todo:
        node = todo.pop()
        if node.ent_type_ == "DATE" and node.dep_ == "pobj" and era.match(
                node.doc[node.left_edge.i:node.i + 1].text):
            return True
        todo += [c for c in node.children if not _own_clause(c)]
    return False


def _own_clause(token: Token) -> bool:
    """A finite verb with its own subject starts another clause, with its own date."""
    return token.tag_ in _FINITE and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
