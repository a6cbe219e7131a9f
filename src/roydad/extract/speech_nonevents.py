"""Words of speech that tell no speech act of their own.

* What a meeting is for is not yet done: "the envoys met the rebel leader in Kauda to agree on
a truce", "the chiefs held talks with the governor to sign a pact". The infinitive of purpose
after a verb of meeting says why they met (the meeting is the event, PLOVER CONSULT), not that
they agreed.
* "nobody was charged", "no one has been accused": an accusation of nobody was not made.
* "fourteen traders accused of passing coordinates were detained", "a man accused of
  blasphemy": a participle that describes people by what they are accused of is no
  accusation told as a happening (the arrest or the attack on them is).

Word lists: lexicons/meetings.yaml."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from roydad.extract.lexicon import load_lexicon
from roydad.extract.syntax import is_infinitive

# How a purpose infinitive hangs from the verb of meeting.
_PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_lexicon("meetings")
    return (frozenset(raw["meeting_verbs"]), frozenset(raw["light_verbs"]),
            frozenset(raw["meeting_nouns"]))


@cache
def _nobody() -> tuple[str, ...]:
    """The words of nobody (lexicons/claims.yaml: "nobody", "no one", ...)."""
    return tuple(load_lexicon("claims")["nobody"])


def purpose_of_meeting(trigger: Token) -> bool:
    """The trigger is the infinitive of purpose of a verb of meeting ("met X to agree on"),
    or of a meeting noun ("talks with X to agree on")."""
    if trigger.dep_ not in (*_PURPOSE_DEPS, "acl", "relcl") or not is_infinitive(trigger):
        return False
    verbs, light, nouns = _words()
    head = trigger.head
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN":
        return head.lower_ in nouns or lemma in nouns
    if trigger.dep_ not in _PURPOSE_DEPS or head.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in verbs:
        return True
    return lemma in light and any(
        c.dep_ == "dobj" and (c.lower_ in nouns or c.lemma_.lower() in nouns)
        for c in head.children)


def accused_described(trigger: Token) -> bool:
    """'traders accused of passing coordinates': a past participle of accusing that modifies
    the people it describes (a reduced relative clause), not a verb with a speaker."""
    return (trigger.tag_ == "VBN" and trigger.dep_ == "acl" and trigger.head.pos_ in (
        "NOUN", "PROPN", "PRON") and not any(c.dep_ == "agent" for c in trigger.children))


def nobody_accused(trigger: Token) -> bool:
    """'nobody was charged', 'no one has been accused of the killing': the passive subject is
    nobody, so no accusation was made."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    words = " ".join(t.lower_ for t in subject.subtree)
    return any(words.startswith(n) for n in _nobody())
