"""Scoring predictions against gold, and the two ways of getting predictions.

Each gold document is scored by the profile its gold carries (`GoldDocument.profile`):
trigger-annotated gold by `mentions.py`, event-level gold by `events.py`; both sets of rows
appear in one report. A document with no predictions is scored like any other: every gold item
in it is missed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from pydantic import ValidationError

from roydad.eval.events import EventScorer
from roydad.eval.gold import GoldDocument, load_gold
from roydad.eval.mentions import MentionScorer
from roydad.eval.report import EvalReport
from roydad.models import Document, EventRecord

Extractor = Callable[[Sequence[Document]], Iterable[tuple[str, list[EventRecord]]]]


class PredictionFormatError(ValueError):
    """A predictions file that is not contract JSONL, with the place of the problem."""


def load_predictions(path: str | Path) -> dict[str, list[EventRecord]]:
    """Contract event records of a JSONL file (as `roydad extract` writes), by `doc_id`."""
    path = Path(path)
    found: dict[str, list[EventRecord]] = {}
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = EventRecord.model_validate(json.loads(line))
                except (json.JSONDecodeError, ValidationError) as error:
                    raise PredictionFormatError(
                        f"{path}:{number}: not a contract event record: {error}"
                    ) from error
                found.setdefault(record.doc_id, []).append(record)
    except OSError as error:
        raise PredictionFormatError(f"{path}: cannot read: {error}") from error
    return found


def collect_predictions(
    gold: Sequence[GoldDocument], extract: Extractor
) -> dict[str, list[EventRecord]]:
    """Run an extractor over the gold documents' texts and gather its records by document id."""
    found: dict[str, list[EventRecord]] = {doc.id: [] for doc in gold}
    for doc_id, records in extract([doc.to_document() for doc in gold]):
        found.setdefault(doc_id, []).extend(records)
    return found


def score(
    gold: Sequence[GoldDocument], predictions: Mapping[str, Sequence[EventRecord]]
) -> EvalReport:
    """Score predictions (by document id) against gold documents."""
    mention_scorer, event_scorer = MentionScorer(), EventScorer()
    for doc in gold:
        records = [r for r in predictions.get(doc.id, ()) if r.doc_id == doc.id]
        if doc.profile == "mention":
            mention_scorer.add(doc, records)
        else:
            event_scorer.add(doc, records)
    profiles = {doc.profile for doc in gold}
    rows = [
        *(mention_scorer.rows() if "mention" in profiles else []),
        *(event_scorer.rows() if "event" in profiles else []),
    ]
    return EvalReport(
        gold_documents=len(gold),
        gold_mentions=sum(len(doc.mentions) for doc in gold),
        gold_events=sum(len(doc.events) for doc in gold),
        predicted_records=sum(len(predictions.get(doc.id, ())) for doc in gold),
        rows=tuple(rows),
        measures=tuple(event_scorer.measures() if "event" in profiles else ()),
        notes=tuple(_notes(gold, predictions, mention_scorer)),
    )


def evaluate(
    gold_path: str | Path,
    predictions_path: str | Path | None = None,
    extract: Extractor | None = None,
) -> EvalReport:
    """`roydad eval` in one call: score a predictions file, or else run `extract` on the gold.

    Raises GoldFormatError / PredictionFormatError with the file and line of a bad input.
    """
    gold = load_gold(gold_path)
    if predictions_path is not None:
        return score(gold, load_predictions(predictions_path))
    if extract is None:
        raise ValueError("evaluate() needs a predictions file or an extractor")
    return score(gold, collect_predictions(gold, extract))


def _notes(
    gold: Sequence[GoldDocument],
    predictions: Mapping[str, Sequence[EventRecord]],
    mention_scorer: MentionScorer,
) -> list[str]:
    notes: list[str] = []
    gold_ids = {doc.id for doc in gold}
    stray = {doc_id for doc_id, records in predictions.items() if records} - gold_ids
    if stray:
        example = sorted(stray)[0]
        count = sum(len(predictions[doc_id]) for doc_id in stray)
        notes.append(
            f"{count} predicted records of {len(stray)} documents not in the gold were ignored "
            f"(e.g. doc_id {example!r}); predictions must use the gold document ids"
        )
    mislabelled = sum(
        1 for doc_id in gold_ids for r in predictions.get(doc_id, ()) if r.doc_id != doc_id
    )
    if mislabelled:
        notes.append(f"{mislabelled} records listed under a document but naming another "
                     f"doc_id were ignored")
    if mention_scorer.records_without_mentions:
        notes.append(f"{mention_scorer.records_without_mentions} records without mentions were "
                     f"matched by their evidence span")
    if mention_scorer.mentions_by_whole_span:
        notes.append(f"{mention_scorer.mentions_by_whole_span} predicted mentions whose trigger is "
                     f"not in their span were matched by the whole span")
    return notes
