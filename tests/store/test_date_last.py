"""incidents.date_last (migration 0005): filled in from existing rows on upgrade, kept equal to
coalesce(date_end, date_start) by every writer, and what the date filter compares."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from alembic import command

from roydad.export.views import VIEWS, create_views
from roydad.review.consolidation import consolidate
from roydad.review.decisions import edit_incident, merge_incidents, split_incident, undo
from roydad.store import IncidentFilter, Store, open_store
from roydad.store import schema as t
from roydad.store.migrate import alembic_config, current_revision, head_revision
from tests.store.factories import full_event
from tests.store.happenings import add, shooting

# SQLAlchemy cannot reflect SQLite expression indexes and says so (see test_schema.py).
pytestmark = pytest.mark.filterwarnings(
    "ignore:Skipped unsupported reflection of expression-based index"
)


def _row(incident_id: str, start: date | None, end: date | None) -> dict[str, object]:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return {
        "id": incident_id, "event_type": "ASSAULT", "date_start": start, "date_end": end,
        "certainty": "reported", "confidence": 0.5, "status": "machine", "version": 1,
        "source_count": 1, "mention_count": 1, "detail": "{}", "created_at": now,
        "updated_at": now,
    }


def test_upgrade_from_0004_fills_date_last(db_url: str) -> None:
    engine = sa.create_engine(db_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0004")
        with engine.begin() as conn:
            incidents = sa.Table("incidents", sa.MetaData(), autoload_with=conn)
            assert "date_last" not in incidents.c
            conn.execute(sa.insert(incidents), [
                _row("one-day", date(2024, 3, 5), None),
                _row("a-week", date(2024, 3, 5), date(2024, 3, 12)),
                _row("undated", None, None),
            ])
        create_views(engine)  # `roydad export datasette` before the upgrade
    finally:
        engine.dispose()
    with open_store(db_url) as store:
        assert current_revision(store.engine) == head_revision() >= "0005"
        i = t.incidents.c
        with store.engine.connect() as conn:
            last = dict(conn.execute(sa.select(i.id, i.date_last)).tuples().all())
            for view in VIEWS:  # the views still read their tables
                conn.execute(sa.text(f"SELECT count(*) FROM {view}")).scalar_one()
            if conn.dialect.name == "sqlite":
                triggers = conn.execute(sa.text(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                    "AND name LIKE 'event_mentions_search_%'"
                )).scalar_one()
                assert triggers == 3
        assert last == {"one-day": date(2024, 3, 5), "a-week": date(2024, 3, 12),
                        "undated": None}
        indexes = {ix["name"]: ix["column_names"]
                   for ix in sa.inspect(store.engine).get_indexes("incidents")}
        assert indexes["ix_incidents_date_last"] == ["date_last", "date_start"]
        assert "ix_incidents_date_start" not in indexes
        # The week-long incident overlaps a range that starts after its first day.
        found = store.count_incidents(IncidentFilter(since=date(2024, 3, 10)))
        assert found == 1


def _consistent(store: Store) -> list[tuple[str, date | None]]:
    """Every incident's date_last, after checking it is coalesce(date_end, date_start)."""
    i = t.incidents.c
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(i.id, i.date_start, i.date_end, i.date_last)).all()
    assert rows
    for row in rows:
        assert row.date_last == (row.date_end or row.date_start), row
    return sorted((row.id, row.date_last) for row in rows)


def test_every_writer_keeps_date_last(store: Store) -> None:
    add(store, "Report one of the bombing.", [full_event("a", "bomb-a")], "2024-03-06")
    add(store, "Report two of the bombing.",
        [full_event("b", "bomb-b", date_end=None, fatalities=14)], "2024-03-07")
    add(store, "A report of the shooting.", [shooting("c", "shot-c")], "2024-06-21")
    consolidate(store)
    assert {d for _, d in _consistent(store)} == {date(2024, 3, 6), date(2024, 6, 20)}
    bombing = next(i for i in store.incidents() if i.event_type == "ASSAULT"
                   and i.mode == "explosives")
    shot = next(i for i in store.incidents() if i.mode == "firearms")

    edited = edit_incident(store, bombing.incident_id, {"date_end": "2024-03-09"}, actor="ana",
                           reason="the siege lasted days", expected_version=bombing.version)
    assert (bombing.incident_id, date(2024, 3, 9)) in _consistent(store)
    assert store.count_incidents(IncidentFilter(since=date(2024, 3, 8), until=date(2024, 3, 8)))

    survivor = merge_incidents(store, [shot.incident_id, bombing.incident_id], actor="ana")
    assert _consistent(store) == [(survivor, date(2024, 6, 20))]
    merge = max(store.incident_history(survivor), key=lambda d: d.id)
    undo(store, merge.id, actor="ana")
    assert (bombing.incident_id, date(2024, 3, 9)) in _consistent(store)

    split_off = split_incident(store, bombing.incident_id, ["bomb-b"], actor="ana")
    assert len(_consistent(store)) == 3
    split = max(store.incident_history(split_off), key=lambda d: d.id)
    undo(store, split.id, actor="ana")
    edit = next(d for d in store.incident_history(bombing.incident_id) if d.kind == "edit")
    undo(store, edit.id, actor="ana")
    assert (bombing.incident_id, date(2024, 3, 6)) in _consistent(store)
    assert edited.date_end == "2024-03-09"
