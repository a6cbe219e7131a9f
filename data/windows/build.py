"""Build data/windows/dev.jsonl from the marked-up windows in data/windows/source_*.txt.

Markup: a window starts with `@ <id>`; its text follows (one paragraph). A trigger is written
`<<N:KairosType|word>>` (N numbers the window's events), an argument `{{N:Role|text}}` or
`{{1,2:Role|text}}` when it belongs to two events. The output line per event is the
WikiEvents-style gold format `roydad eval` reads (trigger by character offsets in `raw`).
Run: python data/windows/build.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
_MARK = re.compile(r"<<(\d+):([\w.]+)\|([^>]+)>>|\{\{([\d,]+):(\w+)\|([^}]+)\}\}")


def _windows(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for block in re.split(r"^@ ", text, flags=re.M):
        block = block.strip()
        if not block:
            continue
        ident, _, body = block.partition("\n")
        out.append((ident.strip(), " ".join(body.split())))
    return out


def _lines(ident: str, body: str) -> list[dict[str, object]]:
    plain: list[str] = []
    at = 0
    length = 0
    triggers: dict[int, dict[str, object]] = {}
    arguments: dict[int, list[dict[str, str]]] = {}
    for match in _MARK.finditer(body):
        chunk = body[at:match.start()]
        plain.append(chunk)
        length += len(chunk)
        if match.group(1):
            number, kind, word = int(match.group(1)), match.group(2), match.group(3)
            triggers[number] = {"text": word, "char_start": length,
                                "char_end": length + len(word), "type": kind}
        else:
            word = match.group(6)
            for number in match.group(4).split(","):
                arguments.setdefault(int(number), []).append(
                    {"role": match.group(5), "text": word})
        plain.append(word)
        length += len(word)
        at = match.end()
    plain.append(body[at:])
    text = "".join(plain)
    lines: list[dict[str, object]] = []
    for number in sorted(triggers):
        t = triggers[number]
        assert text[int(str(t["char_start"])):int(str(t["char_end"]))] == t["text"]
        args = arguments.get(number, [])
        lines.append({
            "id": f"windows:dev:{ident}-E{number}", "source": "roydad-windows", "text": text,
            "pub_date": None,
            "gold": {"event_type": str(t["type"]).split(".")[0], "sub_event_type": t["type"],
                     "trigger": t["text"], "arguments": args},
            "raw": {"doc_id": ident, "event_type": t["type"],
                    "trigger": {"text": t["text"], "char_start": t["char_start"],
                                "char_end": t["char_end"]},
                    "arguments": args},
        })
    missing = set(arguments) - set(triggers)
    if missing:
        sys.exit(f"{ident}: arguments for undefined events {missing}")
    return lines


def main() -> None:
    lines = []
    for source in sorted(HERE.glob("source_*.txt")):
        for ident, body in _windows(source.read_text(encoding="utf-8")):
            lines.extend(_lines(ident, body))
    with (HERE / "dev.jsonl").open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{len(lines)} event lines")


if __name__ == "__main__":
    main()
