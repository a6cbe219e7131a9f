"""The scorer's vocabularies (types.yaml, aliases.yaml) and the comparisons built on them.

Everything a researcher may need to adapt to a new gold set — type maps, role maps, name
variants — is data in the YAML beside this module; this module loads and validates it and
offers the few comparisons the scorer makes: type mapping, admin1 names, actor/place/weapon
names and argument head words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal, cast, get_args

from pydantic import BaseModel

from roydad.datafiles import load_data
from roydad.datafiles.evaluation import AliasesFile, TypesFile
from roydad.models import EventType

ContractSlot = Literal["actor", "recipient", "location", "weapon"]
CONTRACT_SLOTS: tuple[ContractSlot, ...] = get_args(ContractSlot)
PLOVER_CATEGORIES: frozenset[str] = frozenset(get_args(EventType))

_NOT_WORD = re.compile(r"[^\w]+")
_POSSESSIVE = re.compile(r"'s\b|'\B", re.IGNORECASE)
# ACLED-style qualifiers: "Civilians (Pakistan)", "Military Forces of Pakistan (2018-)",
# "Islamic State (IS)" — a period, a country of operation or an acronym already said, never what
# tells the actor apart ("Unidentified Armed Group (Pakistan)" is not Pakistan).
_QUALIFIER = re.compile(r"\([^()]*\)")
_STATE_PREFIX = "state-"


def words(text: str) -> tuple[str, ...]:
    """Words of `text` with case kept: diacritics, possessives and punctuation removed.

    Dots vanish rather than split ("U.S." → "US"); other punctuation, hyphens included,
    separates words ("Tehrik-i-Taliban" → "Tehrik", "i", "Taliban").
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("’", "'").replace("‘", "'").replace("&", " and ").replace(".", "")
    plain = _POSSESSIVE.sub(" ", plain)
    return tuple(w for w in _NOT_WORD.sub(" ", plain).replace("_", " ").split() if w)


# Number is folded off a head word ("bombs" → "bomb", "gunmen" → "gunman", "militias" →
# "militia"): the contract's values are normalised nouns ("bomb" for "21 bombs had gone off"),
# gold heads are words of the text, and a plural says how many, not what.
_PLURALS: tuple[tuple[str, str], ...] = (
    ("men", "man"), ("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"),
)
_NOT_PLURAL = ("ss", "us", "is")


def singular(word: str) -> str:
    """A lower-case English noun without its plural ending. Short words and capitalised ones
    (names: "Abbas", "IS") are left alone."""
    if len(word) <= 3 or not word.islower():
        return word
    for ending, replacement in _PLURALS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + replacement
    if word.endswith("s") and not word.endswith(_NOT_PLURAL):
        return word[:-1]
    return word


def head_word(text: str) -> str | None:
    """The head of a noun phrase as WikiEvents scoring takes it: its last word, lower-cased,
    in the singular."""
    found = words(text)
    return singular(found[-1]).casefold() if found else None


@dataclass(frozen=True)
class _Variant:
    key: str
    words: tuple[str, ...]
    acronym: bool  # matched on capitalised words only

    def matches(self, original: Sequence[str], folded: Sequence[str], at: int) -> bool:
        end = at + len(self.words)
        if end > len(original):
            return False
        window = original[at:end] if self.acronym else folded[at:end]
        return tuple(window) == self.words


@dataclass(frozen=True)
class Vocabulary:
    """The scorer's data, validated: what `types.yaml` and `aliases.yaml` say."""

    kairos: Mapping[str, str | None]
    roles: Mapping[str, ContractSlot]
    event_types: Mapping[str, str | None]
    detected_by: Mapping[str, frozenset[str]]
    acled_event_types: frozenset[str]
    unordered_sides: frozenset[str]
    admin1: Mapping[tuple[str, ...], str]
    admin1_generic: frozenset[str]
    admin1_successors: Mapping[str, str]  # canonical admin1 -> the one it merged into
    name_variants: tuple[_Variant, ...]  # longest first
    generic_words: frozenset[str]
    states: frozenset[str] = frozenset()  # name keys that are countries (aliases.yaml `states`)
    state_words: frozenset[str] = frozenset()

    def kairos_category(self, kairos_type: str) -> str | None:
        """PLOVER category of a KAIROS type by its longest listed prefix; None if out of scope.

        Gold already coded in PLOVER categories is taken as it is.
        """
        if kairos_type.upper() in PLOVER_CATEGORIES:
            return kairos_type.upper()
        parts = kairos_type.split(".")
        for size in range(len(parts), 0, -1):
            prefix = ".".join(parts[:size])
            if prefix in self.kairos:
                return self.kairos[prefix]
        return None

    def event_category(self, gold_type: str | None) -> str | None:
        """PLOVER category of an event-level gold type (UCDP, ACLED or PLOVER itself)."""
        if gold_type is None:
            return None
        if gold_type.upper() in PLOVER_CATEGORIES:
            return gold_type.upper()
        return self.event_types.get(gold_type.casefold())

    def detecting_categories(self, category: str | None) -> frozenset[str]:
        """Predicted categories that count as detecting gold of `category` (all if unknown)."""
        if category is None:
            return PLOVER_CATEGORIES
        return self.detected_by.get(category, frozenset({category}))

    def is_acled(self, gold_type: str | None) -> bool:
        return gold_type is not None and gold_type.casefold() in self.acled_event_types

    def sides_unordered(self, gold_type: str | None) -> bool:
        return gold_type is not None and gold_type.casefold() in self.unordered_sides

    def admin1_key(self, name: str) -> str:
        """Canonical form of a first-level division's name, for equality tests."""
        folded = tuple(w.casefold() for w in words(name))
        kept = tuple(w for w in folded if w not in self.admin1_generic) or folded
        return self.admin1.get(kept, self.admin1.get(folded, " ".join(kept)))

    def admin1_current(self, name: str) -> str:
        """`admin1_key` of the division that covers ``name``'s territory today."""
        key = self.admin1_key(name)
        return self.admin1_successors.get(key, key)

    def name_keys(self, name: str) -> frozenset[str]:
        """Distinctive words of an actor, place or weapon name, variants replaced by their key;
        a state's forces by any name are one key, `state-<country>` (aliases.yaml `states`)."""
        original = words(_QUALIFIER.sub(" ", name))
        folded = [w.casefold() for w in original]
        keys: list[str] = []
        at = 0
        while at < len(original):
            variant = next(
                (v for v in self.name_variants if v.matches(original, folded, at)), None
            )
            if variant is not None:
                keys.append(variant.key)
                at += len(variant.words)
            else:
                keys.append(folded[at])
                at += 1
        state = self._state_side(keys)
        if state is not None:
            return frozenset({state})
        return frozenset(k for k in keys if k not in self.generic_words)

    def _state_side(self, keys: Sequence[str]) -> str | None:
        """`state-<country>` when the name is one state (or state organ) and state words only:
        "Government of Pakistan", "Pakistani soldiers", "FC personnel", "Pakistan"."""
        marks = {k if k.startswith(_STATE_PREFIX) else _STATE_PREFIX + k
                 for k in keys if k in self.states or k.startswith(_STATE_PREFIX)}
        if len(marks) != 1 or not all(
                k in self.states or k.startswith(_STATE_PREFIX) or k in self.state_words
                for k in keys):
            return None
        return marks.pop()

    def names_match(self, gold: str, predicted: str) -> bool:
        """Same actor/place/weapon: one name's distinctive words (a variant key counting as one
        word) contain the other's, or most of them are shared.

        "Government of the United States" matches "US drone operators" and "Mir Ali" matches
        "Mir Ali town", but "Lashkar-e-Taiba" does not match "Lashkar-e-Islam": one word shared
        of two is not most.
        """
        gold_keys, predicted_keys = self.name_keys(gold), self.name_keys(predicted)
        if not gold_keys or not predicted_keys:
            return False
        shared = len(gold_keys & predicted_keys)
        return (
            shared == min(len(gold_keys), len(predicted_keys))
            or 2 * shared > max(len(gold_keys), len(predicted_keys))
        )


def _mapping(data: object, what: str) -> dict[str, object]:
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise ValueError(f"{what}: expected a mapping of names")
    return cast(dict[str, object], data)


def _strings(data: object, what: str) -> list[str]:
    if not isinstance(data, list) or not all(isinstance(v, str) for v in data):
        raise ValueError(f"{what}: expected a list of strings")
    return cast(list[str], data)


def _category(value: object, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or value not in PLOVER_CATEGORIES:
        raise ValueError(f"{what}: {value!r} is not a PLOVER category")
    return value


def _read(name: str, model: type[BaseModel]) -> dict[str, object]:
    return _mapping(load_data(f"eval/{name}", model), name)


def _variants(names: Mapping[str, object]) -> tuple[_Variant, ...]:
    found: list[_Variant] = []
    for key, listed in names.items():
        for form in [key, *_strings(listed, f"aliases.yaml names.{key}")]:
            form_words = words(form)
            acronym = all(w.isupper() for w in form_words)
            if not acronym:
                form_words = tuple(w.casefold() for w in form_words)
            if form_words:
                found.append(_Variant(key, form_words, acronym))
    return tuple(sorted(found, key=lambda v: -len(v.words)))


@cache
def load_vocabulary() -> Vocabulary:
    """Read and validate the YAML beside this module (once per process)."""
    types, aliases = _read("types.yaml", TypesFile), _read("aliases.yaml", AliasesFile)
    kairos = {
        k: _category(v, f"types.yaml kairos.{k}")
        for k, v in _mapping(types["kairos"], "types.yaml kairos").items()
    }
    roles: dict[str, ContractSlot] = {}
    for slot, listed in _mapping(types["roles"], "types.yaml roles").items():
        known = next((s for s in CONTRACT_SLOTS if s == slot), None)
        if known is None:
            raise ValueError(f"types.yaml roles: {slot!r} is not one of {CONTRACT_SLOTS}")
        for role in _strings(listed, f"types.yaml roles.{slot}"):
            roles[role.casefold()] = known
    event_types = {
        k.casefold(): _category(v, f"types.yaml event_types.{k}")
        for k, v in _mapping(types["event_types"], "types.yaml event_types").items()
    }
    detected_by: dict[str, frozenset[str]] = {}
    for category, listed in _mapping(types["detected_by"], "types.yaml detected_by").items():
        _category(category, "types.yaml detected_by")
        detected_by[category] = frozenset(
            c for c in _strings(listed, f"types.yaml detected_by.{category}")
            if _category(c, f"types.yaml detected_by.{category}")
        )
    admin1_generic = frozenset(
        w.casefold() for w in _strings(aliases["admin1_generic"], "aliases.yaml admin1_generic")
    )
    admin1: dict[tuple[str, ...], str] = {}
    for canonical, listed in _mapping(aliases["admin1"], "aliases.yaml admin1").items():
        for form in [canonical, *_strings(listed, f"aliases.yaml admin1.{canonical}")]:
            folded = tuple(w.casefold() for w in words(form))
            admin1[tuple(w for w in folded if w not in admin1_generic) or folded] = canonical
            admin1[folded] = canonical
    divisions = set(admin1.values())
    successors: dict[str, str] = {}
    merged = _mapping(aliases["admin1_successors"], "aliases.yaml admin1_successors")
    for before, after in merged.items():
        if before not in divisions or not isinstance(after, str) or after not in divisions:
            raise ValueError(f"aliases.yaml admin1_successors: {before!r} -> {after!r}: both "
                             f"must be canonical names of aliases.yaml admin1")
        successors[before] = after
    return Vocabulary(
        kairos=kairos,
        roles=roles,
        event_types=event_types,
        detected_by=detected_by,
        acled_event_types=frozenset(
            t.casefold() for t in _strings(types["acled_event_types"], "acled_event_types")
        ),
        unordered_sides=frozenset(
            t.casefold() for t in _strings(types["unordered_sides"], "unordered_sides")
        ),
        admin1=admin1,
        admin1_generic=admin1_generic,
        admin1_successors=successors,
        name_variants=_variants(_mapping(aliases["names"], "aliases.yaml names")),
        generic_words=frozenset(
            w.casefold() for w in _strings(aliases["generic_words"], "aliases.yaml generic_words")
        ),
        states=frozenset(_strings(aliases["states"], "aliases.yaml states")),
        state_words=frozenset(
            w.casefold() for w in _strings(aliases["state_words"], "aliases.yaml state_words")
        ),
    )
