"""The readable views, on a real SQLite file and the real PostgreSQL server."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from roydad.export.views import VIEWS, create_views, datasette_metadata, drop_views
from roydad.review.consolidation import consolidate
from roydad.store import Store
from tests.store.factories import doc, full_event

TEXT = "A car bomb exploded outside a restaurant in Mogadishu. Al-Shabaab claimed it."


def _fill(store: Store) -> None:
    document = doc(TEXT, doc_id="mog-1", publisher="Example Regional Bulletin",
                   title="Car bomb in Mogadishu")
    run = store.start_run("process", "roydad-test/1")
    store.add_documents([document], run_id=run)
    store.save_results(run, [(document.content_hash,
                              [full_event(document.content_hash, "ev-mog-1")])])
    consolidate(store)


def test_views_read_the_incidents_with_readable_names(store: Store) -> None:
    _fill(store)
    assert create_views(store.engine) == list(VIEWS)
    create_views(store.engine)  # again: replaces, does not fail
    with store.engine.connect() as conn:
        incident = conn.execute(sa.text("SELECT * FROM incident_list")).mappings().one()
        reports = conn.execute(sa.text("SELECT * FROM incident_reports")).mappings().all()
        actors = conn.execute(sa.text(
            "SELECT actor, role FROM incident_actor_list ORDER BY actor")).all()
        claims = conn.execute(sa.text("SELECT kind, claimant FROM claim_list "
                                      "ORDER BY kind")).all()
        monthly = conn.execute(sa.text("SELECT * FROM monthly_counts")).mappings().one()
        summary = conn.execute(sa.text(
            "SELECT * FROM actor_summary WHERE actor = 'Al-Shabaab'")).mappings().one()
        events = conn.execute(sa.text("SELECT incident_id, title FROM event_list")).all()
    assert (incident["place"], incident["country"], incident["event_type"]) == (
        "Mogadishu", "SOM", "ASSAULT")
    assert float(incident["latitude"]) == 2.0371 and incident["fatalities_best"] == 12
    assert [r["title"] for r in reports] == ["Car bomb in Mogadishu"]
    assert reports[0]["incident_id"] == incident["incident_id"]
    assert ("Al-Shabaab", "actor") in [tuple(a) for a in actors]
    assert [tuple(c) for c in claims] == [("denial", None), ("responsibility", "Al-Shabaab")]
    assert (monthly["month"], monthly["incidents"], monthly["fatalities"]) == ("2024-03", 1, 12)
    assert (summary["incidents"], str(summary["first_date"])) == (1, "2024-03-05")
    assert [tuple(e) for e in events] == [(incident["incident_id"], "Car bomb in Mogadishu")]
    drop_views(store.engine)
    assert not set(VIEWS) & set(sa.inspect(store.engine).get_view_names())


def test_views_on_an_empty_store_and_the_metadata(store: Store, tmp_path: Path) -> None:
    create_views(store.engine)
    assert set(VIEWS) <= set(sa.inspect(store.engine).get_view_names())
    with store.engine.connect() as conn:
        for name in VIEWS:
            assert conn.execute(sa.text(f"SELECT COUNT(*) FROM {name}")).scalar() == 0
    metadata = datasette_metadata("roydad")
    assert set(metadata["databases"]["roydad"]["tables"]) == set(VIEWS)
    json.dumps(metadata)
