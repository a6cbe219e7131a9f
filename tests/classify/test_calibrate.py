from __future__ import annotations

import pytest

from roydad.classify.calibrate import ece, fit_temperature, scale


def test_temperature_one_keeps_the_scores() -> None:
    scores = {"Armed clash": 0.7, "Attack": 0.2, "NONE": 0.1}
    assert scale(scores, 1.0) == pytest.approx(scores)


def test_higher_temperature_softens_and_keeps_the_order() -> None:
    soft = scale({"Armed clash": 0.9, "Attack": 0.1}, 2.0)
    assert 0.5 < soft["Armed clash"] < 0.9
    assert sum(soft.values()) == pytest.approx(1.0)


def test_overconfident_scores_get_a_temperature_above_one() -> None:
    # always 0.95 sure, right only 3 times in 5
    scored = [{"A": 0.95, "B": 0.05}] * 5
    gold = ["A", "A", "A", "B", "B"]
    temperature = fit_temperature(scored, gold)
    assert temperature > 1.5
    assert ece([scale(s, temperature) for s in scored], gold) < ece(scored, gold)


def test_ece_of_confident_right_answers_is_small() -> None:
    assert ece([{"A": 1.0, "B": 0.0}] * 3, ["A"] * 3) == pytest.approx(0.0)
    assert ece([{"A": 1.0, "B": 0.0}] * 2, ["B", "B"]) == pytest.approx(1.0)
