"""A mob's violence (ACLED Riots / Mob violence) told apart from a protest and from a riot
against the state: who does it (a mob, or a crowd that is not protesting), what it does (kills,
beats, burns or stones a person, or "to death") and to whom (never the state's people or
property: "burned a police van" is a riot). Word lists in data/lexicons/events.yaml."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from spacy.tokens import Token

from roydad.extract.lexicon import load_lexicon
from roydad.extract.syntax import Argument


@dataclass(frozen=True)
class _MobWords:
    mob_nouns: frozenset[str]
    lynch_verbs: frozenset[str]
    lynch_death_verbs: frozenset[str]
    authority_words: frozenset[str]
    protest_crowds: frozenset[str]


@cache
def _lexicon() -> _MobWords:
    raw = load_lexicon("events")
    return _MobWords(*(frozenset(raw[f.name]) for f in fields(_MobWords)))


def is_mob(head: Token, mode: str | None, actors: list[Argument], recipients: list[Argument]
           ) -> bool:
    """A mob's violence (ACLED Mob violence): a mob's, or a crowd's that is not protesting and
    kills, beats, or burns or stones a person (`primitive`, read by families.yaml) or to death;
    never against the state's people or property ("burned a police van": a riot)."""
    lex = _lexicon()
    if any(t.lemma_.lower() in lex.authority_words or t.lower_ in lex.authority_words
           for r in recipients for t in r.head.subtree):
        return False
    verb = head.lemma_.lower()
    lynching = verb in lex.lynch_verbs or (
        verb in lex.lynch_death_verbs and (mode == "primitive" or _to_death(head)))
    return any(a.head.lemma_.lower() in lex.mob_nouns for a in actors) or (
        lynching and not any(a.head.lemma_.lower() in lex.protest_crowds for a in actors))


def _to_death(verb: Token) -> bool:
    """'burned them to death', 'stoned and burned to death': on the verb or its conjuncts."""
    return any(p.lower_ == "to" and any(o.lower_ == "death" for o in p.children)
               for v in (verb, *verb.conjuncts) for p in v.children)
