"""`roydad eval`: score extraction against gold (../shared/data/dev/ format).

    gold = load_gold("wikievents_dev.jsonl")
    report = score(gold, load_predictions("pred.jsonl"))   # or collect_predictions(gold, extract)
    console.print(render(report)); print(report.to_json())

    report = evaluate("gold.jsonl", "pred.jsonl")          # the same, or evaluate(gold, extract=f)

How gold is grouped into documents, how the two scoring profiles are chosen and what every row
means are documented in `gold.py`, `mentions.py`, `events.py` and `report.py`; the type, role
and name maps are the YAML files beside them.
"""

from roydad.eval.gold import (
    GoldArgument,
    GoldDocument,
    GoldEvent,
    GoldFormatError,
    GoldMention,
    load_gold,
)
from roydad.eval.report import EvalReport, MeasureRow, ScoreRow, render
from roydad.eval.score import (
    Extractor,
    PredictionFormatError,
    collect_predictions,
    evaluate,
    load_predictions,
    score,
)

__all__ = [
    "EvalReport",
    "Extractor",
    "GoldArgument",
    "GoldDocument",
    "GoldEvent",
    "GoldFormatError",
    "GoldMention",
    "MeasureRow",
    "PredictionFormatError",
    "ScoreRow",
    "collect_predictions",
    "evaluate",
    "load_gold",
    "load_predictions",
    "render",
    "score",
]
