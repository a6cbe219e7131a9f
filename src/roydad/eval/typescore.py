"""Type scores of `roydad eval` (issue 14's ablation: `--types rules|model|combined`).

For every gold event or mention that annotates a type, the type of the record it is matched to
(event gold: the one-to-one matching of `events.py`; mention gold: a record covering the
trigger, preferring one of the gold category, as the mention "event type" row does) is paired
with the gold type, for three fields:

* `PLOVER type`: the record's `event_type` against the gold type's PLOVER category (types.yaml);
* `ACLED event type`, `ACLED sub-event type`: the record's `acled_*` against ACLED gold.

A gold item with no matched record, or whose record gives no value, is a miss. **Accuracy** is
right / gold items. **Macro-F1** is the mean over the labels that occur in the gold or among
the predictions of each label's F1 (a miss is a false negative of the gold label only). A
perfect prediction scores 1 on both, no prediction 0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rich.table import Table

from roydad.eval.events import EventScorer
from roydad.eval.gold import GoldDocument
from roydad.eval.mentions import trigger_spans
from roydad.models import EventRecord, Mention

TYPE_FIELDS = ("PLOVER type", "ACLED event type", "ACLED sub-event type")
Pair = tuple[str, str | None]  # (gold label, predicted label or None)


@dataclass(frozen=True)
class TypeRow:
    field: str
    n: int
    accuracy: float | None
    macro_f1: float | None


def _norm(label: str | None) -> str | None:
    return None if label is None else " ".join(label.split()).casefold()


def type_scores(pairs: Sequence[Pair]) -> tuple[float | None, float | None]:
    """(accuracy, macro-F1) of (gold, predicted) pairs; (None, None) without gold."""
    if not pairs:
        return None, None
    gold = [" ".join(g.split()).casefold() for g, _ in pairs]
    pred = [_norm(p) for _, p in pairs]
    right = Counter(g for g, p in zip(gold, pred, strict=True) if g == p)
    n_gold, n_pred = Counter(gold), Counter(p for p in pred if p is not None)
    f1s = []
    for label in set(n_gold) | set(n_pred):
        tp = right[label]
        f1s.append(2 * tp / (n_gold[label] + n_pred[label]) if tp else 0.0)
    return sum(right.values()) / len(pairs), sum(f1s) / len(f1s)


@dataclass
class TypeScorer:
    events: EventScorer = field(default_factory=EventScorer)
    pairs: dict[str, list[Pair]] = field(default_factory=lambda: {f: [] for f in TYPE_FIELDS})

    def add(self, gold: GoldDocument, records: Sequence[EventRecord]) -> None:
        if gold.profile == "event":
            self._add_events(gold, records)
        else:
            self._add_mentions(gold, records)

    def _add_events(self, gold: GoldDocument, records: Sequence[EventRecord]) -> None:
        vocabulary = self.events.judge.vocabulary
        for event, record in zip(gold.events, self.events.match(gold.events, records),
                                 strict=True):
            category = vocabulary.event_category(event.event_type)
            if category is not None:
                self.pairs["PLOVER type"].append(
                    (category, record.event_type if record else None))
            if not vocabulary.is_acled(event.event_type) or event.event_type is None:
                continue
            self.pairs["ACLED event type"].append(
                (event.event_type, record.acled_event_type if record else None))
            if event.sub_event_type is not None:
                self.pairs["ACLED sub-event type"].append(
                    (event.sub_event_type, record.acled_sub_event_type if record else None))

    def _add_mentions(self, gold: GoldDocument, records: Sequence[EventRecord]) -> None:
        for mention in gold.mentions:
            if mention.category is None:
                continue
            covering = [r for r in records if any(
                span.overlaps(mention.span) for m in _mentions(r)
                for span in trigger_spans(gold.text, m).spans)]
            same = [r for r in covering if r.event_type == mention.category]
            chosen = (same or covering)[0].event_type if covering else None
            self.pairs["PLOVER type"].append((mention.category, chosen))

    def rows(self) -> list[TypeRow]:
        return [TypeRow(name, len(pairs), *type_scores(pairs))
                for name, pairs in self.pairs.items() if pairs]

    def confusion(self, name: str = "ACLED sub-event type") -> Counter[tuple[str, str]]:
        """(gold, predicted) counts; a miss is predicted "-"."""
        return Counter((g, p or "-") for g, p in self.pairs[name])


def score_types(
    gold: Sequence[GoldDocument], predictions: Mapping[str, Sequence[EventRecord]]
) -> TypeScorer:
    """The type pairs of every gold document and its predicted records."""
    scorer = TypeScorer()
    for doc in gold:
        scorer.add(doc, [r for r in predictions.get(doc.id, ()) if r.doc_id == doc.id])
    return scorer


def _mentions(record: EventRecord) -> list[Mention]:
    evidence = record.evidence
    return list(record.mentions) or [
        Mention(text=evidence.text, start=evidence.start, end=evidence.end, trigger=evidence.text)
    ]


def render_types(scorer: TypeScorer, setting: str, confusions: int = 15) -> Table:
    table = Table(title=f"types ({setting})")
    for column in ("field", "n", "accuracy", "macro-F1"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for row in scorer.rows():
        table.add_row(row.field, str(row.n), _pct(row.accuracy), _pct(row.macro_f1))
    wrong = [(k, n) for k, n in scorer.confusion().most_common() if k[0] != k[1]]
    for (gold, pred), n in wrong[:confusions]:
        table.add_row(f"  sub-type {gold} → {pred}", str(n), "", "")
    return table


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"
