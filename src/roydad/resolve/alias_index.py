"""The knowledge base's names, indexed for lookup: exact aliases, case-sensitive aliases, loose
keys, state slots and persons' names, and the aliases several entries share (an acronym such as
"RSF" names Sudan's Rapid Support Forces in Sudan and Reporters Without Borders elsewhere)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from roydad.resolve.actor_entries import Entry, Period
from roydad.resolve.actor_names import cased_key, loose_key, normalise

# A fuzzy key must be about as long as the shortest name fuzzy matching accepts (actors.py).
FUZZY_KEY_MIN_LEN = 6


@dataclass(frozen=True)
class AliasIndex:
    strict: dict[str, str]
    cased: dict[str, str]
    loose: dict[str, str]
    shared: dict[str, list[str]]
    slots: dict[tuple[str, str], list[tuple[Period, Entry]]]
    person_names: dict[str, str]
    fuzzy_keys: list[str]

    def exact(self, text: str, country: str | None, countries: dict[str, str | None]
              ) -> str | None:
        """The entry an exact alias names; an alias several entries share goes to the entry of
        the document's `country`, else to the one tied to no country, else the first listed."""
        key = normalise(text)
        if ids := self.shared.get(key):
            return next((i for i in ids if country and countries[i] == country),
                        next((i for i in ids if countries[i] is None), ids[0]))
        return self.strict.get(key)


def index_aliases(entries: Sequence[Entry]) -> AliasIndex:
    strict: dict[str, str] = {}
    cased: dict[str, str] = {}
    named_by: dict[str, list[str]] = {}
    loose: dict[str, set[str]] = {}
    slots: dict[tuple[str, str], list[tuple[Period, Entry]]] = {}
    for e in entries:
        for alias in (e.name, *e.aliases):
            key = normalise(alias)
            strict[key] = e.id
            if e.id not in (ids := named_by.setdefault(key, [])):
                ids.append(e.id)
            loose.setdefault(loose_key(alias), set()).add(e.id)
        cased.update((cased_key(a), e.id) for a in e.cased_aliases)
        for slot, period in e.slots:
            slots.setdefault((e.country or "", slot), []).append((period, e))
    # A loose key two entries share decides nothing, so it is left out rather than guessed.
    unique = {k: next(iter(ids)) for k, ids in loose.items() if k and len(ids) == 1}
    return AliasIndex(
        strict=strict, cased=cased, loose=unique,
        shared={k: ids for k, ids in named_by.items() if len(ids) > 1},
        slots=slots,
        # a person's names as written, by loose key: a fuzzy match must agree name by name
        person_names={loose_key(a): a for e in entries if e.kind == "person"
                      for a in (e.name, *e.aliases)},
        fuzzy_keys=[k for k in unique if len(k) >= FUZZY_KEY_MIN_LEN],
    )
