"""Keyset paging of the incident list: an opaque cursor that names the last row a page showed.

OFFSET n makes the database read and throw away n rows before the page (page 1,000 of 50 took
348 ms on 100k incidents on PostgreSQL). A cursor holds the last row's sort key and id instead;
the next page is "the rows after that one in the list's order", which the index that orders the
list answers by starting there. It also stays stable while incidents are added: no row is shown
twice or skipped because the ones before it moved.

Every order ends with the incident id, so rows with equal sort keys (the same day, the same
confidence) are still in one total order. Unknown dates sort last in every order, as the list
shows them. The cursor is URL-safe base64 of JSON; it is opaque to clients, and one that does
not decode, or was made for another order, is refused with ValueError.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa

from roydad.store import schema as t


@dataclass(frozen=True, slots=True)
class _Key:
    name: str
    descending: bool
    nullable: bool
    kind: type

    @property
    def column(self) -> sa.Column[Any]:
        return t.incidents.c[self.name]


_DATE = _Key("date_start", descending=True, nullable=True, kind=date)
ORDER_KEYS: dict[str, tuple[_Key, ...]] = {
    "date": (_DATE,),
    "uncertain": (_Key("confidence", descending=False, nullable=False, kind=float),),
    "sources": (_Key("source_count", descending=True, nullable=False, kind=int), _DATE),
}


def order_by(order: str) -> list[sa.ColumnElement[Any]]:
    """The ORDER BY of the list in `order`: its keys (unknown dates last), then the id."""
    clauses: list[sa.ColumnElement[Any]] = []
    for key in ORDER_KEYS[order]:
        if key.descending:
            clauses.append(key.column.desc().nulls_last() if key.nullable else key.column.desc())
        else:
            # ASC puts NULLs first on SQLite; no ascending key is nullable.
            assert not key.nullable
            clauses.append(key.column.asc())
    clauses.append(t.incidents.c.id)
    return clauses


def key_columns(order: str) -> list[sa.Column[Any]]:
    """The columns a cursor is made of (select them with the rows to make one)."""
    return [key.column for key in ORDER_KEYS[order]] + [t.incidents.c.id]


@dataclass(frozen=True, slots=True)
class Cursor:
    """A decoded cursor: the sort key values and the id of the last row shown."""

    order: str
    values: tuple[Any, ...]
    incident_id: str


def encode(order: str, row: sa.Row[Any] | Mapping[str, Any]) -> str:
    """The cursor after `row`, which carries the `key_columns(order)`."""
    mapping = row._mapping if isinstance(row, sa.Row) else row
    values = [_jsonable(mapping[key.name]) for key in ORDER_KEYS[order]]
    data = {"o": order, "k": values, "id": mapping["id"]}
    raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode(order: str, cursor: str) -> Cursor:
    """The cursor's values, checked against `order`; ValueError if it is not a valid one."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw.decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ValueError("not a cursor of the incident list (use a page's `next` as is)") from None
    keys = ORDER_KEYS.get(order)
    if (
        keys is None or not isinstance(data, dict) or not isinstance(data.get("id"), str)
        or not isinstance(data.get("k"), list) or len(data["k"]) != len(keys)
    ):
        raise ValueError("not a cursor of the incident list (use a page's `next` as is)")
    if data.get("o") != order:
        raise ValueError(
            f"this cursor pages the list in {data.get('o')!r} order, not in {order!r} order"
        )
    values = tuple(_value(key, value) for key, value in zip(keys, data["k"], strict=True))
    return Cursor(order=order, values=values, incident_id=data["id"])


def after(stmt: sa.Select[Any], cursor: Cursor) -> list[sa.Select[Any]]:
    """`stmt` restricted to the rows after the cursor, as statements to run in turn (without
    ORDER BY or LIMIT): their results, each in the list's order, follow one another.

    The first key gets a plain range condition (`date_start <= d`), so that the index ordering
    the list is entered at the cursor rather than read from its start. That range leaves out
    unknown dates, which sort after every known one: when the cursor's date is known, a second
    statement reads them.
    """
    keys = ORDER_KEYS[cursor.order]
    first, value = keys[0], cursor.values[0]
    exact = _after(keys, cursor.values, cursor.incident_id)
    if value is None:
        return [stmt.where(first.column.is_(None), exact)]
    bound = first.column <= value if first.descending else first.column >= value
    statements = [stmt.where(bound, exact)]
    if first.nullable:
        statements.append(stmt.where(first.column.is_(None)))
    return statements


def _after(keys: tuple[_Key, ...], values: tuple[Any, ...], incident_id: str
           ) -> sa.ColumnElement[bool]:
    """Exactly the rows after (values, incident_id): equal on the keys before one, after on it."""
    alternatives: list[sa.ColumnElement[bool]] = []
    equal: list[sa.ColumnElement[bool]] = []
    for key, value in zip(keys, values, strict=True):
        column = key.column
        if value is not None:
            beyond = column < value if key.descending else column > value
            alternatives.append(
                sa.and_(*equal, sa.or_(beyond, column.is_(None)) if key.nullable else beyond)
            )
            equal.append(column == value)
        else:
            # Unknown sorts last: nothing is beyond it on this key, only equal to it.
            equal.append(column.is_(None))
    alternatives.append(sa.and_(*equal, t.incidents.c.id > incident_id))
    return sa.or_(*alternatives)


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _value(key: _Key, value: Any) -> Any:
    if value is None:
        if not key.nullable:
            raise ValueError("not a cursor of the incident list (use a page's `next` as is)")
        return None
    try:
        if key.kind is date:
            return date.fromisoformat(value)
        if key.kind is float and isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if key.kind is int and isinstance(value, int) and not isinstance(value, bool):
            return value
    except (TypeError, ValueError):
        pass
    raise ValueError("not a cursor of the incident list (use a page's `next` as is)")
