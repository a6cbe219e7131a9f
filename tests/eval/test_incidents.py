"""`roydad eval --incidents`: the clustering scores, the gold rules and the scoring run."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from roydad.cli import app
from roydad.eval.incidents import (
    GoldReport,
    IncidentGoldError,
    _Candidate,
    align,
    bcubed,
    load_incident_gold,
    pairwise,
    score_incidents,
)
from roydad.models import EventRecord, Evidence, Location

GOLD = ["a", "a", "a", "b", "b", "c"]


def test_perfect_grouping_scores_one() -> None:
    predicted = ["x", "x", "x", "y", "y", "z"]
    for result in (pairwise(GOLD, predicted), bcubed(GOLD, predicted)):
        assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)


def test_all_singletons() -> None:
    predicted = [str(n) for n in range(len(GOLD))]
    pw = pairwise(GOLD, predicted)
    assert (pw.precision, pw.recall, pw.f1) == (1.0, 0.0, 0.0)  # nothing claimed, nothing found
    b3 = bcubed(GOLD, predicted)
    assert b3.precision == 1.0
    assert b3.recall == pytest.approx((3 * (1 / 3) + 2 * (1 / 2) + 1) / 6)


def test_all_in_one() -> None:
    predicted = ["x"] * len(GOLD)
    pw = pairwise(GOLD, predicted)
    assert pw.recall == 1.0
    assert pw.precision == pytest.approx((3 + 1) / 15)  # 4 true pairs of 15
    b3 = bcubed(GOLD, predicted)
    assert b3.recall == 1.0
    assert b3.precision == pytest.approx((9 + 4 + 1) / 36)


def test_labels_for_other_items_are_refused() -> None:
    with pytest.raises(ValueError):
        pairwise(GOLD, ["x"])


def _ucdp_line(event: str, text: str, headlines: str, dates: str) -> dict[str, object]:
    return {
        "id": f"ucdp:{event}", "source": "ucdp_ged", "text": text, "pub_date": "2021-08-01",
        "gold": {"date": "2021-08-01"},
        "raw": {"id": event, "source_headline": headlines, "source_date": dates},
    }


def test_ucdp_lines_become_one_document_per_report(tmp_path: Path) -> None:
    lines = [
        _ucdp_line("1", "Policeman escorting polio workers killed\nPolio guard shot dead\n\nAU \t\n"
                        "A. Writer",
                   "Pakistan: Timeline 2021;Policeman escorting polio workers killed;"
                   "Polio guard shot dead\n\nAU \t\nA. Writer", "2021-08-01;2021-08-02;2021-08-03"),
        _ucdp_line("2", "Pakistan: Timeline 2021\nBlast in Quetta",
                   "Pakistan: Timeline 2021;Blast in Quetta", "2021-08-05;2021-08-06"),
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    docs = load_incident_gold(path)
    assert [(d.id, d.text, d.pub_date) for d in docs] == [
        ("ucdp:1#1", "Policeman escorting polio workers killed", date(2021, 8, 2)),
        ("ucdp:1#2", "Polio guard shot dead", date(2021, 8, 3)),
        ("ucdp:2#1", "Blast in Quetta", date(2021, 8, 6)),  # the shared round-up is dropped
    ]
    assert {r.incident for d in docs for r in d.reports} == {"ucdp:1", "ucdp:2"}


def test_bad_gold_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "x", "text": "t", "incidents": [{"incident": "i"}]}\n', "utf-8")
    with pytest.raises(IncidentGoldError, match=r"gold.jsonl:1"):
        load_incident_gold(path)


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
