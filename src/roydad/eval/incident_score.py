"""`roydad eval GOLD.jsonl --incidents`: does consolidation put reports of one happening together?

The gold (`roydad.eval.incident_gold`) says which gold incidents each document reports.

**Scoring.** The extractor runs over every document, `features_of` + `Matcher.assign` group all
its mentions, and each gold report is aligned with one predicted mention of its document: of
the mentions of the same type family (`consolidate.yaml`), the one whose date window contains
the gold date or is nearest to it (within `ALIGN_DAYS`); a mention without any date only when
no dated one qualifies; each mention serves one gold report at most. Pairwise and B-cubed
precision, recall and F1 are computed over the aligned mentions, their gold incident against
their predicted group. Gold reports the extractor produced no mention for are counted
("unaligned"), not scored: they measure extraction, not consolidation. Conventions: with no
predicted pair pairwise precision is 1.0, with no gold pair pairwise recall is 1.0.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.table import Table

from roydad.eval.cluster_scores import PRF, bcubed, pair_count, pairwise
from roydad.eval.incident_gold import (
    GoldReport,
    IncidentDocument,
    IncidentGoldError,
    load_incident_gold,
)
from roydad.models import Document, EventRecord

ALIGN_DAYS = 3
Extract = Callable[[Sequence[Document]], Iterable[tuple[str, list[EventRecord]]]]


# -- the report -------------------------------------------------------------------------------

@dataclass(frozen=True)
class IncidentRow:
    subset: str
    mentions: int          # aligned mentions scored
    gold_incidents: int
    gold_pairs: int
    predicted_pairs: int
    pairwise: PRF
    bcubed: PRF


@dataclass(frozen=True)
class IncidentReport:
    documents: int
    gold_reports: int
    unaligned: int         # gold reports without a predicted mention to score
    predicted_mentions: int
    predicted_groups: int
    rows: tuple[IncidentRow, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> str:
        data = asdict(self)
        for row, source in zip(data["rows"], self.rows, strict=True):
            for name in ("pairwise", "bcubed"):
                row[name]["f1"] = getattr(source, name).f1
        return json.dumps(data, indent=2)


def render(report: IncidentReport) -> Table:
    table = Table(title=(
        f"incidents: {report.documents} documents, {report.gold_reports} gold reports "
        f"({report.unaligned} without a predicted mention), {report.predicted_mentions} "
        f"mentions in {report.predicted_groups} groups"
    ))
    for column in ("subset", "mentions", "gold inc.", "gold pairs", "pred pairs",
                   "pair P", "pair R", "pair F1", "B³ P", "B³ R", "B³ F1"):
        table.add_column(column, justify="left" if column == "subset" else "right")
    for row in report.rows:
        table.add_row(
            row.subset, str(row.mentions), str(row.gold_incidents), str(row.gold_pairs),
            str(row.predicted_pairs),
            *(f"{v:.3f}" for v in (row.pairwise.precision, row.pairwise.recall, row.pairwise.f1,
                                   row.bcubed.precision, row.bcubed.recall, row.bcubed.f1)),
        )
    if report.notes:
        table.caption = "\n".join(report.notes)
    return table


# -- aligning gold reports with predicted mentions, and scoring -------------------------------

@dataclass(frozen=True)
class _Candidate:
    event_id: str
    event_type: str
    family: int
    window: tuple[date, date] | None


def _distance(window: tuple[date, date] | None, day: date | None) -> int:
    """Days between a gold date and a mention's window (0 inside); no date: ALIGN_DAYS."""
    if window is None or day is None:
        return ALIGN_DAYS
    lo, hi = window
    return max((lo - day).days, (day - hi).days, 0)


def align(
    reports: Sequence[GoldReport], candidates: Sequence[_Candidate], families: Mapping[str, int]
) -> list[tuple[GoldReport, str]]:
    """Each gold report with the mention that stands for it (see the module docstring); among
    equally near mentions, one of the report's own type, then the most precisely dated."""
    options = []
    for r, report in enumerate(reports):
        family = families.get(report.event_type, -1)
        for c, cand in enumerate(candidates):
            distance = _distance(cand.window, report.date)
            if cand.family == family and distance <= ALIGN_DAYS:
                undated = cand.window is None or report.date is None
                width = (cand.window[1] - cand.window[0]).days if cand.window else 0
                other_type = cand.event_type != report.event_type
                options.append((undated, distance, other_type, width, r, c))
    taken_r: set[int] = set()
    taken_c: set[int] = set()
    out = []
    for *_, r, c in sorted(options):
        if r not in taken_r and c not in taken_c:
            taken_r.add(r)
            taken_c.add(c)
            out.append((reports[r], candidates[c].event_id))
    return out


def score_incidents(
    docs: Sequence[IncidentDocument], predictions: Mapping[str, Sequence[EventRecord]]
) -> IncidentReport:
    """Group every predicted mention with the matcher and score the aligned ones."""
    from roydad.consolidate.match import Matcher, features_of

    matcher = Matcher()
    families = matcher.config.family_of()
    features = []
    candidates: dict[str, list[_Candidate]] = {}
    for doc in docs:
        for record in predictions.get(doc.id, ()):
            f = features_of(record, document_id=doc.id, pub_date=doc.pub_date)
            features.append(f)
            window = matcher.window(f)
            candidates.setdefault(doc.id, []).append(
                _Candidate(f.event_id, f.event_type, families.get(f.event_type, 0), window)
            )
    group = {a.event_id: a.group for a in matcher.assign(features)}
    scored: list[tuple[str, str, str]] = []  # (subset, gold incident, predicted group)
    unaligned = 0
    for doc in docs:
        pairs = align(doc.reports, candidates.get(doc.id, []), families)
        unaligned += len(doc.reports) - len(pairs)
        scored += [(doc.source, report.incident, group[event]) for report, event in pairs]
    subsets = sorted({s for s, _, _ in scored})
    rows = [_row("all", scored)]
    if len(subsets) > 1:
        rows += [_row(s, [x for x in scored if x[0] == s]) for s in subsets]
    gold_reports = sum(len(d.reports) for d in docs)
    return IncidentReport(
        documents=len(docs), gold_reports=gold_reports, unaligned=unaligned,
        predicted_mentions=len(features), predicted_groups=len(set(group.values())),
        rows=tuple(rows), notes=tuple(_notes(docs, scored)),
    )


def _row(subset: str, scored: Sequence[tuple[str, str, str]]) -> IncidentRow:
    gold = [g for _, g, _ in scored]
    predicted = [p for _, _, p in scored]
    return IncidentRow(
        subset=subset, mentions=len(scored), gold_incidents=len(set(gold)),
        gold_pairs=sum(pair_count(n) for n in Counter(gold).values()),
        predicted_pairs=sum(pair_count(n) for n in Counter(predicted).values()),
        pairwise=pairwise(gold, predicted), bcubed=bcubed(gold, predicted),
    )


def _notes(docs: Sequence[IncidentDocument], scored: Sequence[tuple[str, str, str]]) -> list[str]:
    reported = Counter(r.incident for d in docs for r in d.reports)
    multi = sum(1 for n in reported.values() if n > 1)
    aligned = Counter(g for _, g, _ in scored)
    usable = sum(1 for n in aligned.values() if n > 1)
    return [
        f"{multi} gold incidents have two or more reports; {usable} of them keep two or more "
        f"after alignment (only those give gold pairs)",
    ]


def collect(docs: Sequence[IncidentDocument], extract: Extract) -> dict[str, list[EventRecord]]:
    found: dict[str, list[EventRecord]] = {d.id: [] for d in docs}
    for doc_id, records in extract([d.to_document() for d in docs]):
        found.setdefault(doc_id, []).extend(records)
    return found


def evaluate_incidents(path: str | Path, extract: Extract) -> IncidentReport:
    """`roydad eval --incidents` in one call. Raises IncidentGoldError on a bad gold file."""
    docs = load_incident_gold(path)
    return score_incidents(docs, collect(docs, extract))


def run(
    gold: Path, pred: Path | None, json_out: Path | None, batch_size: int,
    console: Console, err: Console,
) -> int:
    """The CLI's `eval --incidents`: print the report, optionally write JSON; the exit code."""
    from roydad.eval.score import PredictionFormatError, load_predictions

    try:
        docs = load_incident_gold(gold)
        if pred is not None:
            predictions = load_predictions(pred)
        else:
            from roydad.extract.pipeline import Extractor

            extractor = Extractor(batch_size=batch_size)
            predictions = collect(
                docs, lambda ds: ((d.id, recs) for d, recs in extractor.extract(ds))
            )
    except (IncidentGoldError, PredictionFormatError, OSError) as error:
        err.print(str(error), markup=False)
        return 2
    report = score_incidents(docs, predictions)
    console.print(render(report))
    if json_out is not None:
        json_out.write_text(report.to_json(), encoding="utf-8")
    return 0
