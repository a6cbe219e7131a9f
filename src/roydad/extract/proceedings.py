"""Charges and investigations named as a standing state, not as a step taken (`proceedings.yaml`).

"Prosecutors filed charges against him", "police opened an investigation" and "he pleaded not
guilty to charges" each tell an act of a proceeding. "He is awaiting trial on charges of
murder", "she faces ten years for the fraud charge", "lied to officials in a corruption
investigation" and "obstructed the inquiry" only name a proceeding brought before, as the
setting of something else: the charge or the investigation is no event of this report.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from roydad.extract.lexicon import load_lexicon

_NOUN_POS = frozenset({"NOUN", "PROPN"})
# The links from a noun to the word it depends on: its own verb's object, or a preposition's.
_OBJECT_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})


@dataclass(frozen=True)
class ProceedingWords:
    nouns: frozenset[str]
    standing: frozenset[str]
    obstruction: frozenset[str]


@cache
def _words() -> ProceedingWords:
    raw = load_lexicon("proceedings")
    return ProceedingWords(
        nouns=frozenset(raw["proceeding_nouns"]),
        standing=frozenset(raw["standing_words"]),
        obstruction=frozenset(raw["obstruction_words"]),
    )


def standing_proceeding(noun: Token) -> bool:
    """Whether an accusation noun ("charges", "the investigation") names a proceeding already
    under way that something else waits on, serves, faces or hampers (see the module
    docstring)."""
    words = _words()
    if noun.pos_ not in _NOUN_POS or noun.lemma_.lower() not in words.nouns:
        return False
    # "charges of murder and of arson", "the fraud and conspiracy charges": the first conjunct
    while noun.dep_ == "conj" and noun.head.pos_ in _NOUN_POS:
        noun = noun.head
    kept = words.standing | words.obstruction
    # "trial on charges", "lying to auditors in an investigation": the words the prepositions
    # hang on, up to the first that is no preposition's object
    while noun.dep_ in _OBJECT_DEPS:
        governor = noun.head
        if noun.dep_ == "pobj" and governor.dep_ == "prep":
            governor = governor.head
        if governor.lemma_.lower() in kept:
            return True
        if governor.i == noun.i or noun.dep_ != "pobj":
            return False
        noun = governor
    return False
