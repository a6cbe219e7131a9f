"""Helpers for tests that run the real `roydad` command in a subprocess and compare databases."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from roydad.store import EventFilter, open_store


def roydad_command(*args: str) -> list[str]:
    """The argv of the `roydad` installed beside this Python."""
    exe = shutil.which("roydad", path=str(Path(sys.executable).parent))
    assert exe is not None
    return [exe, *args]


def stored_events(url: str) -> list[dict[str, Any]]:
    """Every stored event as JSON, in event id order: equal lists mean equal databases."""
    store = open_store(url)
    try:
        return sorted(
            (json.loads(r.to_json()) for r in store.events(EventFilter())),
            key=lambda r: str(r["event_id"]),
        )
    finally:
        store.close()


def processed_count(url: str) -> int:
    """Documents processed so far (0 while the database is not created yet)."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.text(
                "select count(*) from documents where processed_at is not null"
            )).scalar_one())
    except sa.exc.OperationalError:
        return 0
    finally:
        engine.dispose()
