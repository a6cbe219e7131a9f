"""Rows of the analysts' part of an incident's ACH matrix: `ach_evidence` (evidence rows an
analyst added) and `ach_cells` (an analyst's judgement of a cell, replacing the computed one).

The matrix itself is computed (`roydad.analysis.ach`); these tables hold only what people added
to it, each row tied to the decision that added it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa

from roydad.store import schema as t
from roydad.store.decision_rows import jsonable
from roydad.store.transaction import Transaction


def analyst_evidence(tx: Transaction, incident_id: str) -> Sequence[sa.RowMapping]:
    """The incident's analyst evidence rows, oldest first."""
    ev = t.ach_evidence.c
    return tx.conn.execute(
        sa.select(t.ach_evidence).where(ev.incident_id == incident_id).order_by(ev.id)
    ).mappings().all()


def cell_judgements(tx: Transaction, incident_id: str) -> dict[tuple[str, str], str]:
    """The analysts' cell values of the incident, by (evidence key, hypothesis)."""
    cell = t.ach_cells.c
    cells = tx.conn.execute(
        sa.select(cell.evidence_key, cell.hypothesis, cell.value)
        .where(cell.incident_id == incident_id)
    ).all()
    return {(key, hypothesis): value for key, hypothesis, value in cells}


def add_evidence_row(
    tx: Transaction, incident_id: str, text: str, *, source: str | None, on: date | None,
    added_by: str, decision_id: int,
) -> int:
    """Store an analyst's evidence row; returns its id."""
    key = tx.conn.execute(sa.insert(t.ach_evidence).values(
        incident_id=incident_id, text=text, source=source, date=on, added_by=added_by,
        decision_id=decision_id,
    )).inserted_primary_key
    assert key is not None
    return int(key[0])


def delete_evidence_row(
    tx: Transaction, incident_id: str, evidence_key: str, row_id: int
) -> None:
    """Remove an analyst's evidence row and every judgement of its cells."""
    c = t.ach_cells.c
    tx.conn.execute(sa.delete(t.ach_cells).where(
        c.incident_id == incident_id, c.evidence_key == evidence_key
    ))
    tx.conn.execute(sa.delete(t.ach_evidence).where(t.ach_evidence.c.id == row_id))


def cell_value(tx: Transaction, incident_id: str, evidence_key: str, hypothesis: str) -> Any:
    """The analyst's value of the cell, None if nobody judged it."""
    return tx.conn.execute(
        sa.select(t.ach_cells.c.value).where(*_cell(incident_id, evidence_key, hypothesis))
    ).scalar()


def delete_cell(tx: Transaction, incident_id: str, evidence_key: str, hypothesis: str) -> None:
    tx.conn.execute(sa.delete(t.ach_cells).where(*_cell(incident_id, evidence_key, hypothesis)))


def insert_cell(
    tx: Transaction, incident_id: str, evidence_key: str, hypothesis: str, value: str,
    decision_id: int | None,
) -> None:
    tx.conn.execute(sa.insert(t.ach_cells).values(
        incident_id=incident_id, evidence_key=evidence_key, hypothesis=hypothesis,
        value=value, decision_id=decision_id,
    ))


def _cell(
    incident_id: str, evidence_key: str, hypothesis: str
) -> tuple[sa.ColumnElement[bool], ...]:
    c = t.ach_cells.c
    return (c.incident_id == incident_id, c.evidence_key == evidence_key,
            c.hypothesis == hypothesis)


# -- across a merge and its undo ------------------------------------------------------------------


def saved_cells(tx: Transaction, incident_id: str) -> list[Any]:
    """The incident's cell rows as JSON, to put back if a merge is undone."""
    return _jsonable_rows(tx.conn, t.ach_cells, incident_id)


def saved_evidence_ids(tx: Transaction, incident_id: str) -> list[Any]:
    """The ids of the incident's evidence rows, to give back if a merge is undone."""
    return [r["id"] for r in _jsonable_rows(tx.conn, t.ach_evidence, incident_id)]


def move_evidence(tx: Transaction, absorbed: Sequence[str], survivor: str) -> None:
    """Give the evidence rows of the `absorbed` incidents to `survivor`."""
    tx.conn.execute(
        sa.update(t.ach_evidence).where(t.ach_evidence.c.incident_id.in_(list(absorbed)))
        .values(incident_id=survivor)
    )


def return_evidence(tx: Transaction, row_ids: Sequence[int], incident_id: str) -> None:
    tx.conn.execute(
        sa.update(t.ach_evidence).where(t.ach_evidence.c.id.in_(list(row_ids)))
        .values(incident_id=incident_id)
    )


def insert_cells(tx: Transaction, rows: Sequence[dict[str, Any]]) -> None:
    tx.conn.execute(sa.insert(t.ach_cells), list(rows))


def move_cells(tx: Transaction, absorbed: Sequence[str], survivor: str) -> None:
    """Give the cell judgements of the `absorbed` incidents to `survivor`, which keeps its own
    judgement where both judged the same cell (the absorbed ones are saved for an undo)."""
    c = t.ach_cells.c
    taken = set(cell_judgements(tx, survivor))
    rows = tx.conn.execute(
        sa.select(t.ach_cells).where(c.incident_id.in_(list(absorbed))).order_by(c.incident_id)
    ).mappings().all()
    moving: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        cell = (row["evidence_key"], row["hypothesis"])
        if cell not in taken:
            moving.setdefault(cell, {**row, "incident_id": survivor})
    if moving:
        insert_cells(tx, list(moving.values()))


def take_cells(
    tx: Transaction, incident_id: str, evidence_keys: Sequence[str],
    moved: Sequence[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Remove from the incident the judgements of cells of `evidence_keys` and the judgements
    in `moved` (rows another incident gave it in a merge); returns the first kind, to go back
    with their evidence."""
    c = t.ach_cells.c
    keyed = tx.conn.execute(sa.select(t.ach_cells).where(
        c.incident_id == incident_id, c.evidence_key.in_(list(evidence_keys))
    )).mappings().all()
    tx.conn.execute(sa.delete(t.ach_cells).where(
        c.incident_id == incident_id, c.evidence_key.in_(list(evidence_keys))
    ))
    for row in moved:
        tx.conn.execute(sa.delete(t.ach_cells).where(
            *_cell(incident_id, row["evidence_key"], row["hypothesis"]),
            c.decision_id == row["decision_id"],
        ))
    return [dict(row) for row in keyed]


def evidence_holder(tx: Transaction, row_id: int) -> str | None:
    """The incident that holds the analyst evidence row now (a merge may have moved it)."""
    return tx.conn.execute(
        sa.select(t.ach_evidence.c.incident_id).where(t.ach_evidence.c.id == row_id)
    ).scalar()


def _jsonable_rows(conn: sa.Connection, table: sa.Table, incident_id: str) -> list[Any]:
    rows = conn.execute(sa.select(table).where(table.c.incident_id == incident_id)).mappings()
    return [jsonable(dict(row)) for row in rows]
