"""Password hashing: argon2id with the library's default parameters."""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()
# Verified against when the name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """Whether `password` is the one `stored` was hashed from. With no stored hash (an unknown
    user) a dummy hash is verified instead, at the same cost, and the answer is no."""
    try:
        _hasher.verify(stored if stored is not None else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    return stored is not None


def needs_rehash(stored: str) -> bool:
    """Whether a hash was made with other parameters than today's (then it is made anew at the
    next login)."""
    return _hasher.check_needs_rehash(stored)
