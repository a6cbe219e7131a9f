"""Keyset paging: the incident list by cursor, and pending documents after a cursor."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from roydad.store import IncidentFilter, Store
from roydad.store import schema as t
from roydad.store.paging import encode
from roydad.store.synthetic import fill_incidents
from tests.store.factories import doc, synthetic_events

DAYS = [date(2024, 1, 1), date(2024, 1, 2), date(2024, 1, 3), None]


@pytest.fixture
def tied(store: Store) -> Store:
    """60 incidents whose sort keys tie in every order: four dates (one unknown), three
    confidences, two source counts."""
    fill_incidents(store.engine, 60)
    i = t.incidents.c
    with store.engine.begin() as conn:
        ids = conn.execute(sa.select(i.id)).scalars().all()
        for n, incident_id in enumerate(sorted(ids)):
            day = DAYS[n % 4]
            conn.execute(sa.update(t.incidents).where(i.id == incident_id).values(
                date_start=day, date_end=None, date_last=day,
                confidence=[0.25, 0.5, 0.75][n % 3], source_count=1 + n % 2,
            ))
    return store


def _walk(store: Store, flt: IncidentFilter) -> list[str]:
    seen: list[str] = []
    after = None
    for _ in range(100):
        page = store.incident_page(IncidentFilter(
            **{**_fields(flt), "after": after}
        ))
        seen += [incident.incident_id for incident in page.items]
        if page.next is None:
            return seen
        assert len(page.items) == flt.limit
        after = page.next
    raise AssertionError("the cursor did not reach the end")


def _fields(flt: IncidentFilter) -> dict[str, Any]:
    return {name: getattr(flt, name) for name in IncidentFilter.__slots__}


def _expected(store: Store, order: str, where: Any = None) -> list[str]:
    """The list's order worked out in Python from the columns."""
    i = t.incidents.c
    stmt = sa.select(i.id, i.date_start, i.confidence, i.source_count)
    if where is not None:
        stmt = stmt.where(where)
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).all()

    def newest(day: date | None) -> int:
        return -day.toordinal() if day else 10**9  # unknown dates last

    keys = {
        "date": lambda r: (newest(r.date_start), r.id),
        "uncertain": lambda r: (r.confidence, r.id),
        "sources": lambda r: (-r.source_count, newest(r.date_start), r.id),
    }
    return [r.id for r in sorted(rows, key=keys[order])]


@pytest.mark.parametrize("order", ["date", "uncertain", "sources"])
@pytest.mark.parametrize("size", [1, 7, 15, 59, 60, 61])
def test_cursor_walks_every_row_once_in_order(tied: Store, order: str, size: int) -> None:
    walked = _walk(tied, IncidentFilter(order=order, limit=size))
    assert walked == _expected(tied, order)
    assert walked == [i.incident_id for i in tied.incidents(IncidentFilter(order=order))]


def test_cursor_walk_with_a_filter(tied: Store) -> None:
    flt = IncidentFilter(country="AFG", since=date(2024, 1, 2), order="sources", limit=4)
    walked = _walk(tied, flt)
    i = t.incidents.c
    assert walked == _expected(
        tied, "sources", sa.and_(i.location_country == "AFG", i.date_last >= date(2024, 1, 2))
    )
    assert walked and len(walked) == tied.count_incidents(flt)


def test_cursor_is_stable_when_incidents_are_added_before_it(tied: Store) -> None:
    first = tied.incident_page(IncidentFilter(limit=10))
    i = t.incidents.c
    with tied.engine.begin() as conn:  # a newer incident now heads the list
        conn.execute(sa.update(t.incidents).where(i.id == first.items[-1].incident_id)
                     .values(date_start=date(2025, 1, 1)))
    second = tied.incident_page(IncidentFilter(limit=10, after=first.next))
    shown = {x.incident_id for x in first.items}
    assert not shown & {x.incident_id for x in second.items}
    assert [x.incident_id for x in second.items] == _expected(tied, "date")[10:20]


def test_the_last_page_has_no_cursor(tied: Store) -> None:
    page = tied.incident_page(IncidentFilter(limit=60))
    assert len(page.items) == 60 and page.next is None
    empty = tied.incident_page(IncidentFilter(limit=5, country="XXX"))
    assert empty.items == [] and empty.next is None


def test_bad_cursors_are_refused(tied: Store) -> None:
    cursor = tied.incident_page(IncidentFilter(limit=5)).next
    assert cursor is not None
    with pytest.raises(ValueError, match="'date' order, not in 'uncertain'"):
        IncidentFilter(order="uncertain", after=cursor)
    with pytest.raises(ValueError, match="either"):
        IncidentFilter(after=cursor, offset=5)
    forged = encode("uncertain", {"confidence": "high", "id": "x"})
    for bad in ["", "not a cursor", "eyJvIjoiZGF0ZSJ9", forged, cursor[:-3]]:
        with pytest.raises(ValueError, match="cursor"):
            IncidentFilter(order="uncertain", after=bad)


# -- pending documents after a cursor ---------------------------------------------------------


def test_pending_documents_after_a_cursor(store: Store) -> None:
    store.add_documents(doc(f"Report {i}: clashes near the border.", origin=f"in:{i}")
                        for i in range(6))
    store.add_documents([doc("A later report of shelling.", origin="in:later")])
    every = store.pending_documents(10)
    keys = [store.ingest_key(d.id) for d in every]
    assert keys == sorted(keys)  # ingest order, ties broken by id
    assert [d.id for d in store.pending_documents(10, after=keys[2])] == [d.id for d in every[3:]]
    assert [d.id for d in store.pending_documents(2, after=keys[2])] == [d.id for d in every[3:5]]
    assert store.pending_documents(10, after=keys[-1]) == []
    run = store.start_run("process", "test")
    store.save_results(run, [(every[4].id, synthetic_events(every[4]))])
    assert every[4].id not in {d.id for d in store.pending_documents(10, after=keys[2])}
    with pytest.raises(KeyError):
        store.ingest_key("no-such-document")
