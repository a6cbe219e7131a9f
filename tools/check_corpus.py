"""Validate the classifier's training corpus (data/train/*.jsonl; see data/train/DATASHEET.md).

    python tools/check_corpus.py [FILE ...]        # default: data/train/*.jsonl of this repo

Errors (exit 1): a line that is not JSON or lacks a field, a label outside the sets of
src/roydad/classify/labels.yaml, an event type that does not own its sub-event type, a
duplicate id, a variant of an unknown id. Warnings (exit 0): a duplicate text, a length
outside 8-90 words, a class below 60 snippets, variants above a third of a class.
Standalone (reads the label file beside the package, imports nothing of roydad), so a
corpus writer can run it from any worktree.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "src" / "roydad" / "classify" / "labels.yaml"
MIN_PER_CLASS = 60
FIELDS = ("id", "text", "acled_event_type", "acled_sub_event_type", "plover", "style",
          "negative", "origin")
_SPACE = re.compile(r"\W+")


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text.casefold()).strip()


def check_row(row: dict[str, Any], labels: dict[str, Any], where: str) -> list[str]:
    """The errors of one snippet (empty when it is valid)."""
    missing = [f for f in FIELDS if f not in row]
    if missing:
        return [f"{where}: missing {', '.join(missing)}"]
    out: list[str] = []
    sub_of = {s: t for t, subs in labels["acled"].items() for s in subs}
    etype, sub = row["acled_event_type"], row["acled_sub_event_type"]
    if (etype is None) != (sub is None):
        out.append(f"{where}: acled_event_type and acled_sub_event_type must both be set or null")
    elif sub is not None and sub_of.get(sub) != etype:
        out.append(f"{where}: sub-event type {sub!r} is not one of {etype!r}")
    checks = (("plover", labels["plover"]), ("style", labels["styles"]),
              ("negative", [None, *labels["negatives"]]))
    out += [f"{where}: {name} {row[name]!r} not in {allowed}"
            for name, allowed in checks if row[name] not in allowed]
    if not isinstance(row["text"], str) or not row["text"].strip():
        out.append(f"{where}: empty text")
    rid = row["id"]
    if not isinstance(rid, str) or not any(rid.startswith(p) for p in labels["id_prefixes"]):
        out.append(f"{where}: id {rid!r} lacks a writer prefix {labels['id_prefixes']}")
    origin = row["origin"]
    if not (origin == "written" or (isinstance(origin, str) and origin.startswith("variant:"))):
        out.append(f"{where}: origin {origin!r} is neither 'written' nor 'variant:<id>'")
    return out


def read(paths: list[Path], labels: dict[str, Any]) -> Report:
    report = Report()
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                report.errors.append(f"{where}: not JSON ({error.msg})")
                continue
            if not isinstance(row, dict):
                report.errors.append(f"{where}: not a JSON object")
                continue
            errors = check_row(row, labels, where)
            report.errors += errors
            if not errors:
                row["_where"] = where
                report.rows.append(row)
    return report


def cross_checks(report: Report) -> None:
    """Ids, texts, lengths and variants across all files."""
    ids = Counter(r["id"] for r in report.rows)
    report.errors += [f"duplicate id {i} ({n} times)" for i, n in ids.items() if n > 1]
    seen: dict[str, str] = {}
    for row in report.rows:
        key = _norm(row["text"])
        if key in seen:
            report.warnings.append(f"{row['_where']}: same text as {seen[key]}")
        seen.setdefault(key, row["_where"])
        words = len(row["text"].split())
        if not 8 <= words <= 90 and row["style"] != "headline":
            report.warnings.append(f"{row['_where']}: {words} words (8-90 expected)")
        origin = row["origin"]
        if origin.startswith("variant:") and origin.removeprefix("variant:") not in ids:
            report.errors.append(f"{row['_where']}: variant of unknown id {origin}")


def class_counts(report: Report, labels: dict[str, Any]) -> list[str]:
    """The per-class table; warns below MIN_PER_CLASS and where variants exceed a third."""
    lines: list[str] = []
    for name, key, classes in (
        ("ACLED sub-event type", "acled_sub_event_type",
         [s for subs in labels["acled"].values() for s in subs] + [None]),
        ("PLOVER", "plover", labels["plover"]),
    ):
        total = Counter(r[key] for r in report.rows)
        variants = Counter(r[key] for r in report.rows if r["origin"] != "written")
        lines.append(f"{name}:")
        absent = [label or "NONE" for label in classes if not total.get(label)]
        for label in classes:
            n, shown = total.get(label, 0), label or "NONE (null)"
            flag = f"  < {MIN_PER_CLASS}" if n < MIN_PER_CLASS else ""
            lines.append(f"  {shown:40s} {n:5d}  variants {variants[label]:4d}{flag}")
            # a writer's own file covers some classes only: absent ones are one warning below
            if 0 < n < MIN_PER_CLASS:
                report.warnings.append(f"{name} {shown}: {n} snippets (< {MIN_PER_CLASS})")
            if n and variants[label] * 3 > n:
                report.warnings.append(f"{name} {shown}: variants above a third")
        if absent:
            report.warnings.append(f"{name}: no snippets of {', '.join(absent)}")
    negatives = Counter(r["negative"] for r in report.rows if r["negative"])
    lines.append("hard negatives: " + ", ".join(f"{k} {v}" for k, v in sorted(negatives.items())))
    styles = Counter(r["style"] for r in report.rows)
    lines.append("styles: " + ", ".join(f"{k} {v}" for k, v in sorted(styles.items())))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--quiet", action="store_true", help="no per-class table")
    args = parser.parse_args(argv)
    paths = args.files or sorted((ROOT / "data" / "train").glob("*.jsonl"))
    if not paths:
        print("no corpus files", file=sys.stderr)
        return 1
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    report = read(paths, labels)
    cross_checks(report)
    table = class_counts(report, labels)
    if not args.quiet:
        print("\n".join(table))
    for warning in report.warnings:
        print("warning:", warning)
    for error in report.errors:
        print("ERROR:", error)
    print(f"{len(report.rows)} valid snippets in {len(paths)} file(s), "
          f"{len(report.errors)} errors, {len(report.warnings)} warnings")
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
