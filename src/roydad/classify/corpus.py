"""The training corpus (data/train/*.jsonl, see data/train/DATASHEET.md) and its split.

The split is by a stable hash of the snippet's *root* id (a variant goes where the snippet it
was derived from goes), so that no variant of a validation snippet is trained on:
buckets 0-7 of 10 train, 8 calibrates the temperature, 9 tests the calibration; 8 and 9
together are the validation split the per-class scores are given on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from roydad.classify.labels import NONE

Part = Literal["train", "calibration", "test"]


@dataclass(frozen=True)
class Snippet:
    id: str
    text: str
    acled_sub: str  # a sub-event type, or NONE
    plover: str
    root: str  # the id it was written as (itself, or the snippet a variant comes from)

    @property
    def part(self) -> Part:
        bucket = int(hashlib.sha256(self.root.encode()).hexdigest(), 16) % 10
        return "train" if bucket < 8 else "calibration" if bucket == 8 else "test"


def read_corpus(paths: Iterable[Path]) -> Iterator[Snippet]:
    """The snippets of the files, in file order; lines checked by tools/check_corpus.py."""
    rows: list[dict[str, str | None]] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    origin = {str(r["id"]): str(r.get("origin") or "written") for r in rows}
    for row in rows:
        rid = str(row["id"])
        yield Snippet(
            id=rid, text=str(row["text"]), acled_sub=row.get("acled_sub_event_type") or NONE,
            plover=str(row["plover"] or NONE), root=_root(rid, origin),
        )


def _root(rid: str, origin: dict[str, str]) -> str:
    seen = {rid}
    while origin.get(rid, "written").startswith("variant:"):
        parent = origin[rid].removeprefix("variant:")
        if parent in seen or parent not in origin:
            return parent
        seen.add(parent)
        rid = parent
    return rid
