"""The weapon named in an event's sentence, from `weapons.yaml` (first listed phrase wins, so
'a handgun equipped with a silencer' gives 'silenced handgun')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span

from roydad.extract.lexicon import load_lexicon


@dataclass(frozen=True)
class WeaponEntry:
    phrase: str
    weapon: str
    mode: str | None
    pattern: re.Pattern[str]


@cache
def _entries() -> tuple[WeaponEntry, ...]:
    return tuple(
        WeaponEntry(
            raw["phrase"], raw["weapon"], raw.get("mode"),
            re.compile(r"\b" + re.escape(raw["phrase"]) + r"s?\b", re.I),
        )
        for raw in load_lexicon("weapons")["weapons"]
    )


def weapon_in(sentence: Span) -> WeaponEntry | None:
    text = sentence.text
    return next((e for e in _entries() if e.pattern.search(text)), None)
