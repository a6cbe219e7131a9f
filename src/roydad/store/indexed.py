"""`indexed_by`: read a table of a statement through a named index on SQLite (INDEXED BY).

SQLite chooses between indexes from the statistics ANALYZE gathers, and roydad's stores do not
run ANALYZE. Without statistics a lookup by primary key always takes the primary key's own
index, even where a covering index (one that also holds the columns the query needs) would
spare reading each row. Where the store knows better, it names the index. SQLAlchemy's
`with_hint` renders nothing on SQLite, so the table is swapped for an alias of itself that
renders as `incidents INDEXED BY ix_...` there and as a plain alias elsewhere (PostgreSQL has
no hints; its planner weighs covering indexes itself).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import Alias
from sqlalchemy.sql.util import ClauseAdapter


class _IndexedBy(Alias):
    """An alias of a table under the table's own name, read through `index` on SQLite."""

    inherit_cache = False  # the index is not part of SQLAlchemy's cache key
    index: str


def indexed_by(stmt: sa.Select[Any], table: sa.Table, index: str) -> sa.Select[Any]:
    """`stmt` with every reference to `table` (correlated subqueries' included) going through
    `index` on SQLite. The index must exist: SQLite refuses the statement otherwise."""
    alias = _IndexedBy._construct(table, name=table.name)
    alias.index = index
    adapted: sa.Select[Any] = ClauseAdapter(alias).traverse(stmt)
    return adapted


@compiles(_IndexedBy, "sqlite")
def _sqlite(element: _IndexedBy, compiler: SQLCompiler, **kw: Any) -> str:
    if kw.get("asfrom"):
        table = compiler.preparer.format_table(element.element)
        return f"{table} INDEXED BY {compiler.preparer.quote(element.index)}"
    default: str = compiler.visit_alias(element, **kw)  # type: ignore[no-untyped-call]
    return default
