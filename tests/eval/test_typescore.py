"""The type rows of `roydad eval` and its ablation switch (roydad.eval.typescore)."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_builders import perfect
from typer.testing import CliRunner

from roydad.cli import app
from roydad.eval import GoldDocument, collect_predictions, load_gold
from roydad.eval.typescore import TYPE_FIELDS, score_types, type_scores
from roydad.extract.pipeline import Extractor

ACLED_GOLD = Path(__file__).parent / "fixtures" / "acled_types.jsonl"


@pytest.fixture(scope="module")
def acled_gold() -> list[GoldDocument]:
    return load_gold(ACLED_GOLD)


def test_perfect_prediction_scores_one(sample_gold: list[GoldDocument],
                                       acled_gold: list[GoldDocument]) -> None:
    gold = sample_gold + acled_gold
    rows = score_types(gold, perfect(gold)).rows()
    assert [r.field for r in rows] == list(TYPE_FIELDS)
    assert all(r.accuracy == 1.0 and r.macro_f1 == 1.0 and r.n > 0 for r in rows)


def test_empty_prediction_scores_zero(sample_gold: list[GoldDocument],
                                      acled_gold: list[GoldDocument]) -> None:
    rows = score_types(sample_gold + acled_gold, {}).rows()
    assert len(rows) == 3
    assert all(r.accuracy == 0.0 and r.macro_f1 == 0.0 for r in rows)


def test_macro_f1_hand_computed() -> None:
    pairs: list[tuple[str, str | None]] = [
        ("Armed clash", "Attack"), ("Attack", "Attack"), ("Arrests", None)]
    accuracy, macro = type_scores(pairs)
    # Attack: P 1/2, R 1 → 2/3; Armed clash 0; Arrests 0 (a miss is no false positive)
    assert accuracy == pytest.approx(1 / 3)
    assert macro == pytest.approx((2 / 3) / 3)


def test_switch_changes_what_is_scored(acled_gold: list[GoldDocument]) -> None:
    found = {}
    for setting in ("rules", "model"):
        extractor = Extractor(types=setting)
        predictions = collect_predictions(
            acled_gold, lambda ds, e=extractor: ((d.id, r) for d, r in e.extract(ds)))
        sources = {r.type_source for recs in predictions.values() for r in recs}
        assert sources == {"rule" if setting == "rules" else "model"}
        found[setting] = score_types(acled_gold, predictions).pairs["ACLED sub-event type"]
    # same gold, scored on each setting's own types (here both type all four right: the rules
    # read who was hit in the post raid, the model reads the words)
    assert [g for g, _ in found["rules"]] == [g for g, _ in found["model"]]
    assert [p for _, p in found["rules"]] == [g for g, _ in found["rules"]]


def test_cli_refuses_an_unknown_setting() -> None:
    result = CliRunner().invoke(app, ["eval", str(ACLED_GOLD), "--types", "oracle"])
    assert result.exit_code != 0
    assert "--types" in result.output
