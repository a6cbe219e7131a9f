"""Candidate pairs: which mentions are worth scoring against each other, in ~n log n.

Every mention goes to one *place pool* by the finest place it has: G (a point or a town: its
grid cell), R (a coarser place in a known country: keyed by the country) or U (no place, or
no country). Within a pool a mention meets the mentions of its own key (the same
family and cell — or one of the 8 cells around it —, or region) whose window starts inside its
own window: of two overlapping windows one always starts inside the other, so every overlapping
pair is found once, by its earlier mention, with one binary search per key (a
sorted-neighbourhood method). A located mention also meets the R mentions of its region, and
every placed mention the U mentions of its family: windows there are searched both ways.
Two mentions of different countries meet only when both are points or towns near each other
(the scorer's gate is the same).

Each search keeps at most `blocking.max_candidates` mentions (`max_cross` for the searches of
a coarser pool), nearest in time first, so a crowded day in a crowded city costs a bounded
number of comparisons, not the square of its size; fewer where a search finds more than the
crowd's reference (`_Cap`). In a crowded block the nearest in time are a lottery: a fourth
pool, S, holds each mention once per *specific* word of its text (the rarest
words of the batch: names, see `text.py`), keyed by family and word, so that the reports of one
happening meet by the names they share however many other reports share their week and country
(token blocking on rare tokens). The same pools say how crowded each mention's place and time
are (`Blocks.crowd`), which lowers the scorer's prior there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from roydad.consolidate.table import I64, Bool, MentionTable, grid_cell, grid_columns
from roydad.datafiles.consolidate import MatchConfig

_DAY_BITS = 21      # day ordinals (< 2**21) in the low bits of a sort key
_ID_BITS = 25       # cell / region id under the family
_WORD_BITS = 32     # a specific word's id under the family (pool S)


@dataclass(frozen=True)
class _Ranges:
    """Searches: query mention q looks at pool positions [start, end); `both_ways` marks a
    cross-pool search (windows compared both ways) rather than a within-pool one."""

    query: I64
    start: I64
    end: I64
    both_ways: bool


class Blocker:
    def __init__(self, config: MatchConfig) -> None:
        self.config = config
        b, reference = config.blocking, config.weights.crowd.reference
        self.cap = _Cap(b.max_candidates, min(b.min_candidates, b.max_candidates), reference)
        self.cross = _Cap(b.max_cross, min(b.min_cross, b.max_cross), reference)
        self.specific_cap = _Cap(b.max_specific, b.max_specific, reference)
        self.chunk = config.blocking.pair_chunk

    def block(self, table: MentionTable) -> Blocks:
        """The pools of `table`'s mentions."""
        return Blocks(self, table)

    def pairs(self, table: MentionTable) -> Iterator[tuple[I64, I64]]:
        """Candidate pairs (i, j), i != j, in chunks (see `Blocks.pairs`)."""
        return self.block(table).pairs()


class Blocks:
    """One table's mentions in their sorted pools: G (points and towns, by family and grid
    cell), R (coarser places, by family and country), U (no place or no country, by family)
    and S (a mention once per specific word, by family and word)."""

    def __init__(self, blocker: Blocker, table: MentionTable) -> None:
        self.blocker, self.table = blocker, table
        self.fam = table.family.astype(np.int64) << _ID_BITS
        valid = table.family > 0
        self.cell = grid_cell(
            np.nan_to_num(table.lat), np.nan_to_num(table.lon), blocker.config.places.grid_degrees
        )
        self.columns = grid_columns(blocker.config.places.grid_degrees)
        self.is_g = valid & table.gridded
        self.has_region = table.country > 0
        self.is_r = valid & ~self.is_g & self.has_region
        self.is_u = valid & ~self.is_g & ~self.is_r
        self.region = self.fam | table.country.astype(np.int64)
        self.lo = table.lo.astype(np.int64)
        self.hi = table.hi.astype(np.int64)
        rows, slots = np.nonzero((table.specific > 0) & valid[:, None])
        words = (table.family[rows].astype(np.int64) << _WORD_BITS) | (
            table.specific[rows, slots] & ((1 << _WORD_BITS) - 1)
        )
        self.pools = {
            "G": self._pool(self.is_g, self.fam | self.cell),
            "R": self._pool(self.is_r, self.region),
            "U": self._pool(self.is_u, self.fam),
            "S": _Pool.of(rows, words, self.lo[rows], self.hi[rows]),
        }

    def _pool(self, members: Bool, key: I64) -> _Pool:
        at = np.flatnonzero(members)
        return _Pool.of(at, key[at], self.lo[at], self.hi[at])

    def _cells_around(self, g: I64) -> Iterator[I64]:
        """The keys of the 3 × 3 grid cells around each of the located mentions `g`."""
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                yield self.fam[g] + np.maximum(self.cell[g] + dr * self.columns + dc, 0)

    def crowd(self) -> I64:
        """How many mentions each mention could be taken for by place and time alone (itself
        included): those whose window starts within its window's length before or inside its
        own, in its 3 × 3 grid cells (G), in its country (R: the country's located mentions
        too) or in its family anywhere (U)."""
        lo, hi = self.lo, self.hi
        start = np.maximum(lo - (hi - lo), 0)
        out = np.zeros(len(lo), np.int64)
        g = np.flatnonzero(self.is_g)
        for key in self._cells_around(g):
            out[g] += self.pools["G"].count(key, start[g], hi[g])
        r = np.flatnonzero(self.is_r)
        located = self._pool(self.is_g & self.has_region, self.region)
        out[r] = self.pools["R"].count(self.region[r], start[r], hi[r])
        out[r] += located.count(self.region[r], start[r], hi[r])
        u = np.flatnonzero(self.is_u)
        anyone = self._pool(self.is_g | self.is_r | self.is_u, self.fam)
        out[u] = anyone.count(self.fam[u], start[u], hi[u])
        return out

    def pairs(self) -> Iterator[tuple[I64, I64]]:
        """Candidate pairs (i, j), i != j, in chunks; an unordered pair found by two searches
        (the same place, and a specific word) comes twice."""
        if len(self.lo) == 0:
            return
        for ranges, order in list(self._searches()):
            yield from self._expand(ranges, order)

    def _searches(self) -> Iterator[tuple[_Ranges, I64]]:
        lo, hi, fam, pools = self.lo, self.hi, self.fam, self.pools
        cap, cross = self.blocker.cap, self.blocker.cross
        g = np.flatnonzero(self.is_g)
        for key in self._cells_around(g):
            yield pools["G"].within(g, key, lo[g], hi[g], cap), pools["G"].order
        for name, members, keys in (("R", self.is_r, self.region), ("U", self.is_u, fam)):
            q = np.flatnonzero(members)
            yield pools[name].within(q, keys[q], lo[q], hi[q], cap), pools[name].order
        for pool, asking, keys in (
            ("R", self.is_g & self.has_region, self.region),
            ("U", self.is_g | self.is_r, fam),
        ):
            q = np.flatnonzero(asking)
            yield pools[pool].across(q, keys[q], lo[q], hi[q], cross), pools[pool].order
        words = pools["S"]
        q = words.order
        key = words.sortkey >> _DAY_BITS
        yield words.within(q, key, lo[q], hi[q], self.blocker.specific_cap), words.order

    def _expand(self, ranges: _Ranges, order: I64) -> Iterator[tuple[I64, I64]]:
        table = self.table
        counts = np.maximum(ranges.end - ranges.start, 0)
        if not counts.any():
            return
        bounds = np.cumsum(counts)
        first = 0
        while first < len(counts):
            limit = (bounds[first - 1] if first else 0) + self.blocker.chunk
            last = max(int(np.searchsorted(bounds, limit, side="right")), first + 1)
            sl = slice(first, last)
            first = last
            n = counts[sl]
            total = int(n.sum())
            if total == 0:
                continue
            q = np.repeat(ranges.query[sl], n)
            offset = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(n) - n, n)
            p = order[np.repeat(ranges.start[sl], n) + offset]
            if ranges.both_ways:
                keep = (table.hi[p] >= table.lo[q]) & (p != q)
            else:
                lp, lq = table.lo[p], table.lo[q]
                keep = (lp > lq) | ((lp == lq) & (p > q))
            if keep.any():
                yield q[keep], p[keep]


@dataclass(frozen=True)
class _Pool:
    """Pool entries (mentions; in pool S a mention once per word) sorted by (key, window
    start, mention)."""

    order: I64
    sortkey: I64
    span: int  # the longest window in the pool, in days

    @classmethod
    def of(cls, members: I64, key: I64, lo: I64, hi: I64) -> _Pool:
        """`members` with their `key`, window starts `lo` and ends `hi` (one per entry)."""
        sortkey = (key << _DAY_BITS) | lo
        ranked = np.lexsort((members, sortkey))
        span = int((hi - lo).max()) if len(members) else 0
        return cls(order=members[ranked], sortkey=sortkey[ranked], span=span)

    def count(self, key: I64, lo: I64, hi: I64) -> I64:
        """How many entries of `key` have a window starting in [lo, hi]."""
        base = key << _DAY_BITS
        found: I64 = np.searchsorted(self.sortkey, base | hi, side="right") - np.searchsorted(
            self.sortkey, base | lo, side="left"
        )
        return found

    def within(self, q: I64, key: I64, lo: I64, hi: I64, cap: _Cap) -> _Ranges:
        """Pool mentions of `key` whose window starts inside q's: the nearest few in time."""
        start = np.searchsorted(self.sortkey, (key << _DAY_BITS) | lo, side="left")
        end = np.searchsorted(self.sortkey, (key << _DAY_BITS) | hi, side="right")
        return _Ranges(q, start, np.minimum(end, start + cap.of(end - start)), both_ways=False)

    def across(self, q: I64, key: I64, lo: I64, hi: I64, cap: _Cap) -> _Ranges:
        """Pool mentions of `key` that may overlap q's window (both ways), a few of them
        centred on q's start."""
        base = key << _DAY_BITS
        start = np.searchsorted(self.sortkey, base | np.maximum(lo - self.span, 0), side="left")
        end = np.searchsorted(self.sortkey, base | hi, side="right")
        centre = np.searchsorted(self.sortkey, base | lo, side="left")
        keep = cap.of(end - centre)
        start = np.maximum(start, centre - keep // 2)
        return _Ranges(q, start, np.minimum(end, start + keep), both_ways=True)


@dataclass(frozen=True)
class _Cap:
    """How many of the `found` mentions a search keeps: `most`, or fewer where the block is
    crowded (`most` × `reference` / found, at least `least`): there the nearest in time are a
    lottery and the scorer's lowered prior leaves them little chance, while the reports of one
    happening still meet through their specific words (pool S)."""

    most: int
    least: int
    reference: float

    def of(self, found: I64) -> I64:
        share = (self.most * self.reference / np.maximum(found, 1)).astype(np.int64)
        kept: I64 = np.clip(share, self.least, self.most)
        return kept
