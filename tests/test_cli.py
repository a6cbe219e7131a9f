"""End to end through the `roydad` command on the bundled sample corpus: ingest, process,
extract against the contract's JSON Schema, list, bad input, and a killed run that resumes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from roydad.cli import app
from roydad.contract import contract_errors
from roydad.store import open_store
from tests.conftest import SAMPLES
from tests.processing import processed_count, roydad_command, stored_events

pytestmark = pytest.mark.slow
runner = CliRunner()


def _sample_texts() -> dict[str, str]:
    texts = {}
    with (SAMPLES / "reports.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            texts[doc["id"]] = doc["text"]
    return texts


def _db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'roydad.db'}"




def test_ingest_process_list(tmp_path: Path) -> None:
    db = _db(tmp_path)
    first = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db])
    assert first.exit_code == 0, first.output
    store = open_store(db)
    summary = store.summary()
    n_jsonl = len(_sample_texts())
    # the feed repeats one JSONL report: one more source, not one more document
    assert summary.documents == n_jsonl + 2
    assert summary.sources == n_jsonl + 3
    store.close()

    again = runner.invoke(app, ["ingest", str(SAMPLES), "--db", db])
    assert again.exit_code == 0, again.output
    assert "0 new" in again.output
    assert open_store(db).summary().documents == n_jsonl + 2

    processed = runner.invoke(app, ["process", "--db", db])
    assert processed.exit_code == 0, processed.output
    after = open_store(db).summary()
    assert after.pending == 0 and after.processed == after.documents
    assert after.events >= after.documents  # every sample reports at least one event
    assert after.by_event_type.get("ASSAULT", 0) > 0
    events_before = stored_events(db)

    rerun = runner.invoke(app, ["process", "--db", db])
    assert rerun.exit_code == 0 and "nothing to process" in rerun.output
    assert stored_events(db) == events_before

    listed = runner.invoke(app, ["events", "--db", db, "--type", "assault", "--format", "jsonl"])
    assert listed.exit_code == 0
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert rows and {r["event_type"] for r in rows} == {"ASSAULT"}
    as_csv = runner.invoke(app, ["events", "--db", db, "--format", "csv"])
    assert as_csv.stdout.splitlines()[0].startswith("event_id,doc_id,event_type")
    table = runner.invoke(app, ["summary", "--db", db])
    assert "events" in table.stdout


def test_extract_output_follows_the_contract(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["extract", str(SAMPLES / "reports.jsonl"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    texts = _sample_texts()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["doc_id"] for r in records} == set(texts)
    for record in records:
        assert contract_errors(record, texts[record["doc_id"]]) == [], record["event_id"]
    # input order, and stable ids: a second run gives the same records
    order = list(texts)
    positions = [order.index(r["doc_id"]) for r in records]
    assert positions == sorted(positions)
    again = tmp_path / "again.jsonl"
    runner.invoke(app, ["extract", str(SAMPLES / "reports.jsonl"), "-o", str(again)])
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_extract_with_db_stores_what_it_writes(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    db = _db(tmp_path)
    result = runner.invoke(
        app, ["extract", str(SAMPLES / "reports.jsonl"), "-o", str(out), "--db", db]
    )
    assert result.exit_code == 0, result.output
    written = out.read_text(encoding="utf-8").splitlines()
    summary = open_store(db).summary()
    assert summary.events == len(written)
    assert summary.pending == 0


def test_bad_inputs_are_reported_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = ("Gunmen shot dead a police officer guarding a polio vaccination team in Kohat "
            "district on Sunday, officials said.")
    (folder / "a.jsonl").write_text(
        json.dumps({"id": "ok-1", "text": good, "pub_date": "2021-09-19"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "empty", "text": "   ", "pub_date": None}) + "\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (folder / "c.txt").write_text("x" * 1_000_001, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--db", _db(tmp_path)])
    assert result.exit_code == 0, result.output
    err = result.stderr
    assert "a.jsonl:2" in err and "a.jsonl:3" in err
    assert "b.txt" in err and "c.txt" in err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == ["ok-1"]


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(bad), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code != 0
    assert "bad.jsonl:1" in result.stderr




def _corpus(path: Path, copies: int) -> None:
    """Distinct documents built from the samples (a numbered dateline makes each text unique)."""
    texts = list(_sample_texts().values())
    with path.open("w", encoding="utf-8") as fh:
        for i in range(copies):
            for j, text in enumerate(texts):
                doc = {"id": f"d{i}-{j}", "text": f"Dispatch {i}. {text}",
                       "pub_date": "2024-03-10"}
                fh.write(json.dumps(doc) + "\n")




def test_killed_process_resumes_to_the_same_database(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, copies=4)
    killed, clean = f"sqlite:///{tmp_path / 'killed.db'}", f"sqlite:///{tmp_path / 'clean.db'}"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for url in (killed, clean):
        subprocess.run(roydad_command("ingest", str(corpus), "--db", url), check=True, env=env,
                       capture_output=True)
    total = open_store(killed).summary().documents

    proc = subprocess.Popen(roydad_command("process", "--db", killed, "--batch-size", "4"), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while processed_count(killed) < 8 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = processed_count(killed)
    assert 0 < done < total, f"the run was not killed half-way ({done}/{total})"

    subprocess.run(roydad_command("process", "--db", killed), check=True, env=env,
                   capture_output=True)
    subprocess.run(roydad_command("process", "--db", clean), check=True, env=env,
                   capture_output=True)
    assert processed_count(killed) == total
    assert stored_events(killed) == stored_events(clean)


def test_geocode_prints_candidates() -> None:
    result = runner.invoke(app, ["geocode", "Mazar-i-Sharif"])
    assert result.exit_code == 0, result.output
    assert "Balkh" in result.stdout and "AFG" in result.stdout
    missing = runner.invoke(app, ["geocode", "Qqzxv Nowhere"])
    assert missing.exit_code == 1


def test_calendar_option_and_jsonl_field_are_stored(tmp_path: Path) -> None:
    corpus = tmp_path / "fa.jsonl"
    lines = [
        {"id": "a", "text": "Gunmen killed a judge in Herat this year.", "pub_date": "2023-05-01"},
        {"id": "b", "text": "A bomb killed two police officers in Kabul.", "pub_date": "2023-05-01",
         "calendar": "gregorian"},
    ]
    corpus.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    db = _db(tmp_path)
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--calendar", "solar-hijri"])
    assert result.exit_code == 0, result.output
    store = open_store(db)
    calendars = {d.text[:6]: d.calendar for d in store.pending_documents(10)}
    store.close()
    assert calendars == {"Gunmen": "solar-hijri", "A bomb": "gregorian"}
    bad = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--calendar", "julian"])
    assert bad.exit_code != 0
