"""Who 'the movement', 'its delegation' or 'the apparatus' is, for a claim's parties.

Analyses name a party once and then refer back to it: "the Barisan Revolusi Nasional ... the
movement rarely speaks of single attacks ... its delegation rejected any role"; "the Stability
Support Apparatus ... the apparatus dismissed the accusation". The records builder resolves such
words to the armed group the knowledge base knows; this module covers the parties it does not
know, from the organisations the text itself names (`DocumentParties.names`):

* a bare common noun that ends a name told before ("the apparatus", "the brigade", "the
  front") is that name;
* a word for a group ("the movement", "the group") or an owner ("its", "their", "the
  movement's") with no known group before it is the organisation named last before it.
"""

from __future__ import annotations

from roydad.extract.claims import lexicon as claim_lexicon
from roydad.extract.context import DocumentParties

_OWNERS = ("its ", "their ")


def refer_back(text: str, at: int, parties: DocumentParties) -> str:
    """The text with a word that refers back replaced by the name it refers to (or unchanged)."""
    anaphors = claim_lexicon().group_anaphors
    owner, owned = _split(text)
    if owned is not None:
        if owner in anaphors and not _known_before(parties, at, owner_only=True):
            named = _last_name(parties, at)
            return f"{named}'s {owned}" if named is not None else text
        return text
    word = _bare(text)
    if word is None:
        return text
    if word not in anaphors:
        return _ending_in(parties, at, word) or text
    if _known_before(parties, at, owner_only=False):
        return text
    return _last_name(parties, at) or text


def _split(text: str) -> tuple[str, str | None]:
    """('group', 'delegation') for "its delegation" or "the movement's delegation"."""
    lower = text.lower()
    for pronoun in _OWNERS:
        if lower.startswith(pronoun):
            return "group", text[len(pronoun):]
    owner, mark, owned = text.partition("'s ")
    if not mark:
        return lower, None
    return owner.lower().removeprefix("the "), owned


def _bare(text: str) -> str | None:
    """The word of "the apparatus", "movement": one lower-case word, perhaps after 'the'."""
    words = text.removeprefix("the ").removeprefix("The ").split()
    if len(words) != 1 or not words[0].isalpha() or not words[0].islower():
        return None
    return words[0]


def _known_before(parties: DocumentParties, at: int, owner_only: bool) -> bool:
    """The knowledge base knows a party before `at` that the records builder refers to."""
    named = parties.orgs if owner_only else parties.groups
    return any(start < at for start in named)


def _last_name(parties: DocumentParties, at: int) -> str | None:
    before = [start for start in parties.names if start < at]
    return parties.names[max(before)] if before else None


def _ending_in(parties: DocumentParties, at: int, word: str) -> str | None:
    """The last name told before `at` whose last word is this one ('Support Apparatus')."""
    ends = [start for start, name in parties.names.items()
            if start < at and name.split()[-1].lower() == word]
    return parties.names[max(ends)] if ends else None
