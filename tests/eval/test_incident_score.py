"""`roydad eval --incidents`: aligning gold reports with mentions, and the scoring run."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from roydad.cli import app
from roydad.eval.incident_gold import GoldReport, IncidentDocument, load_incident_gold
from roydad.eval.incident_score import _Candidate, align, score_incidents
from roydad.models import EventRecord, Evidence, Location

SAMPLES = Path(__file__).parent / "fixtures" / "incidents_samples.jsonl"


def test_alignment_prefers_the_report_type_and_the_nearest_date() -> None:
    report = GoldReport("inc", "ASSAULT", date(2023, 7, 12))
    candidates = [
        _Candidate("arrest", "COERCE", 1, (date(2023, 7, 1), date(2023, 7, 31))),
        _Candidate("old", "ASSAULT", 1, (date(2022, 11, 1), date(2022, 11, 30))),
        _Candidate("attack", "ASSAULT", 1, (date(2023, 7, 11), date(2023, 7, 13))),
        _Candidate("talks", "CONSULT", 7, (date(2023, 7, 12), date(2023, 7, 12))),
    ]
    assert align([report], candidates, {"ASSAULT": 1, "COERCE": 1}) == [(report, "attack")]


def _record(doc: str, text: str, place: tuple[float, float], dead: int) -> EventRecord:
    return EventRecord(
        doc_id=doc, event_id=f"{doc}-e", event_type="ASSAULT", mode="explosives",
        date="2023-01-30", date_precision="day",
        location=Location(name="x", country="PAK", admin1="Khyber Pakhtunkhwa", lat=place[0],
                          lon=place[1], precision="city"),
        fatalities=dead, evidence=Evidence(text=text, start=0, end=len(text)), confidence=0.9,
        extractor="test",
    )


def _annotated(tmp_path: Path) -> Path:
    docs = [("d1", "peshawar-blast"), ("d2", "peshawar-blast"), ("d3", "quetta-blast")]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps({
        "id": doc, "text": "...", "pub_date": "2023-01-30",
        "incidents": [{"incident": inc, "event_type": "ASSAULT", "date": "2023-01-30"}],
    }) + "\n" for doc, inc in docs), encoding="utf-8")
    return path


def _predictions() -> dict[str, list[EventRecord]]:
    return {
        "d1": [_record("d1", "A bomb hit the Peshawar police lines mosque.", (34.0, 71.57), 32)],
        "d2": [_record("d2", "The Peshawar police lines mosque bombing.", (34.01, 71.58), 44)],
        "d3": [_record("d3", "A bomb hit a Quetta market.", (30.19, 67.01), 3)],
    }


def test_scoring_run_on_annotated_gold(tmp_path: Path) -> None:
    report = score_incidents(load_incident_gold(_annotated(tmp_path)), _predictions())
    row = report.rows[0]
    assert (report.gold_reports, report.unaligned, row.mentions) == (3, 0, 3)
    assert (row.gold_pairs, row.pairwise.precision, row.pairwise.recall) == (1, 1.0, 1.0)
    assert row.bcubed.f1 == 1.0


def test_cli_eval_incidents(tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(r.to_json() + "\n" for rs in _predictions().values() for r in rs),
                    encoding="utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, [
        "eval", str(_annotated(tmp_path)), "--incidents", "--pred", str(pred), "--json", str(out),
    ])
    assert result.exit_code == 0, result.output
    assert "pair F1" in result.output
    assert json.loads(out.read_text())["rows"][0]["pairwise"]["f1"] == 1.0
    bad = CliRunner().invoke(app, ["eval", str(tmp_path / "missing.jsonl"), "--incidents"])
    assert bad.exit_code == 2


# -- the sample corpus's gold (tests/eval/fixtures/incidents_samples.jsonl) -------------------

def _sample_predictions(docs: list[IncidentDocument]) -> dict[str, list[EventRecord]]:
    """One mention per gold report, of its type on its day; the mentions of one incident share
    their place and wording, and each incident's place is hundreds of km from any other's."""
    incidents = sorted({r.incident for d in docs for r in d.reports})
    found: dict[str, list[EventRecord]] = {}
    for doc in docs:
        found[doc.id] = []
        for n, report in enumerate(doc.reports):
            assert report.date is not None
            text = f"What happened in {report.incident}."
            found[doc.id].append(EventRecord(
                doc_id=doc.id, event_id=f"{doc.id}#{n}", event_type=report.event_type,
                date=report.date.isoformat(), date_precision="day",
                location=Location(name=report.incident, country="PAK", precision="city",
                                  lat=-60.0 + 3 * incidents.index(report.incident), lon=20.0),
                evidence=Evidence(text=text, start=0, end=len(text)), confidence=0.9,
                extractor="test",
            ))
    return found


def _change(
    found: dict[str, list[EventRecord]], doc: str, incident: str, **update: object
) -> None:
    """Change the mention of `incident` in the document whose id starts with `doc`."""
    [doc_id] = [d for d in found if d.startswith(doc)]
    records = found[doc_id]
    [n] = [n for n, r in enumerate(records) if r.location and r.location.name == incident]
    records[n] = records[n].model_copy(update=update)


def test_samples_scored_with_every_report_found_and_grouped() -> None:
    docs = load_incident_gold(SAMPLES)
    report = score_incidents(docs, _sample_predictions(docs))
    assert (report.unaligned, report.predicted_mentions, report.predicted_groups) == (0, 43, 37)
    [row] = report.rows
    assert (row.mentions, row.gold_incidents, row.gold_pairs, row.predicted_pairs) == (
        43, 37, 6, 6
    )
    assert (row.pairwise.precision, row.pairwise.recall) == (1.0, 1.0)
    assert (row.bcubed.precision, row.bcubed.recall) == (1.0, 1.0)


def test_samples_scored_with_a_split_a_false_merge_and_two_misses(tmp_path: Path) -> None:
    docs = load_incident_gold(SAMPLES)
    found = _sample_predictions(docs)
    # split: sample-10 places the Zhob attack far from sample-09's Zhob
    far = Location(name="zhob-attack-2023-07-12", country="PAK", precision="city", lat=70.0,
                   lon=20.0)
    _change(found, "sample-10", "zhob-attack-2023-07-12", location=far)
    # false merge: the Rushdie stabbing (12 Aug) and the Hayat hotel siege (19 Aug), both dated
    # only by the week of 15 August (each gold date inside its window), same place and words
    week = Location(name="x", country="PAK", precision="city", lat=75.0, lon=20.0)
    text = "An attack in the week of 15 August."
    same = {"date": "2022-08-15", "date_precision": "week",
            "evidence": Evidence(text=text, start=0, end=len(text))}
    _change(found, "sample-16", "rushdie-stabbing-2022-08-12", **same,
            location=week.model_copy(update={"name": "rushdie-stabbing-2022-08-12"}))
    _change(found, "sample-23", "hayat-hotel-siege-2022-08-19", **same,
            location=week.model_copy(update={"name": "hayat-hotel-siege-2022-08-19"}))
    # misses: nothing found in sample-05; sample-02's Mashhad killing dated 9 days off
    # (more than ALIGN_DAYS = 3), so no mention stands for it
    [sample_05] = [d for d in found if d.startswith("sample-05")]
    found[sample_05] = []
    _change(found, "sample-02", "mashhad-ghulami-killing-2025", date="2025-09-10")

    report = score_incidents(docs, found)
    # 42 mentions; five groups of two (Tehran, Raziq, Panjgur, Saravan, Rushdie+Hayat)
    assert (report.unaligned, report.predicted_mentions, report.predicted_groups) == (2, 42, 37)
    [row] = report.rows
    # 41 aligned mentions of 36 incidents (Mashhad lost its only report); Soleimani keeps one
    # report, so 5 gold pairs; 5 predicted pairs, 4 of them true
    assert (row.mentions, row.gold_incidents, row.gold_pairs, row.predicted_pairs) == (
        41, 36, 5, 5
    )
    assert (row.pairwise.precision, row.pairwise.recall) == (4 / 5, 4 / 5)
    # B-cubed: Rushdie and Hayat have half their predicted group right, the two Zhob reports
    # half their gold group found; every other of the 41 mentions scores 1
    assert row.bcubed.precision == pytest.approx((39 + 2 * 0.5) / 41)
    assert row.bcubed.recall == pytest.approx((39 + 2 * 0.5) / 41)
    assert report.notes == (
        "6 gold incidents have two or more reports; 5 of them keep two or more after "
        "alignment (only those give gold pairs)",
    )
    # the same through `roydad eval --incidents --pred`
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(r.to_json() + "\n" for rs in found.values() for r in rs), "utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, [
        "eval", str(SAMPLES), "--incidents", "--pred", str(pred), "--json", str(out),
    ])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text()) == json.loads(report.to_json())


def test_samples_scored_with_the_extractor(tmp_path: Path) -> None:
    # the extractor's own mentions: what it finds varies with extraction, the gold does not
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", str(SAMPLES), "--incidents", "--json", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    assert (report["documents"], report["gold_reports"]) == (23, 43)
    [row] = report["rows"]
    assert row["mentions"] + report["unaligned"] == 43 and row["gold_pairs"] <= 6
