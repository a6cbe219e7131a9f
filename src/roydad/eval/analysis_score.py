"""`roydad eval ANALYSES.yaml`: key events of long analyses, and the rival attributions on them.

Gold: `analysis_gold.py`. Per article, each **key event** is aligned with at most one record and
each record with at most one gold event (key events first, then the article's other events),
maximising the number of aligned pairs, then participant overlap. A record can stand for a gold
event when

* its `event_type` is one of the event's types;
* its date window (the day, or the week, month or year its precision says, or date..date_end)
  overlaps the gold days (one day of slack) and is no wider than the gold span or a month,
  whichever is wider: "October 2023" finds a killing on 2 October, "2023" does not;
* one of its location's name, admin2 or admin1 is one of the gold's places (when the gold
  gives a place; spelling, case and accents aside);
* it says the event happened: `hypothetical` and `negated` records never align, and are not
  counted in precision either (they say nothing happened).

Two happenings merged into one record can therefore only find one of them, and a record of a
listed earlier attack placed and dated like the main killing finds neither.

Rows: **key-event recall** (aligned key events / key events); **precision** (records aligned
with a key or other event / records that say something happened); **participants** (gold
participants of aligned key events found among the record's actors, by any of their names);
**rival attributions captured** (gold attributions whose aligned record has a claim of a
compatible kind blaming — or, for a denial, naming — one of the blamed names; an attribution
of a missed key event is lost); **attribution precision** (claims that blame a party, on all
counted records, that match a gold attribution of their record's gold event).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from roydad.eval.analysis_gold import (
    AnalysisArticle,
    AnalysisGoldError,
    GoldAttribution,
    KeyEvent,
    load_analysis_gold,
)
from roydad.eval.analysis_misses import CAUSES, miss_causes, miss_details
from roydad.models import Claim, EventRecord

NOT_HAPPENED = frozenset({"hypothetical", "negated"})
_BLAME = frozenset({"attribution", "accusation"})
_WIDTH = {"day": 0, "week": 6, "month": 30, "year": 364}


# -- matching one record with one gold event ------------------------------------------------

def norm(text: str) -> str:
    """Lower case, no accents, words separated by one space."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain.casefold()).split())


def _names_match(aliases: Iterable[str], text: str | None) -> bool:
    """One of the gold names is the text or whole words of it."""
    if not text:
        return False
    padded = f" {norm(text)} "
    return any(f" {n} " in padded for n in map(norm, aliases) if n)


def record_window(record: EventRecord) -> tuple[dt.date, dt.date] | None:
    """The days a record's date may stand for, from its precision or its date_end."""
    if record.date is None:
        return None
    start = dt.date.fromisoformat(record.date)
    if record.date_end:
        return (start, max(start, dt.date.fromisoformat(record.date_end)))
    precision = record.date_precision or "day"
    if precision == "week" and start:
        return (start - dt.timedelta(days=6), start + dt.timedelta(days=6))
    return (start, start + dt.timedelta(days=_WIDTH.get(precision, 0)))


def date_fits(record: EventRecord, gold: KeyEvent) -> bool:
    if gold.date is None:
        return True
    window = record_window(record)
    if window is None:
        return False
    lo, hi = gold.date
    slack = dt.timedelta(days=1)
    overlaps = window[0] <= hi + slack and window[1] >= lo - slack
    return overlaps and (window[1] - window[0]).days <= max((hi - lo).days, 31) + 1


def place_fits(record: EventRecord, gold: KeyEvent) -> bool:
    if not gold.place:
        return True
    loc = record.location
    if loc is None:
        return False
    wanted = {norm(p) for p in gold.place}
    return any(name and norm(name) in wanted for name in (loc.name, loc.admin2, loc.admin1))


def fits(record: EventRecord, gold: KeyEvent) -> bool:
    return (record.event_type in gold.type and date_fits(record, gold)
            and place_fits(record, gold))


def participants_found(record: EventRecord, gold: KeyEvent) -> int:
    said = [t for a in record.actors for t in (a.text, a.name)]
    return sum(1 for aliases in gold.participants if any(_names_match(aliases, s) for s in said))


def captures(claim: Claim, gold: GoldAttribution) -> bool:
    """The claim is this attribution: a compatible kind, and the party blamed (or, for a denial,
    the party denying) by one of its names."""
    if gold.kind == "denial":
        return claim.kind == "denial" and (
            _names_match(gold.blamed, claim.claimant) or _names_match(gold.blamed,
                                                                       claim.attributed_to))
    compatible = claim.kind == gold.kind or (claim.kind in _BLAME and gold.kind in _BLAME)
    return compatible and _names_match(gold.blamed, claim.attributed_to)


def align(
    events: Sequence[KeyEvent], records: Sequence[EventRecord]
) -> dict[int, int]:
    """Gold event index -> record index: as many pairs as possible, then the most
    participants found."""
    import networkx as nx

    graph = nx.Graph()
    for g, gold in enumerate(events):
        for r, record in enumerate(records):
            if fits(record, gold):
                weight = 100 + participants_found(record, gold)
                graph.add_edge(("g", g), ("r", r), weight=weight)
    pairs: dict[int, int] = {}
    for a, b in nx.max_weight_matching(graph, maxcardinality=True):
        gold_node, record_node = (a, b) if a[0] == "g" else (b, a)
        pairs[gold_node[1]] = record_node[1]
    return pairs


# -- the report -----------------------------------------------------------------------------

@dataclass
class Tally:
    key_events: int = 0
    key_found: int = 0
    records: int = 0
    records_aligned: int = 0
    participants: int = 0
    participants_found: int = 0
    attributions: int = 0
    attributions_captured: int = 0
    blame_claims: int = 0
    blame_claims_right: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def ratios(self) -> dict[str, float | None]:
        def ratio(a: int, b: int) -> float | None:
            return a / b if b else None

        return {
            "key_event_recall": ratio(self.key_found, self.key_events),
            "precision": ratio(self.records_aligned, self.records),
            "participants": ratio(self.participants_found, self.participants),
            "rival_attributions_captured": ratio(self.attributions_captured, self.attributions),
            "attribution_precision": ratio(self.blame_claims_right, self.blame_claims),
        }


@dataclass
class ArticleScore:
    article: str
    tally: Tally
    missed: list[str] = field(default_factory=list)
    attributions_lost: list[str] = field(default_factory=list)
    stray_records: list[str] = field(default_factory=list)
    miss_causes: dict[str, int] = field(default_factory=dict)
    miss_details: dict[str, int] = field(default_factory=dict)


@dataclass
class AnalysisReport:
    articles: list[ArticleScore]
    total: Tally
    ignored_not_happened: int = 0

    def causes(self) -> dict[str, int]:
        """Missed key events of all articles by nearest cause (`analysis_misses`)."""
        total: Counter[str] = Counter()
        for article in self.articles:
            total.update(article.miss_causes)
        return {cause: total[cause] for cause in CAUSES if total[cause]}

    def details(self) -> dict[str, int]:
        """Date and place misses of all articles by their finer reason (`analysis_misses`)."""
        total: Counter[str] = Counter()
        for article in self.articles:
            total.update(article.miss_details)
        return dict(sorted(total.items()))

    def to_json(self) -> str:
        data = asdict(self)
        data["scores"] = self.total.ratios()
        data["missed_by_cause"] = self.causes()
        data["missed_date_place_detail"] = self.details()
        for item, article in zip(data["articles"], self.articles, strict=True):
            item["scores"] = article.tally.ratios()
        return json.dumps(data, indent=2)


def score_article(article: AnalysisArticle, records: Sequence[EventRecord]) -> ArticleScore:
    """Align one article's records with its gold and count every row."""
    counted = [r for r in records if r.certainty not in NOT_HAPPENED]
    key = list(article.key_events)
    pairs = align(key, counted)
    rest = [i for i in range(len(counted)) if i not in pairs.values()]
    other_pairs = align(article.other_events, [counted[i] for i in rest])
    stands_for: dict[int, KeyEvent] = {r: key[g] for g, r in pairs.items()}
    stands_for |= {rest[r]: article.other_events[g] for g, r in other_pairs.items()}
    score = ArticleScore(article.id, Tally(key_events=len(key), key_found=len(pairs),
                                           records=len(counted),
                                           records_aligned=len(stands_for)),
                         miss_causes=dict(miss_causes(key, pairs, records, NOT_HAPPENED)),
                         miss_details=dict(miss_details(key, pairs, records, NOT_HAPPENED)))
    t = score.tally
    for g, gold in enumerate(key):
        record = counted[pairs[g]] if g in pairs else None
        if record is None:
            score.missed.append(f"{gold.id} ({'/'.join(gold.type)})")
        t.participants += len(gold.participants)
        t.attributions += len(gold.attributions)
        if record is None:
            score.attributions_lost += [f"{gold.id}: {a.blamed[0]}" for a in gold.attributions]
            continue
        t.participants_found += participants_found(record, gold)
        for attribution in gold.attributions:
            if any(captures(c, attribution) for c in record.claims):
                t.attributions_captured += 1
            else:
                score.attributions_lost.append(f"{gold.id}: {attribution.blamed[0]}")
    for r, record in enumerate(counted):
        gold_of = stands_for.get(r)
        for claim in record.claims:
            if claim.attributed_to is None and claim.kind != "denial":
                continue
            t.blame_claims += 1
            if gold_of is not None and any(captures(claim, a) for a in gold_of.attributions):
                t.blame_claims_right += 1
        if gold_of is None:
            place = record.location.name if record.location else "-"
            score.stray_records.append(f"{record.event_type} {record.date or '-'} {place}")
    return score


def score_analyses(
    articles: Sequence[AnalysisArticle], predictions: Mapping[str, Sequence[EventRecord]]
) -> AnalysisReport:
    total = Tally()
    scores = []
    ignored = 0
    for article in articles:
        records = [r for r in predictions.get(article.id, ()) if r.doc_id == article.id]
        ignored += sum(1 for r in records if r.certainty in NOT_HAPPENED)
        scores.append(score_article(article, records))
        total.add(scores[-1].tally)
    return AnalysisReport(scores, total, ignored)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def render(report: AnalysisReport, details: bool = True) -> Table:
    table = Table(title=(
        f"long analyses: {len(report.articles)} articles, {report.total.key_events} key events, "
        f"{report.total.records} records that say something happened "
        f"({report.ignored_not_happened} hypothetical or negated not counted)"
    ))
    for column in ("article", "key events", "found", "recall %", "records", "precision %",
                   "participants %", "attributions", "captured %", "attr. precision %"):
        table.add_column(column, justify="left" if column == "article" else "right")
    rows = [(a.article, a.tally) for a in report.articles] + [("all", report.total)]
    for name, t in rows:
        r = t.ratios()
        table.add_row(name, str(t.key_events), str(t.key_found), _pct(r["key_event_recall"]),
                      str(t.records), _pct(r["precision"]), _pct(r["participants"]),
                      str(t.attributions), _pct(r["rival_attributions_captured"]),
                      _pct(r["attribution_precision"]))
    causes = report.causes()
    notes = ["missed key events by nearest cause: " + (", ".join(
        f"{cause} {n}" for cause, n in causes.items()) or "none")]
    if finer := report.details():
        notes.append("date and place misses in detail: " + ", ".join(
            f"{reason} {n}" for reason, n in finer.items()))
    if details:
        for a in report.articles:
            if a.missed:
                notes.append(f"{a.article}: missed {', '.join(a.missed)}")
            if a.attributions_lost:
                notes.append(f"{a.article}: attributions lost {'; '.join(a.attributions_lost)}")
            if a.stray_records:
                notes.append(f"{a.article}: stray records {'; '.join(a.stray_records)}")
    table.caption = "\n".join(notes)
    table.caption_justify = "left"
    return table


def run(
    gold: Path, pred: Path | None, json_out: Path | None, batch_size: int,
    console: Console, err: Console,
) -> int:
    """The CLI's `eval ANALYSES.yaml`: print the report, optionally write JSON; the exit code."""
    from roydad.eval.score import PredictionFormatError, load_predictions

    try:
        articles = load_analysis_gold(gold)
        if pred is not None:
            predictions = load_predictions(pred)
        else:
            from roydad.extract.pipeline import Extractor

            extractor = Extractor(batch_size=batch_size)
            predictions = {a.id: [] for a in articles}
            for doc, records in extractor.extract([a.to_document() for a in articles]):
                predictions[doc.id] = list(records)
    except (AnalysisGoldError, PredictionFormatError, OSError) as error:
        err.print(str(error), markup=False)
        return 2
    report = score_analyses(articles, predictions)
    console.print(render(report))
    if json_out is not None:
        json_out.write_text(report.to_json(), encoding="utf-8")
    return 0
