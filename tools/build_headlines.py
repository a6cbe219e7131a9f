"""Assemble the headline development set (data/codebook/headlines_extra.jsonl) from its
hand-written sources in `data/codebook/headlines_extra/src/*.yaml`.

The sources have the entry format of `tools/build_codebook.py` (whose row expansion and
gazetteer look-up this reuses). Two things differ: a headline followed by its lead keeps the
blank line between them (the codebook build joins all whitespace into single spaces), and the
ids are `headlines:NNN`.

    PYTHONPATH=src .venv/bin/python tools/build_headlines.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_codebook  # noqa: E402  (a sibling script, not a package)

from roydad.resolve.places import Gazetteer  # noqa: E402

DATA = build_codebook.DATA
SRC = DATA / "headlines_extra" / "src"
OUT = DATA / "headlines_extra.jsonl"
# countries of this set that the codebook build does not list
build_codebook.COUNTRIES.update({"GIN": "Guinea", "NPL": "Nepal"})


def _text(raw: str) -> str:
    """Paragraphs kept apart by one blank line, each with its whitespace joined."""
    paragraphs = [" ".join(p.split()) for p in raw.split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def main() -> int:
    gazetteer = Gazetteer.load()
    log: list[str] = []
    lines: list[dict[str, Any]] = []
    seen: set[int] = set()
    for source in sorted(SRC.glob("*.yaml")):
        for entry in yaml.safe_load(source.read_text(encoding="utf-8")):
            number = int(entry["id"])
            assert number not in seen, f"{source}: id {number} used twice"
            seen.add(number)
            doc_id = f"headlines:{number:03d}"
            for line in build_codebook._lines(entry, gazetteer, log, "headlines"):
                line["id"] = line["id"].replace(line["doc_id"], doc_id)
                line["doc_id"] = doc_id
                line["text"] = _text(entry["text"])
                lines.append(line)
    assert all(line["gold"] is not None for line in lines), "the set has no negatives"
    with OUT.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    (SRC / "geocoding.log").write_text("\n".join(log) + "\n", encoding="utf-8")
    print(f"{len(seen)} documents, {len(lines)} events; "
          f"{sum('not in gazetteer' in x for x in log)} places not in the gazetteer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
