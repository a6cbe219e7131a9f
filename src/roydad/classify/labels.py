"""The classifier's label sets, read from labels.yaml beside this file (shared with the corpus
checker `tools/check_corpus.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from roydad.datafiles import load_data
from roydad.datafiles.classify import LabelsFile

NONE = "NONE"  # ACLED would not code it / no PLOVER event


@dataclass(frozen=True)
class Labels:
    # ACLED sub-event type → its event type (25 sub-event types)
    acled_type_of: dict[str, str]
    plover: tuple[str, ...]  # the 16 categories and NONE

    @property
    def acled_subs(self) -> tuple[str, ...]:
        """The 25 sub-event types and NONE: the sub-type classifier's labels."""
        return (*self.acled_type_of, NONE)

    def acled_pair(self, sub: str | None) -> tuple[str | None, str | None]:
        """(event type, sub-event type) of a predicted sub-type label; NONE is (None, None)."""
        if sub is None or sub == NONE:
            return None, None
        return self.acled_type_of[sub], sub


@cache
def load_labels() -> Labels:
    data = load_data("classify/labels.yaml", LabelsFile)
    type_of = {sub: etype for etype, subs in data["acled"].items() for sub in subs}
    return Labels(acled_type_of=type_of, plover=tuple(data["plover"]))
