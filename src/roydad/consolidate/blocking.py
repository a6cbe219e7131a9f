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
number of comparisons, not the square of its size.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from roydad.consolidate.table import I64, MentionTable, grid_cell, grid_columns
from roydad.datafiles.consolidate import MatchConfig

_DAY_BITS = 21      # day ordinals (< 2**21) in the low bits of a sort key
_ID_BITS = 25       # cell / region id under the family


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
        self.cap = config.blocking.max_candidates
        self.cross = config.blocking.max_cross
        self.chunk = config.blocking.pair_chunk

    def pairs(self, table: MentionTable) -> Iterator[tuple[I64, I64]]:
        """Candidate pairs (i, j), i != j, each unordered pair at most once, in chunks."""
        if len(table) == 0:
            return
        searches = list(self._searches(table))
        for ranges, order in searches:
            yield from self._expand(table, ranges, order)

    # -- building the pools and the searches --------------------------------------------

    def _searches(self, table: MentionTable) -> Iterator[tuple[_Ranges, I64]]:
        fam = table.family.astype(np.int64) << _ID_BITS
        valid = table.family > 0
        cells = grid_cell(
            np.nan_to_num(table.lat), np.nan_to_num(table.lon), self.config.places.grid_degrees
        )
        is_g = valid & table.gridded
        region_id = table.country.astype(np.int64)
        is_r = valid & ~is_g & (region_id > 0)
        is_u = valid & ~is_g & ~is_r
        region = fam | region_id
        lo = table.lo.astype(np.int64)
        hi = table.hi.astype(np.int64)
        pools = {
            "G": _Pool.of(np.flatnonzero(is_g), fam | cells, lo, hi),
            "R": _Pool.of(np.flatnonzero(is_r), region, lo, hi),
            "U": _Pool.of(np.flatnonzero(is_u), fam, lo, hi),
        }
        columns = grid_columns(self.config.places.grid_degrees)
        g = np.flatnonzero(is_g)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                key = fam[g] + np.maximum(cells[g] + dr * columns + dc, 0)
                yield pools["G"].within(g, key, lo[g], hi[g], self.cap), pools["G"].order
        for name, members, key in (("R", is_r, region), ("U", is_u, fam)):
            q = np.flatnonzero(members)
            yield pools[name].within(q, key[q], lo[q], hi[q], self.cap), pools[name].order
        for pool, asking, key in (
            ("R", is_g & (region_id > 0), region),
            ("U", is_g | is_r, fam),
        ):
            q = np.flatnonzero(asking)
            yield pools[pool].across(q, key[q], lo[q], hi[q], self.cross), pools[pool].order

    # -- turning searches into pairs -----------------------------------------------------

    def _expand(
        self, table: MentionTable, ranges: _Ranges, order: I64
    ) -> Iterator[tuple[I64, I64]]:
        counts = np.maximum(ranges.end - ranges.start, 0)
        if not counts.any():
            return
        bounds = np.cumsum(counts)
        first = 0
        while first < len(counts):
            limit = (bounds[first - 1] if first else 0) + self.chunk
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
    """Mentions sorted by (key, window start, index)."""

    order: I64
    sortkey: I64
    span: int  # the longest window in the pool, in days

    @classmethod
    def of(cls, members: I64, key: I64, lo: I64, hi: I64) -> _Pool:
        sortkey = (key[members] << _DAY_BITS) | lo[members]
        ranked = np.lexsort((members, sortkey))
        span = int((hi[members] - lo[members]).max()) if len(members) else 0
        return cls(order=members[ranked], sortkey=sortkey[ranked], span=span)

    def within(self, q: I64, key: I64, lo: I64, hi: I64, cap: int) -> _Ranges:
        """Pool mentions of `key` whose window starts inside q's: the nearest `cap` in time."""
        start = np.searchsorted(self.sortkey, (key << _DAY_BITS) | lo, side="left")
        end = np.searchsorted(self.sortkey, (key << _DAY_BITS) | hi, side="right")
        return _Ranges(q, start, np.minimum(end, start + cap), both_ways=False)

    def across(self, q: I64, key: I64, lo: I64, hi: I64, cap: int) -> _Ranges:
        """Pool mentions of `key` that may overlap q's window (both ways), `cap` of them
        centred on q's start."""
        base = key << _DAY_BITS
        start = np.searchsorted(self.sortkey, base | np.maximum(lo - self.span, 0), side="left")
        end = np.searchsorted(self.sortkey, base | hi, side="right")
        centre = np.searchsorted(self.sortkey, base | lo, side="left")
        start = np.maximum(start, centre - cap // 2)
        return _Ranges(q, start, np.minimum(end, start + cap), both_ways=True)
