"""Build a codebook development set from compact rows (data/codebook/*/rows.py).

A rows file defines `ROWS`: (text, pub_date, style, [events]) (no events: a no-event line with
null gold), an event being
(sub_event_type, date, country, admin1, location, actor1, actor2, fatalities), optionally with
a ninth item, the gold coordinates (lat, lon) or None (the sets without it have none); a
location written "Label|Name" keeps the label (the name is the gazetteer's, for whoever checks
the coordinates). A date written
"-Mon" ... "-Sun" is the last such weekday before pub_date, and the text must name that day
(so weekdays in a text always agree with the gold). `ERROR_CLASSES` in the rows file, if set,
tags every line (default: "type"). The ACLED event type is the sub-event type's, from roydad's
ontology. Run from the repository root, e.g.:

    python tools/build_compact.py data/codebook/remote_extra/rows.py remote \
        data/codebook/remote_extra.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import runpy
from pathlib import Path
from typing import Any

from roydad.ontology import load_ontology

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def resolve_weekday(date: str | None, pub: str, text: str) -> str | None:
    """"-Sat" is the last Saturday before `pub`; any other date is as written."""
    if date is None or not date.startswith("-"):
        return date
    wd = DAYS.index(date[1:])
    if DAY_NAMES[wd] not in text:
        raise ValueError(f"{date} but the text names no {DAY_NAMES[wd]}: {text}")
    day = dt.date.fromisoformat(pub) - dt.timedelta(days=1)
    while day.weekday() != wd:
        day -= dt.timedelta(days=1)
    return day.isoformat()


def gold_lines(rows: list[tuple[Any, ...]], prefix: str,
               error_classes: tuple[str, ...] = ("type",)) -> list[dict[str, object]]:
    """One gold line per event; the lines of one report share its `doc_id`."""
    event_type = load_ontology().acled_sub_types
    texts: set[str] = set()
    lines: list[dict[str, object]] = []
    for n, (text, pub, style, events) in enumerate(rows, start=1):
        if text in texts:
            raise ValueError(f"row {n} repeats a text: {text}")
        texts.add(text)
        doc = f"{prefix}:{n:03d}"
        if not events:  # a no-event text: one line with null gold
            lines.append({"id": doc, "doc_id": doc, "source": "codebook", "text": text,
                          "pub_date": pub, "gold": None,
                          "raw": {"style": style, "error_classes": ["nonevent"]}})
            continue
        for k, (sub, date, country, admin1, loc, a1, a2, fat, *geo) in enumerate(events, start=1):
            lat, lon = geo[0] if geo and geo[0] is not None else (None, None)
            loc = loc.partition("|")[0] if loc else loc
            gold = {"event_type": event_type[sub], "sub_event_type": sub,
                    "date": resolve_weekday(date, pub, text), "country": country,
                    "admin1": admin1, "location": loc, "lat": lat, "lon": lon, "actor1": a1,
                    "actor2": a2, "fatalities": fat, "weapon": None, "claimed": None}
            lines.append({"id": doc if len(events) == 1 else f"{doc}-{k}", "doc_id": doc,
                          "source": "codebook", "text": text, "pub_date": pub, "gold": gold,
                          "raw": {"style": style, "error_classes": list(error_classes)}})
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=Path, help="a rows.py file defining ROWS")
    parser.add_argument("prefix", help="id prefix, e.g. remote")
    parser.add_argument("out", type=Path, help="the JSONL to write")
    args = parser.parse_args()
    defined = runpy.run_path(str(args.rows))
    lines = gold_lines(defined["ROWS"], args.prefix, tuple(defined.get("ERROR_CLASSES", ("type",))))
    args.out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                        encoding="utf-8")
    print(len(defined["ROWS"]), "documents,", len(lines), "events ->", args.out)


if __name__ == "__main__":
    main()
