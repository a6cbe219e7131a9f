"""Mentions as columns: what blocking and scoring read, as numpy arrays.

Matching a million mentions in Python objects would cost microseconds per attribute per pair;
as columns, candidate pairs are generated and scored a batch at a time. Strings become small
integers (equal strings, equal integers: only equality is ever asked of them) or stable CRC-32
hashes (names and words, so that a mention's text fingerprint does not depend on the batch).
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import reduce
from operator import attrgetter, or_
from typing import Any

import numpy as np
import numpy.typing as npt

from roydad.consolidate.features import MentionFeatures
from roydad.consolidate.text import TextEncoder, fingerprint_rows
from roydad.datafiles.consolidate import MatchConfig
from roydad.models import DatePrecision

I32 = npt.NDArray[np.int32]
I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
U64 = npt.NDArray[np.uint64]
F32 = npt.NDArray[np.float32]
Bool = npt.NDArray[np.bool_]

_WORD = re.compile(r"[^\W\d_]+")
# Precision codes of the date columns; UNDATED: no event date (the pub date stands in), NONE:
# neither date nor pub date.
_PRECISIONS: tuple[DatePrecision, ...] = ("day", "week", "month", "year")
UNDATED, NONE = 4, 5
_HASHES: dict[str, int] = {}
_COLUMNS = attrgetter(
    "event_type", "lat", "lon", "location_precision", "country", "admin1", "document_id",
    "mode", "weapon", "fatalities", "date", "date_end", "date_precision", "pub_date",
)


def stable_hash(word: str) -> int:
    """CRC-32 + 1 (never 0, which pads), the same in every process and every batch."""
    value = _HASHES.get(word)
    if value is None:
        if len(_HASHES) > 2_000_000:  # a bound on memory for endless streams of new words
            _HASHES.clear()
        value = _HASHES[word] = zlib.crc32(word.encode("utf-8")) + 1
    return value


@dataclass(frozen=True)
class MentionTable:
    """Column i describes mention i. Date columns are proleptic ordinals (day numbers)."""

    family: I32
    core_lo: I32        # the happening's own dates: date .. (date_end or date + extent)
    core_hi: I32
    lo: I32             # the same widened by the precision's slack: where it may lie
    hi: I32
    scale: F64          # days over which date agreement falls to 1/e
    date_weight: F64    # how much the date says (0: nothing)
    lat: F64            # NaN when unknown
    lon: F64
    located: Bool       # coordinates precise enough to compare by distance
    gridded: Bool       # ... and to find candidates by grid cell
    radius: F64         # km within which another report's place is the same place
    country: I32        # 0 = unknown
    admin1: I32         # id of (country, admin1); 0 = unknown
    doc: I32
    means: I32          # means group; 0 = says nothing
    fatalities: I32     # -1 = unknown
    actors: U64         # (n, bits / 64) one bit per specific party
    n_actors: I32
    fingerprint: U64    # (n, bits / 64) one bit per content word of the text
    n_words: I32
    specific: I64       # (n, text.specific.per_mention) its rarest words' ids, 0-padded
    specific_weight: F32  # ... and what sharing each says (0 to 1)

    def __len__(self) -> int:
        return len(self.family)


class TableBuilder:
    """Turns MentionFeatures into a MentionTable under one configuration."""

    def __init__(self, config: MatchConfig) -> None:
        self.config = config
        windows = config.dates.precision
        self.extent = np.array([windows[p].extent for p in _PRECISIONS] + [0, 0], np.int32)
        self.slack = np.array([windows[p].slack for p in _PRECISIONS] + [0, 0], np.int32)
        undated = config.dates.undated
        weights = [windows[p].weight for p in _PRECISIONS] + [undated.weight, 0.0]
        scales = [windows[p].scale for p in _PRECISIONS] + [undated.scale, 1.0]
        self.weight: F64 = np.array(weights, np.float64)
        self.scale: F64 = np.array(scales, np.float64)
        places = config.places
        self.families = _Lookup(config.family_of(), 0)
        self.located = _Lookup({p: True for p in places.located} | {None: True}, False)
        self.gridded = _Lookup({p: True for p in places.gridded} | {None: True}, False)
        self.radius = _Lookup(
            {p: places.radius(p) for p in [*places.radius_km, None]},
            places.radius(None),
        )
        self._name_bits = _NameBits(config.actors.bits)
        self.mode_group, self.weapon_words = _means_maps(config)
        self._weapon_group: dict[str, int] = {}
        self._text = TextEncoder(config.text)

    def build(self, mentions: Sequence[MentionFeatures]) -> MentionTable:
        """The columns of `mentions`. Attributes are read column-wise through C-level
        `attrgetter`/`map`/dict lookups: a million mentions per minute is the budget."""
        if not mentions:
            return _empty(self.config)
        (types, lat_, lon_, precision, country, admin1, document, mode, weapon, dead,
         day, end, day_precision, published) = zip(*map(_COLUMNS, mentions), strict=True)
        places, docs = _Ids(), _Ids()
        prec, core_lo, core_hi = self._dates(day, end, day_precision, published)
        slack = self.slack[prec]
        undated = prec == UNDATED
        before, after = self.config.dates.undated.before, self.config.dates.undated.after
        lat = np.array(lat_, np.float64)  # None → NaN
        lon = np.array(lon_, np.float64)
        has_point = ~(np.isnan(lat) | np.isnan(lon))
        deaths = np.array(dead, np.float64)
        actors, n_actors = self._actors(mentions)
        doc = _column(map(docs.__getitem__, document), np.int32)
        text = self._text.encode([f.text for f in mentions], doc)
        return MentionTable(
            family=_column(map(self.families.__getitem__, types), np.int32),
            core_lo=core_lo, core_hi=core_hi,
            lo=np.where(undated, core_lo - before, core_lo - slack).astype(np.int32),
            hi=np.where(undated, core_hi + after, core_hi + slack).astype(np.int32),
            scale=self.scale[prec], date_weight=self.weight[prec],
            lat=lat, lon=lon,
            located=has_point & _column(map(self.located.__getitem__, precision), np.bool_),
            gridded=has_point & _column(map(self.gridded.__getitem__, precision), np.bool_),
            radius=_column(map(self.radius.__getitem__, precision), np.float64),
            country=_column(map(places.__getitem__, country), np.int32),
            admin1=np.array(
                [places[(c, a)] if a else 0 for c, a in zip(country, admin1, strict=True)],
                np.int32,
            ),
            doc=doc,
            means=_column(map(self._means, weapon, mode), np.int32),
            fatalities=np.where(np.isnan(deaths), -1, deaths).astype(np.int32),
            actors=actors, n_actors=n_actors, fingerprint=text.fingerprint,
            n_words=text.n_words, specific=text.specific, specific_weight=text.weight,
        )

    def _dates(
        self, day: tuple[date | None, ...], end: tuple[date | None, ...],
        precision: tuple[str | None, ...], published: tuple[date | None, ...],
    ) -> tuple[I32, I32, I32]:
        codes: dict[str, int] = {p: i for i, p in enumerate(_PRECISIONS)}
        prec = np.array([
            (codes.get(p or "day", 0) if d is not None else UNDATED if pub is not None else NONE)
            for d, p, pub in zip(day, precision, published, strict=True)
        ], np.int32)
        start = np.array([
            d.toordinal() if d is not None else pub.toordinal() if pub is not None else 0
            for d, pub in zip(day, published, strict=True)
        ], np.int32)
        stop = np.array(
            [e.toordinal() if e is not None and d is not None else 0
             for d, e in zip(day, end, strict=True)], np.int32,
        )
        core_hi = np.where(stop >= start, stop, start + self.extent[prec]).astype(np.int32)
        return prec, start, core_hi

    def _means(self, weapon: str | None, mode: str | None) -> int:
        """The means group of a weapon (its words) or else of a mode; 0 = says nothing."""
        if weapon:
            group = self._weapon_group.get(weapon)
            if group is None:
                words = set(_WORD.findall(weapon.casefold()))
                group = next((g for w, g in self.weapon_words if w in words), 0)
                self._weapon_group[weapon] = group
            if group:
                return group
        return self.mode_group.get(mode or "", 0)

    def _actors(self, mentions: Sequence[MentionFeatures]) -> tuple[U64, I32]:
        """Each mention's specific parties (either role), one bit each."""
        bit = self._name_bits.__getitem__
        masks = [
            reduce(or_, map(bit, f.actors), 0) | reduce(or_, map(bit, f.recipients), 0)
            for f in mentions
        ]
        return fingerprint_rows(masks, self.config.actors.bits)


class _NameBits(dict[str, int]):
    """name → its fingerprint bit as an int mask."""

    def __init__(self, bits: int) -> None:
        super().__init__()
        self.bits = bits

    def __missing__(self, name: str) -> int:
        if len(self) > 2_000_000:
            self.clear()
        mask = self[name] = 1 << (stable_hash(name) % self.bits)
        return mask


class _Ids(dict[object, int]):
    """Equal values → equal small integers from 1 (None and "" → 0)."""

    def __missing__(self, value: object) -> int:
        found = self[value] = 0 if value is None or value == "" else len(self) + 1
        return found


class _Lookup(dict[Any, Any]):
    """A dict with a default for every missing key."""

    def __init__(self, items: Mapping[Any, Any], default: object) -> None:
        super().__init__(items)
        self.default = default

    def __missing__(self, key: object) -> object:
        return self.default


def _column(values: Iterable[object], dtype: type) -> npt.NDArray[Any]:
    return np.fromiter(values, dtype=dtype)


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
        family=i32, core_lo=i32, core_hi=i32, lo=i32, hi=i32, scale=f64, date_weight=f64,
        lat=f64, lon=f64, located=np.zeros(0, np.bool_), gridded=np.zeros(0, np.bool_),
        radius=f64, country=i32, admin1=i32,
        doc=i32, means=i32, fatalities=i32,
        actors=np.zeros((0, config.actors.bits // 64), np.uint64), n_actors=i32,
        fingerprint=np.zeros((0, config.text.bits // 64), np.uint64), n_words=i32,
        specific=np.zeros((0, config.text.specific.per_mention), np.int64),
        specific_weight=np.zeros((0, config.text.specific.per_mention), np.float32),
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
