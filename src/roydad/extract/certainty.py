"""How sure the text is that an event happened: asserted … negated, from lexical and parse cues."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.lexicon import load_lexicon
from roydad.extract.modality import only_possible
from roydad.extract.syntax import is_infinitive
from roydad.models import Certainty

# Strongest first: a negated or hypothetical event did not (yet) happen, whatever else is said.
ORDER: tuple[Certainty, ...] = (
    "negated", "hypothetical", "speculated", "alleged", "claimed", "reported", "asserted",
)
# The levels that say an event did not, or not yet, happen.
NOT_HAPPENED: frozenset[Certainty] = frozenset({"negated", "hypothetical"})


def any_happened(levels: Iterable[Certainty]) -> bool:
    """Whether any of these mentions says the event happened."""
    return any(level not in NOT_HAPPENED for level in levels)
_NOUNS = {"NOUN", "PROPN"}


@dataclass(frozen=True)
class CertaintyCues:
    governs: dict[Certainty, frozenset[str]]
    phrases: dict[Certainty, re.Pattern[str] | None]
    commissioning: frozenset[str] = frozenset()
    accusations: frozenset[str] = frozenset()
    infinitive_nouns: frozenset[str] = frozenset()
    of_nouns: frozenset[str] = frozenset()
    for_verbs: frozenset[str] = frozenset()
    participant_hedges: frozenset[str] = frozenset()
    denial_verbs: frozenset[str] = frozenset()
    modal_adjectives: frozenset[str] = frozenset()
    absent_preps: frozenset[str] = frozenset()  # "without firing a shot": not done


@cache
def load_cues() -> CertaintyCues:
    raw = load_lexicon("certainty")
    governs: dict[Certainty, frozenset[str]] = {}
    phrases: dict[Certainty, re.Pattern[str] | None] = {}
    for level in ORDER[:-1]:
        spec = raw.get(level) or {}
        governs[level] = frozenset(spec.get("governs_lemmas") or [])
        words = spec.get("phrases") or []
        phrases[level] = (
            re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
            if words
            else None
        )
    hypothetical = raw.get("hypothetical") or {}
    commissioned = hypothetical.get("commissioned") or {}
    return CertaintyCues(
        governs, phrases, frozenset(commissioned.get("verbs") or []),
        frozenset(commissioned.get("accusations") or []),
        frozenset(hypothetical.get("infinitive_nouns") or []),
        frozenset(hypothetical.get("of_nouns") or []),
        frozenset(hypothetical.get("for_verbs") or []),
        frozenset((raw.get("alleged") or {}).get("participant_hedges") or []),
        frozenset((raw.get("negated") or {}).get("denial_verbs") or []),
        frozenset(hypothetical.get("modal_adjectives") or []),
        frozenset((raw.get("negated") or {}).get("prepositions") or []),
    )


def _governors(trigger: Token) -> list[Token]:
    """The trigger, its auxiliaries and negations, and the verbs it hangs from.

    A nominal trigger ("an attack") is governed by its verb ("could carry out an attack"), but
    not through another noun it complements: in "did not open an investigation into the
    threats" the negation is of the investigation, not of the threats ("did not claim
    responsibility for the attack": the attack happened). Nor through a relative clause:
    "teachers who have not received salaries since March protested" negates no protest, even
    where the parser hangs the protest under "received".
    """
    chain = [trigger]
    node = trigger
    while node.head != node and node.dep_ in {
        "xcomp", "dobj", "pobj", "prep", "nsubjpass", "ccomp", "advcl", "conj", "acl", "attr",
    }:
        if node.dep_ == "prep" and node.head.pos_ in _NOUNS:
            break
        # a relative clause describes a noun ("workers who had not been paid"): what it
        # negates or hedges is that description, never a deed the parser hung under it
        if node.head.dep_ == "relcl":
            break
        # "men whisked away an activist; his family has not heard from him since": the parser
        # hangs the clause before a semicolon under the verb after it, whose negation is its own
        if _before_semicolon(node):
            break
        node = node.head
        chain.append(node)
    found = []
    for tok in chain:
        found.append(tok)
        found.extend(c for c in tok.children if c.dep_ in {"aux", "auxpass", "neg", "det"})
    return found


def _before_semicolon(node: Token) -> bool:
    """The clause of `node` ends at a semicolon before its head: a statement of its own."""
    head = node.head
    return node.dep_ in {"ccomp", "conj", "advcl"} and node.i < head.i and any(
        t.text == ";" and node.i < t.i < head.i for t in head.doc[node.i:head.i])


# Links through which a modal or an intention verb puts the trigger in the future: "could carry
# out an attack" (dobj), "plans to attack" (xcomp). Not prepositions: "tried for the bombing"
# is a trial, not an attempt.
_INTENT_LINKS = {"xcomp", "dobj", "conj", "attr", "nsubjpass"}
_XCOMP_INTENT = {"call"}
_CONDITIONS = {"if", "unless"}


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _hypothetical(trigger: Token, governing_lemmas: frozenset[str]) -> bool:
    cues = load_cues()
    # "a possible attack", "Had the truce not held, ... could have killed", "any group that
    # attacks polling stations"
    if only_possible(trigger):
        return True
    # "Police to deploy 5,000 officers for Eid": a "to" infinitive in a headline that has no
    # finite verb is the newspaper's future, a plan
    if trigger.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                    for c in trigger.children) and not any(
            t.tag_ in _FINITE_TAGS for t in trigger.sent):
        return True
    chain = [trigger]
    node = trigger
    while node.head != node and (node.dep_ in _INTENT_LINKS or _purpose(node)
                                 or _causative(node)):
        node = node.head
        chain.append(node)
    auxes = [c for tok in chain for c in tok.children if c.dep_ in ("aux", "auxpass")]
    # "threatened to strike ... if Tehran attacked Americans": a condition, even in the past tense
    if trigger.tag_ == "VBD" and any(
        c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in trigger.children
    ):
        return True
    # "could have killed" is speculation about the past, not a hypothetical future.
    if any(a.lower_ == "have" for a in auxes) or (
        trigger.tag_ == "VBD" and not _causative(trigger)
    ):
        return False
    # "attacks on the cities could multiply": violence in general whose verb is put in the
    # future (a plural noun; "the toll could rise" is a bound on a count, not a forecast event)
    if trigger.tag_ == "NNS" and trigger.dep_ == "nsubj" and any(
        c.dep_ == "aux" and c.lemma_.lower() in _FORECAST_MODALS for c in trigger.head.children
    ):
        return True
    # Only verbs govern: "the assassination attempt and terrorist attack" reports an attack
    # (the noun "attempt" is no intention verb).
    words = {a.lemma_.lower() for a in auxes} | {
        t.lemma_.lower() for t in chain[1:] if t.pos_ in ("VERB", "AUX")
    }
    # "called on the office to investigate": "call" asks for an act only through an infinitive
    # (not "called the explosion an attack").
    asked = {t.head.lemma_.lower() for t in chain if t.dep_ == "xcomp" and t.tag_ == "VB"}
    # "if he is convicted": a condition, not a report.
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for t in chain for c in t.children):
        return True
    if _under_modal_noun(trigger, cues):
        return True
    # "the attack had been planned by handlers abroad": a past passive of planning says who
    # planned an act the report has told, not that the act is only planned.
    if trigger.dep_ == "nsubjpass" and trigger.head.tag_ == "VBN" and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trigger.children
    ) and not any(a.lower_ in _FORECAST_MODALS for a in auxes):
        return False
    governing = words & governing_lemmas
    if governing and governing <= cues.commissioning and _accused_of(node, cues.accusations):
        return False
    return bool(governing) or bool(asked & _XCOMP_INTENT)


def _purpose(node: Token) -> bool:
    """An infinitive of purpose: "offered $300,000 to people to carry out the killing"."""
    return node.dep_ == "advcl" and is_infinitive(node)


def _causative(node: Token) -> bool:
    """'have someone killed', 'get him arrested': the deed hangs from the causing verb."""
    return (
        node.dep_ == "ccomp" and node.tag_ in ("VBN", "VBD")
        and node.head.lemma_.lower() in ("have", "get")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
    )


def _under_modal_noun(trigger: Token, cues: CertaintyCues) -> bool:
    """'its offer for the FBI to cooperate' (an infinitive after an offer, plan or bid), 'the
    prospects of longer jail sentences' (the complement of a possibility), 'called for a
    ceasefire' (what is called, pressed or hoped for)."""
    if (
        trigger.tag_ == "VB" and trigger.dep_ in ("acl", "advcl", "relcl", "xcomp")
        and trigger.head.pos_ == "NOUN" and trigger.head.lemma_.lower() in cues.infinitive_nouns
        and is_infinitive(trigger)
    ):
        return True
    if _under_modal_adjective(trigger, cues.modal_adjectives):
        return True
    wished = trigger
    while wished.dep_ == "conj" and wished.head != wished:
        wished = wished.head
    prep = wished.head
    if (
        wished.dep_ == "pobj" and prep.lower_ == "for" and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in cues.for_verbs
    ):
        return True
    node = trigger
    while node.head != node and node.dep_ in ("conj", "pobj", "prep"):
        parent = node.head
        if (
            node.dep_ == "prep" and node.lower_ == "of" and parent.pos_ == "NOUN"
            and parent.lemma_.lower() in cues.of_nouns
        ):
            return True
        node = parent
    return False


def _under_modal_adjective(trigger: Token, adjectives: frozenset[str]) -> bool:
    """'capable of large-scale bombings', 'ready to strike': what someone can or would do."""
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.pos_ == "ADJ":
        return head.lemma_.lower() in adjectives
    if trigger.dep_ == "pobj" and head.lower_ == "of":
        adjective = head.head
        return adjective.pos_ == "ADJ" and adjective.lemma_.lower() in adjectives
    return False


def _accused_of(node: Token, accusations: frozenset[str]) -> bool:
    """`node` is what someone is accused of: "accused X of [ordering the killings]"."""
    prep = node.head if node.dep_ in ("pcomp", "pobj") else None
    return prep is not None and prep.dep_ == "prep" and prep.head.lemma_.lower() in accusations


def is_hypothetical(word: Token) -> bool:
    """Whether a word is put in the future or the conditional ("plotting to have him killed",
    "could kill"): what it counts has not happened."""
    return _hypothetical(word, load_cues().governs["hypothetical"])


def is_denied(word: Token) -> bool:
    """Whether a verb is what someone denies ("denied claims that 12 soldiers had been
    killed"): what it counts is not a reported death."""
    return word.pos_ in ("VERB", "AUX") and any(
        t.lemma_.lower() in load_cues().denial_verbs and t.pos_ in ("VERB", "AUX")
        for t in _governors(word)[1:])


def certainty_of(trigger: Token, sentence: Span) -> Certainty:
    cues = load_cues()
    # "the threat of IED attacks", "a suicide bombing plot": a modifier of an event noun names
    # the same event, as sure as its head noun is.
    if trigger.dep_ == "compound" and trigger.head.pos_ in _NOUNS:
        trigger = trigger.head
    governing = _governors(trigger)
    lemmas = {t.lemma_.lower() for t in governing}
    # "did not kill" / "no one was killed": negation attached to the trigger's own clause.
    if lemmas & cues.governs["negated"] and any(
        t.dep_ == "neg" or (t.dep_ == "det" and t.lower_ == "no") for t in governing
    ):
        return "negated"
    # "took the town without firing a shot": the deed a preposition of absence governs
    if trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ in cues.absent_preps:
        return "negated"
    # "denied killing them", "denied that its soldiers had opened fire" (not the noun chain
    # of "denied responsibility for the attack": the attack happened)
    if any(t.lemma_.lower() in cues.denial_verbs and t.pos_ in ("VERB", "AUX")
           for t in governing[1:]) and trigger.pos_ in ("VERB", "AUX"):
        return "negated"
    if _hypothetical(trigger, cues.governs["hypothetical"]):
        return "hypothetical"
    text = cue_text(trigger, sentence)
    for level in ("negated", "speculated", "alleged", "reported"):
        pattern = cues.phrases[level]
        if pattern is not None and pattern.search(text):
            return level
    return "asserted"


_FORECAST_MODALS = frozenset({"could", "might", "may", "would", "will"})
_OTHER_CLAUSES = {"conj", "advcl", "ccomp", "relcl", "parataxis"}
_EMBEDDED = {"ccomp", "xcomp", "advcl", "conj", "relcl", "acl"}


def cue_text(trigger: Token, sentence: Span) -> str:
    """The words that can hedge this trigger: its own clause, and the clauses it hangs from
    ("…, police said"), but not sister clauses ("…, while others suggested a feud")."""
    clause = trigger
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    keep: set[int] = set()
    doc = sentence.doc
    hedges = load_cues().participant_hedges

    def add(node: Token, skip: Token | None) -> None:
        keep.add(node.i)
        for child in node.children:
            if child == skip or child.dep_ in _OTHER_CLAUSES:
                continue
            keep.update(t.i for t in child.subtree)

    add(clause, None)
    node = clause
    while node.head != node and node.dep_ in _EMBEDDED:
        parent = node.head
        add(parent, node)
        node = parent
    # "killed five suspected militants": who they are is hedged, not that it happened
    # ("Suspected Boko Haram militants": sentence-initial, the parser sees a name part)
    hedged = {
        i for i in keep if doc[i].dep_ in ("amod", "compound") and doc[i].head != trigger
        and doc[i].lower_ in hedges
    }
    # A trigger is no cue about itself: "police foiled an attack" reports the foiling.
    return " ".join(doc[i].text for i in sorted(keep - hedged - {trigger.i}))


def strongest(levels: list[Certainty]) -> Certainty:
    """The certainty of an event reported in several places. If any mention says it happened,
    it happened ("no civilians were killed" in one sentence does not negate the clash), and
    the most hedged of those mentions wins, except that one plain assertion outweighs hedged
    repetitions. Only when no mention says it happened is it negated or hypothetical."""
    if not levels:
        return "asserted"
    happened = [level for level in levels if level not in NOT_HAPPENED]
    if not happened:
        return min(levels, key=ORDER.index)
    if "asserted" in happened:
        return "asserted"
    return min(happened, key=ORDER.index)
