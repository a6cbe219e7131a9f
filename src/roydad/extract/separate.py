"""When two mentions of one kind are two happenings: a different speaker or different people at
a meeting (issue 13, long analyses), and which earlier happening an anaphor refers to."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Token

from roydad.extract.arguments import Argument
from roydad.ontology import event_families

_PERSONAL = frozenset({"he", "she", "him", "her"})
_VAGUE = frozenset({"who", "which", "that", "they", "them", "it", "we", "i", "you"})


class Mention(Protocol):
    @property
    def event_type(self) -> str: ...
    @property
    def actors(self) -> list[Argument]: ...
    @property
    def recipients(self) -> list[Argument]: ...


def _person_before(token: Token) -> str | None:
    """The last person named before a personal pronoun ("Mujahid … A day later, he warned")."""
    names = [e for e in token.doc.ents if e.label_ == "PERSON" and e.end <= token.i]
    return names[-1].root.lower_ if names else None


def _key(argument: Argument) -> str | None:
    head = argument.head
    if head.lower_ in _PERSONAL:
        return _person_before(head)
    if head.lower_ in _VAGUE or head.pos_ == "PRON":
        return None
    return head.lemma_.lower()


def parties(c: Mention) -> set[str]:
    """Who performs a speech act (and, for meetings, who takes part), as comparable keys."""
    args = [*c.actors, *c.recipients] if c.event_type in event_families().both_sides else c.actors
    return {k for a in args if (k := _key(a)) is not None}


def other_speaker(members: Sequence[Mention], c: Mention) -> bool:
    """A speech act or meeting whose performers (or participants) share nobody with those of a
    happening's mentions is another event."""
    if c.event_type not in event_families().speech_acts:
        return False
    mine = parties(c)
    theirs = set().union(*(parties(m) for m in members))
    return bool(mine) and bool(theirs) and not mine & theirs

