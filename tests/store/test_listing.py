"""How the incident list reaches a page filtered by actor or words (roydad.store.listing): the
choice between reading a filter's rows first and testing incidents along the list's index, and
that every way gives the same page, in every order, by offset and by cursor, on both backends.

A synthetic database of 3,000 incidents (roydad.store.synthetic) stands in for a big one: the
choice scales with the square root of the incident count, so a few thousand incidents already
have common and rare actors and words on either side of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy

from roydad.store import IncidentFilter, Store, listing, open_store
from roydad.store.listing import (
    PER_INCIDENT,
    PER_INCIDENT_MATCHES_ONCE,
    READ_ALL_FIRST,
    READ_FIRST,
    Reach,
)
from roydad.store.synthetic import fill_incidents

INCIDENTS = 3_000

REACHES = [
    Reach(actor=actor, text=text)
    for actor in (READ_FIRST, PER_INCIDENT)
    for text in (READ_FIRST, PER_INCIDENT, PER_INCIDENT_MATCHES_ONCE)
]

FILTERS = {
    "common actor": IncidentFilter(actor="civilians"),
    "actor by kb id": IncidentFilter(actor="kb:bla"),
    "rare actor": IncidentFilter(actor="Jamaat-ul-Ahrar"),
    "no such actor": IncidentFilter(actor="nobody at all"),
    "common word": IncidentFilter(text="the"),
    "words": IncidentFilter(text="Taliban Kabul"),
    "phrase": IncidentFilter(text='"suicide bomber"'),
    "prefix": IncidentFilter(text="bomb*"),
    "no match": IncidentFilter(text="Kabul nosuchwordanywhere"),
    "actor and words": IncidentFilter(actor="civilians", text="killed", country="PAK"),
    "rare actor and word": IncidentFilter(actor="kb:jua", text="the"),
    "word and dates": IncidentFilter(
        text="killed", since=date(2018, 1, 1), until=date(2019, 6, 30)
    ),
    "word, machine only": IncidentFilter(text="attack*", status="machine"),
}


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def synthetic(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('listing') / 'synthetic.db'}"
    else:
        url = request.getfixturevalue("pg_database")
    with open_store(url) as store:
        fill_incidents(store.engine, INCIDENTS)
        yield store


def _ids(store: Store, flt: IncidentFilter) -> list[str]:
    return [incident.incident_id for incident in store.incidents(flt)]


def _reached(store: Store, flt: IncidentFilter, reach: Reach,
             monkeypatch: pytest.MonkeyPatch) -> list[str]:
    with monkeypatch.context() as patch:
        patch.setattr(listing, "choose", lambda conn, flt: reach)
        return _ids(store, flt)


def _walk(store: Store, flt: IncidentFilter) -> list[str]:
    """Every id, page by page through the cursors."""
    ids: list[str] = []
    page = store.incident_page(flt)
    while True:
        ids += [i.incident_id for i in page.items]
        if page.next is None:
            return ids
        page = store.incident_page(IncidentFilter(**{**_fields(flt), "after": page.next}))


def _fields(flt: IncidentFilter) -> dict[str, object]:
    return {name: getattr(flt, name) for name in IncidentFilter.__dataclass_fields__}


@pytest.mark.parametrize("order", ["date", "uncertain", "sources"])
@pytest.mark.parametrize("name", FILTERS)
def test_every_reach_reads_the_same_pages(
    synthetic: Store, monkeypatch: pytest.MonkeyPatch, name: str, order: str
) -> None:
    flt = IncidentFilter(**{**_fields(FILTERS[name]), "order": order})
    everything = _ids(synthetic, flt)  # streamed: read first, the reference
    for offset in (0, 7):
        paged = IncidentFilter(**{**_fields(flt), "limit": 12, "offset": offset})
        expected = everything[offset : offset + 12]
        for reach in REACHES:
            assert _reached(synthetic, paged, reach, monkeypatch) == expected, (reach, offset)
    if name in ("words", "actor and words", "rare actor"):
        # Through every page by cursor, each page choosing its own way.
        small = IncidentFilter(**{**_fields(flt), "limit": 40})
        assert _walk(synthetic, small) == everything


def test_the_reach_follows_how_common_the_filter_is(synthetic: Store) -> None:
    with synthetic.engine.connect() as conn:
        def reach(**criteria: object) -> Reach:
            return listing.choose(conn, IncidentFilter(limit=50, **criteria))  # type: ignore[arg-type]

        assert reach() == READ_ALL_FIRST
        assert reach(country="AFG") == READ_ALL_FIRST
        # "civilians" is in every incident; Jamaat-ul-Ahrar in one in 997.
        assert reach(actor="civilians").actor == PER_INCIDENT
        assert reach(actor="Jamaat-ul-Ahrar").actor == READ_FIRST
        assert reach(actor="kb:jua").actor == READ_FIRST
        assert reach(text='"suicide bomber"').text == READ_FIRST
        assert reach(text="nosuchwordanywhere").text == READ_FIRST
        # "the" is in most reports: tested per incident (SQLite: off the matches read once,
        # below its second bound at this size).
        assert reach(text="the").text in (PER_INCIDENT, PER_INCIDENT_MATCHES_ONCE)
        assert reach(text="the", actor="Jamaat-ul-Ahrar") == Reach(
            actor=READ_FIRST, text=reach(text="the").text
        )
        assert reach(text="  ").text == READ_FIRST


def test_very_common_words_ask_the_index_per_report_on_sqlite(
    synthetic: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listing, "VERY_DENSE", listing.DENSE)
    with synthetic.engine.connect() as conn:
        assert listing.choose(conn, IncidentFilter(text="the", limit=50)).text == PER_INCIDENT


def test_a_long_read_takes_every_match_first(
    synthetic: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No limit (an export, a count of all): the walk would read them all anyway.
    asked: list[IncidentFilter] = []
    chosen = listing.choose

    def spy(conn: object, flt: IncidentFilter) -> Reach:
        asked.append(flt)
        return chosen(conn, flt)  # type: ignore[arg-type]

    monkeypatch.setattr(listing, "choose", spy)
    assert len(_ids(synthetic, IncidentFilter(actor="civilians"))) == INCIDENTS
    assert asked == []
    assert len(_ids(synthetic, IncidentFilter(actor="civilians", limit=5))) == 5
    assert len(asked) == 1


def test_the_estimate_of_incidents(synthetic: Store) -> None:
    with synthetic.engine.connect() as conn:
        estimate = listing.incident_estimate(conn)
    # fill_incidents analyses the tables: PostgreSQL's statistics are fresh.
    assert INCIDENTS * 0.9 <= estimate <= INCIDENTS * 1.1


def test_read_first_sorts_off_the_covering_index_without_statistics(store: Store) -> None:
    # roydad's stores never run ANALYZE; without statistics SQLite would look each match up
    # through the primary key's index and read its row. The store names the covering index.
    fill_incidents(store.engine, 500)
    sent: list[tuple[str, object]] = []

    def capture(conn: object, cursor: object, statement: str, parameters: object,
                *_: object) -> None:
        if "incidents.detail" in statement:
            sent.append((statement, parameters))

    with store.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("DROP TABLE sqlite_stat1")
    flt = IncidentFilter(actor="kb:jua", limit=50)
    sqlalchemy.event.listen(store.engine, "before_cursor_execute", capture)
    try:
        found = _ids(store, flt)
    finally:
        sqlalchemy.event.remove(store.engine, "before_cursor_execute", capture)
    assert found == _ids(store, IncidentFilter(actor="kb:jua"))
    ((statement, parameters),) = sent
    if store.engine.dialect.name != "sqlite":
        assert "INDEXED BY" not in statement
        return
    assert "FROM incidents INDEXED BY ix_incidents_keys" in statement
    with store.engine.connect() as conn:
        plan = " ".join(
            str(row[-1]) for row in conn.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {statement}", parameters
            )
        )
    assert "COVERING INDEX ix_incidents_keys" in plan, plan
