"""Which database a store opens, and that its password never gets printed."""

from __future__ import annotations

import pytest

from roydad.store import Store, resolve_db_url


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sqlite:///x.db", "sqlite:///x.db"),
        ("postgresql://u@h:5432/db", "postgresql+psycopg://u@h:5432/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("data/events.db", "sqlite:///data/events.db"),
    ],
)
def test_explicit_url(given: str, expected: str) -> None:
    assert resolve_db_url(given) == expected


def test_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROYDAD_DB", "postgresql://team@db/roydad")
    assert resolve_db_url(None) == "postgresql+psycopg://team@db/roydad"
    assert resolve_db_url("sqlite:///mine.db") == "sqlite:///mine.db"
    monkeypatch.delenv("ROYDAD_DB")
    assert resolve_db_url(None) == "sqlite:///roydad.db"


def test_password_is_hidden() -> None:
    # Constructing a Store does not connect, so no server is needed here.
    store = Store(resolve_db_url("postgresql://analyst:s3cret@db.example:5432/roydad"))
    try:
        assert "s3cret" not in store.url
        assert "s3cret" not in repr(store)
        assert store.url.startswith("postgresql+psycopg://analyst:***@db.example")
    finally:
        store.close()
