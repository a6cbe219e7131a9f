"""The incident list's queries on a 100k-incident database: the plans use indexes, not scans.

The database is filled by set-based SQL (roydad.store.synthetic), not by consolidation. Each
test captures the SQL `Store.incidents` really sends for a typical UI filter and asks the
database for its plan: PostgreSQL must not read `incidents` sequentially, SQLite must not
`SCAN incidents` without an index. A common actor or word (thousands of matches) must be read
off the list's index, testing each incident, not found in full and sorted; a rare one the
other way round (roydad.store.listing). Plans, not timings: `benchmarks/store.py` times them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from roydad.store import IncidentFilter, Store, open_store
from roydad.store.synthetic import fill_incidents

pytestmark = pytest.mark.slow

INCIDENTS = 100_000

# What the UI asks for: a page of 50, newest first, by the filters its sidebar offers.
FILTERS = {
    "first page": IncidentFilter(limit=50),
    "country and dates": IncidentFilter(
        country="AFG", since=date(2019, 1, 1), until=date(2020, 12, 31), limit=50
    ),
    "province": IncidentFilter(country="PAK", admin1="Balochistan", limit=50),
    "text": IncidentFilter(text='"suicide bomber"', limit=50),
    "text and country": IncidentFilter(text="Taliban Kabul", country="AFG", limit=50),
    "actor": IncidentFilter(actor="Baloch Liberation Army", limit=50),
    "rare actor": IncidentFilter(actor="jamaat-ul-ahrar", limit=50),
    "rare actor by kb id": IncidentFilter(actor="kb:jua", limit=50),
    "review queue": IncidentFilter(status="machine", order="uncertain", limit=50),
    "late page": IncidentFilter(country="AFG", limit=50, offset=500),
    "dates": IncidentFilter(since=date(2017, 3, 1), until=date(2017, 4, 30), limit=50),
    # In every incident, in most reports, in a fifth of them: 1 s to 6 s on 1M incidents when
    # every match was read and sorted.
    "common actor": IncidentFilter(actor="civilians", limit=50),
    "common actor and country": IncidentFilter(actor="civilians", country="SOM", limit=50),
    "common words": IncidentFilter(text="Taliban Kabul", limit=50),
    "very common word": IncidentFilter(text="the", limit=50),
    "common word and country": IncidentFilter(text="killed", country="PAK", limit=50),
    "rare actor, common word": IncidentFilter(actor="kb:jua", text="the", limit=50),
    "least confident": IncidentFilter(order="uncertain", limit=50),
    "most reported": IncidentFilter(order="sources", limit=50),
}

# Read off the list's index, a page's worth of incidents tested (the filter is common).
WALKED = {
    "actor": "ix_incidents_list_order",
    "common actor": "ix_incidents_list_order",
    "common actor and country": "ix_incidents_list_country",
    "common words": "ix_incidents_list_order",
    "very common word": "ix_incidents_list_order",
    "common word and country": "ix_incidents_list_country",
    "text and country": "ix_incidents_list_country",
}
# Found first and sorted by key, off covering indexes (the filter is rare).
READ_FIRST = ("rare actor", "rare actor by kb id", "text", "rare actor, common word")


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def big_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('explain') / 'big.db'}"
    else:
        url = request.getfixturevalue("pg_database")
    with open_store(url) as store:
        fill_incidents(store.engine, INCIDENTS)
        yield store


def _captured(store: Store, flt: IncidentFilter) -> tuple[list[Any], tuple[str, Any]]:
    """Run `Store.incidents(flt)`; return its incidents and the list query it sent."""
    sent: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "incidents.detail" in statement and not statement.startswith("EXPLAIN"):
            sent.append((statement, parameters))

    sa.event.listen(store.engine, "before_cursor_execute", capture)
    try:
        found = list(store.incidents(flt))
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", capture)
    assert len(sent) == 1, sent
    return found, sent[0]


def _plan(store: Store, statement: str, parameters: Any) -> str:
    with store.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            rows = conn.exec_driver_sql(f"EXPLAIN {statement}", parameters).scalars()
            return "\n".join(rows)
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        return "\n".join(str(row[-1]) for row in rows)


def _full_scans(plan: str) -> list[str]:
    """Plan lines that read the whole incidents table."""
    return [
        line for line in plan.splitlines()
        if re.search(r"Seq Scan on incidents\b", line)
        or re.fullmatch(r"\s*SCAN incidents\s*", line)
    ]


@pytest.mark.parametrize("name", FILTERS)
def test_incident_list_reads_no_whole_table(big_store: Store, name: str) -> None:
    flt = FILTERS[name]
    found, (statement, parameters) = _captured(big_store, flt)
    plan = _plan(big_store, statement, parameters)
    assert _full_scans(plan) == [], f"{name}:\n{plan}"
    assert found, f"{name}: the filter should find incidents in the synthetic data"
    assert len(found) <= 50
    if flt.order == "date":
        days = [i.date_start for i in found]
        assert days == sorted(days, reverse=True)


def _sorts(plan: str) -> bool:
    return bool(re.search(r"\bSort\b|TEMP B-TREE", plan))


@pytest.mark.parametrize("name", WALKED)
def test_common_filters_are_read_off_the_list_index(big_store: Store, name: str) -> None:
    # Each incident in the list's order is tested (a correlated subquery per row) until the
    # page is full: no match is read beyond the page's, and nothing is sorted.
    _, (statement, parameters) = _captured(big_store, FILTERS[name])
    plan = _plan(big_store, statement, parameters)
    assert WALKED[name] in plan, plan
    assert not _sorts(plan), plan
    if big_store.engine.dialect.name == "postgresql":
        assert "SubPlan" in plan and "Filter: (SubPlan" in plan, plan
    else:
        assert "CORRELATED SCALAR SUBQUERY" in plan, plan


def test_a_very_common_word_asks_the_search_index_per_report(big_store: Store) -> None:
    # SQLite: "the" is in most reports; a page tests ~60 incidents, each report's rowid asked
    # of FTS5, instead of reading a list of every match first.
    _, (statement, parameters) = _captured(big_store, FILTERS["very common word"])
    plan = _plan(big_store, statement, parameters)
    if big_store.engine.dialect.name == "sqlite":
        assert "CORRELATED LIST SUBQUERY" in plan, plan
    _, (statement, parameters) = _captured(big_store, FILTERS["common words"])
    plan = _plan(big_store, statement, parameters)
    if big_store.engine.dialect.name == "sqlite":
        # 2,700 matches of 125,000 reports: read once, then each incident tested against them.
        assert "CORRELATED LIST SUBQUERY" not in plan and "LIST SUBQUERY" in plan, plan


@pytest.mark.parametrize("name", READ_FIRST)
def test_rare_filters_sort_their_matches_by_key_alone(big_store: Store, name: str) -> None:
    # A rare actor or phrase: its matches are found first, sorted by their keys read off
    # ix_incidents_keys (index-only), and only the page's rows are then read whole.
    _, (statement, parameters) = _captured(big_store, FILTERS[name])
    plan = _plan(big_store, statement, parameters)
    assert "ix_incidents_list_order" not in plan, plan
    if big_store.engine.dialect.name == "postgresql":
        assert "Index Only Scan using ix_incidents_keys" in plan, plan
    else:
        assert "COVERING INDEX ix_incidents_keys" in plan, plan
    if FILTERS[name].text == '"suicide bomber"':
        members = "ix_incident_members_event"
        assert (f"Index Only Scan using {members}" in plan
                or f"COVERING INDEX {members}" in plan), plan


@pytest.mark.parametrize("name", ["review queue", "least confident", "most reported"])
def test_every_order_reads_its_page_off_an_index(big_store: Store, name: str) -> None:
    # Migration 0007: the review queue's tie-break and the two other orders have indexes.
    index = {"review queue": "ix_incidents_status", "least confident":
             "ix_incidents_list_uncertain", "most reported": "ix_incidents_list_sources"}[name]
    _, (statement, parameters) = _captured(big_store, FILTERS[name])
    plan = _plan(big_store, statement, parameters)
    assert index in plan, plan
    assert not _sorts(plan), plan


def test_typical_list_reads_its_page_off_an_index(big_store: Store) -> None:
    # Country + dates, newest first: the per-country index holds rows in the list's order, so
    # the database stops after 50 rows instead of sorting every match.
    _, (statement, parameters) = _captured(big_store, FILTERS["country and dates"])
    plan = _plan(big_store, statement, parameters)
    assert "ix_incidents_list_country" in plan, plan
    if big_store.engine.dialect.name == "postgresql":
        assert "Sort" not in plan, plan
    else:
        assert "TEMP B-TREE" not in plan, plan


def test_text_search_uses_the_search_index(big_store: Store) -> None:
    _, (statement, parameters) = _captured(big_store, FILTERS["text"])
    plan = _plan(big_store, statement, parameters)
    if big_store.engine.dialect.name == "postgresql":
        assert "ix_event_mentions_evidence_search" in plan, plan
    else:
        assert "SCAN evidence_fts VIRTUAL TABLE" in plan, plan


def test_rare_actor_is_found_through_the_actor_indexes(big_store: Store) -> None:
    # A rare actor must not cost a walk over every incident (a correlated EXISTS did that on
    # SQLite: 1.3 s); the lower(name) and kb_id indexes lead to its ~100 incidents.
    _, (statement, parameters) = _captured(big_store, FILTERS["rare actor"])
    plan = _plan(big_store, statement, parameters)
    assert "ix_incident_actors_lower_name" in plan, plan
    assert "ix_incident_actors_kb_id" in plan, plan
    assert "ix_incidents_list_order" not in plan, plan


def test_province_list_reads_its_page_off_an_index(big_store: Store) -> None:
    _, (statement, parameters) = _captured(big_store, FILTERS["province"])
    plan = _plan(big_store, statement, parameters)
    assert "ix_incidents_list_province" in plan, plan


def test_synthetic_database_is_the_size_asked_for(big_store: Store) -> None:
    assert big_store.count_incidents() == INCIDENTS
    assert big_store.count_incidents(IncidentFilter(country="AFG")) > INCIDENTS // 3


def _count_plan(store: Store, flt: IncidentFilter) -> str:
    sent: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "count(*)" in statement:
            sent.append((statement, parameters))

    sa.event.listen(store.engine, "before_cursor_execute", capture)
    try:
        assert store.count_incidents(flt) > 0
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", capture)
    assert len(sent) == 1, sent
    return _plan(store, *sent[0])


@pytest.mark.parametrize("year", [2015, 2019, 2024])
def test_date_range_is_counted_off_a_date_index(big_store: Store, year: int) -> None:
    # The overlap test compares date_last (migration 0005), not coalesce(date_end, date_start):
    # an index on (date_last, date_start) or (date_start, date_last) answers the count alone,
    # from whichever end of the data the range is nearer (in the middle, half an index).
    if big_store.engine.dialect.name == "postgresql":
        # Index-only scans need the visibility map that (auto)vacuum keeps; without it the
        # planner rightly prefers reading the table to visiting half of it through an index.
        with big_store.engine.connect().execution_options(
            isolation_level="AUTOCOMMIT"
        ) as conn:
            conn.exec_driver_sql("VACUUM ANALYZE incidents")
    flt = IncidentFilter(since=date(year, 3, 1), until=date(year, 4, 30))
    plan = _count_plan(big_store, flt)
    assert _full_scans(plan) == [], plan
    assert re.search(r"ix_incidents_date_(last|range)", plan), plan
    if big_store.engine.dialect.name == "sqlite":
        assert "COVERING INDEX" in plan, plan


def test_cursor_page_deep_in_the_list_starts_at_its_row(big_store: Store) -> None:
    # Page 1,000 by cursor: the list index is entered at the cursor's date, not read from its
    # start as OFFSET 50,000 would, and nothing is sorted.
    deep = big_store.incident_page(IncidentFilter(limit=50, offset=49_950))
    assert deep.next is not None
    flt = IncidentFilter(limit=50, after=deep.next)
    found, (statement, parameters) = _captured(big_store, flt)
    plan = _plan(big_store, statement, parameters)
    assert "ix_incidents_list_order" in plan, plan
    if big_store.engine.dialect.name == "postgresql":
        assert "Sort" not in plan and "Index Cond" in plan, plan
    else:
        assert "TEMP B-TREE" not in plan and "date_start<?" in plan.replace(" ", ""), plan
    expected = list(big_store.incidents(IncidentFilter(limit=50, offset=50_000)))
    assert [i.incident_id for i in found] == [i.incident_id for i in expected]
