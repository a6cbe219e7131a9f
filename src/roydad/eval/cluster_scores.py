"""Clustering scores: how well a predicted grouping of items matches the gold grouping.

Pairwise precision and recall count the item pairs put together; B-cubed (Bagga & Baldwin 1998)
scores each item by the overlap of its predicted and gold groups. Conventions: with no predicted
pair pairwise precision is 1.0, with no gold pair pairwise recall is 1.0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def pair_count(n: int) -> int:
    """How many pairs n items make."""
    return n * (n - 1) // 2


def pairwise(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> PRF:
    """Precision/recall of the item pairs put together (predicted) vs. belonging together."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted labels must be given for the same items")
    both = Counter(zip(gold, predicted, strict=True))
    true = sum(pair_count(n) for n in both.values())
    said = sum(pair_count(n) for n in Counter(predicted).values())
    real = sum(pair_count(n) for n in Counter(gold).values())
    return PRF(true / said if said else 1.0, true / real if real else 1.0)


def bcubed(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> PRF:
    """B-cubed (Bagga & Baldwin 1998): per item, the share of its predicted group that is in its
    gold group (precision) and of its gold group that is in its predicted group (recall)."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted labels must be given for the same items")
    if not gold:
        return PRF(1.0, 1.0)
    both = Counter(zip(gold, predicted, strict=True))
    size_gold, size_pred = Counter(gold), Counter(predicted)
    precision = sum(n * n / size_pred[p] for (_, p), n in both.items()) / len(gold)
    recall = sum(n * n / size_gold[g] for (g, _), n in both.items()) / len(gold)
    return PRF(precision, recall)
