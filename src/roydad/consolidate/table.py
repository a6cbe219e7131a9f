"""Mentions as columns: what blocking and scoring read, as numpy arrays.

Matching a million mentions in Python objects would cost microseconds per attribute per pair;
as columns, candidate pairs are generated and scored a batch at a time. Strings become small
integers (equal strings, equal integers: only equality is ever asked of them) or stable CRC-32
hashes (names and words, so that a mention's text signature does not depend on the batch).
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from roydad.consolidate.config import MatchConfig
from roydad.consolidate.features import MentionFeatures, normalise_name

I32 = npt.NDArray[np.int32]
I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
U32 = npt.NDArray[np.uint32]
Bool = npt.NDArray[np.bool_]

_WORD = re.compile(r"[^\W\d_]+")
_MERSENNE = (1 << 31) - 1
_NO_TOKEN = np.uint32(0xFFFFFFFF)
# Precision codes of the date columns; UNDATED: no event date (the pub date stands in), NONE:
# neither date nor pub date.
_PRECISIONS = ("day", "week", "month", "year")
UNDATED, NONE = 4, 5
_HASHES: dict[str, int] = {}


def stable_hash(word: str) -> int:
    """CRC-32 + 1 (never 0, which pads), the same in every process and every batch."""
    value = _HASHES.get(word)
    if value is None:
        if len(_HASHES) > 2_000_000:  # a bound on memory for endless streams of new words
            _HASHES.clear()
        value = _HASHES[word] = zlib.crc32(word.encode("utf-8")) + 1
    return value


class Interner:
    """Equal strings → equal small integers (0 = unknown)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def __call__(self, value: str | None) -> int:
        if not value:
            return 0
        found = self.ids.get(value)
        if found is None:
            found = self.ids[value] = len(self.ids) + 1
        return found


@dataclass(frozen=True)
class MentionTable:
    """Column i describes mention i. Date columns are proleptic ordinals (day numbers)."""

    family: I32
    core_lo: I32        # the happening's own dates: date .. (date_end or date + extent)
    core_hi: I32
    lo: I32             # the same widened by the precision's slack: where it may lie
    hi: I32
    slack: I32
    date_weight: F64    # how much the date says (0: nothing)
    lat: F64            # NaN when unknown
    lon: F64
    located: Bool       # coordinates precise enough to compare by distance
    radius: F64         # km within which another report's place is the same place
    country: I32        # 0 = unknown
    admin1: I32         # id of (country, admin1); 0 = unknown
    doc: I32
    means: I32          # means group; 0 = says nothing
    fatalities: I32     # -1 = unknown
    actors: I64         # (n, max_names) hashed names, 0-padded
    n_actors: I32
    signature: U32      # (n, permutations) MinHash of the evidence words
    n_words: I32

    def __len__(self) -> int:
        return len(self.family)


class TableBuilder:
    """Turns MentionFeatures into a MentionTable under one configuration."""

    def __init__(self, config: MatchConfig) -> None:
        self.config = config
        self.families = config.family_of()
        windows = config.dates.precision
        self.extent = np.array([windows[p].extent for p in _PRECISIONS] + [0, 0], np.int32)
        self.slack = np.array([windows[p].slack for p in _PRECISIONS] + [0, 0], np.int32)
        self.weight = np.array(
            [windows[p].weight for p in _PRECISIONS] + [config.dates.undated.weight, 0.0]
        )
        self.located = frozenset(config.places.located)
        self.mode_group, self.weapon_words = _means_maps(config)
        self._weapon_group: dict[str, int] = {}
        rng = np.random.default_rng(config.text.seed)
        k = config.text.permutations
        self.perm_a = rng.integers(1, _MERSENNE, size=k, dtype=np.uint64) | np.uint64(1)
        self.perm_b = rng.integers(0, _MERSENNE, size=k, dtype=np.uint64)
        self.stop_words = config.text.stop_words

    def build(self, mentions: Sequence[MentionFeatures]) -> MentionTable:
        if not mentions:
            return _empty(self.config)
        docs, places = Interner(), Interner()
        prec, core_lo, core_hi = self._dates(mentions)
        slack = self.slack[prec]
        undated = prec == UNDATED
        before, after = self.config.dates.undated.before, self.config.dates.undated.after
        lo = np.where(undated, core_lo - before, core_lo - slack).astype(np.int32)
        hi = np.where(undated, core_hi + after, core_hi + slack).astype(np.int32)
        lat = np.array([np.nan if f.lat is None else f.lat for f in mentions], np.float64)
        lon = np.array([np.nan if f.lon is None else f.lon for f in mentions], np.float64)
        has_point = ~(np.isnan(lat) | np.isnan(lon))
        located = has_point & np.array(
            [f.location_precision is None or f.location_precision in self.located
             for f in mentions], np.bool_,
        )
        radius = np.array([self.config.places.radius(f.location_precision) for f in mentions])
        actors, n_actors = self._actors(mentions)
        signature, n_words = self._signatures(mentions)
        return MentionTable(
            family=np.array([self.families.get(f.event_type, 0) for f in mentions], np.int32),
            core_lo=core_lo, core_hi=core_hi, lo=lo, hi=hi,
            slack=np.where(undated, max(before, after), slack).astype(np.int32),
            date_weight=self.weight[prec],
            lat=lat, lon=lon, located=located, radius=radius,
            country=np.array([places(f.country) for f in mentions], np.int32),
            admin1=np.array(
                [places(f"{f.country or ''}/{normalise_name(f.admin1)}") if f.admin1 else 0
                 for f in mentions], np.int32,
            ),
            doc=np.array([docs(f.document_id) for f in mentions], np.int32),
            means=np.array([self._means(f) for f in mentions], np.int32),
            fatalities=np.array(
                [-1 if f.fatalities is None else f.fatalities for f in mentions], np.int32
            ),
            actors=actors, n_actors=n_actors, signature=signature, n_words=n_words,
        )

    def _dates(self, mentions: Sequence[MentionFeatures]) -> tuple[I32, I32, I32]:
        codes = {p: i for i, p in enumerate(_PRECISIONS)}
        prec = np.empty(len(mentions), np.int32)
        start = np.zeros(len(mentions), np.int32)
        end = np.zeros(len(mentions), np.int32)
        for i, f in enumerate(mentions):
            if f.date is not None:
                prec[i] = codes.get(f.date_precision or "day", 0)
                start[i] = f.date.toordinal()
                end[i] = f.date_end.toordinal() if f.date_end is not None else 0
            elif f.pub_date is not None:
                prec[i] = UNDATED
                start[i] = f.pub_date.toordinal()
            else:
                prec[i] = NONE
        extent = self.extent[prec]
        core_hi = np.where(end >= start, end, start + extent).astype(np.int32)
        return prec, start, core_hi

    def _means(self, f: MentionFeatures) -> int:
        if f.weapon:
            group = self._weapon_group.get(f.weapon)
            if group is None:
                words = set(_WORD.findall(f.weapon.casefold()))
                group = next((g for w, g in self.weapon_words if w in words), 0)
                self._weapon_group[f.weapon] = group
            if group:
                return group
        return self.mode_group.get(f.mode or "", 0)

    def _actors(self, mentions: Sequence[MentionFeatures]) -> tuple[I64, I32]:
        width = self.config.actors.max_names
        out = np.zeros((len(mentions), width), np.int64)
        count = np.zeros(len(mentions), np.int32)
        for i, f in enumerate(mentions):
            names = f.actors | f.recipients
            if names:
                hashed = sorted(stable_hash(name) for name in names)[:width]
                out[i, : len(hashed)] = hashed
                count[i] = len(hashed)
        return out, count

    def words(self, text: str) -> set[str]:
        """The content words of an evidence text: what its signature is made of."""
        size, stop = self.config.text.min_length, self.stop_words
        return {w for w in _WORD.findall(text.casefold()) if len(w) >= size and w not in stop}

    def _signatures(self, mentions: Sequence[MentionFeatures]) -> tuple[U32, I32]:
        k = self.config.text.permutations
        n_words = np.zeros(len(mentions), np.int32)
        flat: list[int] = []
        cache: dict[str, list[int]] = {}
        for i, f in enumerate(mentions):
            hashed = cache.get(f.text)
            if hashed is None:
                hashed = [stable_hash(w) for w in self.words(f.text)]
                if len(cache) < 200_000:  # repeated texts (wire copies) hash once
                    cache[f.text] = hashed
            n_words[i] = len(hashed)
            flat.extend(hashed)
        signature = np.full((len(mentions), k), _NO_TOKEN, np.uint32)
        has = n_words > 0
        if not flat:
            return signature, n_words
        values = np.array(flat, np.uint64)
        starts = (np.cumsum(n_words) - n_words)[has]
        for p in range(k):
            permuted = (values * self.perm_a[p] + self.perm_b[p]) % np.uint64(_MERSENNE)
            signature[has, p] = np.minimum.reduceat(permuted, starts).astype(np.uint32)
        return signature, n_words


def _means_maps(config: MatchConfig) -> tuple[dict[str, int], list[tuple[str, int]]]:
    modes: dict[str, int] = {}
    weapons: list[tuple[str, int]] = []
    for number, group in enumerate(config.means.values(), 1):
        modes.update({m: number for m in group.modes})
        weapons += [(w.casefold(), number) for w in group.weapons]
    return modes, weapons


def _empty(config: MatchConfig) -> MentionTable:
    i32, f64 = np.zeros(0, np.int32), np.zeros(0, np.float64)
    return MentionTable(
        family=i32, core_lo=i32, core_hi=i32, lo=i32, hi=i32, slack=i32, date_weight=f64,
        lat=f64, lon=f64, located=np.zeros(0, np.bool_), radius=f64, country=i32, admin1=i32,
        doc=i32, means=i32, fatalities=i32,
        actors=np.zeros((0, config.actors.max_names), np.int64), n_actors=i32,
        signature=np.zeros((0, config.text.permutations), np.uint32), n_words=i32,
    )


def haversine_km(lat1: F64, lon1: F64, lat2: F64, lon2: F64) -> F64:
    """Great-circle distance, element-wise."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dlat, dlon = p2 - p1, np.radians(lon2 - lon1)
    a = np.sin(dlat / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlon / 2) ** 2
    result: F64 = 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
    return result


def grid_cell(lat: F64, lon: F64, degrees: float) -> I64:
    """The blocking cell of each point (cells of `degrees` × `degrees`)."""
    columns = math.ceil(360 / degrees) + 2
    row = np.floor((lat + 90.0) / degrees).astype(np.int64)
    col = np.floor((lon + 180.0) / degrees).astype(np.int64)
    result: I64 = row * columns + col
    return result


def grid_columns(degrees: float) -> int:
    return math.ceil(360 / degrees) + 2
