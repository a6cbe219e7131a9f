"""How likely two mentions are to report one happening: gates, then weighed evidence.

Gates (a pair failing one is two happenings, whatever else they share): the same type family
(by blocking), windows that overlap (by blocking), different documents, and places that can be
one place — two located mentions no farther apart than the larger of their radii, and never two
different known countries or admin1s when either lacks coordinates.

Evidence, each a value v in [0, 1] with a strength c in [0, 1] (c = 0: one side does not say),
adds c·(v·agree − (1 − v)·disagree) log-odds to `weights.bias`; the score is the sigmoid of the
sum (Fellegi–Sunter record linkage with graded agreement):

- date: v falls from 1 (same day) to 0 at the edge of the two windows; c is the coarser
  precision's weight (a day says more than a month, a publication date little).
- place: distance for located pairs (v = 1 − km / radius, c = 1); otherwise the same admin1
  (c = `same_admin1`) or the same country (c = `same_country`); unknown place: c = 0.
- actors: the overlap coefficient |A ∩ B| / min(|A|, |B|) of the named parties (either role).
- means: the mode/weapon groups are equal (v = 1) or not (v = 0); no group: c = 0.
- fatalities: v = 1 − |log10((a + 1) / (b + 1))| (1 vs 2 dead: 0.82; 4 vs 9: 0.70; 1 vs 100:
  0), because early tolls rise and sources differ, while an order of magnitude does not.
- text: the overlap coefficient of the evidence's content words, estimated from MinHash
  signatures; v reaches 1 at `text.full_overlap`.
"""

from __future__ import annotations

import numpy as np

from roydad.consolidate.config import MatchConfig, Weight
from roydad.consolidate.table import F64, I64, Bool, MentionTable, haversine_km


def _evidence(weight: Weight, value: F64, strength: F64) -> F64:
    result: F64 = strength * (value * weight.agree - (1.0 - value) * weight.disagree)
    return result


class Scorer:
    def __init__(self, config: MatchConfig) -> None:
        self.config = config
        self.weights = config.weights

    def score(self, t: MentionTable, i: I64, j: I64) -> tuple[Bool, F64]:
        """For each pair (i[k], j[k]): whether it passes the gates, and its score in [0, 1]."""
        ok, parts = self.evidence(t, i, j)
        total = np.full(len(i), self.weights.bias)
        for part in parts.values():
            total += part
        score: F64 = 1.0 / (1.0 + np.exp(-total))
        return ok, score

    def evidence(self, t: MentionTable, i: I64, j: I64) -> tuple[Bool, dict[str, F64]]:
        """The gates, and each kind of evidence's log-odds (what `Matcher.explain` shows)."""
        place_ok, place_v, place_c = self._place(t, i, j)
        ok: Bool = place_ok & (t.doc[i] != t.doc[j]) & (t.family[i] == t.family[j])
        w = self.weights
        return ok, {
            "date": _evidence(w.date, *self._date(t, i, j)),
            "place": _evidence(w.place, place_v, place_c),
            "actors": _evidence(w.actors, *self._actors(t, i, j)),
            "means": _evidence(w.means, *self._means(t, i, j)),
            "fatalities": _evidence(w.fatalities, *self._fatalities(t, i, j)),
            "text": _evidence(w.text, *self._text(t, i, j)),
        }

    def _date(self, t: MentionTable, i: I64, j: I64) -> tuple[F64, F64]:
        gap = np.maximum(0, np.maximum(t.core_lo[j] - t.core_hi[i], t.core_lo[i] - t.core_hi[j]))
        tolerance = t.slack[i] + t.slack[j] + 1
        value = np.clip(1.0 - gap / tolerance, 0.0, 1.0)
        return value, np.minimum(t.date_weight[i], t.date_weight[j])

    def _place(self, t: MentionTable, i: I64, j: I64) -> tuple[Bool, F64, F64]:
        places = self.config.places
        both = t.located[i] & t.located[j]
        km = np.where(both, haversine_km(t.lat[i], t.lon[i], t.lat[j], t.lon[j]), 0.0)
        reach = np.maximum(t.radius[i], t.radius[j])
        value = np.where(both, np.clip(1.0 - km / reach, 0.0, 1.0), 1.0)
        a1, a2 = t.admin1[i], t.admin1[j]
        c1, c2 = t.country[i], t.country[j]
        same_admin1 = (a1 > 0) & (a1 == a2)
        same_country = (c1 > 0) & (c1 == c2)
        clash = ((a1 > 0) & (a2 > 0) & (a1 != a2)) | ((c1 > 0) & (c2 > 0) & (c1 != c2))
        ok = np.where(both, km <= reach, ~clash)
        strength = np.where(
            both, 1.0,
            np.where(same_admin1, places.same_admin1,
                     np.where(same_country, places.same_country, 0.0)),
        )
        return ok, value, strength

    def _actors(self, t: MentionTable, i: I64, j: I64) -> tuple[F64, F64]:
        ni, nj = t.n_actors[i], t.n_actors[j]
        known = (ni > 0) & (nj > 0)
        ai, aj = t.actors[i], t.actors[j]
        shared = ((ai[:, :, None] == aj[:, None, :]) & (ai[:, :, None] != 0)).sum(axis=(1, 2))
        value = np.where(known, shared / np.maximum(np.minimum(ni, nj), 1), 0.0)
        return np.minimum(value, 1.0), known.astype(np.float64)

    def _means(self, t: MentionTable, i: I64, j: I64) -> tuple[F64, F64]:
        mi, mj = t.means[i], t.means[j]
        known = (mi > 0) & (mj > 0)
        return (mi == mj).astype(np.float64), known.astype(np.float64)

    def _fatalities(self, t: MentionTable, i: I64, j: I64) -> tuple[F64, F64]:
        fi, fj = t.fatalities[i], t.fatalities[j]
        known = (fi >= 0) & (fj >= 0)
        ratio = np.abs(np.log10((np.maximum(fi, 0) + 1.0) / (np.maximum(fj, 0) + 1.0)))
        return np.clip(1.0 - ratio, 0.0, 1.0), known.astype(np.float64)

    def _text(self, t: MentionTable, i: I64, j: I64) -> tuple[F64, F64]:
        ni, nj = t.n_words[i], t.n_words[j]
        known = (ni > 0) & (nj > 0)
        jaccard = (t.signature[i] == t.signature[j]).mean(axis=1)
        shared = jaccard / (1.0 + jaccard) * (ni + nj)
        overlap = np.where(known, shared / np.maximum(np.minimum(ni, nj), 1), 0.0)
        value = np.clip(overlap / self.config.text.full_overlap, 0.0, 1.0)
        return value, known.astype(np.float64)
