"""End to end: the sample corpus ingested, processed and consolidated into a real SQLite store,
then every `roydad export FORMAT`, `roydad stats` and `roydad report` through the CLI, each file
checked with the library its users open it with."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import networkx as nx
import pandas as pd
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from followthemoney import model
from typer.testing import CliRunner

from roydad.cli import app
from roydad.models import EventRecord, Incident
from roydad.store import open_store
from tests.conftest import SAMPLES
from tests.export.test_acled import ACLED_COLUMNS
from tests.export.test_geojson import GEOJSON_SCHEMA

pytestmark = pytest.mark.slow
runner = CliRunner()

ACLED_EVENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians",
                     "Protests", "Riots", "Strategic developments"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'roydad.db'}"
    for command in (["ingest", str(SAMPLES)], ["process"], ["consolidate"]):
        result = runner.invoke(app, [*command, "--db", url])
        assert result.exit_code == 0, result.output
    store = open_store(url)
    try:
        assert store.count_incidents() >= 20
    finally:
        store.close()
    return url


def export(db: str, fmt: str, out: Path, *extra: str) -> Path:
    result = runner.invoke(app, ["export", fmt, "--db", db, "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    assert out.exists() and out.stat().st_size > 0
    return out


def test_acled_csv_opens_in_pandas_with_acled_columns(db: str, tmp_path: Path) -> None:
    frame = pd.read_csv(export(db, "acled", tmp_path / "acled.csv"))
    assert list(frame.columns) == ACLED_COLUMNS
    assert len(frame) >= 8
    assert set(frame["event_type"]) <= ACLED_EVENT_TYPES
    assert frame["inter1"].between(1, 8).all() and frame["actor1"].notna().all()
    assert frame["country"].notna().all() and frame["event_id_cnty"].is_unique
    assert pd.to_datetime(frame["event_date"]).notna().all()
    balkh = frame[frame["location"].str.contains("Mazar", na=False)]
    assert not balkh.empty and "claimed responsibility" in balkh.iloc[0]["notes"]


def test_ucdp_csv(db: str, tmp_path: Path) -> None:
    frame = pd.read_csv(export(db, "ucdp", tmp_path / "ged.csv"))
    assert {"date_start", "date_end", "best", "low", "high", "side_a", "side_b"} <= set(frame)
    assert len(frame) >= 5 and (frame["low"] <= frame["high"]).all()
    assert set(frame["type_of_violence"]) <= {1, 2, 3}


def test_plover_offsets_point_into_the_stored_documents(db: str, tmp_path: Path) -> None:
    path = export(db, "plover", tmp_path / "plover.jsonl")
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    store = open_store(db)
    try:
        for record in records:
            assert {"id", "date", "event", "actor", "recipient", "text_info"} <= set(record)
            for text, info in zip(record["event_text"], record["text_info"], strict=True):
                document = store.document(info["doc_id"])
                assert document is not None
                assert document.text[info["start"]:info["end"]] == text
    finally:
        store.close()


def test_geojson_validates(db: str, tmp_path: Path) -> None:
    collection = json.loads(export(db, "geojson", tmp_path / "i.geojson").read_text("utf-8"))
    jsonschema.validate(collection, GEOJSON_SCHEMA)
    assert len(collection["features"]) >= 10


@pytest.mark.parametrize(("fmt", "read"), [("graphml", nx.read_graphml),
                                           ("gexf", nx.read_gexf)])
def test_networks_read_back(db: str, tmp_path: Path, fmt: str, read) -> None:  # type: ignore[no-untyped-def]
    graph = read(export(db, fmt, tmp_path / f"actors.{fmt}"))
    assert graph.number_of_nodes() >= 10 and graph.number_of_edges() >= 5
    assert all("incidents" in data for _, _, data in graph.edges(data=True))


def test_ftm_entities_are_valid(db: str, tmp_path: Path) -> None:
    path = export(db, "ftm", tmp_path / "entities.ftm.json")
    entities = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    ids = {e["id"] for e in entities}
    assert {e["schema"] for e in entities} >= {"Event", "Article", "Documentation"}
    for data in entities:
        schema = model.get(data["schema"])
        assert schema is not None
        schema.validate(data)
        for prop, value in model.get_proxy(data, cleaned=False).itervalues():
            if prop.type.name == "entity":
                assert value in ids


def test_tables(db: str, tmp_path: Path) -> None:
    lines = export(db, "jsonl", tmp_path / "i.jsonl").read_text("utf-8").splitlines()
    incidents = [Incident.model_validate_json(line) for line in lines]
    assert len(pd.read_csv(export(db, "csv", tmp_path / "i.csv"))) == len(incidents)
    claims = pd.read_csv(export(db, "csv", tmp_path / "c.csv", "--table", "claims"))
    assert len(claims) == sum(len(i.claims) for i in incidents)
    table = pq.read_table(export(db, "parquet", tmp_path / "i.parquet"))
    assert table.num_rows == len(incidents)
    events = export(db, "jsonl", tmp_path / "e.jsonl", "--table", "events")
    assert all(EventRecord.model_validate_json(line)
               for line in events.read_text("utf-8").splitlines())
    assert len(pd.read_csv(export(db, "csv", tmp_path / "e.csv", "--table", "events"))) > 0
    filtered = export(db, "jsonl", tmp_path / "pak.jsonl", "--country", "pak")
    assert all(Incident.model_validate_json(line).location.country == "PAK"  # type: ignore[union-attr]
               for line in filtered.read_text("utf-8").splitlines())


def test_datasette_views_and_metadata(db: str, tmp_path: Path) -> None:
    metadata = tmp_path / "metadata.json"
    result = runner.invoke(app, ["export", "datasette", "--db", db, "-o", str(metadata)])
    assert result.exit_code == 0, result.output
    assert "incident_list" in json.loads(metadata.read_text())["databases"]["roydad"]["tables"]
    engine = sa.create_engine(db)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT COUNT(*) FROM incident_list")).scalar() >= 20
    engine.dispose()


def test_stats_and_report(db: str, tmp_path: Path) -> None:
    stats_json = tmp_path / "stats.json"
    result = runner.invoke(app, ["stats", "--db", db, "--json", str(stats_json)])
    assert result.exit_code == 0, result.output
    assert "movers" in result.output and "actor network" in result.output
    assert json.loads(stats_json.read_text())["total"]["incidents"] >= 20
    html = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--db", db, "-o", str(html), "--pdf",
                                 "--max-incidents", "15"])
    assert result.exit_code == 0, result.output
    text = html.read_text("utf-8")
    assert "Map of incidents" in text and "Competing hypotheses (ACH)" in text
    assert html.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


def test_bad_requests_fail_clearly(db: str, tmp_path: Path) -> None:
    unknown = runner.invoke(app, ["export", "shapefile", "--db", db, "-o", str(tmp_path / "x")])
    assert unknown.exit_code != 0 and "choose one of" in unknown.output
    binary = runner.invoke(app, ["export", "parquet", "--db", db, "-o", "-"])
    assert binary.exit_code != 0 and "needs a file" in binary.output
