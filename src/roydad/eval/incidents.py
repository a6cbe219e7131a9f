"""`roydad eval GOLD.jsonl --incidents`: does consolidation put reports of one happening together?

**Gold.** A gold file is JSONL; each line is one document and says which gold incidents it
reports. Two kinds of line are read:

* an *annotated document*: a document line (`id`, `text`, `pub_date`, `title`?, ...) with
  `"incidents": [{"incident": ID, "event_type": PLOVER type, "date": "YYYY-MM-DD"}, ...]`,
  one entry per happening the text reports that the annotator identified (the main event and
  the background events worth checking). Documents sharing an incident ID are duplicates. The
  sample corpus's gold (`tests/eval/fixtures/incidents_samples.jsonl`) is of this kind: its
  pairs are those the samples README names (sample-01/02 Tehran, 09/10 Zhob, 19/20 Raziq,
  06/21 Panjgur and Saravan strikes) plus the Soleimani strike (sample-05 background, 18).
* a *UCDP GED line* of the dev file (`source: "ucdp_ged"`), one UCDP event, turned into one
  document per report by this rule: the event's reports are the entries of
  `raw.source_headline` (split on ";", each paired with the same position of
  `raw.source_date`, or the line's `pub_date` when the counts differ), keeping each entry's
  first line as its headline (author blocks "AU ..." dropped) and only the entries the dev line's
  `text` quotes (the dev file's own choice of the event's reports; it leaves out most monthly
  round-ups). A headline that occurs among the sources of two or more dev events is dropped
  everywhere: it reports several happenings (a "Timeline" or a "December 2021" round-up, or one
  wire story covering two attacks) and cannot belong to one gold incident. Each kept headline
  becomes a document `ucdp:<id>#<n>` with the headline as text and its source date as
  pub_date, reporting incident `ucdp:<id>` (a violent event on the UCDP event date).
  Distinct UCDP events are distinct incidents, also when they are near in time and place.

Any other line is a document without gold: it is extracted and matched (a distractor) but not
scored.

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
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from roydad.models import Document, EventRecord

ALIGN_DAYS = 3
UCDP_SOURCE = "ucdp_ged"
Extract = Callable[[Sequence[Document]], Iterable[tuple[str, list[EventRecord]]]]


class IncidentGoldError(ValueError):
    """A gold file that cannot be read, with the file and line in the message."""


@dataclass(frozen=True)
class GoldReport:
    """One happening a gold document reports."""

    incident: str
    event_type: str
    date: date | None


@dataclass(frozen=True)
class IncidentDocument:
    id: str
    text: str
    pub_date: date | None
    source: str
    origin: str
    reports: tuple[GoldReport, ...] = ()

    def to_document(self) -> Document:
        return Document(id=self.id, text=self.text, pub_date=self.pub_date, origin=self.origin)


# -- reading gold -----------------------------------------------------------------------------

def _day(value: object, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise IncidentGoldError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def _annotated(line: dict[str, Any], where: str) -> IncidentDocument:
    reports = []
    for entry in line["incidents"]:
        if not isinstance(entry, dict) or not entry.get("incident") or not entry.get("event_type"):
            raise IncidentGoldError(f"{where}: each incident needs `incident` and `event_type`")
        reports.append(GoldReport(
            str(entry["incident"]), str(entry["event_type"]), _day(entry.get("date"), where)
        ))
    return IncidentDocument(
        id=str(line["id"]), text=str(line["text"]), pub_date=_day(line.get("pub_date"), where),
        source=str(line.get("source") or "annotated"), origin=where, reports=tuple(reports),
    )


def _ucdp_sources(line: Mapping[str, Any]) -> list[tuple[str, str, bool]]:
    """(headline, source date, quoted by the dev line's text) of each of the event's sources."""
    raw = line.get("raw") or {}
    entries = str(raw.get("source_headline") or "").split(";")
    dates = str(raw.get("source_date") or "").split(";")
    if len(dates) != len(entries):
        dates = [str(line.get("pub_date") or "")] * len(entries)
    text = str(line.get("text") or "")
    out: list[tuple[str, str, bool]] = []
    for entry, when in zip(entries, dates, strict=True):
        headline = entry.strip().split("\n")[0].strip()
        if headline and headline not in (h for h, _, _ in out):
            out.append((headline, when.strip(), entry.strip() in text))
    return out


def ucdp_documents(lines: Sequence[tuple[str, dict[str, Any]]]) -> list[IncidentDocument]:
    """Documents of UCDP GED dev lines, by the rule in the module docstring."""
    per_line = [(where, line, _ucdp_sources(line)) for where, line in lines]
    shared = Counter(h.casefold() for _, _, sources in per_line for h, _, _ in sources)
    docs = []
    for where, line, sources in per_line:
        event = f"ucdp:{(line.get('raw') or {}).get('id') or line['id']}"
        gold_date = _day((line.get("gold") or {}).get("date"), where)
        kept = [(h, d) for h, d, quoted in sources if quoted and shared[h.casefold()] == 1]
        for n, (headline, when) in enumerate(kept, 1):
            docs.append(IncidentDocument(
                id=f"{event}#{n}", text=headline,
                pub_date=_day(when, where) or _day(line.get("pub_date"), where),
                source=UCDP_SOURCE, origin=where,
                reports=(GoldReport(event, "ASSAULT", gold_date),),
            ))
    return docs


def load_incident_gold(path: str | Path) -> list[IncidentDocument]:
    """Gold documents of a JSONL file, in file order (UCDP lines where their first one was)."""
    path = Path(path)
    items: list[IncidentDocument | None] = []
    ucdp: list[tuple[str, dict[str, Any]]] = []
    try:
        with path.open(encoding="utf-8") as handle:
            for number, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    line = json.loads(text)
                except json.JSONDecodeError as error:
                    raise IncidentGoldError(f"{where}: not JSON: {error}") from error
                if not isinstance(line, dict) or "id" not in line or "text" not in line:
                    raise IncidentGoldError(f"{where}: a gold line needs `id` and `text`")
                if line.get("incidents") is not None:
                    items.append(_annotated(line, where))
                elif line.get("source") == UCDP_SOURCE:
                    if not ucdp:
                        items.append(None)  # where the UCDP documents go
                    ucdp.append((where, line))
                else:
                    items.append(IncidentDocument(
                        id=str(line["id"]), text=str(line["text"]),
                        pub_date=_day(line.get("pub_date"), where),
                        source=str(line.get("source") or "unannotated"), origin=where,
                    ))
    except OSError as error:
        raise IncidentGoldError(f"{path}: cannot read: {error}") from error
    docs: list[IncidentDocument] = []
    for item in items:
        docs.extend(ucdp_documents(ucdp) if item is None else [item])
    if not any(d.reports for d in docs):
        raise IncidentGoldError(f"{path}: no gold incidents (see roydad.eval.incidents)")
    seen: set[str] = set()
    for d in docs:
        if d.id in seen:
            raise IncidentGoldError(f"{d.origin}: document id {d.id!r} occurs twice")
        seen.add(d.id)
    return docs


# -- clustering scores ------------------------------------------------------------------------

@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> PRF:
    """Precision/recall of the item pairs put together (predicted) vs. belonging together."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted labels must be given for the same items")
    both = Counter(zip(gold, predicted, strict=True))
    true = sum(_pairs(n) for n in both.values())
    said = sum(_pairs(n) for n in Counter(predicted).values())
    real = sum(_pairs(n) for n in Counter(gold).values())
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
        gold_pairs=sum(_pairs(n) for n in Counter(gold).values()),
        predicted_pairs=sum(_pairs(n) for n in Counter(predicted).values()),
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
