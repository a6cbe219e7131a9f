"""How likely two mentions are to report one happening: gates, then weighed evidence.

Gates (a pair failing one is two happenings, whatever else they share): the same type family
(by blocking), windows that overlap (by blocking), different documents, and places that can be
one place — two located mentions no farther apart than the larger of their radii, and never two
different known countries unless both are points or towns (a border clash).

Evidence, each a value v in [0, 1] with a strength c in [0, 1] (c = 0: one side does not say),
adds c·(v·agree − (1 − v)·disagree) log-odds to the prior; the score is the sigmoid of the sum
(Fellegi–Sunter record linkage with graded agreement). The prior is `weights.bias`, lowered by
`weights.crowd` where the pair's place and time are crowded (`Blocks.crowd`: the more crowded
of the two mentions): the odds that two reports alike in type, country and week are one
happening fall as the number of reports they could each be rises (a country-level report in a
busy country's week could be any of hundreds).

- date: v = exp(−gap / scale), the gap in days between the two mentions' own dates and the
  coarser precision's scale; c is the coarser precision's weight (a day says more than a
  month, a publication date little).
- place: distance for located pairs (v = 1 − km / radius, c = 1); otherwise the same admin1
  (c = `same_admin1`), different admin1s (v = 0, c = `other_admin1`: geocoding of vague
  places errs, so this is evidence, not a gate) or only the same country (c = `same_country`);
  unknown place: c = 0.
- actors: the overlap coefficient |A ∩ B| / min(|A|, |B|) of the specific parties (either
  role; see `features.is_specific`), from bit fingerprints like the text's.
- means: the mode/weapon groups are equal (v = 1) or not (v = 0); no group: c = 0.
- fatalities: v = 1 − |log10((a + 1) / (b + 1))| (1 vs 2 dead: 0.82; 4 vs 9: 0.70; 1 vs 100:
  0), because early tolls rise and sources differ, while an order of magnitude does not.
- text: the overlap coefficient of the texts' content words, estimated from their bit
  fingerprints; v reaches 1 at `text.full_overlap`.
- specific: whether the two share one of their specific words (the rarest few of each, by how
  many documents of the batch use them: names, see `text.py`); c is what the rarest shared
  word says (its rarity in the batch), or, sharing none, what the less telling of the two
  mentions' rarest words says. Two reports alike in everything else are told apart by this.
"""

from __future__ import annotations

import numpy as np

from roydad.consolidate.table import F64, I32, I64, U64, Bool, MentionTable, haversine_km
from roydad.datafiles.consolidate import MatchConfig, Weight


def _evidence(weight: Weight, value: F64, strength: F64) -> F64:
    result: F64 = strength * (value * weight.agree - (1.0 - value) * weight.disagree)
    return result


class Scorer:
    def __init__(self, config: MatchConfig) -> None:
        self.config = config
        self.weights = config.weights

    def prior(self, i: I64, j: I64, crowd: I64 | None) -> F64:
        """The bias, lowered where the pair's place and time are crowded (`crowd`: per
        mention, from `Blocks.crowd`; a pair is as crowded as the more crowded of the two)."""
        bias: F64 = np.full(len(i), self.weights.bias)
        if crowd is None:
            return bias
        c = self.weights.crowd
        size = np.maximum(crowd[i], crowd[j]) / c.reference
        return bias - np.minimum(c.weight * np.log(np.maximum(size, 1.0)), c.max_penalty)

    def score(
        self, t: MentionTable, i: I64, j: I64, floor: float = 0.0, crowd: I64 | None = None
    ) -> tuple[Bool, F64]:
        """For each pair (i[k], j[k]): whether it passes the gates and may reach `floor`, and
        its score in [0, 1] (exact where it may). Evidence is added cheapest first, and a pair
        that could not reach `floor` even if everything still unseen agreed is dropped at once:
        most candidate pairs never pay for the place, parties and text comparisons."""
        w = self.weights
        need = np.log(floor / (1.0 - floor)) if floor > 0.0 else -np.inf
        total = self.prior(i, j, crowd)
        total += _evidence(w.date, *self._date(t, i, j))
        unseen = (w.place.agree + w.means.agree + w.fatalities.agree + w.actors.agree
                  + w.text.agree + w.specific.agree)
        live = np.flatnonzero(
            (total + unseen >= need) & (t.doc[i] != t.doc[j]) & (t.family[i] == t.family[j])
        )
        li, lj = i[live], j[live]
        place_ok, place_v, place_c = self._place(t, li, lj)
        part = total[live] + _evidence(w.place, place_v, place_c)
        part += _evidence(w.means, *self._means(t, li, lj))
        part += _evidence(w.fatalities, *self._fatalities(t, li, lj))
        keep = place_ok & (part + w.actors.agree + w.text.agree + w.specific.agree >= need)
        live, li, lj, part = live[keep], li[keep], lj[keep], part[keep]
        part += _evidence(w.actors, *self._actors(t, li, lj))
        part += _evidence(w.text, *self._text(t, li, lj))
        part += _evidence(w.specific, *self._specific(t, li, lj))
        total[live] = part
        ok = np.zeros(len(i), np.bool_)
        ok[live] = True
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
            "specific": _evidence(w.specific, *self._specific(t, i, j)),
        }

    def _date(self, t: MentionTable, i: I64, j: I64) -> tuple[F64, F64]:
        gap = np.maximum(0, np.maximum(t.core_lo[j] - t.core_hi[i], t.core_lo[i] - t.core_hi[j]))
        value: F64 = np.exp(-gap / np.maximum(t.scale[i], t.scale[j]))
        return value, np.minimum(t.date_weight[i], t.date_weight[j])

    def _place(self, t: MentionTable, i: I64, j: I64) -> tuple[Bool, F64, F64]:
        places = self.config.places
        both = t.located[i] & t.located[j]
        km = np.where(both, haversine_km(t.lat[i], t.lon[i], t.lat[j], t.lon[j]), 0.0)
        reach = np.maximum(t.radius[i], t.radius[j])
        a1, a2 = t.admin1[i], t.admin1[j]
        c1, c2 = t.country[i], t.country[j]
        same_admin1 = (a1 > 0) & (a1 == a2)
        other_admin1 = (a1 > 0) & (a2 > 0) & (a1 != a2)
        same_country = (c1 > 0) & (c1 == c2)
        other_country = (c1 > 0) & (c2 > 0) & (c1 != c2)
        # Across a border only two points or towns near each other (a border clash) can be one
        # place: blocking looks for those by grid cell, for the others within their country.
        ok = np.where(
            both, (km <= reach) & (~other_country | (t.gridded[i] & t.gridded[j])), ~other_country
        )
        value = np.where(both, np.clip(1.0 - km / reach, 0.0, 1.0), (~other_admin1) * 1.0)
        strength = np.where(
            both, 1.0,
            np.where(same_admin1, places.same_admin1,
                     np.where(other_admin1, places.other_admin1,
                              np.where(same_country, places.same_country, 0.0))),
        )
        return ok, value, strength

    def _actors(self, t: MentionTable, i: I64, j: I64) -> tuple[F64, F64]:
        shared = _overlap(t.actors[i], t.actors[j], t.n_actors[i], t.n_actors[j])
        value: F64 = np.minimum(shared, 1.0)
        return value, ((t.n_actors[i] > 0) & (t.n_actors[j] > 0)).astype(np.float64)

    def _means(self, t: MentionTable, i: I64, j: I64) -> tuple[F64, F64]:
        mi, mj = t.means[i], t.means[j]
        known = (mi > 0) & (mj > 0)
        return (mi == mj).astype(np.float64), known.astype(np.float64)

    def _fatalities(self, t: MentionTable, i: I64, j: I64) -> tuple[F64, F64]:
        fi, fj = t.fatalities[i], t.fatalities[j]
        known = (fi >= 0) & (fj >= 0)
        ratio = np.abs(np.log10((np.maximum(fi, 0) + 1.0) / (np.maximum(fj, 0) + 1.0)))
        value: F64 = np.clip(1.0 - ratio, 0.0, 1.0).astype(np.float64)
        return value, known.astype(np.float64)

    def _specific(self, t: MentionTable, i: I64, j: I64) -> tuple[F64, F64]:
        """Sharing a specific word agrees as much as the rarest shared word says; sharing none
        disagrees as much as the less telling of the two mentions' rarest words says."""
        a, b = t.specific[i], t.specific[j]
        same = (a[:, :, None] == b[:, None, :]) & (a[:, :, None] > 0)
        said = (same.any(axis=2) * t.specific_weight[i]).max(axis=1)
        shared = said > 0.0
        apart = np.minimum(t.specific_weight[i][:, 0], t.specific_weight[j][:, 0])
        return shared.astype(np.float64), np.where(shared, said, apart).astype(np.float64)

    def _text(self, t: MentionTable, i: I64, j: I64) -> tuple[F64, F64]:
        overlap = _overlap(t.fingerprint[i], t.fingerprint[j], t.n_words[i], t.n_words[j])
        value: F64 = np.clip(overlap / self.config.text.full_overlap, 0.0, 1.0)
        return value, ((t.n_words[i] > 0) & (t.n_words[j] > 0)).astype(np.float64)


def _overlap(a: U64, b: U64, na: I32, nb: I32) -> F64:
    """|A ∩ B| / min(|A|, |B|) from bit fingerprints (one bit per element): the shared bits
    less those two random sets of these sizes would share by chance."""
    bits = a.shape[1] * 64
    n1, n2 = na.astype(np.float64), nb.astype(np.float64)
    common = np.bitwise_count(a & b).sum(axis=1, dtype=np.int64)
    shared = np.maximum(common - n1 * n2 / bits, 0.0)
    known = (n1 > 0) & (n2 > 0)
    result: F64 = np.where(known, shared / np.maximum(np.minimum(n1, n2), 1.0), 0.0)
    return result
