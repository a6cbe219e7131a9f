"""Consolidation in a real store (SQLite file and PostgreSQL): reports of one happening become
one incident, a later report attaches to it, and consolidating again changes nothing."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from roydad.models import Report
from roydad.review import consolidation
from roydad.review.consolidation import consolidate
from roydad.store import Store
from roydad.store.member_rows import read_reports
from roydad.store.transaction import Transaction
from tests.store.factories import full_event
from tests.store.happenings import add


def _by_event(store: Store) -> dict[str, str]:
    return {s.event_id: inc.incident_id for inc in store.incidents() for s in inc.sources}


def test_reports_of_one_happening_become_one_incident(two_happenings: Store) -> None:
    counts = consolidate(two_happenings)
    assert (counts.mentions, counts.created) == (3, 2)
    grouped = _by_event(two_happenings)
    assert grouped["bomb-a"] == grouped["bomb-b"] != grouped["shot-c"]
    bombing = two_happenings.incident(grouped["bomb-a"])
    assert bombing is not None
    assert bombing.source_count == 2
    assert (bombing.fatalities_low, bombing.fatalities_best, bombing.fatalities_high) == (
        12, 12, 14
    )
    assert {s.publisher for s in bombing.sources} == {"paper Repor"}
    assert [c.event_id for c in bombing.claims] == ["bomb-a", "bomb-a", "bomb-b", "bomb-b"]
    fatalities = next(c for c in bombing.conflicts if c.field == "fatalities")
    assert {v.value for v in fatalities.values} == {12, 14}


def test_consolidating_again_changes_nothing(two_happenings: Store) -> None:
    consolidate(two_happenings)
    before = [i.to_json() for i in two_happenings.incidents()]
    counts = consolidate(two_happenings)
    assert counts.mentions == 0
    assert [i.to_json() for i in two_happenings.incidents()] == before


def test_a_later_report_attaches_to_the_existing_incident(two_happenings: Store) -> None:
    consolidate(two_happenings)
    bombing_id = _by_event(two_happenings)["bomb-a"]
    add(two_happenings, "A third report, a week later.",
        [full_event("d", "bomb-d", fatalities=15, fatalities_low=None)], "2024-03-12")
    counts = consolidate(two_happenings)
    assert (counts.attached, counts.created) == (1, 0)
    bombing = two_happenings.incident(bombing_id)
    assert bombing is not None and bombing.source_count == 3
    assert bombing.fatalities_high == 15
    assert [d.kind for d in two_happenings.incident_history(bombing_id)] == ["create", "attach"]


def test_a_later_batch_reuses_the_reports_it_has_seen(
    two_happenings: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch reads its own reports, not again those the batch before it read; the incidents
    are the same as when one batch takes them all."""
    read: list[str] = []

    def counting(tx: Transaction, ids: Sequence[str]) -> dict[str, Report]:
        read.extend(ids)
        return read_reports(tx, ids)

    monkeypatch.setattr(consolidation, "read_reports", counting)
    counts = consolidate(two_happenings, batch_size=1)
    assert counts.mentions == 3
    assert sorted(read) == ["bomb-a", "bomb-b", "shot-c"]
    grouped = _by_event(two_happenings)
    assert grouped["bomb-a"] == grouped["bomb-b"] != grouped["shot-c"]
