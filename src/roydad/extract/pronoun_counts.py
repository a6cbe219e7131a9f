"""The people a plural pronoun of a casualty report stands for, when the sentence has counted
them: "two suicide bombers blew themselves up, killing themselves and three soldiers" (the
bombers: 2), "two gunmen killed three worshippers before they were shot dead" (the gunmen),
"villagers set upon two men and burned them to death" (the men). ACLED counts everyone killed in
the event, the attackers included, so the pronoun counts as many as its antecedent.

Only an antecedent written with a number is taken: "they" after "gunmen" says not how many."""

from __future__ import annotations

from spacy.tokens import Token

from roydad.extract.count_lexicon import lexicon

_SUBJECTS = ("nsubj", "nsubjpass")


def _numbered(noun: Token) -> bool:
    """A plural noun with a number of its own ("two suicide bombers", "three people")."""
    lex = lexicon()
    return noun.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "nummod" and (c.like_num or c.lower_ in lex.words) for c in noun.children)


def counted_antecedent(pronoun: Token) -> Token | None:
    """The head noun of the counted group a plural pronoun refers to, or None."""
    lex = lexicon()
    word = pronoun.lower_
    if word in lex.reflexive_pronouns:  # the subject of its clause, or of the clause above
        node = pronoun.head
        while True:
            subject = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
            if subject is not None:
                return subject if _numbered(subject) else None
            if node.head.i == node.i:
                return None
            node = node.head
    if word not in lex.plural_pronouns:
        return None
    before = [t for t in pronoun.sent if t.i < pronoun.i and _numbered(t)]
    if pronoun.dep_ in _SUBJECTS:  # "they were shot dead": the subject before it
        before = [t for t in before if t.dep_ in _SUBJECTS]
    return before[-1] if before else None


def partitive_whole(last: Token) -> Token | None:
    """The plural people a number is a part of, told after it: "killed five of them" (the
    nearest plural people named before the pronoun: "troops pursued the attackers and killed
    five of them"), "two of the raiders" (the noun itself); None when the number has no such
    phrase or the whole names no people."""
    lex, doc = lexicon(), last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].lower_ not in lex.partitive_preps:
        return None
    whole = doc[last.i + 2]
    if whole.lower_ in lex.plural_pronouns:
        before = [t for t in whole.sent if t.i < last.i and t.tag_ in ("NNS", "NNPS")
                  and t.pos_ == "NOUN"]
        return before[-1] if before else None
    if whole.lower_ in lex.partitive_determiners:
        nouns = [t for t in doc[whole.i + 1 : whole.sent.end] if t.tag_ in ("NNS", "NNPS")][:1]
        return nouns[0] if nouns and nouns[0].i <= whole.i + 3 else None
    return None
