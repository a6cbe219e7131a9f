"""Which stored event mentions of different documents report the same happening.

    matcher = Matcher()
    for a in matcher.assign(new_features, {"inc-1": [features, ...], ...}):
        a.event_id, a.group, a.score   # group: "inc-1", or "new:<event_id of its anchor>"

Each new mention joins the existing incident or the group of new mentions it matches best, or
starts a group of its own. The steps, each in its module: columns (`table.py`, the text's in
`text.py`), candidate pairs by type family, date window and place or a shared specific word
(`blocking.py`, ~n log n), a score per pair with a prior that falls where places and weeks are
crowded (`similarity.py`), and greedy linking with constraints against chaining (`cluster.py`).
Settings: `roydad/data/consolidate.yaml`.

Guarantees: two mentions of one document never share a group; existing incidents are never
merged with each other; the same input gives the same output (ties broken by input order; a new
group's id names its earliest mention in input order); a new mention that is already a member of
a given existing incident stays there (score 1.0).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from roydad.consolidate.blocking import Blocker
from roydad.consolidate.cluster import Linker, PairScores
from roydad.consolidate.features import MentionFeatures, features_of
from roydad.consolidate.similarity import Scorer
from roydad.consolidate.table import F64, I64, MentionTable, TableBuilder
from roydad.datafiles.consolidate import MatchConfig

__all__ = ["Assignment", "MatchConfig", "Matcher", "MentionFeatures", "features_of"]

NEW_GROUP = "new:"


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Matching allocates millions of small tuples, ints and lists, none of them in a cycle;
    CPython's cycle collector would re-scan them all again and again (a quarter of the time
    at a million mentions). Reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where a new mention goes. `score`: its best pair score with another member of its group
    (0.0 when it is alone in it; 1.0 when it was already a member of that incident)."""

    event_id: str
    group: str
    score: float


class Matcher:
    def __init__(self, config: MatchConfig | None = None) -> None:
        self.config = config or MatchConfig.load()
        self.builder = TableBuilder(self.config)
        self.blocker = Blocker(self.config)
        self.scorer = Scorer(self.config)

    def window(self, f: MentionFeatures) -> tuple[date, date] | None:
        """When `f` may have happened: its dates widened by their precision's slack (or its
        publication date's look-back when undated); None when it has neither."""
        return self.windows([f])[0]

    def windows(self, fs: Sequence[MentionFeatures]) -> list[tuple[date, date] | None]:
        """`window` of each of `fs`, from one table (each row's window is its own)."""
        table = self.builder.build(fs)
        return [
            None if weight == 0.0 and lo == 0
            else (date.fromordinal(max(int(lo), 1)), date.fromordinal(int(hi)))
            for weight, lo, hi in zip(
                table.date_weight.tolist(), table.lo.tolist(), table.hi.tolist(), strict=True)
        ]

    def candidate_window(self, f: MentionFeatures) -> tuple[date, date] | None:
        """The dates (a report's event date, or its publication date when it has none) of the
        existing reports `f` could match: the store fetches the incidents that have one."""
        return self.candidate_windows([f])[0]

    def candidate_windows(
        self, fs: Sequence[MentionFeatures]
    ) -> list[tuple[date, date] | None]:
        """`candidate_window` of each of `fs`, from one table: a batch's in one go."""
        dates = self.config.dates
        ahead = timedelta(days=max(
            [w.slack for w in dates.precision.values()] + [dates.undated.before]))
        reach = timedelta(days=dates.reach_days)
        return [
            None if own is None else (
                own[0] - reach if own[0].toordinal() > reach.days else date.min,
                own[1] + ahead,
            )
            for own in self.windows(fs)
        ]

    def explain(self, a: MentionFeatures, b: MentionFeatures) -> dict[str, float]:
        """Why two mentions do or do not match: each kind of evidence's log-odds, the bias,
        `gates` (1.0 = they may be one happening at all) and the resulting `score`. The pair
        is seen on its own: no crowd lowers the bias, and no word can be told rare in a batch
        of two (`specific` is 0), so a batch may score it otherwise."""
        table = self.builder.build([a, b])
        i, j = np.array([0], np.int64), np.array([1], np.int64)
        ok, parts = self.scorer.evidence(table, i, j)
        window = bool(table.lo[0] <= table.hi[1] and table.lo[1] <= table.hi[0])
        out = {name: round(float(v[0]), 3) for name, v in parts.items()}
        out["bias"] = self.config.weights.bias
        out["gates"] = float(bool(ok[0]) and window and table.family[0] > 0)
        out["score"] = round(float(self.scorer.score(table, i, j)[1][0]), 4)
        return out

    def assign(
        self,
        new: Sequence[MentionFeatures],
        existing: Mapping[str, Sequence[MentionFeatures]] = {},  # never mutated
    ) -> list[Assignment]:
        with _without_cycle_collection():
            return self._assign(new, existing)

    def _assign(
        self, new: Sequence[MentionFeatures], existing: Mapping[str, Sequence[MentionFeatures]]
    ) -> list[Assignment]:
        known = {f.event_id: inc for inc, members in existing.items() for f in members}
        first: dict[str, int] = {}  # event id → its place among the fresh mentions
        fresh: list[MentionFeatures] = []
        for f in new:
            if f.event_id not in known and f.event_id not in first:
                first[f.event_id] = len(fresh)
                fresh.append(f)
        incidents = [inc for inc in sorted(existing) if existing[inc]]
        items = list(fresh)
        seeds: list[list[int]] = []
        for incident in incidents:
            seeds.append(list(range(len(items), len(items) + len(existing[incident]))))
            items.extend(existing[incident])
        labels, scores = self._groups(items, fresh, incidents, seeds)
        out = []
        for f in new:
            at = first.get(f.event_id)
            if at is None:
                out.append(Assignment(f.event_id, known[f.event_id], 1.0))
            else:
                out.append(Assignment(f.event_id, labels[at], scores[at]))
        return out

    def _groups(
        self, items: Sequence[MentionFeatures], fresh: Sequence[MentionFeatures],
        incidents: Sequence[str], seeds: Sequence[Sequence[int]],
    ) -> tuple[list[str], list[float]]:
        """The group label and best in-group pair score of each fresh mention (the first
        `len(fresh)` items; the rest are the existing incidents' members, `seeds`)."""
        n_new = len(fresh)
        table = self.builder.build(items)
        i, j, s = self._pairs(table, n_new)
        linker = Linker(
            table.doc.tolist(), table.lo.tolist(), table.hi.tolist(), seeds,
            PairScores(len(items), i, j, s), self.config.anchor_min,
        )
        linker.link_all(i, j, s, self.config.threshold)
        roots = linker.roots()
        same = roots[i] == roots[j]
        best = np.zeros(len(items))
        np.maximum.at(best, i[same], s[same])
        np.maximum.at(best, j[same], s[same])
        mine = roots[:n_new]
        incident = np.array(linker.incident, np.int64)[mine].tolist()
        anchor = np.array(linker.anchor, np.int64)[mine].tolist()
        labels = [
            incidents[number] if number >= 0 else NEW_GROUP + fresh[at].event_id
            for number, at in zip(incident, anchor, strict=True)
        ]
        return labels, np.round(best[:n_new], 4).tolist()

    def _pairs(self, table: MentionTable, n_new: int) -> tuple[I64, I64, F64]:
        """Candidate pairs that pass the gates and score at least `anchor_min` (the only ones
        linking or the anchor check can use), as (i < j, score) arrays, each pair once."""
        keep_i: list[I64] = []
        keep_j: list[I64] = []
        keep_s: list[F64] = []
        blocks = self.blocker.block(table)
        crowd = blocks.crowd()
        for q, p in blocks.pairs():
            fresh = (q < n_new) | (p < n_new)  # two existing reports are never re-linked
            q, p = q[fresh], p[fresh]
            ok, score = self.scorer.score(table, q, p, self.config.anchor_min, crowd)
            ok &= score >= self.config.anchor_min
            keep_i.append(np.minimum(q, p)[ok])
            keep_j.append(np.maximum(q, p)[ok])
            keep_s.append(score[ok])
        i = np.concatenate(keep_i) if keep_i else np.zeros(0, np.int64)
        if not len(i):
            return i, i, np.zeros(0)
        j = np.concatenate(keep_j)
        # A pair found by two searches (one place, a shared name) is scored alike twice.
        code = i * len(table) + j
        order = np.argsort(code, kind="stable")
        first = order[np.r_[True, code[order][1:] != code[order][:-1]]]
        return i[first], j[first], np.concatenate(keep_s)[first]
