"""Building, caching and content of the offline gazetteer index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pycountry
import pytest

from roydad.resolve.places import Gazetteer
from roydad.resolve.places import index as gz
from tests.resolve.places.gazetteer_session import session_gazetteer


@pytest.fixture(scope="session")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return session_gazetteer(tmp_path_factory)


@pytest.fixture(scope="session")
def db(gaz: Gazetteer) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)


# --- cache location and key ---------------------------------------------------------------


def test_cache_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ROYDAD_CACHE", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert gz.cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("ROYDAD_CACHE")
    assert gz.cache_dir() == tmp_path / "xdg" / "roydad"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert gz.cache_dir() == tmp_path / "home" / ".cache" / "roydad"


def test_index_is_built_in_the_session_cache(gaz: Gazetteer,
                                             tmp_path_factory: pytest.TempPathFactory) -> None:
    assert gaz.path.parent == tmp_path_factory.getbasetemp() / "roydad-cache"
    assert gaz.path.name == f"gazetteer-{gz.fingerprint()}.sqlite"
    assert not list(gaz.path.parent.glob("*.tmp")), "a finished build leaves no temporary file"
    # Compact: well under the 80 MB of the JSON it is compiled from.
    assert gaz.path.stat().st_size < 80_000_000


def test_key_changes_with_the_additions(monkeypatch: pytest.MonkeyPatch) -> None:
    before = gz.index_path()
    original = gz.additions_bytes()
    monkeypatch.setattr(gz, "additions_bytes", lambda: original + b"\n# edited\n")
    assert gz.index_path() != before
    assert gz.index_path().parent == before.parent


def test_load_is_shared(gaz: Gazetteer) -> None:
    assert Gazetteer.load(gaz.path) is Gazetteer.load(gaz.path)


def test_meta_records_what_it_was_built_from(db: sqlite3.Connection) -> None:
    meta = dict(db.execute("SELECT key, value FROM meta"))
    assert meta["fingerprint"] == gz.fingerprint()
    assert meta["schema"] == str(gz.SCHEMA_VERSION)


# --- content ---------------------------------------------------------------------------------


def test_kinds_and_sizes(db: sqlite3.Connection) -> None:
    counts = dict(db.execute("SELECT kind, COUNT(*) FROM place GROUP BY kind"))
    assert counts["city"] > 200_000
    assert counts["country"] > 240
    assert counts["admin1"] > 1500
    assert counts["admin2"] >= 10 and counts["point"] >= 5


@pytest.mark.parametrize(("cc", "expected"), [("AFG", 34), ("IRN", 31), ("IRQ", 19), ("SYR", 14)])
def test_focus_countries_have_every_province(db: sqlite3.Connection, cc: str,
                                             expected: int) -> None:
    (n,) = db.execute("SELECT COUNT(*) FROM place WHERE kind = 'admin1' AND country = ?",
                      (cc,)).fetchone()
    assert n == expected
    (unnamed,) = db.execute("SELECT COUNT(*) FROM place WHERE kind = 'city' AND country = ?"
                            " AND admin1 IS NULL AND a1code NOT LIKE '%.'", (cc,)).fetchone()
    assert unnamed == 0


def test_admin1_table_is_consistent_with_pycountry_and_towns(db: sqlite3.Connection) -> None:
    """Each hand-written admin1 entry has a real ISO code, and its largest town really lies in
    it by GeoNames' own code (Lashkar Gah in Helmand, Mashhad in Razavi Khorasan, ...)."""
    table = gz.load_additions()["admin1"]
    codes = {s.code for s in pycountry.subdivisions}
    for cc, entries in table.items():
        for code, entry in entries.items():
            assert entry["iso"] is None or entry["iso"] in codes, entry
            row = db.execute("SELECT p.name FROM place a JOIN place p ON p.id = a.principal"
                             " WHERE a.kind = 'admin1' AND a.a1code = ?", (f"{cc}.{code}",))
            assert row.fetchone() is not None, (cc, code)
    principal = dict(db.execute(
        "SELECT a.name, p.name FROM place a JOIN place p ON p.id = a.principal"
        " WHERE a.kind = 'admin1' AND a.country IN ('AFG', 'PAK', 'IRN')"))
    assert principal["Helmand"] == "Lashkar Gah"
    assert principal["Razavi Khorasan"] == "Mashhad"
    assert principal["Balochistan"] == "Quetta"
    assert principal["Nangarhar"] == "Jalalabad"


def test_additions_entries_are_complete() -> None:
    data = gz.load_additions()
    alpha3 = {c.alpha_3 for c in pycountry.countries}
    for entry in data["places"]:
        assert entry["kind"] in {"point", "city", "admin2", "admin1"}, entry
        assert entry["country"] in alpha3, entry
        assert -90 <= entry["lat"] <= 90 and -180 <= entry["lon"] <= 180, entry
        assert len(str(entry.get("source", ""))) > 20, f"{entry['name']} needs a source note"


def test_every_name_has_secondary_keys(db: sqlite3.Connection) -> None:
    assert db.execute("SELECT key FROM skel WHERE skel = ?", ("hlmnd",)).fetchall()
    blocks = {b for (b,) in db.execute("SELECT DISTINCT block FROM fuzzy")}
    assert {"k", "p", "m"} <= blocks


def test_country_points_are_central(db: sqlite3.Connection) -> None:
    """Countries sit near their middle, not at their capital (Islamabad is ~450 km off)."""
    lat, lon = db.execute("SELECT lat, lon FROM place WHERE kind = 'country' AND country = 'PAK'"
                          ).fetchone()
    assert abs(lat - 30.4) < 2.0 and abs(lon - 69.9) < 2.5
    # The unit-vector mean keeps Fiji, which straddles the antimeridian, near 178-180 degrees.
    (fiji_lon,) = db.execute("SELECT lon FROM place WHERE kind = 'country' AND country = 'FJI'"
                             ).fetchone()
    assert abs(abs(fiji_lon) - 179) < 3


@pytest.mark.parametrize(("town", "cc", "admin1"), [
    ("Gwoza", "NGA", "Borno"), ("Mogadishu", "SOM", "Banaadir"), ("Kharkiv", "UKR", "Kharkiv"),
    ("Juba", "SSD", "Central Equatoria"), ("Goma", "COD", "Nord Kivu"),
])
def test_admin1_names_from_geonames_fill_the_gaps(db: sqlite3.Connection, town: str, cc: str,
                                                  admin1: str) -> None:
    """Countries with FIPS codes pycountry cannot match get GeoNames' own admin1 names."""
    row = db.execute("SELECT admin1 FROM place WHERE kind = 'city' AND name = ? AND country = ?"
                     " ORDER BY population DESC", (town, cc)).fetchone()
    assert row == (admin1,)


def test_most_towns_have_an_admin1(db: sqlite3.Connection) -> None:
    (towns, unnamed) = db.execute(
        "SELECT COUNT(*), SUM(admin1 IS NULL) FROM place WHERE kind = 'city'").fetchone()
    assert unnamed / towns < 0.05
