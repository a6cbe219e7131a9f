"""Acts told as only possible (`modality` in nonevents.yaml): a noun a modifier makes possible or
expected ("warns of a possible attack", "an imminent offensive"), a clause under an inverted
condition and the modal clause it conditions ("Had the ceasefire not held, the fighting could
have killed thousands", "Should the army withdraw, ..."), and an act said of anyone who might do
it ("any group that attacks polling stations will be punished")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from roydad.extract.lexicon import word_sets

_MODALS = {"could", "would", "might", "may", "will", "shall", "should"}
_NOUNS = {"NOUN", "PROPN"}


@dataclass(frozen=True)
class ModalityRules:
    modal_modifiers: frozenset[str]
    inverted_conditions: frozenset[str]
    generic_quantifiers: frozenset[str]


@cache
def rules() -> ModalityRules:
    return word_sets(ModalityRules, "nonevents", "modality")


def only_possible(trigger: Token) -> bool:
    """Whether the act is only possible: a modal modifier, an inverted condition, or anyone's."""
    return modal_modifier(trigger) or under_inverted_condition(trigger) or anyones_act(trigger)


def modal_modifier(trigger: Token) -> bool:
    """'a possible terror attack', 'the imminent offensive', 'a planned strike' (the noun's own
    adjective; "terror attack" is the same noun phrase as its head)."""
    noun = trigger.head if trigger.dep_ == "compound" and trigger.head.pos_ in _NOUNS else trigger
    if noun.pos_ not in _NOUNS:
        return False
    words = rules().modal_modifiers
    return any(c.dep_ in ("amod", "advmod") and c.lemma_.lower() in words for c in noun.children)


def under_inverted_condition(trigger: Token) -> bool:
    """The sentence opens with an inverted condition ("Had ...", "Should ...", "Were ..."),
    not a question: an act inside it did not happen, nor one its main clause puts under a
    modal ("could have killed", "would take the city")."""
    sent = trigger.sent
    first = sent[0]
    if first.lower_ not in rules().inverted_conditions or sent.text.rstrip().endswith("?"):
        return False
    comma = next((t.i for t in sent if t.text == "," and t.i > first.i + 1), None)
    if comma is None:
        return False
    if trigger.i < comma:
        return True
    node = trigger
    while True:
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in node.children):
            return True
        if node.head == node or (node.pos_ in ("VERB", "AUX") and node.dep_ not in (
                "xcomp", "conj")):
            return False
        node = node.head


def anyones_act(trigger: Token) -> bool:
    """'any group that attacks polling stations', 'whoever kills a journalist', 'anyone who
    takes up arms': the relative clause of a quantified noun, or a verb whose subject is
    anyone."""
    words = rules().generic_quantifiers
    if trigger.dep_ == "relcl" and any(
            c.dep_ == "det" and c.lower_ in words for c in trigger.head.children):
        return True
    if trigger.dep_ == "relcl" and trigger.head.lower_ in words:
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in words for c in trigger.children)
