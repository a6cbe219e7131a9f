"""How a claim is worded beyond its verb: the whole phrase of the party blamed ("a feud over
grazing land", "elements of the security agencies"), hedges that make it a guess ("points,
cautiously, to X", "accused X, without evidence, of ..."), blame held back ("stopped short of
blaming X") and words that blame nobody ("both sides blame the other"). Word lists:
`data/lexicons/claims.yaml` and `suppositions.yaml` (`qualifying_preps`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from roydad.extract.lexicon import load_lexicon, word_set
from roydad.extract.syntax import phrase_of
from roydad.models import Certainty


@dataclass(frozen=True)
class _Words:
    qualifying_preps: frozenset[str]
    deeds: frozenset[str]
    not_blamed: frozenset[str]
    refraining: frozenset[str]
    hedge_adverbs: dict[str, Certainty]
    without: frozenset[str]


@cache
def _words() -> _Words:
    claims = load_lexicon("claims")
    hedges = claims["hedges"]
    return _Words(
        qualifying_preps=word_set("suppositions", "qualifying_preps"),
        deeds=frozenset(claims["responsibility"]["objects"]),
        not_blamed=frozenset(claims["not_blamed"]),
        refraining=frozenset(claims["refraining"]),
        hedge_adverbs=dict(hedges["adverbs"]),
        without=frozenset(hedges["without"]),
    )


def qualified(token: Token, text: str | None) -> str | None:
    """A party named by a common noun is told by what qualifies it: "elements of the security
    agencies", "men close to a rival commander", "a feud over grazing land" — not the deed a
    verb's 'of' names ("accused the army of the killing")."""
    if token.pos_ != "NOUN" or text is None:
        return text
    words = _words()

    def qualifies(child: Token) -> bool:
        if child.dep_ == "amod":  # "men close to X", not "held X responsible for the attack"
            return any(p.dep_ == "prep" for p in child.children) and not _tells_deed(child)
        if child.dep_ != "prep" or child.lower_ not in words.qualifying_preps:
            return False
        objects = [p for p in child.children if p.dep_ == "pobj"]
        return bool(objects) and all(
            p.pos_ in ("NOUN", "PROPN", "PRON") and p.lemma_.lower() not in words.deeds
            for p in objects)

    tails = [c for c in token.rights if qualifies(c)]
    if not tails:
        return text
    phrase = phrase_of(token)
    start = min(phrase.start, token.left_edge.i)
    while token.doc[start].dep_ in ("det", "preconj") and start < token.i:
        start += 1
    end = max(t.right_edge.i for t in tails) + 1
    # the qualifying words end where a clause, an aside or the deed begins: "relatives of a
    # smuggler [whom he had sent to prison]", "remnants of the militia [for the blast]"
    for t in token.doc[token.i + 1 : end]:
        if t.dep_ == "cc":  # "the clans of the coast road or rivals ...": another party
            end = min(end, t.i)
        if t.dep_ in _CLAUSES or t.text in _ASIDES or (t.dep_ == "prep" and _deed_prep(t)):
            end = min(end, t.left_edge.i if t.dep_ in _CLAUSES else t.i)
    return token.doc[start:end].text.strip(" ,;:")


_CLAUSES = frozenset({"relcl", "acl", "appos"})
_ASIDES = frozenset({",", ";", "(", ":", "\u2014", "\u2013"})


def _deed_prep(prep: Token) -> bool:
    """'for the blast', 'in the killing': a preposition whose object is the deed."""
    deeds = _words().deeds
    return prep.lower_ == "for" or any(
        p.dep_ == "pobj" and p.lemma_.lower() in deeds for p in prep.children)


def _tells_deed(token: Token) -> bool:
    """The words name a deed or the blame for one: "for the blast", "responsible for it"."""
    deeds = _words().deeds
    return token.lower_ == "for" or any(t.lemma_.lower() in deeds for t in token.subtree)


def blames_nobody(token: Token) -> bool:
    """'both sides blame the other', 'they blame each other': no party."""
    words = _words().not_blamed
    phrase = " ".join(t.lower_ for t in token.subtree if t.dep_ != "det")
    return token.lemma_.lower() in words or phrase in words


# How far above a blaming verb the verb that holds it back may be: "stopped short of blaming"
# (pcomp, prep, advmod), "declined to name" (xcomp), "refrained from accusing".
_HELD_DEPS = frozenset({"xcomp", "pcomp", "pobj", "prep", "advcl", "advmod"})


def describes_medium(verb: Token) -> bool:
    """'a page linked to X', 'a channel close to X': the verb ties a medium to its owner, it
    blames no one (blame_phrases.yaml `nominal_claims.media`)."""
    return verb.dep_ in ("acl", "amod") and verb.head.lemma_.lower() in _media()


@cache
def _media() -> frozenset[str]:
    return frozenset(load_lexicon("blame_phrases")["nominal_claims"]["media"])


def held_back(verb: Token) -> bool:
    """'stopped short of blaming X', 'declined to accuse X', 'refrained from naming X': the
    blame is not made."""
    node = verb
    for _ in range(4):
        if node.dep_ not in _HELD_DEPS or node.head is node:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in _words().refraining:
            return True
    return False


def hedged(verb: Token, certainty: Certainty) -> Certainty:
    """An adverb or phrase on the blaming verb that makes it a guess or an allegation: "points,
    cautiously, to X", "privately blame X", "accused X, without evidence, of ..."."""
    if certainty not in ("asserted", "reported"):
        return certainty
    words = _words()
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in words.hedge_adverbs:
            return words.hedge_adverbs[child.lower_]
        if child.dep_ == "prep" and child.lower_ == "without" and any(
                p.lemma_.lower() in words.without for p in child.children):
            return "alleged"
    return certainty
