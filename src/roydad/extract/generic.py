"""Sentences about a kind of happening, not a happening: "A market bombing that kills Kurds,
Arabs and Turkmen alike is exactly the kind of operation its propaganda celebrates" says what
such an attack would be, and reports none."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from roydad.extract.events import Candidate
from roydad.extract.lexicon import load_lexicon, word_set

# Present-tense forms: what the generic sentence says of any such act.
_PRESENT = frozenset({"VBZ", "VBP"})


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_lexicon("events")
    return frozenset(raw["generic_determiners"]), frozenset(raw["kind_nouns"])


def without_generic(candidates: list[Candidate]) -> list[Candidate]:
    """The mentions that tell a happening: not an indefinite act said to be a kind of act ("a
    bombing ... is the kind of attack that ..."), nor what its relative clause says it does
    ("that kills Kurds")."""
    return [c for c in candidates if not _generic(c.hit.head)]


def _generic(trigger: Token) -> bool:
    if (_a_kind(trigger) or _asked(trigger) or _habitual(trigger) or _a_class(trigger)
            or _judged(trigger)):
        return True
    # "a market bombing that kills ...": the present-tense clause of a generic act
    return (trigger.dep_ == "relcl" and trigger.tag_ in _PRESENT
            and not any(c.dep_ == "aux" for c in trigger.children) and _a_kind(trigger.head))


def _a_kind(noun: Token) -> bool:
    """An indefinite noun said, in the present, to be a kind of something: "A market bombing
    ... is exactly the kind of operation ..."."""
    determiners, kinds = _lexicon()
    if noun.dep_ != "nsubj" or not any(
            c.dep_ == "det" and c.lower_ in determiners for c in noun.children):
        return False
    verb = noun.head
    return verb.lemma_ == "be" and verb.tag_ in _PRESENT and any(
        c.dep_ == "attr" and c.lemma_.lower() in kinds for c in verb.children)


@cache
def _habit_words() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_lexicon("events")
    return (frozenset(raw.get("habitual_adjectives") or []),
            frozenset(raw.get("habitual_verbs") or []))


def _habitual(noun: Token) -> bool:
    """Acts said, in the present, to be common or rare ("kidnappings are commonplace along the
    highway", "extortion and abductions remain rife in the border districts"): how often such
    things happen, not one that did."""
    adjectives, verbs = _habit_words()
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.lemma_.lower() in verbs and verb.tag_ in _PRESENT and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in adjectives for c in verb.children)


def _judged(noun: Token) -> bool:
    """An indefinite act said, in any tense, to be a way to something: "a ceasefire was the only
    path to stability", "a military offensive is no solution"."""
    determiners, _ = _lexicon()
    judgements = word_set("events", "judgement_nouns")
    if noun.dep_ != "nsubj" or not any(
            c.dep_ == "det" and c.lower_ in determiners for c in noun.children):
        return False
    verb = noun.head
    return verb.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in judgements for c in verb.children)


# What makes a noun phrase name some people, not a kind of people.
_SPECIFIC_DEPS = frozenset({"det", "nummod", "poss", "quantmod", "predet"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _a_class(noun: Token) -> bool:
    """A nominal act done to a class of people, told without a number or a day of its own:
    "condemned the killing of civilians in Darfur", "wrote about the murders of social
    leaders". The bare plural names a kind of victim; the act is a topic, not one event."""
    preps = word_set("events", "class_victim_preps")
    determiners = word_set("events", "class_determiners")
    if noun.pos_ != "NOUN" or any(
            c.dep_ in _SPECIFIC_DEPS and c.lower_ not in determiners for c in noun.children):
        return False
    victims = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
               for o in p.children if o.dep_ == "pobj"]
    if not victims or not all(v.tag_ in _PLURAL_TAGS and v.ent_type_ == ""
                              and not any(c.dep_ in _SPECIFIC_DEPS for c in v.children)
                              for v in victims):
        return False
    # a count anywhere in the sentence, or a date in the act's own phrase, makes it one event
    sentence = noun.sent
    if any(e.label_ in ("CARDINAL", "QUANTITY") for e in sentence.ents):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") and (noun.head.dep_ == "ROOT" or _timed(noun.head)):
        # the narrator tells it happening ("Arrests of activists have accelerated", "Killings
        # of tribal figures recently rocked the east bank"), no speaker's topic
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree)


def _timed(verb: Token) -> bool:
    """The verb's clause tells when: a time adverb ("recently") or a date of its own."""
    adverbs = word_set("events", "class_time_adverbs")
    return any(c.lower_ in adverbs or (c.dep_ in ("npadvmod", "prep") and any(
        t.ent_type_ in ("DATE", "TIME") for t in c.subtree)) for c in verb.children)


def _asked(trigger: Token) -> bool:
    """A question about who did an act the text told ("Who killed the villagers of Dioura?",
    "Who carried out the bombing?") asks, and reports nothing new."""
    sentence = trigger.sent
    return sentence.text.rstrip().endswith("?") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WP" for c in trigger.children)
