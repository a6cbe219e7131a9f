"""Bulk event writes: COPY on PostgreSQL (executemany elsewhere) keeps every value and every
guarantee `save_results` gives, on a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from roydad.models import ActorRef, Claim, Evidence, Mention
from roydad.review.consolidation import consolidate
from roydad.store import IncidentFilter, Store, queries
from roydad.store import schema as t

from .factories import bare_event, doc, full_event

# Characters COPY's text format must escape, and ones it must leave alone.
AWKWARD = 'tab\there, new\nline, back\\slash, \\N, quote " and \', café Kandahār — 🔥'


def _documents(store: Store, n: int) -> list[str]:
    store.add_documents(doc(f"Bulk report {i}.", origin=f"bulk:{i}") for i in range(n))
    return [d.id for d in store.pending_documents(n)]


def _records(digest: str, n: int) -> list[Any]:
    awkward = full_event(
        digest, f"{digest}-awkward", evidence=Evidence(text=AWKWARD, start=0, end=len(AWKWARD)),
        actors=[ActorRef(text=AWKWARD, name=AWKWARD, role="actor")],
        claims=[Claim(kind="denial", certainty="alleged", text=AWKWARD)],
        mentions=[Mention(text=AWKWARD, start=0, end=5, trigger="\\N")],
        fatalities=None, date=None, location=None, confidence=0.0,
    )
    return [awkward, *(bare_event(digest, f"{digest}-{k}") for k in range(n - 1))]


@pytest.fixture
def copies(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tables each COPY went to (a spy: the real COPY still runs)."""
    seen: list[str] = []
    real = queries.copy_rows

    def spy(conn: sa.Connection, table: sa.Table, batch: list[dict[str, Any]]) -> None:
        seen.append(table.name)
        real(conn, table, batch)

    monkeypatch.setattr(queries, "copy_rows", spy)
    return seen


def test_a_large_batch_round_trips_exactly(store: Store, copies: list[str]) -> None:
    digests = _documents(store, 80)
    run = store.start_run("process", "t")
    batch = [(d, _records(d, 5)) for d in digests]

    assert store.save_results(run, batch) == 400

    assert list(store.events()) == [r for _, records in batch for r in records]
    if store.engine.dialect.name == "postgresql":
        # Every table got at least COPY_MIN_ROWS rows, so each went in with COPY.
        assert copies == ["event_mentions", "event_actors", "event_claims", "event_spans"]
    else:
        assert copies == []
    # The search index follows COPY like any insert.
    consolidate(store)
    m, e = t.incident_members.c, t.event_mentions.c
    holding = (
        sa.select(sa.func.count(sa.distinct(m.incident_id)))
        .join(t.event_mentions, e.event_id == m.event_id)
        .where(e.evidence_text == AWKWARD)
    )
    with store.engine.connect() as conn:
        expected = conn.execute(holding).scalar_one()
    assert expected >= 1
    assert store.count_incidents(IncidentFilter(text="Kandahār café")) == expected
    assert store.count_incidents(IncidentFilter(text='"back slash N"')) == expected


def test_a_small_batch_uses_executemany(store: Store, copies: list[str]) -> None:
    [digest] = _documents(store, 1)
    run = store.start_run("process", "t")
    assert store.save_results(run, [(digest, _records(digest, 3))]) == 3
    assert copies == []


def test_a_duplicate_in_a_copied_batch_writes_nothing(store: Store, copies: list[str]) -> None:
    digests = _documents(store, 30)
    run = store.start_run("process", "t")
    batch = [(d, _records(d, 4)) for d in digests]
    # The last document repeats the first one's event id, deep inside the COPY stream.
    batch[-1] = (digests[-1], [*batch[-1][1], batch[0][1][1]])

    with pytest.raises(sa.exc.IntegrityError):
        store.save_results(run, batch)

    summary = store.summary()
    assert (summary.events, summary.processed, summary.pending) == (0, 0, 30)
    fixed = [(d, _records(d, 4)) for d in digests]
    assert store.save_results(run, fixed) == 120
