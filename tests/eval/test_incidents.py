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
    IncidentDocument,
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


# -- the sample corpus's gold (tests/eval/fixtures/incidents_samples.jsonl) -------------------

SAMPLES = Path(__file__).parent / "fixtures" / "incidents_samples.jsonl"
# the incidents two samples report, as the module docstring names them
SAMPLE_PAIRS = {
    "tehran-killing-2025-12-24": {"sample-01", "sample-02"},
    "zhob-attack-2023-07-12": {"sample-09", "sample-10"},
    "raziq-killing-2018-10-18": {"sample-19", "sample-20"},
    "panjgur-strike-2024-01-16": {"sample-06", "sample-21"},
    "saravan-strike-2024-01-18": {"sample-06", "sample-21"},
    "soleimani-strike-2020-01-03": {"sample-05", "sample-18"},
}


def test_sample_gold_reads_as_described() -> None:
    docs = load_incident_gold(SAMPLES)
    assert (len(docs), sum(len(d.reports) for d in docs)) == (23, 43)
    assert {d.source for d in docs} == {"roydad-samples"}
    reporters: dict[str, set[str]] = {}
    for doc in docs:
        for report in doc.reports:
            reporters.setdefault(report.incident, set()).add(doc.id[:9])
    assert len(reporters) == 37
    assert {i: d for i, d in reporters.items() if len(d) > 1} == SAMPLE_PAIRS


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
