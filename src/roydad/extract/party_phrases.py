"""Phrases that name a party through something else: a count before the group ("nine
paramilitary personnel"), a thing of the party attacked in its stead ("Pak Army convoy"), the
state that leads a force ("US-led forces")."""

from __future__ import annotations

import re
from functools import cache

from roydad.extract.lexicon import load_lexicon

# A count before a group ("nine paramilitary personnel", "at least two soldiers", "a fourth
# soldier", "another policeman") says how many, not who: the party is the group, resolved
# without it.
_COUNT = re.compile(
    r"^(?:(?:at least|at most|more than|over|nearly|about|around|some|up to)\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|dozens? of|scores of|another|"
    r"(?:(?:a|the)\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+",
    re.IGNORECASE,
)


def countless(text: str) -> str:
    """The group a counted phrase names: "nine paramilitary personnel" → "paramilitary
    personnel"; a bare count ("Four") is kept as it is."""
    rest = _COUNT.sub("", text, count=1)
    return rest if rest.strip() else text


def owner_of(text: str) -> str | None:
    """The party a target phrase belongs to: "Pak Army convoy" → "Pak Army"; None if the
    phrase ends in no belonging."""
    words = text.split()
    end = len(words)
    belongings = _belongings()
    while end > 1 and words[end - 1].lower() in belongings:
        end -= 1
    if end == len(words):
        return None
    return " ".join(words[:end]).removesuffix("'s").removesuffix("’s").rstrip("'’")



# "US-led forces", "Saudi-led coalition": forces a state leads, read as that state's forces when
# nothing knows the phrase itself.
_LED = re.compile(r"^(?P<leader>.+?)[-\s]led\s+(?P<force>.+)$", re.IGNORECASE)


def leaders_forces(text: str) -> str | None:
    """The leader's own forces a "X-led forces" phrase names ("US-led forces" → "US forces");
    None for any other phrase."""
    found = _LED.match(text.strip())
    return f"{found['leader']} {found['force']}" if found else None


@cache
def _belongings() -> frozenset[str]:
    """Things of a party attacked in its stead (arguments.yaml `belongings`)."""
    return frozenset(str(w) for w in load_lexicon("arguments")["belongings"])
