"""Doers told in the sentence next to an act that names none (RAMS-style windows).

News English often tells an act in one sentence and who did it in the next or the one before:
"A man was stabbed near the station on Friday. The attacker fled on foot." "The convoy was hit
near Ghazni. Taliban fighters had planted the bomb overnight." The rule is conservative: only a
happening of harm with no doer in any of its sentences takes one, and only from a sentence
right before or after one of its mentions that tells no harmful act of its own (that one is its
own happening, or merging joined it already) and names the doer in one of two ways:

* a definite doer noun ("the attacker", "the gunmen", "the bomber"; arguments.yaml
  `doer_nouns`), anywhere in the sentence but a modifier;
* the subject of a verb that sets off, carries out or plants what the act was, told of it with a
  definite word or a pronoun ("X had planted the bomb", "X carried out the attack", "the device
  was planted by X").

A party only blamed or said to be behind it is a claim, not a doer (`claims.py`), and stays out.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from spacy.tokens import Span, Token

from roydad.extract.events import Candidate, Happening
from roydad.extract.lexicon import word_set
from roydad.extract.parties import parties
from roydad.extract.syntax import Argument, children, is_passive, lemma, lexicon
from roydad.extract.weapons import weapon_named
from roydad.ontology import event_families

_DEFINITE = {"the", "this", "that", "these", "those"}
_ANAPHORS = {"it", "them"}


def with_nearby_doers(happenings: Sequence[Happening], candidates: Sequence[Candidate]) -> None:
    """Give each happening of harm that names no doer the doers a neighbouring sentence tells
    (in place, on its first mention with a neighbour that names them)."""
    harmful = event_families().harmful
    busy = {c.sentence.start for c in candidates if c.event_type in harmful}
    for happening in happenings:
        if happening.event_type not in harmful or any(c.actors for c in happening.members):
            continue
        for member in happening.members:
            doers = _neighbour_doers(member, busy)
            if doers:
                member.actors = doers
                break


def _neighbour_doers(member: Candidate, busy: set[int]) -> list[Argument]:
    sentence = member.sentence
    doc = sentence.doc
    neighbours: list[Span] = []
    if sentence.start > 0:
        neighbours.append(doc[sentence.start - 1].sent)
    if sentence.end < len(doc):
        neighbours.append(doc[sentence.end].sent)
    for neighbour in neighbours:
        if neighbour.start in busy or neighbour.start == sentence.start:
            continue
        heads = _doer_nouns_in(neighbour) or _perpetrators_in(neighbour)
        taken = {r.head.i for r in member.recipients}
        found = [a for a in parties(heads, member.hit.head, "actor", set())
                 if a.head.i not in taken]
        if found:
            return found
    return []


def _doer_nouns_in(sentence: Span) -> list[Token]:
    """"The attacker fled", "police are hunting the gunmen": a definite doer noun."""
    return [t for t in sentence if lemma(t) in _doer_nouns() or t.lower_ in _doer_nouns()
            if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod", "nmod", "poss")
            and any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE | {"his", "their"}
                    for c in t.children)]


def _perpetrators_in(sentence: Span) -> list[Token]:
    """"Taliban fighters had planted the bomb", "the device was planted by X", "X carried out
    the attack": the doer of a definite act or device."""
    lex = lexicon()
    found: list[Token] = []
    for verb in sentence:
        if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in (
                lex.perpetration | lex.device_object) or lemma(verb) in lex.speaker_verbs:
            continue
        things = children(verb, "nsubjpass") if is_passive(verb) else children(verb, "dobj")
        if not any(_told_before(t) for t in things):
            continue
        if is_passive(verb):
            found += [p for a in children(verb, "agent") for p in children(a, "pobj")]
        else:
            found += children(verb, "nsubj")
    return found


def _told_before(thing: Token) -> bool:
    """An act or a device the text has told already: "the bomb", "the attack", "it"."""
    lex = lexicon()
    if thing.lower_ in _ANAPHORS:
        return True
    word = lemma(thing)
    known = word in lex.event_nouns or word in lex.phrasal_objects or (
        weapon_named(thing.text) is not None) or word == "device"
    return known and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in thing.children)


_doer_nouns = partial(word_set, "arguments", "doer_nouns", lower=True)
