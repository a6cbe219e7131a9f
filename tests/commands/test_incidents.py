"""The incident commands on the sample corpus, in a real SQLite file, through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from roydad.cli import app
from roydad.models import Incident
from tests.conftest import SAMPLES

runner = CliRunner()
pytestmark = pytest.mark.slow


def ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('incidents') / 'roydad.db'}"
    ok("ingest", str(SAMPLES), "--db", url)
    ok("process", "--db", url)
    assert "new incidents" in ok("consolidate", "--db", url)
    return url


def listed(db: str, *filters: str) -> list[Incident]:
    out = ok("incidents", "--db", db, "--format", "jsonl", "--limit", "1000", *filters)
    return [Incident.model_validate_json(line) for line in out.splitlines() if line]


def tehran_shooting(db: str) -> Incident:
    found = [i for i in listed(db, "--type", "ASSAULT", "--text", "Tehran")
             if any("Saree" in a.name for a in i.actors)]
    assert len(found) == 1, [i.incident_id for i in found]
    return found[0]


def test_two_reports_of_the_tehran_shooting_are_one_incident(db: str) -> None:
    shooting = tehran_shooting(db)
    assert shooting.source_count == 2
    assert shooting.location is not None and shooting.location.country == "IRN"
    # The reports disagree on the dead (one, then two after the second officer died).
    assert shooting.fatalities_low == 1 and shooting.fatalities_high == 2
    attributed = {c.attributed_to for c in shooting.claims if c.kind == "attribution"}
    assert any(a and "Taliban" in a for a in attributed)


def test_consolidating_again_does_nothing(db: str) -> None:
    before = [i.to_json() for i in listed(db)]
    assert "consolidated 0 events" in ok("consolidate", "--db", db)
    assert [i.to_json() for i in listed(db)] == before


def test_the_table_shows_sources_and_ranges(db: str) -> None:
    table = ok("incidents", "--db", db, "--min-sources", "2")
    assert "incidents (" in table and "Tehran" in table


def test_ach_on_the_rival_attributions(db: str) -> None:
    shooting = tehran_shooting(db)
    matrix = json.loads(ok("ach", shooting.incident_id, "--db", db, "--json"))
    hypotheses = matrix["hypotheses"]
    assert "Taliban" in hypotheses
    assert hypotheses[-1] == "unknown / unattributed"
    assert set(matrix["ranking"]) == set(hypotheses)
    table = ok("ach", shooting.incident_id, "--db", db)
    assert "Competing hypotheses" in table and "inconsistency" in table

    key = ok("ach-evidence", shooting.incident_id, "A suspect was detained in Tehran.",
             "--source", "lawmaker", "--db", db, "--by", "ana").split()[2]
    assert key.startswith("analyst:")
    ok("ach-cell", shooting.incident_id, key, "Taliban", "ii", "--db", db, "--by", "ana",
       "--reason", "the suspect is not linked to them")
    after = json.loads(ok("ach", shooting.incident_id, "--db", db, "--json"))
    row = next(r for r in after["evidence"] if r["key"] == key)
    assert row["cells"]["Taliban"] == "II" and row["overridden"] == ["Taliban"]
    assert after["inconsistency"]["Taliban"] > matrix["inconsistency"]["Taliban"]
    bad = runner.invoke(app, ["ach-cell", shooting.incident_id, key, "Nobody", "C", "--db", db])
    assert bad.exit_code == 1 and "not a hypothesis" in bad.output


def test_merge_history_and_undo(db: str) -> None:
    first, second = listed(db, "--limit", "2")
    merged = ok("merge", first.incident_id, second.incident_id, "--db", db, "--by", "ana",
                "--reason", "one happening")
    assert first.incident_id in merged
    history = ok("history", second.incident_id, "--db", db)
    assert "merge" in history and "ana" in history and "one happening" in history
    merge_id = next(d for d in _decisions(db, second.incident_id) if d["kind"] == "merge")["id"]
    ok("undo", str(merge_id), "--db", db, "--by", "ana")
    restored = {i.incident_id: i for i in listed(db)}
    assert restored[second.incident_id].sources == second.sources
    assert restored[first.incident_id].sources == first.sources


def test_edit_and_review(db: str, tmp_path: Path) -> None:
    shooting = tehran_shooting(db)
    ok("edit", shooting.incident_id, "fatalities_best=2", "--reason", "second officer died",
       "--db", db, "--by", "ana")
    edited = json.loads(ok("incident", shooting.incident_id, "--db", db, "--json"))
    assert (edited["fatalities_best"], edited["status"]) == (2, "edited")
    refused = runner.invoke(app, ["edit", shooting.incident_id, "sources=[]", "--reason", "x",
                                  "--db", db])
    assert refused.exit_code == 1 and "cannot be edited" in refused.output
    ok("review", shooting.incident_id, "accept", "--db", db, "--by", "ana")
    assert listed(db, "--status", "accepted")[0].incident_id == shooting.incident_id


def test_unknown_incident_is_a_clear_error(db: str) -> None:
    for args in (["incident", "inc-nope"], ["ach", "inc-nope"], ["history", "inc-nope"]):
        result = runner.invoke(app, [*args, "--db", db])
        assert result.exit_code == 1
        assert "inc-nope" in result.output


def _decisions(db: str, incident_id: str) -> list[dict[str, object]]:
    from roydad.store import open_store

    with open_store(db) as store:
        return [d.model_dump() for d in store.incident_history(incident_id)]
