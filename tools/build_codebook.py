"""Assemble the codebook regression set (data/codebook/) from its hand-written sources.

The reports and their gold are written by hand in `data/codebook/src/*.yaml`; this script only
expands them into the gold JSONL of `../shared/data/dev/` (event lines) and looks up
coordinates in roydad's gazetteer. A source entry:

    - id: 17                      # unique number; the document id is "codebook:0017"
      style: note                 # note | wire | headline | analysis | persian
      err: [type, count]          # error classes of issue 13 it exercises (see ERROR_CLASSES)
      pub: 2023-03-14             # publication date
      text: "On 12 March 2023, ..."
      ev:                         # one row per gold event; absent or empty = a negative
        - [clash, 2023-03-12, AFG, Ghazni, "Nawur", Taliban, "NRF: National Resistance Front", 3]

An event row is [sub-event key (SUB_EVENTS), date, ISO3 country, admin1, place, actor1, actor2,
fatalities]; `~` is null. The place is looked up in the gazetteer among candidates of that
country (and admin1, if given) matched by exact name or a listed variant, never by a spelling
guess; "Name|query" looks up `query` but keeps `Name` as the location; a place ending in
"@admin1" asks for the province itself. A place the gazetteer does not hold keeps its name with
null coordinates. Entries without events go to negatives.jsonl with `"gold": null`.

    PYTHONPATH=src .venv/bin/python tools/build_codebook.py     # then tools/split_codebook.py

A separate set with its own sources builds the same way into its own files, never split and
never mixed into the files above (the fresh blind set of data/codebook/fresh/):

    PYTHONPATH=src .venv/bin/python tools/build_codebook.py \
        --src data/codebook/fresh/src --out fresh
    # -> data/codebook/fresh.jsonl, data/codebook/negatives_fresh.jsonl; document ids "fresh:0001"
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from roydad.eval import load_gold
from roydad.eval.vocab import load_vocabulary
from roydad.resolve.places import Candidate, Gazetteer

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "codebook"

SUB_EVENTS: dict[str, tuple[str, str]] = {
    "clash": ("Battles", "Armed clash"),
    "regain": ("Battles", "Government regains territory"),
    "overtake": ("Battles", "Non-state actor overtakes territory"),
    "chem": ("Explosions/Remote violence", "Chemical weapon"),
    "air": ("Explosions/Remote violence", "Air/drone strike"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "grenade": ("Explosions/Remote violence", "Grenade"),
    "sexual": ("Violence against civilians", "Sexual violence"),
    "attack": ("Violence against civilians", "Attack"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
    "peaceful": ("Protests", "Peaceful protest"),
    "intervention": ("Protests", "Protest with intervention"),
    "excessive": ("Protests", "Excessive force against protesters"),
    "riot": ("Riots", "Violent demonstration"),
    "mob": ("Riots", "Mob violence"),
    "agreement": ("Strategic developments", "Agreement"),
    "arrests": ("Strategic developments", "Arrests"),
    "change": ("Strategic developments", "Change to group/activity"),
    "disrupted": ("Strategic developments", "Disrupted weapons use"),
    "base": ("Strategic developments", "Headquarters or base established"),
    "looting": ("Strategic developments", "Looting/property destruction"),
    "transfer": ("Strategic developments", "Non-violent transfer of territory"),
    "other": ("Strategic developments", "Other"),
}

STYLES = {
    "note": "ACLED-style note",
    "wire": "wire report with dateline",
    "headline": "headline",
    "analysis": "paragraph of analysis",
    "persian": "English translation of a Persian/Afghan outlet",
}

ERROR_CLASSES = {
    "type": "1. type by who is hit",
    "family": "2. event families never detected",
    "nonevent": "3. things that are not events",
    "date": "4. dates",
    "place": "5. places",
    "actor": "6. actors",
    "count": "7. counts",
    "multi": "8. several happenings in one text",
}

COUNTRIES = {  # ISO3 -> the country's name as UCDP GED writes it
    "AFG": "Afghanistan", "PAK": "Pakistan", "IRN": "Iran", "NGA": "Nigeria", "MLI": "Mali",
    "BFA": "Burkina Faso", "SOM": "Somalia", "SDN": "Sudan", "COD": "DR Congo (Zaire)",
    "SYR": "Syria", "IRQ": "Iraq", "YEM": "Yemen (North Yemen)", "UKR": "Ukraine",
    "MMR": "Myanmar (Burma)", "IND": "India", "MEX": "Mexico", "COL": "Colombia",
    "PHL": "Philippines", "NER": "Niger", "CMR": "Cameroon", "ETH": "Ethiopia",
    "MOZ": "Mozambique", "LBN": "Lebanon", "ISR": "Israel", "PSE": "Palestine",
    "LBY": "Libya", "BGD": "Bangladesh", "KEN": "Kenya", "HTI": "Haiti",
    "RUS": "Russia (Soviet Union)",
    "TCD": "Chad", "SSD": "South Sudan", "CAF": "Central African Republic", "TUR": "Turkey",
    "ECU": "Ecuador", "BRA": "Brazil", "VEN": "Venezuela", "PER": "Peru", "THA": "Thailand",
    "SAU": "Saudi Arabia", "FRA": "France", "ZAF": "South Africa", "HKG": "China",
    "QAT": "Qatar", "LKA": "Sri Lanka", "AZE": "Azerbaijan", "BDI": "Burundi", "GAB": "Gabon",
    "SEN": "Senegal", "ARM": "Armenia", "KGZ": "Kyrgyzstan",
}

_GOOD_MATCH = frozenset({"exact", "variant"})


def _place(gazetteer: Gazetteer, name: str | None, iso3: str, admin1: str | None
           ) -> tuple[str | None, str | None, float | None, float | None, str]:
    """(location, admin1, lat, lon, how it was found) of a written place."""
    if not name:
        return None, admin1, None, None, "no place"
    label, _, query = name.partition("|")
    query = query or label
    want_admin1 = query.endswith("@admin1")
    query = query.removesuffix("@admin1")
    label = label.removesuffix("@admin1")
    key = load_vocabulary().admin1_key
    fits: list[Candidate] = []
    for c in gazetteer.candidates(query, limit=40):
        if c.how not in _GOOD_MATCH or c.country != iso3:
            continue
        if admin1 and c.admin1 and key(c.admin1) != key(admin1):
            continue
        if want_admin1 != (c.kind == "admin1"):
            continue
        fits.append(c)
    if not fits:
        return label, admin1, None, None, "not in gazetteer"
    best = fits[0]
    return label, admin1 or best.admin1, best.lat, best.lon, (
        f"{best.name} ({best.kind}, {best.admin1}) {best.how}")


def _is_admin1(gazetteer: Gazetteer, name: str, iso3: str) -> bool:
    """The gold's admin1 is spelt as the gazetteer spells a province of the country (a warning
    only: the gazetteer lacks some provinces, and then the gold keeps the usual name)."""
    key = load_vocabulary().admin1_key
    if iso3 not in _ADMIN1:
        rows = gazetteer._db().execute(  # a build tool may read the index directly
            "SELECT name FROM place WHERE kind = 'admin1' AND country = ?", (iso3,))
        _ADMIN1[iso3] = {key(row[0]) for row in rows}
    return key(name) in _ADMIN1[iso3]


_ADMIN1: dict[str, set[str]] = {}


def _date(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _check_weekday(doc_id: str, text: str, pub: str | None, date: str | None) -> None:
    """A report that dates its event by a weekday ("on Monday") must mean the last such day
    on or before publication: catches a miscounted day in the hand-written gold."""
    named = [i for i, day in enumerate(_WEEKDAYS) if day in text.casefold()]
    if len(named) != 1 or pub is None or date is None:
        return
    published = dt.date.fromisoformat(pub)
    back = (published.weekday() - named[0]) % 7
    expected = published - dt.timedelta(days=back)
    if dt.date.fromisoformat(date) != expected:
        print(f"warning: {doc_id}: weekday says {expected}, gold says {date}")


def _lines(entry: dict[str, Any], gazetteer: Gazetteer, log: list[str], name: str = "codebook"
           ) -> list[dict[str, Any]]:
    number = int(entry["id"])
    doc_id = f"{name}:{number:04d}"
    style, err = entry["style"], list(entry.get("err", []))
    assert style in STYLES, f"{doc_id}: style {style!r}"
    assert all(e in ERROR_CLASSES for e in err), f"{doc_id}: error class in {err}"
    raw = {"style": style, "error_classes": err}
    base = {"doc_id": doc_id, "source": name, "text": " ".join(entry["text"].split()),
            "pub_date": _date(entry["pub"])}
    rows = entry.get("ev") or []
    if not rows:
        return [{"id": doc_id, **base, "gold": None, "raw": raw}]
    out = []
    for index, row in enumerate(rows, start=1):
        sub, date, iso3, admin1, place, actor1, actor2, deaths = row
        event_type, sub_event_type = SUB_EVENTS[sub]
        location, admin1, lat, lon, how = _place(gazetteer, place, iso3, admin1)
        if admin1 and not _is_admin1(gazetteer, admin1, iso3):
            print(f"warning: {doc_id}: {admin1!r} is not a province of {iso3} in the gazetteer")
        log.append(f"{doc_id} {place!r} -> {how} {lat},{lon}")
        _check_weekday(doc_id, base["text"], base["pub_date"], _date(date))
        gold = {"event_type": event_type, "sub_event_type": sub_event_type,
                "date": _date(date), "country": COUNTRIES[iso3], "admin1": admin1,
                "location": location, "lat": lat, "lon": lon, "actor1": actor1,
                "actor2": actor2, "fatalities": deaths, "weapon": None, "claimed": None}
        line_id = doc_id if len(rows) == 1 else f"{doc_id}-{index}"
        out.append({"id": line_id, **base, "gold": gold, "raw": raw})
    return out


def main(src: Path = DATA / "src", name: str = "codebook") -> int:
    """Build `src/*.yaml` into codebook.jsonl and negatives.jsonl, or, for another set `name`,
    into `<name>.jsonl` and `negatives_<name>.jsonl`."""
    gazetteer = Gazetteer.load()
    events: list[dict[str, Any]] = []
    negatives: list[dict[str, Any]] = []
    log: list[str] = []
    seen: set[int] = set()
    texts: set[str] = set()
    for source in sorted(src.glob("*.yaml")):
        for entry in yaml.safe_load(source.read_text(encoding="utf-8")):
            assert entry["id"] not in seen, f"{source}: id {entry['id']} used twice"
            seen.add(entry["id"])
            lines = _lines(entry, gazetteer, log, name)
            assert lines[0]["text"] not in texts, f"{source}: text of {entry['id']} repeats"
            texts.add(lines[0]["text"])
            (negatives if lines[0]["gold"] is None else events).extend(lines)
    outputs = (("codebook.jsonl", "negatives.jsonl") if name == "codebook"
               else (f"{name}.jsonl", f"negatives_{name}.jsonl"))
    for output, lines in zip(outputs, (events, negatives), strict=True):
        with (DATA / output).open("w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    (src / "geocoding.log").write_text("\n".join(log) + "\n", encoding="utf-8")
    docs = load_gold(DATA / outputs[0])
    print(f"{len(docs)} documents, {len(events)} events, {len(negatives)} negatives; "
          f"{sum('not in gazetteer' in x for x in log)} places not in the gazetteer")
    return 0


def _table(title: str, counts: dict[str, int], total: int | None = None) -> str:
    rows = [f"| {title} | count |", "|---|---:|"]
    rows += [f"| {key} | {value} |" for key, value in sorted(counts.items(),
                                                            key=lambda kv: (-kv[1], kv[0]))]
    if total is not None:
        rows.append(f"| **total** | **{total}** |")
    return "\n".join(rows)


def stats(name: str = "codebook") -> str:
    """The datasheet's count tables (markdown), from the built files."""
    events, negs = (("codebook.jsonl", "negatives.jsonl") if name == "codebook"
                    else (f"{name}.jsonl", f"negatives_{name}.jsonl"))
    lines = [json.loads(x) for x in (DATA / events).read_text("utf-8").splitlines()]
    negatives = [json.loads(x) for x in (DATA / negs).read_text("utf-8").splitlines()]
    docs = {line["doc_id"]: line for line in lines}
    by_type: dict[str, int] = {}
    by_sub: dict[str, int] = {}
    by_country: dict[str, int] = {}
    for line in lines:
        gold = line["gold"]
        by_type[gold["event_type"]] = by_type.get(gold["event_type"], 0) + 1
        key = f"{gold['event_type']} / {gold['sub_event_type']}"
        by_sub[key] = by_sub.get(key, 0) + 1
        by_country[gold["country"]] = by_country.get(gold["country"], 0) + 1
    by_style: dict[str, int] = {}
    by_class: dict[str, int] = {}
    for line in [*docs.values(), *negatives]:
        style = STYLES[line["raw"]["style"]]
        by_style[style] = by_style.get(style, 0) + 1
        for err in line["raw"]["error_classes"]:
            by_class[ERROR_CLASSES[err]] = by_class.get(ERROR_CLASSES[err], 0) + 1
    per_doc: dict[str, int] = {}
    for line in lines:
        per_doc[line["doc_id"]] = per_doc.get(line["doc_id"], 0) + 1
    sizes: dict[str, int] = {}
    for n in per_doc.values():
        sizes[f"{n} event(s)"] = sizes.get(f"{n} event(s)", 0) + 1
    return "\n\n".join([
        _table("ACLED event type (gold events)", by_type, len(lines)),
        _table("ACLED event type / sub-event type (gold events)", by_sub, len(lines)),
        _table("country (gold events)", by_country, len(lines)),
        _table("style (documents, negatives included)", by_style, len(docs) + len(negatives)),
        _table("error class of issue 13 (documents, negatives included; a document may "
               "exercise several)", by_class),
        _table("gold events per document", sizes, len(docs)),
    ])


def _options(argv: list[str]) -> tuple[bool, Path, str]:
    """(--stats given, --src DIR, --out NAME) of the command line."""
    show_stats = "--stats" in argv
    rest = [arg for arg in argv if arg != "--stats"]
    options = dict(zip(rest[::2], rest[1::2], strict=True))
    assert set(options) <= {"--src", "--out"}, f"unknown options in {argv}"
    name = options.get("--out", "codebook")
    src = Path(options["--src"]) if "--src" in options else DATA / "src"
    return show_stats, src, name


if __name__ == "__main__":
    SHOW_STATS, SRC, NAME = _options(sys.argv[1:])
    if SHOW_STATS:
        print(stats(NAME))
        sys.exit(0)
    sys.exit(main(SRC, NAME))
