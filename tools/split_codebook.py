"""Split the codebook regression set into a development part and a held-out part.

A document goes to the held-out part when the first eight hex digits of the SHA-256 of its
document id, as a number, modulo 100, are 70 or more (about 30 %); otherwise to dev. The split
depends on nothing but the id, so it is stable: adding reports never moves an old one, and all
lines of a document (they share a `doc_id`) land on the same side.

    python tools/split_codebook.py        # codebook.jsonl   -> dev.jsonl, holdout.jsonl
                                          # negatives.jsonl  -> negatives_dev.jsonl,
                                          #                     negatives_holdout.jsonl

The held-out part is never read while building rules or training models: it measures them.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "codebook"
HOLDOUT_PERCENT = 30
_MENTION_SUFFIX = re.compile(r"-E\d+$")  # as roydad.eval.gold.document_id


def document_id(line: dict[str, object]) -> str:
    doc_id = line.get("doc_id")
    return str(doc_id) if doc_id else _MENTION_SUFFIX.sub("", str(line["id"]))


def is_holdout(doc_id: str) -> bool:
    bucket = int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return bucket >= 100 - HOLDOUT_PERCENT


def split(source: Path, dev: Path, holdout: Path) -> tuple[int, int]:
    """Write the lines of `source` to `dev` or `holdout`; the number of documents of each."""
    sides: dict[bool, list[str]] = {False: [], True: []}
    docs: dict[bool, set[str]] = {False: set(), True: set()}
    for raw in source.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            doc_id = document_id(json.loads(raw))
            side = is_holdout(doc_id)
            sides[side].append(raw)
            docs[side].add(doc_id)
    for side, path in ((False, dev), (True, holdout)):
        path.write_text("".join(line + "\n" for line in sides[side]), encoding="utf-8")
    return len(docs[False]), len(docs[True])


def main() -> int:
    for stem, prefix in (("codebook", ""), ("negatives", "negatives_")):
        n_dev, n_holdout = split(DATA / f"{stem}.jsonl", DATA / f"{prefix}dev.jsonl",
                                 DATA / f"{prefix}holdout.jsonl")
        print(f"{stem}: {n_dev} documents in dev, {n_holdout} held out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
