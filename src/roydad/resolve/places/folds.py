"""Spelling folds: rewrites of a normalised name under which two spellings of one name meet
("Xarardheere" and "Harardhere", "Ceel Buur" and "El Bur", "Wanla Weyn" and "Wanlaweyn").

The rules are data (`data/spelling_folds.yaml`: transliteration habits of whole languages and
ways of writing names, applied in order). The index stores every name's fold (`index_build.py`)
and a query's fold finds the names sharing it (`gazetteer.py`): such a match counts as a listed
variant does, below an exact one. Honorific words GeoNames keeps at the head of a name
("Heroica Matamoros") are cut off at index time: the rest is a main name too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from roydad.datafiles import data_path, load_data
from roydad.datafiles.places import SpellingFoldsFile

FOLDS_FILE = "data/spelling_folds.yaml"
FOLD_MIN = 4  # shorter folds ("el", "bur") would join unrelated names


@dataclass(frozen=True, slots=True)
class Folds:
    rules: tuple[tuple[re.Pattern[str], str], ...]
    honorifics: tuple[str, ...]  # longest first

    def fold(self, key: str) -> str:
        """The fold of a normalised Latin-script key ("" for other scripts and short folds)."""
        if not key.isascii():
            return ""
        for pattern, replace in self.rules:
            key = pattern.sub(replace, key)
        return key if len(key) >= FOLD_MIN else ""

    def without_honorific(self, key: str) -> str | None:
        """The name after an honorific head ("heroica matamoros" -> "matamoros"), else None."""
        for word in self.honorifics:
            if key.startswith(word + " ") and len(key) > len(word) + 1:
                return key[len(word) + 1:]
        return None


def folds_bytes() -> bytes:
    return data_path(FOLDS_FILE).read_bytes()


@cache
def load_folds() -> Folds:
    raw = load_data(FOLDS_FILE, SpellingFoldsFile)
    rules = tuple((re.compile(r["pattern"]), r["replace"]) for r in raw.get("rules") or [])
    words = sorted((w.casefold() for w in raw.get("honorifics") or []), key=len, reverse=True)
    return Folds(rules, tuple(words))


def fold(key: str) -> str:
    return load_folds().fold(key)
