"""Offline place resolution: a place name as reporting writes it -> the contract's `Location`.

`Gazetteer.load()` opens (building at first use) the index compiled by `index.py`.
A query is matched three ways, each only when the previous found nothing better:

1. exact: the normalised name (case, diacritics, punctuation folded) is a known name; a name
   sharing its spelling fold (`folds.py`: "Harardhere" ~ "Xarardheere") counts as a variant;
2. skeleton: same consonant skeleton (Hilmand ~ Helmand), by similarity below any exact match;
3. fuzzy: rapidfuzz ratio >= 85 against names of places of some size, as a last resort.

Each candidate's base score mixes match quality (65 %) with a population prior (35 %,
log-scaled; a province counts its towns' population, a country its own), so "Mashhad" is the
Iranian city of two million rather than the Afghan village. Generic words steer the kind:
"Kandahar province" -> admin1 only, "Sibi district" -> a district or its namesake town at
admin2 precision, "Quetta town" -> towns only. A bare provincial name means the province,
except when it is also the name of the province's largest town and that town is a big city
(>= 150,000 people): "Kandahar", "Herat" are the cities, "Balkh", "Helmand" the provinces.

Context (`context.py`) adds: the document's countries (+0.25; -0.3 outside them: only a
strong match abroad survives), else the countries it leans to (+0.25, no penalty: its armed
groups' home), its provinces (+0.15), its other places (+0.1 for their country, +0.2 close to
them, ~200 km). `resolve_many` resolves a document's places jointly by iterating that
twice; a country its places name exactly (much better than any reading of them inside the
context) joins the context first: the context's countries are often the parties' ("Russian
missiles hit Poltava" is in Ukraine when the report names Kyiv). A result is trusted at 0.55
for exact names and at 0.75 for skeleton/fuzzy ones (a big place, or one the context
supports); otherwise None.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import ClassVar, cast

from rapidfuzz import fuzz, process

from roydad.models import Location
from roydad.resolve.places.candidates import (
    PRECISION,
    Candidate,
    PlaceKind,
    accepted,
    named_countries,
    parts,
    prior,
    rank,
    seats_first,
    units_of,
)
from roydad.resolve.places.context import Hints, PlaceContext, anchor, rescore
from roydad.resolve.places.folds import fold
from roydad.resolve.places.index import ensure_index
from roydad.resolve.places.names import (
    ADMIN1_KINDS,
    ADMIN2_KINDS,
    LOCAL_KINDS,
    SKELETON_MIN,
    Designated,
    fuzzy_block,
    is_acronym,
    normalise,
    skeleton,
    split_designator,
    without_direction,
)

PRINCIPAL_CITY_MIN = 150_000  # see the module docstring: when a province's name means its city
FUZZY_CUTOFF = 85.0
SKELETON_CUTOFF = 70.0
_COLUMNS = ("p.id, p.kind, p.name, p.country, p.admin1, p.admin2, p.lat, p.lon, p.population,"
            " p.geonames_id, p.principal, n.main, n.key")


class Gazetteer:
    """The offline gazetteer: candidates for a name, and context-aware resolution."""

    _loaded: ClassVar[dict[Path, Gazetteer]] = {}
    _load_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._pid = -1
        self._conn: sqlite3.Connection | None = None
        self._memo: dict[str, tuple[Candidate, ...]] = {}
        self._hint_memo: dict[PlaceContext, Hints] = {}
        self._country_memo: dict[str, str | None] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """The gazetteer for `path` (default: the cache index), built on first use, shared."""
        target = ensure_index(path)
        with cls._load_lock:
            if (found := cls._loaded.get(target)) is None:
                found = cls._loaded[target] = cls(target)
        return found

    def _db(self) -> sqlite3.Connection:
        # A connection must not cross a fork: process pools get their own.
        if self._conn is None or self._pid != os.getpid():
            self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                         check_same_thread=False)
            self._pid = os.getpid()
        return self._conn

    def _rows(self, sql: str, args: Sequence[object]) -> list[tuple[object, ...]]:
        with self._lock:
            return self._db().execute(sql, tuple(args)).fetchall()

    # --- matching -------------------------------------------------------------------------

    def _lookup(self, key: str) -> tuple[Candidate, ...]:
        """Every place a normalised name may denote, with base scores, best first."""
        if (cached := self._memo.get(key)) is not None:
            return cached
        quality: dict[str, tuple[float, str]] = {}
        for each, q, how in self._matching_keys(key):
            quality.setdefault(each, (q, how))  # the best way a key matches comes first
        keys = list(quality)
        found: dict[int, Candidate] = {}
        if keys:
            marks = ", ".join("?" for _ in keys)
            for row in self._rows(f"SELECT {_COLUMNS} FROM name n JOIN place p ON p.id = n.place"
                                  f" WHERE n.key IN ({marks})", keys):
                pid, kind, name, country, a1, a2, lat, lon, pop, gid, principal, main, k = row
                q, how = quality[cast(str, k)]
                q *= 1.0 if main == 2 and k == key else 0.9
                how = "variant" if how == "exact" and (main != 2 or k != key) else how
                score = 0.65 * q + 0.35 * prior(cast(int, pop))
                old = found.get(cast(int, pid))
                if old is None or score > old.score:
                    found[cast(int, pid)] = Candidate(
                        name=cast(str, name), kind=cast(PlaceKind, kind),
                        country=cast("str | None", country), admin1=cast("str | None", a1),
                        admin2=cast("str | None", a2), lat=cast("float | None", lat),
                        lon=cast("float | None", lon), population=cast(int, pop),
                        geonames_id=cast("int | None", gid), score=score,
                        precision=PRECISION[cast(str, kind)], matched=cast(str, k), how=how,
                        place_id=cast(int, pid), principal=cast("int | None", principal))
        result = tuple(sorted(found.values(), key=rank))
        if len(self._memo) > 20_000:
            self._memo.clear()
        self._memo[key] = result
        return result

    def _matching_keys(self, key: str) -> list[tuple[str, float, str]]:
        """(index key, quality 0..1, how) for the names a query key may stand for."""
        out = [(key, 1.0, "exact")]
        # another spelling of the name by a transliteration habit (folds.py): a variant
        if folded := fold(key):
            out += [(cast(str, k), 1.0, "exact") for (k,) in self._rows(
                "SELECT key FROM fold WHERE fold = ?", [folded]) if k != key]
        skel = skeleton(key)
        if len(skel) >= SKELETON_MIN:
            for (k,) in self._rows("SELECT key FROM skel WHERE skel = ?", [skel]):
                ratio = fuzz.ratio(key, cast(str, k))
                if k != key and ratio >= SKELETON_CUTOFF:
                    out.append((cast(str, k), 0.8 * ratio / 100.0, "skeleton"))
        exists = self._rows("SELECT 1 FROM name WHERE key = ? LIMIT 1", [key])
        if exists or len(out) > 1 or len(key) < 5 or not key.isascii():
            # Common skeletons ("krm") gather many names: keep the most similar.
            return [out[0], *sorted(out[1:], key=lambda m: -m[1])[:40]]
        # Last resort: similar names of places of some size, in the same first-consonant block.
        low, high = int(len(key) * 0.7), int(len(key) / 0.7) + 1
        # (tens of thousands of keys: one cast for the list, not a call per key)
        pool = cast("list[str]", [k for (k,) in self._rows(
            "SELECT key FROM fuzzy WHERE block = ? AND length(key) BETWEEN ? AND ?",
            [fuzzy_block(key), low, high])])
        for k, ratio, _ in process.extract(key, pool, scorer=fuzz.ratio, limit=10,
                                           score_cutoff=FUZZY_CUTOFF):
            out.append((k, 0.75 * ratio / 100.0, "fuzzy"))
        return out

    def _base(self, text: str) -> tuple[list[Candidate], Designated]:
        """Candidates for one text (trying the place names inside descriptive text)."""
        if is_acronym(text):
            # "LNA", "GNA", "TTP": an acronym is an organisation's unless it is a name of a
            # country, a province or a curated place ("UAE", "KP", "AJK"), never a town
            # whose name it happens to spell or resemble
            designated = split_designator(text)
            return [c for c in self._lookup(designated.key) if c.how in ("exact", "variant")
                    and c.kind != "city"], designated
        fallback: tuple[list[Candidate], Designated] = ([], split_designator(text))
        for part in parts(text):
            designated = split_designator(part)
            if not designated.key:
                continue
            cands = self._designate(list(self._lookup(designated.key)), designated)
            if not cands and (bare := without_direction(designated.key)) != designated.key:
                cands = self._designate(units_of(self._lookup(bare), bare), designated)
            if cands and accepted(cands[0]):
                return cands, designated
            if cands and not fallback[0]:
                fallback = (cands, designated)
        return fallback

    @staticmethod
    def _designate(cands: list[Candidate], designated: Designated) -> list[Candidate]:
        """Apply what a generic word says, and the province-or-city rule."""
        kinds = designated.kinds
        if kinds is not None:
            fitting = [c for c in cands if c.kind in kinds]
            cands = fitting or [replace(c, score=c.score - 0.1) for c in cands]
            if kinds is ADMIN2_KINDS:
                cands = [replace(c, precision="admin2", admin2=c.admin2 or c.name)
                         if c.kind == "city" else c for c in cands]
        if kinds is None or kinds is LOCAL_KINDS:
            cands = seats_first(cands)
        if kinds is not ADMIN1_KINDS:
            skel = skeleton(designated.key)
            cities = {c.place_id: c for c in cands if c.kind == "city"
                      and c.population >= PRINCIPAL_CITY_MIN and c.how in ("exact", "variant")
                      and skeleton(normalise(c.name)) == skel}
            cands = [replace(c, score=min(c.score, cities[c.principal].score - 0.01))
                     if c.kind == "admin1" and c.principal in cities else c for c in cands]
        return sorted(cands, key=rank)

    # --- context --------------------------------------------------------------------------

    def _hints(self, context: PlaceContext | None) -> Hints:
        if context is None:
            return Hints()
        # A document's context is asked about once per name it holds: work it out once.
        try:
            known = self._hint_memo.get(context)
        except TypeError:  # a context built with a mutable set cannot be a key
            return self._hints_of(context)
        if known is not None:
            return known
        if len(self._hint_memo) > 64:
            self._hint_memo.clear()
        hints = self._hints_of(context)
        self._hint_memo[context] = hints
        return hints

    def _hints_of(self, context: PlaceContext) -> Hints:
        countries: set[str] = set()
        for value in context.countries:
            if len(value) == 3 and value.isupper():
                countries.add(value)
            else:
                countries.update(c.country for c in self._lookup(normalise(value))
                                 if c.kind == "country" and c.country)
        admin1: set[str] = set()
        for value in context.admin1:
            key = split_designator(value).key
            admin1.add(key)
            admin1.update(normalise(c.name) for c in self._lookup(key) if c.kind == "admin1")
        base = Hints(frozenset(countries), frozenset(admin1), leaning=frozenset(context.leaning))
        anchors = [anchor(rescore(self._base(p)[0], base)) for p in context.places]
        return replace(base, anchors=tuple(a for a in anchors if a is not None))

    # --- public API -----------------------------------------------------------------------

    def name_index(self, min_city_population: int) -> dict[str, tuple[str, int]]:
        """Every normalised name of a province, district, country, curated point, or a town of
        at least `min_city_population`, with the most important kind it names and the largest
        population behind it: what the NER pass uses to spot place names spaCy misses."""
        rank = {"country": 0, "admin1": 1, "point": 2, "admin2": 3, "city": 4}
        out: dict[str, tuple[str, int]] = {}
        rows = self._rows(
            "SELECT n.key, p.kind, MAX(p.population) FROM name n JOIN place p ON p.id = n.place"
            " WHERE p.kind != 'city' OR p.population >= ? GROUP BY n.key, p.kind",
            [min_city_population],
        )
        for key, kind, population in rows:
            assert isinstance(key, str) and isinstance(kind, str)
            pop = int(population) if isinstance(population, int) else 0
            old = out.get(key)
            if old is None or (rank[kind], -pop) < (rank[old[0]], -old[1]):
                out[key] = (kind, pop)
        return out

    def country_named(self, name: str) -> str | None:
        """The country (alpha-3) `name` is one of the names of ("Iran", "U.S.", "Pak"), by exact
        name or variant only: no spelling guesses, so asking is cheap; None when the name is
        no country's or more than one's ("the United States" is "United States")."""
        key = normalise(name).removeprefix("the ")
        if key not in self._country_memo:
            if len(self._country_memo) > 20_000:
                self._country_memo.clear()
            rows = self._rows("SELECT DISTINCT p.country FROM name n JOIN place p ON p.id = n.place"
                              " WHERE n.key = ? AND p.kind = 'country'", [key])
            self._country_memo[key] = cast(str, rows[0][0]) if len(rows) == 1 else None
        return self._country_memo[key]

    def units_named(self, name: str) -> list[Location]:
        """Every country and province `name` is a name of (exactly, or as a variant), best
        first: "Congo" is two countries, "North-West" a province of Cameroon and of South
        Africa. Unlike `resolve`, direction words alone are names here ("Western"): for
        telling which unit a text means by what it says lies inside it."""
        return [c.to_location() for c in self._lookup(split_designator(name).key)
                if c.kind in ("country", "admin1") and c.how in ("exact", "variant")]

    def candidates(self, name: str, limit: int = 10) -> list[Candidate]:
        """What `name` may refer to, best first, scored without context."""
        return self._base(name)[0][:limit]

    def resolve(self, name: str, context: PlaceContext | None = None) -> Location | None:
        """The most likely place for `name`, or None when nothing fits well enough."""
        ranked = rescore(self._base(name)[0], self._hints(context))
        return ranked[0].to_location() if ranked and accepted(ranked[0]) else None

    def resolve_within(self, name: str, country: str, admin1: str | None = None,
                       context: PlaceContext | None = None) -> Location | None:
        """The place `name` denotes inside the country (alpha-3) and, if given, the province
        the text puts it in ("Nawur district, Ghazni", "the Mexican border city of X"); None
        when no candidate lies there: a namesake elsewhere is never the answer."""
        hints = self._hints(context)
        within = {normalise(c.name) for c in self._lookup(split_designator(admin1).key)
                  if c.kind == "admin1" and c.country == country} if admin1 else set()
        if admin1 and not within:
            return None
        hints = replace(hints, countries=frozenset({country}),
                        admin1=hints.admin1 | frozenset(within))
        ranked = [c for c in rescore(self._base(name)[0], hints) if c.country == country
                  and (not admin1 or normalise(c.admin1 or "") in within)]
        return ranked[0].to_location() if ranked and accepted(ranked[0]) else None

    def resolve_many(self, names: Sequence[str],
                     context: PlaceContext | None = None) -> list[Location | None]:
        """Resolve a document's places together: each is pulled towards the others."""
        hints = self._hints(context)
        found = [self._base(n)[0] for n in names]
        ranked = [rescore(f, hints) for f in found]
        if context and hints.countries and (more := named_countries(found, hints.countries)):
            # (the anchors too: the other names are read again in the wider context)
            hints = self._hints(replace(context, countries=frozenset(context.countries) | more))
            ranked = [rescore(f, hints) for f in found]
        keys = [normalise(n) for n in names]
        for _ in range(2):
            anchors = [anchor(r) for r in ranked]
            ranked = [
                rescore(found[i], replace(hints, anchors=hints.anchors + tuple(
                    a for j, a in enumerate(anchors) if a is not None and keys[j] != keys[i])))
                for i in range(len(names))
            ]
        return [r[0].to_location() if r and accepted(r[0]) else None for r in ranked]

