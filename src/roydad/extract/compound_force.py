"""Hyphenated verbs of crowd control: "police baton-charged the nurses".

The tokenizer splits "baton-charged" at its hyphen, and the small parser then takes "charged"
for an adjective of the crowd ("baton-charged nurses") or for the verb of an accusation. Such a
compound (`compound_prefixes` + hyphen + one of `compound_heads`, protest_force.yaml) is force
used on a crowd: it is no accusation (`is_compound_force`), it makes the protest told beside it a
Protest with intervention, and the police or security forces named just before it are the
party that used it, however the parse attached them (`doers_before`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.lexicon import load_lexicon

# what ends the phrase of the compound's doer when reading leftwards from it: "students
# protesting a fee hike baton-charged" names no doer (the participle is the students' own verb)
_STOP_POS = frozenset({"VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_lexicon("protest_force")
    return frozenset(raw["compound_prefixes"]), frozenset(raw["compound_heads"])


def is_compound_force(token: Token) -> bool:
    """The token is the head of a crowd-control compound: "charged" in "baton-charged" (split
    by the tokenizer) or the whole compound kept as one token."""
    prefixes, heads = _words()
    text = token.lower_
    if "-" in text:
        first, _, rest = text.partition("-")
        return first in prefixes and any(rest.startswith(h[:-1]) for h in heads)
    if token.lemma_.lower() not in heads or token.i < 2:
        return False
    doc = token.doc
    hyphen, prefix = doc[token.i - 1], doc[token.i - 2]
    return (hyphen.text == "-" and not hyphen.whitespace_ and not prefix.whitespace_
            and prefix.lower_ in prefixes)


def compound_forces(sentence: Span) -> list[Token]:
    """The heads of the crowd-control compounds of a sentence."""
    return [t for t in sentence if is_compound_force(t)]


def doers_before(head: Token, force_actors: frozenset[str]) -> list[Token]:
    """The police or security forces named before the compound, read leftwards over the
    compound's own words and a place phrase ("Police in Patna (Bihar) baton-charged"), up to a
    verb or a clause boundary."""
    start = head.i - 2 if "-" not in head.lower_ else head.i
    sentence = head.sent
    for i in range(start - 1, sentence.start - 1, -1):
        token = head.doc[i]
        if token.pos_ in _STOP_POS and token.text not in ("-", "(", ")"):
            return []
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in force_actors:
            return [token]
    return []

