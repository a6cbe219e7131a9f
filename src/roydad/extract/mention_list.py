"""Which members of a happening are listed as its mentions in the record."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from roydad.extract.events import Candidate
from roydad.extract.lexicon import load_lexicon


@cache
def _instrument_triggers() -> frozenset[str]:
    return frozenset(load_lexicon("events").get("instrument_triggers") or [])


@cache
def _acting() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_lexicon("events")
    return (frozenset(raw.get("instrument_acting_deps") or []),
            frozenset(raw.get("instrument_acting_preps") or []))


def _names_instrument(candidate: Candidate) -> bool:
    """A weapon or attacker noun; the verb of the same word ("shelled the camp") is the act."""
    spec = candidate.hit.spec
    return spec.lemma in _instrument_triggers() and spec.pos != "VERB"


def _acts(noun: Token) -> bool:
    """A weapon or attacker noun that does the act in its clause (see `instrument_acting_deps`
    in events.yaml): "a roadside bomb tore through a minibus", "wounded by a hand grenade";
    not one built, found, used as a habit or feared."""
    deps, preps = _acting()
    while noun.dep_ in ("conj", "appos") and noun.head.i != noun.i:  # "gunmen and suicide bombers"
        noun = noun.head
    if noun.dep_ in deps:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in preps


def acts_told(members: list[Candidate]) -> list[Candidate]:
    """The members that tell the act: a weapon or attacker noun ("a suicide bomber", "an IED")
    is the instrument or the attacker of an act its sentence tells with another trigger of the
    same happening ("A suicide bomber blew himself up, killing six"); alone in its sentence it
    stands for the act where it acts ("An IED hit a police van"), and is only talked about
    where it does not ("the militants had built the car bomb in a workshop")."""
    acts = {c.sentence.start for c in members if not _names_instrument(c)}
    kept = [c for c in members if not (_names_instrument(c) and (
        c.sentence.start in acts or not _acts(c.hit.head)))]
    return kept or members
