"""The parties a trigger takes from the clause above it, and what the argument rules collect.

`inherited`: a subject the trigger shares with the verb it hangs from ("attacked the post and
killed 3", "launched attacks, killing 130"), or who is to do what an infinitive says ("asking
citizens to take to the streets"). `Roles`: the actors and recipients the rules of `arguments`
and `noun_arguments` gather for one trigger.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from roydad.extract.syntax import (
    children,
    is_infinitive,
    is_passive,
    lemma,
    lexicon,
    prep_objects,
)
from roydad.extract.triggers import load_trigger_specs
from roydad.ontology import event_families


def inherited(verb: Token, dep: str) -> list[Token]:
    """A subject the trigger shares with the verb it hangs from: "attacked the post and killed
    3", "launched attacks, killing 130", "began to explode"."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("conj", "xcomp", "advcl") or node.head == node:
            return []
        if node.dep_ == "advcl" and children(node, "mark"):
            return []  # "after militants attacked": a clause with its own (missing) subject
        infinitive = is_infinitive(node)
        # "launched attacks, killing 130" shares the attackers; "police are hunting a suspect
        # ..., wounding 13" is a misparse: a participle's subject comes only from violence.
        participle = node.dep_ == "advcl" and not infinitive
        # "to repel incursions", "to take to the streets": who is meant to do it
        controlled = infinitive and node.dep_ in ("xcomp", "advcl")
        node = node.head
        if node.pos_ not in ("VERB", "AUX") or (participle and not _violent(node)):
            return []
        if dep == "nsubj" and controlled:
            controller = _controller(node)
            if controller is not None:
                return controller
        found = children(node, dep)
        if found:
            return found
        if children(node, "nsubj", "nsubjpass", "csubj"):
            return []
    return []


def _controller(verb: Token) -> list[Token] | None:
    """Who does what an infinitive says, when it is not the governing verb's subject: the
    object of a verb of asking or making ("asking citizens to take to the streets", "ordered
    them to sign", "called on Muslims to take up arms") or the subject of a passive ("troops
    were deployed to repel incursions", "workers are being ordered to vote")."""
    if lemma(verb) in lexicon().object_control:
        objects = children(verb, "dobj") or prep_objects(verb, {"on", "upon"})
        if objects:
            return objects
    if is_passive(verb) and not children(verb, "agent"):
        return children(verb, "nsubjpass") or None
    return None


def _violent(verb: Token) -> bool:
    lex = lexicon()
    word = lemma(verb)
    return word in _violence_verbs() or word in (
        lex.harm_verbs | lex.perpetration | lex.device_subject | lex.device_object
        | lex.clash_words)


@cache
def _violence_verbs() -> frozenset[str]:
    """First words of the violent triggers ('open' of 'open fire', 'storm', 'ambush')."""
    return frozenset(spec.lemma.split()[0] for spec in load_trigger_specs()
                     if spec.event_type in event_families().violent)


@dataclass
class Roles:
    actors: list[Token]
    recipients: list[Token]
    # Heads whose conjuncts play another role ("a battle between troops and terrorists").
    alone: set[int] = field(default_factory=set)
