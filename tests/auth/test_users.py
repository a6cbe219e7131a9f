"""Users and their passwords, stored in the store's database."""

from __future__ import annotations

import pytest

from roydad.auth import UserError, UserStore
from roydad.auth.passwords import hash_password, verify_password
from roydad.store import Store


def test_user_store_rules(store: Store) -> None:
    users = UserStore(store.engine)
    users.add("viewer", "correct horse battery", "viewer")
    with pytest.raises(UserError, match="at least 8"):
        users.add("short", "1234", "viewer")
    with pytest.raises(UserError, match="role must be"):
        users.add("boss", "long enough pw", "owner")
    with pytest.raises(UserError, match="already exists"):
        users.add("viewer", "long enough pw", "viewer")
    added = users.add("  spaced  ", "long enough pw", "viewer")
    assert added.name == "spaced"
    with store.engine.connect() as conn:
        stored = conn.exec_driver_sql(
            "SELECT password_hash FROM users WHERE name = 'spaced'"
        ).scalar()
    assert stored.startswith("$argon2id$") and "long enough pw" not in stored


def test_passwords_verify_only_against_their_hash() -> None:
    stored = hash_password("long enough pw")
    assert verify_password(stored, "long enough pw")
    assert not verify_password(stored, "another password")
    assert not verify_password("not a hash", "long enough pw")
    assert not verify_password(None, "long enough pw")  # an unknown user
