"""The weapon of an event, named with the contract's vocabulary from `weapons.yaml`.

The instrument attached to the trigger wins ("stabbed him with a knife", "using a car bomb",
"a roadside IED detonated", "detonated 20 bombs", "killed by an improvised explosive device",
"a knife attack"); failing that, the most specific weapon the sentence names (first listed phrase
wins, so 'a handgun equipped with a silencer' gives 'silenced handgun') — but not a weapon that
is the event's target ("shot down a drone") or only qualifies another noun ("bomb squad",
"Boston Bomb Probe").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, partial

from spacy.tokens import Span, Token

from roydad.extract.lexicon import load_lexicon, word_set
from roydad.extract.syntax import children, lemma, lexicon, prep_objects

# Prepositions and participles that introduce an instrument.
_INSTRUMENT_PREPS = {"with", "using", "by"}
USING_VERBS = frozenset({"use", "wield", "fire", "throw", "hurl", "detonate", "plant", "carry"})
# Objects a trigger acts on: a weapon here is the target ("intercepted a missile").
_TARGET_DEPS = {"dobj", "nsubjpass"}


@dataclass(frozen=True)
class WeaponEntry:
    phrase: str
    weapon: str
    mode: str | None
    pattern: re.Pattern[str]


@cache
def _entries() -> tuple[WeaponEntry, ...]:
    return tuple(
        WeaponEntry(
            raw["phrase"], raw["weapon"], raw.get("mode"),
            re.compile(r"(?<!\w)" + re.escape(raw["phrase"]) + r"(?:e?s)?(?!\w)", re.I),
        )
        for raw in load_lexicon("weapons")["weapons"]
    )


@cache
def _any_weapon() -> re.Pattern[str]:
    """One pattern for every phrase: most sentences name no weapon and are done with one scan."""
    phrases = sorted((re.escape(e.phrase) for e in _entries()), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")(?:e?s)?(?!\w)", re.I)


_used_in = partial(word_set, "weapons", "used_in", lower=True)


def weapon_named(text: str) -> WeaponEntry | None:
    """The most specific lexicon weapon a phrase names ('two car bombs' → car bomb)."""
    return next((e for e in _entries() if e.pattern.search(text)), None)


def weapon_in(sentence: Span, trigger: Token | None = None) -> WeaponEntry | None:
    """The event's weapon: the trigger's instrument if it has one, else the sentence's most
    specific weapon that is used in it (see the module docstring)."""
    text = sentence.text  # built from the tokens on every access: once here
    if not _any_weapon().search(text):
        return None
    if trigger is not None:
        for instrument in instruments(trigger):
            found = weapon_named(_phrase_text(instrument))
            if found is not None:
                return found
    for entry in _entries():
        for match in entry.pattern.finditer(text):
            start = sentence.start_char + match.start()
            span = sentence.doc.char_span(start, start + len(match.group()),
                                          alignment_mode="expand")
            if span is not None and _used(span.root, trigger):
                return entry
    return None


def instruments(trigger: Token) -> list[Token]:
    """Heads of the phrases that name what the trigger was done with."""
    lex = lexicon()
    found: list[Token] = []
    found += prep_objects(trigger, _INSTRUMENT_PREPS)
    for clause in children(trigger, "advcl", "xcomp", "acl"):
        if lemma(clause) in USING_VERBS:  # "killed him using a knife"
            found += children(clause, "dobj")
    if trigger.pos_ in ("VERB", "AUX") or trigger.tag_ == "VBN":
        if lemma(trigger) in lex.device_object:
            # "detonated 20 bombs", "the bomb was planted"
            found += children(trigger, "dobj", "nsubjpass")
        # "a roadside IED detonated", "Roadside IED kills general"; a person subject names no
        # weapon and is skipped by the caller
        found += children(trigger, "nsubj")
        found += [p for a in children(trigger, "agent") for p in children(a, "pobj")]
    else:
        found += [m for m in children(trigger, "compound", "nmod") if m.i < trigger.i]
    return found


def _phrase_text(token: Token) -> str:
    """An instrument's words, with what equips it ('a handgun equipped with a silencer')."""
    doc = token.doc
    return doc[token.left_edge.i : token.right_edge.i + 1].text


def _used(token: Token, trigger: Token | None) -> bool:
    """A weapon named in the sentence is the event's unless it is its target ("shot down a
    drone") or only qualifies another noun ("bomb squad"; not "car bomb attack")."""
    qualifier = token.dep_ in ("compound", "nmod", "amod") and token.head.pos_ in (
        "NOUN", "PROPN")
    if qualifier and lemma(token.head) not in _used_in() and (
            weapon_named(token.head.text) is None):
        return False
    if trigger is None or lemma(trigger) in lexicon().device_object:
        return True
    return not (token.head == trigger and token.dep_ in _TARGET_DEPS)
