"""A newcomer's first hour through the real `roydad` command: three short reports of their own
as files and a JSONL line, ingest, process, then every view of a source; and each mistake a
person can make answered by one line that says what to do, with a non-zero exit."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from roydad.cli import app
from tests.conftest import SAMPLES

runner = CliRunner()
pytestmark = pytest.mark.slow

QUETTA = """Suicide bomber kills 12 at Quetta police checkpoint
QUETTA, Pakistan - A suicide bomber blew himself up at a police checkpoint in Quetta on Monday, \
killing 12 people, police said. Tehreek-e-Taliban Pakistan claimed responsibility.
"""
PESHAWAR = {
    "id": "r1", "pub_date": "2024-05-06",
    "title": "<b>Two police killed</b> in Peshawar",
    "text": "Gunmen <script>alert(1)</script> killed two police officers in Peshawar on Sunday, "
            "officials said.",
}


def run(*args: str) -> Result:
    return runner.invoke(app, list(args))


def ok(*args: str) -> Result:
    result = run(*args)
    assert result.exit_code == 0, result.output
    return result


def one_line_error(result: Result, code: int = 1) -> str:
    """The error of a failed command: exit code, one line, no traceback."""
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reports")
    (folder / "quetta.txt").write_text(QUETTA, encoding="utf-8")
    (folder / "more.jsonl").write_text(json.dumps(PESHAWAR) + "\n", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    return folder


@pytest.fixture(scope="module")
def db(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'roydad.db'}"
    first = ok("ingest", str(inputs), "--db", url)
    assert "ingested 2 documents: 2 new; 2 new sources, 1 problem →" in first.stderr
    assert "photo.jpg: binary file" in first.stderr
    assert "1 document has no publication date" in first.stderr and "quetta.txt" in first.stderr
    dated = ok("ingest", str(inputs / "quetta.txt"), "--db", url, "--pub-date", "2024-05-07")
    assert ("ingested 1 document: 0 new, 1 already stored, 1 stored document given the "
            "publication date it lacked;" in dated.stderr)
    assert "no publication date" not in dated.stderr
    processed = ok("process", "--db", url)
    assert "consolidated 2 events: 2 new incidents" in processed.output
    return url


def test_process_brings_incidents_up_to_date(db: str, tmp_path: Path) -> None:
    result = ok("export", "acled", "-o", str(tmp_path / "acled.csv"), "--db", db)
    assert "exported 2 rows" in result.stderr and "not in any incident" not in result.stderr
    rows = list(csv.DictReader((tmp_path / "acled.csv").open(encoding="utf-8")))
    # a .txt report's headline and a JSONL title (its markup gone) name the sources
    assert sorted(r["source"] for r in rows) == [
        "Suicide bomber kills 12 at Quetta police checkpoint", "Two police killed in Peshawar",
    ]
    assert [r["event_date"] for r in rows if "Quetta" in r["source"]] == ["2024-05-06"]


def test_no_consolidate_leaves_incidents_behind_and_readers_say_so(
    inputs: Path, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'roydad.db'}"
    ok("ingest", str(inputs / "more.jsonl"), "--db", url)
    empty = ok("export", "acled", "-o", str(tmp_path / "a.csv"), "--db", url)
    assert "nothing exported: no documents are processed yet: run `roydad process" in empty.stderr
    ok("process", "--no-consolidate", "--db", url)
    for command in (["incidents"], ["summary"], ["report", "-o", str(tmp_path / "r.html")]):
        result = ok(*command, "--db", url)
        assert "1 stored event is not in any incident yet: run `roydad consolidate" \
            in result.stderr, command
    waiting = ok("export", "acled", "-o", str(tmp_path / "a.csv"), "--db", url)
    assert "exported 0 rows" in waiting.stderr
    assert "1 stored events wait to be grouped into incidents" in waiting.stderr.replace(
        "there are no incidents yet, but ", "")
    ok("consolidate", "--db", url)
    assert "not in any incident" not in ok("incidents", "--db", url).stderr


def test_the_callers_document_id_is_shown_and_found(db: str, inputs: Path) -> None:
    shown = ok("incident", "r1", "--db", db).stdout
    assert "Two police killed in Peshawar (r1, " in shown
    assert f"{inputs / 'more.jsonl'}:1" in "".join(shown.split())
    assert "<script" not in shown and "alert" not in shown
    assert "quetta.txt" in ok("incident", "quetta.txt", "--db", db).stdout
    missing = one_line_error(run("incident", "r9", "--db", db))
    assert "no incident r9" in missing and "roydad incidents" in missing
    table = ok("events", "--db", db).stdout
    assert "r1" in table and "quetta.txt" in table
    rows = list(csv.DictReader(io.StringIO(ok("events", "--db", db, "--format", "csv").stdout)))
    assert sorted(r["source"].split(" (")[0] for r in rows) == ["quetta.txt", "r1"]
    incident = json.loads(ok("incident", "r1", "--db", db, "--json").stdout)
    assert incident["sources"][0]["refs"][0]["id"] == "r1"


def test_the_samples_say_why_a_document_is_not_new(tmp_path: Path) -> None:
    result = ok("ingest", str(SAMPLES), "--db", f"sqlite:///{tmp_path / 'x.db'}")
    assert "1 repeated in this run" in result.stderr
    assert "feed.rss#" in result.stderr and "repeats" in result.stderr
    assert "already stored" not in result.stderr


def test_a_bad_edit_value_names_the_field(db: str) -> None:
    line = one_line_error(run("edit", "r1", "fatalities_best=abc", "--reason", "x", "--db", db))
    assert line.startswith("fatalities_best=abc: ") and "integer" in line
    huge = one_line_error(run("edit", "r1", "fatalities_best=99999999999999999999999",
                              "--reason", "x", "--db", db))
    assert "not a count" in huge
    unknown = one_line_error(run("edit", "r1", "perpetrator=Taliban", "--reason", "x",
                                 "--db", db))
    assert "cannot be edited" in unknown and "fatalities_best" in unknown
    # nothing was recorded
    incident = json.loads(ok("incident", "r1", "--db", db, "--json").stdout)
    assert (incident["status"], incident["version"]) == ("machine", 1)


def test_a_negative_limit_is_refused(db: str) -> None:
    for command in ("events", "incidents"):
        result = run(command, "--limit", "-5", "--db", db)
        assert result.exit_code == 2 and "--limit" in result.output, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_an_unknown_event_type_lists_the_valid_ones(db: str, tmp_path: Path) -> None:
    for command in (["events"], ["incidents"], ["export", "acled", "-o", str(tmp_path / "a")]):
        result = run(*command, "--type", "BOGUS", "--db", db)
        assert result.exit_code == 2, result.output
        assert "'BOGUS'" in result.output and "ASSAULT" in result.output
        assert "PROTEST" in result.output


@pytest.mark.parametrize("command", [
    ["events"], ["incidents"], ["summary"], ["export", "acled", "-o", "out.csv"], ["serve"],
    ["process"],
])
def test_reading_a_database_that_is_not_there_creates_none(
    command: list[str], tmp_path: Path
) -> None:
    missing = tmp_path / "typo.db"
    line = one_line_error(run(*command, "--db", str(missing)))
    assert "there is no roydad database at" in line and "roydad ingest" in line
    assert not missing.exists()


@pytest.mark.parametrize(("url", "expected"), [
    ("foo://bar", "roydad cannot store into 'foo' databases"),
    ("postgresql://nobody@127.0.0.1:1/x", "is the PostgreSQL server running on 127.0.0.1:1"),
])
def test_a_database_that_cannot_be_opened_is_one_line(url: str, expected: str) -> None:
    for command in (["events"], ["ingest", str(SAMPLES / "feed.rss")]):
        line = one_line_error(run(*command, "--db", url))
        assert expected in line, line
