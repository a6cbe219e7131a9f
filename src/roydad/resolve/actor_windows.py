"""Matching a mention against the knowledge base beyond its exact aliases: a known actor inside a
longer mention ("Balkh governor Mohammad Dawood Muzammil", "Koglweogo self-defence fighters"),
and a fuzzy match of a misspelt name. Used by `roydad.resolve.actors.ActorResolver`."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from rapidfuzz import fuzz, process

from roydad.resolve.actor_entries import Entry
from roydad.resolve.actor_names import loose_key, normalise, same_person_names, segment
from roydad.resolve.alias_index import AliasIndex

# Fuzzy matching is conservative: a one-letter slip in a long name is a misspelling, in a short
# one ("Khan", "ISI") it is another actor. Keys are loose keys (see loose_key).
FUZZY_CUTOFF = 90.0
FUZZY_MIN_LEN = 8
_TOKEN = re.compile(r"[^\s\u2010-\u2015\u2212/\-]+")

# Words that make a name a stance towards its party or away from it ("anti-Taliban",
# "pro-government", "ex-FARC"): such a phrase never names the party itself.
STANCE_PREFIXES = frozenset({"anti", "pro", "non", "ex"})

Lookup = Callable[[str], tuple[str, float] | None]


def find_window(core: str, lookup: Lookup, entries: Mapping[str, Entry],
                member_ok: Collection[str], person_roles: Collection[str]
                ) -> tuple[str, str] | None:
    """A known actor inside a longer mention: "Balkh governor Mohammad Dawood Muzammil",
    "Iran-backed Houthis", "TTP commander". The rest becomes the title."""
    spans = [m.span() for m in _TOKEN.finditer(core)]
    if not 2 <= len(spans) <= 12:
        return None
    for size in range(len(spans) - 1, 0, -1):
        for i in range(len(spans) - size + 1):
            start, end = spans[i][0], spans[i + size - 1][1]
            hit = lookup(core[start:end])
            if not hit:
                continue
            left, right = core[:start].strip(" -,"), core[end:].strip(" -,")
            if re.split(r"\W+", left)[-1].lower() in STANCE_PREFIXES:
                continue  # "anti-Taliban factions", "pro-government militia"
            if remainder_fits(entries[hit[0]], left, right, member_ok, person_roles):
                return hit[0], " ".join(p for p in (left, right) if p)
    return None


def remainder_fits(entry: Entry, left: str, right: str, member_ok: Collection[str],
                   person_roles: Collection[str]) -> bool:
    """A person may carry any title before the name, but after it only role words, so "Imran
    Khan's party" is not Imran Khan; a group only qualifiers and member words, read word by
    word or as the lexicon's phrases ("self defence fighters")."""
    if entry.kind == "person":
        return _all_known(normalise(right).split(), {*member_ok, *person_roles})
    return _all_known(normalise(f"{left} {right}").split(), member_ok)


def _all_known(words: list[str], vocab: Collection[str]) -> bool:
    return all(w in vocab for w in words) or all(p for _, p in segment(words, vocab))


def fuzzy_match(core: str, index: AliasIndex, entries: Mapping[str, Entry]
                ) -> tuple[str, float] | None:
    """The one actor a misspelt mention names, with the match score; None when no alias is
    close enough or two actors are about as close."""
    key = loose_key(core)
    if len(key) < FUZZY_MIN_LEN:
        return None
    best = process.extract(key, index.fuzzy_keys, scorer=fuzz.ratio, limit=5,
                           score_cutoff=FUZZY_CUTOFF)
    if not best:
        return None
    top_key, top_score, _ = best[0]
    kb_id = index.loose[top_key]
    # Two different actors scoring alike is a coin toss, not a match.
    if any(index.loose[k] != kb_id and s >= top_score - 3 for k, s, _ in best[1:]):
        return None
    if entries[kb_id].kind == "person" and not same_person_names(
            core, index.person_names.get(top_key, "")):
        return None
    return kb_id, round(top_score / 100, 3)
