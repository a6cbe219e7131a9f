"""Which members of a happening are listed as its mentions in the record."""

from __future__ import annotations

from functools import cache

from roydad.extract.events import Candidate
from roydad.extract.lexicon import load_lexicon


@cache
def _instrument_triggers() -> frozenset[str]:
    return frozenset(load_lexicon("events").get("instrument_triggers") or [])


def _names_instrument(candidate: Candidate) -> bool:
    return candidate.hit.spec.lemma in _instrument_triggers()


def acts_told(members: list[Candidate]) -> list[Candidate]:
    """The members that tell the act: a weapon or attacker noun ("a suicide bomber", "an IED")
    is the instrument or the attacker of an act its sentence tells with another trigger of the
    same happening ("A suicide bomber blew himself up, killing six"); alone in its sentence it
    stands for the act ("An IED hit a police van")."""
    acts = {c.sentence.start for c in members if not _names_instrument(c)}
    kept = [c for c in members if not (_names_instrument(c) and c.sentence.start in acts)]
    return kept or members
