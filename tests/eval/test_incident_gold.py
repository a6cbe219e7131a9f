"""The gold of `roydad eval --incidents`: annotated documents and UCDP GED lines."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from roydad.eval.incident_gold import IncidentGoldError, load_incident_gold


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


# -- the sample corpus's gold (tests/eval/fixtures/incidents_samples.jsonl) -------------------

SAMPLES = Path(__file__).parent / "fixtures" / "incidents_samples.jsonl"
# the incidents two samples report, as roydad.eval.incident_gold's docstring names them
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
