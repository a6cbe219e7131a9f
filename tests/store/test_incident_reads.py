"""Reading incidents from a real store (SQLite file and PostgreSQL): the filters, pages, and the
documents of their reports."""

from __future__ import annotations

from datetime import date

from roydad.review.consolidation import consolidate
from roydad.store import IncidentFilter, Store


def test_filters(two_happenings: Store) -> None:
    consolidate(two_happenings)

    def ids(**criteria: object) -> int:
        return two_happenings.count_incidents(IncidentFilter(**criteria))  # type: ignore[arg-type]

    assert ids() == 2
    assert ids(country="afg") == 1
    assert ids(admin1="banaadir") == 1
    assert ids(actor="Taliban") == 1
    assert ids(actor="kb:alshabaab") == 1
    assert ids(text="car BOMB restaurant") == 1
    assert ids(text="judges") == 1
    assert ids(text="no such words") == 0
    assert ids(min_sources=2) == 1
    assert ids(since=date(2024, 6, 1)) == 1
    assert ids(until=date(2024, 3, 5)) == 1
    assert ids(event_type="PROTEST") == 0
    newest = next(two_happenings.incidents(IncidentFilter(limit=1)))
    assert newest.date_start == "2024-06-20"
    page = list(two_happenings.incidents(IncidentFilter(limit=1, offset=1)))
    assert [i.date_start for i in page] == ["2024-03-05"]


def test_document_text_for_the_evidence(two_happenings: Store) -> None:
    consolidate(two_happenings)
    bombing = next(two_happenings.incidents(IncidentFilter(min_sources=2)))
    document = two_happenings.document(bombing.sources[0].document_id)
    assert document is not None and document.text == "Report one of the bombing."
    assert two_happenings.document("nope") is None
