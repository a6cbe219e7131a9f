"""Migrations build the schema the code expects, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from roydad.store import Store, open_store
from roydad.store.migrate import (
    SchemaTooNewError,
    alembic_config,
    current_revision,
    head_revision,
)
from roydad.store.schema import MIGRATION_ONLY_TABLE_PREFIX, include_object, metadata, runs, sources

# SQLAlchemy cannot reflect SQLite expression indexes (ix_incident_actors_lower_name) and says so;
# test_search.py checks that index directly.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Skipped unsupported reflection of expression-based index"
)

TABLES = {
    "runs", "documents", "sources", "event_mentions", "event_actors", "event_claims",
    "event_spans", "incidents", "incident_members", "incident_actors", "decisions",
    "decision_incidents", "ach_evidence", "ach_cells", "users", "sessions",
}


def _schema_diff(engine: sa.Engine) -> list[object]:
    with engine.connect() as conn:
        # What only the migrations describe is checked in test_search.py and test_explain.py.
        opts = {"compare_type": True, "include_object": include_object}
        context = MigrationContext.configure(conn, opts=opts)
        return list(compare_metadata(context, metadata))


def test_empty_database_is_migrated_to_head(db_url: str) -> None:
    engine = sa.create_engine(db_url)
    try:
        assert sa.inspect(engine).get_table_names() == []
    finally:
        engine.dispose()
    with open_store(db_url) as store:
        assert current_revision(store.engine) == head_revision()
        names = sa.inspect(store.engine).get_table_names()
        tables = {n for n in names if not n.startswith(MIGRATION_ONLY_TABLE_PREFIX)}
        assert tables == TABLES | {"alembic_version"}


def test_migrated_schema_matches_metadata(store: Store) -> None:
    assert _schema_diff(store.engine) == []


def test_indexes_for_the_common_filters(store: Store) -> None:
    inspector = sa.inspect(store.engine)
    indexed = {
        (table, tuple(index["column_names"]))
        for table in TABLES
        for index in inspector.get_indexes(table)
    }
    for wanted in [
        ("event_mentions", ("event_type",)),
        ("event_mentions", ("location_country",)),
        ("event_mentions", ("date",)),
        ("documents", ("processed_at", "ingest_seq")),
    ]:
        assert wanted in indexed


def test_constraint_names_follow_the_convention(store: Store) -> None:
    # Named alike on both backends, so later migrations can drop or alter them by name.
    inspector = sa.inspect(store.engine)
    checks = {c["name"] for c in inspector.get_check_constraints("runs")}
    assert checks == {"ck_runs_kind", "ck_runs_status"}
    assert inspector.get_unique_constraints("sources")[0]["name"] == "uq_sources_document_id_origin"
    foreign = {fk["name"] for fk in inspector.get_foreign_keys("event_actors")}
    assert foreign == {"fk_event_actors_event_id_event_mentions"}


def test_runs_reject_unknown_status(store: Store) -> None:
    run = store.start_run("process", "t")
    with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as conn:
        conn.execute(sa.update(runs).where(runs.c.id == run).values(status="paused"))


def test_downgrade_to_base_and_upgrade_again(store: Store, db_url: str) -> None:
    with store.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    assert set(sa.inspect(store.engine).get_table_names()) <= {"alembic_version"}
    store.close()
    with open_store(db_url) as again:
        assert _schema_diff(again.engine) == []


def test_opening_twice_keeps_the_data(store: Store, db_url: str) -> None:
    run = store.start_run("ingest", "test")
    with open_store(db_url) as again:
        assert again.summary().runs == 1
        assert again.summary().last_run is not None
        assert again.summary().last_run.id == run  # type: ignore[union-attr]


def test_database_from_a_newer_roydad_is_refused(store: Store, db_url: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(SchemaTooNewError, match="upgrade roydad"):
        open_store(db_url)


def test_foreign_keys_are_enforced(store: Store) -> None:
    row = {
        "document_id": "no-such-document", "origin": "x", "external_id": "x",
        "ingested_at": sa.func.now(),
    }
    with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as conn:
        conn.execute(sa.insert(sources).values(row))


def test_sqlite_file_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "roydad.db"
    with open_store(f"sqlite:///{path}") as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert path.exists()


def test_default_is_roydad_db_in_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ROYDAD_DB", raising=False)
    with open_store() as store:
        assert store.url == "sqlite:///roydad.db"
    assert (tmp_path / "roydad.db").exists()
