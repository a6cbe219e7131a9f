"""Accuracy, per-class P/R/F1 and macro-F1 of predicted labels against gold labels (used by
training; `roydad eval` has its own in roydad.eval.typescore, over matched records)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence


def prf(gold: Sequence[str], pred: Sequence[str]) -> dict[str, tuple[float, float, float, int]]:
    """Per class of the gold or predictions: (precision, recall, F1, gold count)."""
    tp = Counter(g for g, p in zip(gold, pred, strict=True) if g == p)
    n_gold, n_pred = Counter(gold), Counter(pred)
    out: dict[str, tuple[float, float, float, int]] = {}
    for label in sorted(set(gold) | set(pred)):
        p = tp[label] / n_pred[label] if n_pred[label] else 0.0
        r = tp[label] / n_gold[label] if n_gold[label] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[label] = (p, r, f, n_gold[label])
    return out


def summary(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
    table = prf(gold, pred)
    right = sum(g == p for g, p in zip(gold, pred, strict=True))
    return {
        "accuracy": round(right / len(gold), 4) if gold else 0.0,
        "macro_f1": round(sum(f for _, _, f, _ in table.values()) / len(table), 4)
        if table else 0.0,
        "n": len(gold),
    }


def per_class_table(title: str, gold: Sequence[str], pred: Sequence[str]) -> list[str]:
    lines = [f"{title}:", f"  {'class':40s} {'P':>6s} {'R':>6s} {'F1':>6s} {'n':>5s}"]
    for label, (p, r, f, n) in prf(gold, pred).items():
        lines.append(f"  {label:40s} {p:6.2f} {r:6.2f} {f:6.2f} {n:5d}")
    s = summary(gold, pred)
    lines.append(f"  accuracy {s['accuracy']:.3f}  macro-F1 {s['macro_f1']:.3f}  (n={s['n']:.0f})")
    return lines
