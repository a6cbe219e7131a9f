"""The handle of one open database transaction, which the store's row helpers take.

A review decision (`roydad.review`) is one transaction: it opens one with `Store.transaction()`
and hands the `Transaction` to every row helper it calls (`store.incident_rows`,
`store.members`, `store.decision_rows`, `store.judgement_rows`), so that all its reads and writes
commit together or not at all. The helpers are the only code outside the store that touches
the tables.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa


@dataclass(frozen=True, slots=True)
class Transaction:
    """An open transaction: a write transaction from `Store.transaction()`, or a read-only one
    from `Store.reading()` (rolled back when it closes)."""

    conn: sa.Connection

    @property
    def on_postgresql(self) -> bool:
        return self.conn.dialect.name == "postgresql"
