"""Who a doer of violence is when the words name no party of their own.

Two general readings of conflict reporting, as ACLED codes them:

* a pronoun nothing in the text resolves ("they opened fire") is an unidentified armed group;
* a kind of armed group named in the singular ("a bandit attack") is that kind's generic group;
* a state named as the doer ("Iran fired missiles", "Russian shelling", "the Indian army" cut to
  "Indian") acts through its armed forces: "Military Forces of Iran", not its government; so
  does a target named by the state's adjective alone ("fought the Ethiopian army" cut to
  "Ethiopian").

The words of both live in the arguments lexicon (`unresolved_violent_actor`,
`state_violent_actor`).
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from roydad.extract.lexicon import load_lexicon
from roydad.resolve.actors import ActorResolver, ResolvedActor


def violent_doer(actors: ActorResolver, text: str, resolved: ResolvedActor,
                 country: str | None, on_date: date | None) -> ResolvedActor:
    """The party that did the violence `text` names (as `resolved` read it); `country` is the
    document's."""
    if resolved.name.lower() in pronouns():
        return actors.resolve(_lexicon()["unresolved_violent_actor"], country_hint=country,
                              on_date=on_date)
    state = actors.country_word(text)
    if state is not None:
        forces = actors.resolve(_lexicon()["state_violent_actor"], country_hint=state,
                                on_date=on_date)
        if forces.country == state:
            return forces
    if resolved.matched_by == "unknown" and text.isalpha() and text.islower():
        # "a bandit attack": a kind of armed group in the singular, which the resolver knows
        # by its plural ("bandits": Unidentified Armed Group)
        kind = actors.resolve(f"{text}s", country_hint=country, on_date=on_date)
        if kind.matched_by == "generic" and kind.name[:1].isupper():
            return kind
    return resolved


def attacked_state(actors: ActorResolver, text: str, resolved: ResolvedActor,
                   on_date: date | None) -> ResolvedActor:
    """A target the words name only by a state's adjective ("fought the Ethiopian army" that a
    parse cut to "Ethiopian") is that state's armed forces; any other target as `resolved` read
    it."""
    state = actors.country_word(text) if resolved.kb_id is None else None
    if state is None:
        return resolved
    forces = actors.resolve(_lexicon()["state_violent_actor"], country_hint=state,
                            on_date=on_date)
    return forces if forces.country == state else resolved


@cache
def pronouns() -> frozenset[str]:
    """Pronouns that stand for a party only through the party they refer to."""
    return frozenset(str(w) for w in _lexicon()["unresolved_pronouns"])


@cache
def _lexicon() -> dict[str, Any]:
    return dict(load_lexicon("arguments"))
