"""Clustering scores: pairwise and B-cubed precision and recall of a grouping."""

from __future__ import annotations

import pytest

from roydad.eval.cluster_scores import bcubed, pairwise

GOLD = ["a", "a", "a", "b", "b", "c"]


def test_perfect_grouping_scores_one() -> None:
    predicted = ["x", "x", "x", "y", "y", "z"]
    for result in (pairwise(GOLD, predicted), bcubed(GOLD, predicted)):
        assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)


def test_all_singletons() -> None:
    predicted = [str(n) for n in range(len(GOLD))]
    pw = pairwise(GOLD, predicted)
    assert (pw.precision, pw.recall, pw.f1) == (1.0, 0.0, 0.0)  # nothing claimed, nothing found
    b3 = bcubed(GOLD, predicted)
    assert b3.precision == 1.0
    assert b3.recall == pytest.approx((3 * (1 / 3) + 2 * (1 / 2) + 1) / 6)


def test_all_in_one() -> None:
    predicted = ["x"] * len(GOLD)
    pw = pairwise(GOLD, predicted)
    assert pw.recall == 1.0
    assert pw.precision == pytest.approx((3 + 1) / 15)  # 4 true pairs of 15
    b3 = bcubed(GOLD, predicted)
    assert b3.recall == 1.0
    assert b3.precision == pytest.approx((9 + 4 + 1) / 36)


def test_labels_for_other_items_are_refused() -> None:
    with pytest.raises(ValueError):
        pairwise(GOLD, ["x"])
