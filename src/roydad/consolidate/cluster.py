"""Groups from scored pairs: greedy, best pair first, with the constraints that stop chaining.

Pairs at or above the threshold are taken from the best down; each links the groups of its two
mentions unless that would

- put two existing incidents together (only a person merges incidents),
- put two mentions of one document in one group (extraction already merged within a document),
- leave the group without a date every member allows (windows must share a day), or
- join two groups whose anchors are plainly different happenings: the anchors (each new
  group's earliest mention in input order; for an existing incident, any of its members) must
  themselves have been scored at least `anchor_min` together. A vague report that matches two
  different attacks therefore joins one of them and does not fuse them.

Union by size with path halving: near-linear in the number of pairs.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Sequence

import numpy as np

from roydad.consolidate.table import F64, I64

_MEMBERS_CHECKED = 64  # members of an existing incident an anchor is checked against


class PairScores:
    """Scores of the stored pairs, looked up by binary search (C-level `bisect` on an array:
    no Python object per pair, unlike a dict of millions of pairs)."""

    def __init__(self, size: int, i: I64, j: I64, score: F64) -> None:
        self.size = size
        codes = np.minimum(i, j) * size + np.maximum(i, j)
        order = np.argsort(codes, kind="stable")
        self.codes = array("q", codes[order].astype(np.int64).tobytes())
        self.scores = array("d", score[order].astype(np.float64).tobytes())

    def get(self, a: int, b: int) -> float:
        code = min(a, b) * self.size + max(a, b)
        at = bisect_left(self.codes, code)
        if at < len(self.codes) and self.codes[at] == code:
            return self.scores[at]
        return 0.0


class Linker:
    """Union-find over mentions 0..n-1; mentions of existing incidents start linked."""

    def __init__(
        self, doc: Sequence[int], lo: Sequence[int], hi: Sequence[int],
        incidents: Sequence[Sequence[int]], pairs: PairScores, anchor_min: float,
    ) -> None:
        n = len(doc)
        self.parent = list(range(n))
        self.size = [1] * n
        self.doc = doc
        self.lo, self.hi = list(lo), list(hi)
        self.anchor = list(range(n))
        self.incident = [-1] * n
        self.docs: dict[int, set[int]] = {}
        self.members: dict[int, list[int]] = {}
        self.pairs = pairs
        self.anchor_min = anchor_min
        for number, items in enumerate(incidents):
            self._seed(number, items)

    def _seed(self, number: int, items: Sequence[int]) -> None:
        root = items[0]
        for item in items[1:]:
            self.parent[item] = root
        self.size[root] = len(items)
        self.incident[root] = number
        self.docs[root] = {self.doc[i] for i in items}
        self.members[root] = list(items)
        self.lo[root] = min(self.lo[i] for i in items)
        self.hi[root] = max(self.hi[i] for i in items)

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def link_all(self, i: I64, j: I64, score: F64, threshold: float) -> None:
        """Link along every pair at or above `threshold`, best first (ties: lower ids first)."""
        strong = score >= threshold
        a, b, s = i[strong], j[strong], score[strong]
        order = np.lexsort((b, a, -s))
        parent, size, incident = self.parent, self.size, self.incident
        for x, y in zip(a[order].tolist(), b[order].tolist(), strict=True):
            while parent[x] != x:  # find, with path halving (inlined: this loop is the hot one)
                parent[x] = parent[parent[x]]
                x = parent[x]
            while parent[y] != y:
                parent[y] = parent[parent[y]]
                y = parent[y]
            if x == y:
                continue
            if size[x] == 1 and size[y] == 1 and incident[x] < 0 and incident[y] < 0:
                # Two lone new mentions: the pair passed every gate (other documents, windows
                # that overlap) and is the anchors' pair itself.
                parent[y] = x
                size[x] = 2
                self.docs[x] = {self.doc[x], self.doc[y]}
                self.lo[x], self.hi[x] = max(self.lo[x], self.lo[y]), min(self.hi[x], self.hi[y])
                self.anchor[x] = min(self.anchor[x], self.anchor[y])
            else:
                self._link_roots(x, y)

    def link(self, a: int, b: int) -> bool:
        """Link the groups of mentions a and b if the constraints allow; whether it did."""
        return self._link_roots(self.find(a), self.find(b))

    def _link_roots(self, ra: int, rb: int) -> bool:
        incident = self.incident
        if ra == rb or (incident[ra] >= 0 and incident[rb] >= 0):
            return False
        docs_a = self.docs.get(ra) or {self.doc[ra]}
        docs_b = self.docs.get(rb) or {self.doc[rb]}
        if not docs_a.isdisjoint(docs_b):
            return False
        keeps_existing = incident[ra] >= 0 or incident[rb] >= 0
        if not keeps_existing and max(self.lo[ra], self.lo[rb]) > min(self.hi[ra], self.hi[rb]):
            return False
        if not self._anchors_agree(ra, rb):
            return False
        if len(docs_a) < len(docs_b):
            docs_a, docs_b = docs_b, docs_a
        docs_a |= docs_b
        self._union(ra, rb, docs_a, keeps_existing)
        return True

    def _anchors_agree(self, ra: int, rb: int) -> bool:
        if self.incident[ra] >= 0 or self.incident[rb] >= 0:
            old, new = (ra, rb) if self.incident[ra] >= 0 else (rb, ra)
            anchor = self.anchor[new]
            return any(
                self.pairs.get(m, anchor) >= self.anchor_min
                for m in self.members[old][:_MEMBERS_CHECKED]
            )
        return self.pairs.get(self.anchor[ra], self.anchor[rb]) >= self.anchor_min

    def _union(self, ra: int, rb: int, docs: set[int], keeps_existing: bool) -> None:
        if keeps_existing:
            old, new = (ra, rb) if self.incident[ra] >= 0 else (rb, ra)
            incident = self.incident[old]
            members = [*self.members.pop(old), self.anchor[new]]
            lo, hi = min(self.lo[ra], self.lo[rb]), max(self.hi[ra], self.hi[rb])
        else:
            lo, hi = max(self.lo[ra], self.lo[rb]), min(self.hi[ra], self.hi[rb])
        anchor = min(self.anchor[ra], self.anchor[rb])
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.docs[ra] = docs
        self.docs.pop(rb, None)
        self.lo[ra], self.hi[ra], self.anchor[ra] = lo, hi, anchor
        if keeps_existing:
            self.incident[ra] = incident
            self.members[ra] = members

    def roots(self) -> I64:
        return np.array([self.find(x) for x in range(len(self.parent))], np.int64)
