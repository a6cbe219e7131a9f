"""Loading the extraction lexicons (YAML under roydad/data/lexicons, each checked against its
model in `roydad.datafiles.lexicons`)."""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

from roydad.datafiles import load_data
from roydad.datafiles.lexicons import LEXICONS


def load_lexicon(name: str) -> Any:
    """The parsed `roydad/data/lexicons/<name>.yaml`, once it fits its model."""
    return load_data(f"data/lexicons/{name}.yaml", LEXICONS[name])


@cache
def word_set(lexicon_name: str, key: str, *, lower: bool = False) -> frozenset[str]:
    """The words of list `key` of lexicon `lexicon_name`, read once; `lower`: each word as a
    string, lower case."""
    words = load_lexicon(lexicon_name)[key]
    return frozenset(str(w).lower() for w in words) if lower else frozenset(words)


_Rules = TypeVar("_Rules")


def word_sets(rules: type[_Rules], lexicon_name: str, section: str | None = None) -> _Rules:
    """A dataclass of word sets, each field the list of that name in `section` of lexicon
    `lexicon_name` (or at its top level)."""
    raw = load_lexicon(lexicon_name)
    raw = raw if section is None else raw[section]
    return rules(**{key: frozenset(raw[key]) for key in rules.__annotations__})


def check_lexicons() -> None:
    """Read every lexicon now, so that one that does not fit its model stops a run before any
    document is read (a `DataFileError`), not at the first document that needs it."""
    for name in LEXICONS:
        load_lexicon(name)
