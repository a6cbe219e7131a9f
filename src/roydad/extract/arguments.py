"""Who did it, to whom, where and with what: read from the dependency parse around a trigger."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

_PERSONISH = {"PERSON", "ORG", "NORP", "GPE"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_PHRASAL_OBJECTS = {"fire", "attack", "attacks", "strike", "strikes", "raid", "raids", "assault"}
_PLACE_PREPS = {"in", "near", "at", "outside", "inside", "from", "across", "on"}
# Nominal modifiers that belong to the phrase an argument is written as.
_PHRASE_DEPS = {"compound", "amod", "nmod", "poss", "case", "det", "nummod", "quantmod", "flat"}


@dataclass(frozen=True)
class Argument:
    text: str
    start: int  # character offsets in the document
    end: int
    head: Token
    label: str  # the entity label or "" for a common noun phrase


def phrase_of(token: Token) -> Span:
    """The name or noun phrase a head token stands for: its entity if it has one, else its
    compounds and modifiers (not relative clauses or appositions)."""
    doc = token.doc
    if token.ent_type_:
        for ent in doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
    left = token.i
    for child in token.lefts:
        # "Pakistan's intelligence service" keeps its possessor; "his office" does not.
        named_owner = child.dep_ == "poss" and child.pos_ == "PROPN"
        modifier = child.dep_ in _PHRASE_DEPS and child.dep_ not in ("det", "poss", "case")
        if named_owner or modifier:
            left = min(left, child.left_edge.i)
    right = token.i
    for child in token.rights:
        if child.dep_ in ("compound", "flat"):
            right = max(right, child.right_edge.i)
    return doc[left : right + 1]


def _as_argument(token: Token) -> Argument:
    span = phrase_of(token)
    return Argument(span.text, span.start_char, span.end_char, token, span.label_)


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    out = []
    for tok in tokens:
        out.append(tok)
        out.extend(t for t in tok.conjuncts if t.i > tok.i)
    return out


def _agent_objects(verb: Token) -> list[Token]:
    return [p for agent in verb.children if agent.dep_ == "agent" for p in agent.children
            if p.dep_ == "pobj"]


def _prep_objects(head: Token, preps: set[str]) -> list[Token]:
    return [p for prep in head.children if prep.dep_ == "prep" and prep.lower_ in preps
            for p in prep.children if p.dep_ == "pobj"]


def roles(trigger: Token) -> tuple[list[Argument], list[Argument]]:
    """(actors, recipients) of a trigger.

    Verbs: active subject → actor, object → recipient; passive subject → recipient, 'by' agent →
    actor. Nouns: 'attack by X' / 'X's attack' on an organisation → actor; 'killing of X',
    'attack on X', 'his assassination' → recipient.
    """
    actors: list[Token] = []
    recipients: list[Token] = []
    if trigger.pos_ in ("VERB", "AUX") or trigger.tag_ == "VBN":
        verb = trigger
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if not subjects and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ == "VERB":
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        actors += subjects
        actors += _agent_objects(verb)
        recipients += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN"):
            recipients.append(verb.head)
        # "Noor Zaman, who was assassinated by ISKP": the relative clause's antecedent.
        if verb.dep_ == "relcl":
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
            (recipients if passive else actors).append(verb.head)
            actors[:] = [a for a in actors if a.tag_ not in ("WP", "WDT")]
            recipients[:] = [r for r in recipients if r.tag_ not in ("WP", "WDT")]
    else:
        actors += _prep_objects(trigger, {"by"})
        recipients += _prep_objects(trigger, {"of", "on", "against", "targeting"})
        for poss in (c for c in trigger.children if c.dep_ == "poss"):
            (actors if poss.ent_type_ in ("ORG", "NORP") else recipients).append(poss)
        # "X was killed in an attack": the nominal trigger's clause gives the victim.
        if trigger.dep_ == "pobj" and trigger.head.head.pos_ == "VERB":
            clause = trigger.head.head
            recipients += [c for c in clause.children if c.dep_ == "nsubjpass"]
    return (
        [_as_argument(t) for t in _with_conjuncts(actors) if _is_party(t)],
        [_as_argument(t) for t in _with_conjuncts(recipients)
         if _is_party(t) and not _in_trigger(t, trigger)],
    )


def _in_trigger(token: Token, trigger: Token) -> bool:
    """'opened fire': the object is part of the trigger phrase, not a victim."""
    return token.head == trigger and token.dep_ == "dobj" and token.lower_ in _PHRASAL_OBJECTS


def _is_party(token: Token) -> bool:
    """Only people, groups and institutions are parties — not 'it', numbers or places alone."""
    if token.pos_ == "PRON" and token.lower_ not in ("he", "she", "they", "we"):
        return False
    if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL"):
        return False
    if token.ent_type_ == "LOC" or token.lower_ in ("one", "nobody", "none", "anyone"):
        return False
    return token.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or token.ent_type_ in _PERSONISH


def place_of(trigger: Token, sentence: Span) -> Argument | None:
    """Where the event happened: a place attached to the trigger's clause by a locative
    preposition; failing that, the first place named in the sentence."""
    clause = trigger
    while clause.dep_ not in ("ROOT",) and clause.pos_ != "VERB" and clause.head != clause:
        clause = clause.head
    heads = {trigger, clause}
    places = [e for e in sentence.ents if e.label_ in _PLACE_LABELS]
    for ent in places:
        node = ent.root
        hops = 0
        while node.head != node and hops < 4:
            if node.dep_ == "pobj" and node.head.lower_ in _PLACE_PREPS and node.head.head in heads:
                return Argument(ent.text, ent.start_char, ent.end_char, ent.root, ent.label_)
            node = node.head
            hops += 1
    if places:
        ent = places[0]
        return Argument(ent.text, ent.start_char, ent.end_char, ent.root, ent.label_)
    return None
