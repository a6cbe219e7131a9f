"""What a meeting is for is not yet done: "the envoys met the rebel leader in Kauda to agree on
a truce", "the chiefs held talks with the governor to sign a pact". The infinitive of purpose
after a verb of meeting says why they met (the meeting is the event, PLOVER CONSULT), not that
they agreed. Word lists: lexicons/meetings.yaml."""

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
