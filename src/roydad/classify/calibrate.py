"""Temperature scaling of the classifier's softmax scores (Guo et al. 2017) and the expected
calibration error that judges it. Pure functions: training fits the temperature, run time
applies it."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

# Grid of temperatures tried by `fit_temperature`: 0.2 … 5.0.
_GRID = tuple(round(0.2 + 0.05 * i, 2) for i in range(97))
_FLOOR = 1e-9


def scale(scores: Mapping[str, float], temperature: float) -> dict[str, float]:
    """Softmax scores re-tempered: p_i ∝ p_i ** (1/T). T > 1 softens, T < 1 sharpens."""
    logs = {k: math.log(max(v, _FLOOR)) / temperature for k, v in scores.items()}
    top = max(logs.values())
    exps = {k: math.exp(v - top) for k, v in logs.items()}
    total = sum(exps.values())
    return {k: v / total for k, v in exps.items()}


def nll(scored: Sequence[Mapping[str, float]], gold: Sequence[str], temperature: float) -> float:
    """Mean negative log-likelihood of the gold labels after scaling."""
    total = 0.0
    for scores, label in zip(scored, gold, strict=True):
        total -= math.log(max(scale(scores, temperature)[label], _FLOOR))
    return total / max(len(gold), 1)


def fit_temperature(scored: Sequence[Mapping[str, float]], gold: Sequence[str]) -> float:
    """The grid temperature with the lowest NLL on held-out predictions (1.0 if none)."""
    if not gold:
        return 1.0
    return min(_GRID, key=lambda t: (nll(scored, gold, t), abs(t - 1.0)))


def ece(scored: Sequence[Mapping[str, float]], gold: Sequence[str], bins: int = 10) -> float:
    """Expected calibration error of the top label: the confidence-weighted gap between
    confidence and accuracy over equal-width confidence bins."""
    if not gold:
        return 0.0
    sums = [[0.0, 0.0, 0] for _ in range(bins)]  # confidence, correct, count
    for scores, label in zip(scored, gold, strict=True):
        best = max(scores, key=lambda k: scores[k])
        conf = scores[best]
        slot = sums[min(int(conf * bins), bins - 1)]
        slot[0] += conf
        slot[1] += best == label
        slot[2] += 1
    return sum(abs(c - r) for c, r, _ in sums) / len(gold)
