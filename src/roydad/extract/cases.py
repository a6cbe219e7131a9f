"""Acts named as a case or a charge (`courts` in nonevents.yaml): what a court, a tribunal or an
inquiry jails, tries or hears people for ("a military court jailed three soldiers for killing
civilians", "an appeals court upholds the life term of the gunman in the shooting", "a panel
began hearings into the shooting of protesters"), the culprits of a known act ("those behind
the Kerman bombing"), and a part in it denied ("denies involvement in the market blast", "had
played no part in drone attacks"). The act is the background of this news, not its event."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from roydad.extract.lexicon import word_sets
from roydad.extract.syntax import lemma

# the links from a proceeding's verb down to its case: "jailed ... for [killing]", "upholds
# [term] for [gunman] in [shooting]", "began hearings into [the shooting]", "has begun hearing
# evidence on [the shootings]", "on trial for the killing of [a leader] who was [shot]"
_DOWN = {"prep", "pobj", "pcomp", "dobj", "conj", "acl", "compound", "nmod", "xcomp", "relcl",
         "appos", "oprd"}


@dataclass(frozen=True)
class CaseRules:
    court_nouns: frozenset[str]
    court_verbs: frozenset[str]
    case_preps: frozenset[str]
    trial_nouns: frozenset[str]
    culprit_preps: frozenset[str]
    involvement_nouns: frozenset[str]
    denial_verbs: frozenset[str]
    case_nouns: frozenset[str]
    terms: frozenset[str]
    sentence_verbs: frozenset[str]


@cache
def rules() -> CaseRules:
    return word_sets(CaseRules, "nonevents", "courts")


def named_as_case(root: Token) -> bool:
    """Whether the act is a court's case, a known act's culprits' or a denied part's."""
    if root.dep_ == "compound":  # "the grenade attack": the phrase's head is the act
        if lemma(root.head) in rules().case_nouns:  # "the murder trial": a proceeding's case
            return True
        root = root.head
    return tried(root) or culprits_of(root) or part_denied(root) or sentenced(root)


def sentenced(root: Token) -> bool:
    """'was jailed for 15 years', 'imprisoned for life': a proceeding's verb with the term it
    gives is a court's sentence, not an arrest."""
    r = rules()
    return root.pos_ == "VERB" and lemma(root) in r.sentence_verbs and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(
            o.dep_ == "pobj" and (o.ent_type_ == "DATE" or lemma(o) in r.terms)
            for o in c.children)
        for c in root.children)


def tried(root: Token) -> bool:
    """The act hangs, through a preposition of a case, from a verb whose subject is a court,
    a tribunal, a judge, an inquiry or a prosecutor ("jailed ... for killing civilians")."""
    r = rules()
    node, through_case = root, False
    while node.head != node and node.dep_ in _DOWN:
        if node.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")
                                        for c in node.children):
            # "identified him in court as the man who rented the truck used in the bombing":
            # what the accused did is told of him, not the case the court hears
            return False
        if node.dep_ == "prep" and node.lower_ in r.case_preps:
            through_case = True
        node = node.head
        if (through_case and node.pos_ in ("VERB", "AUX") and lemma(node) in r.court_verbs
                and any(c.dep_ in ("nsubj", "nsubjpass") and _court(c) for c in node.children)):
            return True
        if through_case and node.pos_ in ("VERB", "AUX") and _on_trial(node):
            return True
    return False


def _on_trial(verb: Token) -> bool:
    """The accused's verb: "went on trial", "stood trial", "appeared in court"."""
    nouns = rules().trial_nouns
    for child in verb.children:
        if child.dep_ == "dobj" and lemma(child) in nouns:
            return True
        if child.dep_ == "prep" and any(o.dep_ == "pobj" and lemma(o) in nouns
                                        for o in child.children):
            return True
    return False


def _court(noun: Token) -> bool:
    """'a military court', 'the appeals court', 'a judicial panel', 'prosecutors'."""
    return lemma(noun) in rules().court_nouns


def culprits_of(root: Token) -> bool:
    """'those behind the Kerman bombing', 'the men behind last year's bus attack': people named
    by the act (not "who is behind the killings", a question of blame whose answers are claims
    about the act). Only in a report of one paragraph: in a longer text "everyone behind the
    bombing" may point back to the bombing it told, and its claims go there."""
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in rules().culprit_preps
            and prep.head.pos_ in ("NOUN", "PRON", "PROPN")
            and "\n\n" not in root.doc.text.strip())


def part_denied(root: Token) -> bool:
    """'denies involvement in the market blast', 'had played no part in drone attacks': the act
    is what a part is denied in (a denying verb, or the part's "no")."""
    r = rules()
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    part = root.head.head
    if lemma(part) not in r.involvement_nouns:
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in part.children):
        return True
    return part.dep_ == "dobj" and lemma(part.head) in r.denial_verbs
