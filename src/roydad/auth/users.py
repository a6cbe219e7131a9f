"""Users and login sessions: argon2id password hashes (`passwords`), server-side sessions,
CSRF tokens.

Sessions live in the database rather than in a signed cookie so that a logout, a role change or
a removed user takes effect at once, in every process serving the same database. The cookie holds
a random token; the table holds only its SHA-256.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

import sqlalchemy as sa

from roydad.auth.passwords import hash_password, needs_rehash, verify_password
from roydad.store.engine import WRITE_OPTION
from roydad.store.schema import USER_ROLES, sessions, users

Role = Literal["viewer", "analyst", "admin"]
# Each role may do everything the roles before it may.
ROLE_RANK: dict[str, int] = {role: rank for rank, role in enumerate(USER_ROLES)}
SESSION_LIFETIME = timedelta(hours=12)
MIN_PASSWORD_LENGTH = 8


class UserError(ValueError):
    """A user cannot be created or changed as asked (name taken, weak password, bad role)."""


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str
    role: Role
    created_at: datetime

    def may(self, role: str) -> bool:
        """Whether this user has at least the rights of `role`."""
        return ROLE_RANK[self.role] >= ROLE_RANK[role]


@dataclass(frozen=True, slots=True)
class Session:
    user: User
    csrf_token: str
    expires_at: datetime

    def csrf_matches(self, token: str | None) -> bool:
        return token is not None and hmac.compare_digest(token, self.csrf_token)


def _now() -> datetime:
    return datetime.now(UTC)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes for timezone-aware columns; they were stored as UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _role(value: str) -> Role:
    for role in ("viewer", "analyst", "admin"):
        if value == role:
            return role
    raise UserError(f"role must be one of {', '.join(USER_ROLES)}, not {value!r}")


def _user(row: sa.RowMapping) -> User:
    return User(
        id=int(row["id"]), name=str(row["name"]), role=_role(str(row["role"])),
        created_at=_aware(row["created_at"]),
    )


class UserStore:
    """The users and sessions tables of one database."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._writer = engine.execution_options(**{WRITE_OPTION: True})

    # -- users --------------------------------------------------------------------------------

    def add(self, name: str, password: str, role: str) -> User:
        name = name.strip()
        if not name:
            raise UserError("a user needs a name")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise UserError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
        values = {
            "name": name, "password_hash": hash_password(password), "role": _role(role),
            "created_at": _now(),
        }
        try:
            with self._writer.begin() as conn:
                conn.execute(sa.insert(users).values(values))
        except sa.exc.IntegrityError:
            raise UserError(f"a user named {name!r} already exists") from None
        user = self.get(name)
        assert user is not None
        return user

    def get(self, name: str) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(users).where(users.c.name == name)).mappings().first()
        return _user(row) if row is not None else None

    def all(self) -> list[User]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(users).order_by(users.c.name)).mappings().all()
        return [_user(row) for row in rows]

    def set_role(self, name: str, role: str) -> User:
        with self._writer.begin() as conn:
            stmt = sa.update(users).where(users.c.name == name).values(role=_role(role))
            if conn.execute(stmt).rowcount != 1:
                raise UserError(f"no user named {name!r}")
        user = self.get(name)
        assert user is not None
        return user

    def set_password(self, name: str, password: str) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise UserError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
        with self._writer.begin() as conn:
            stmt = (
                sa.update(users).where(users.c.name == name)
                .values(password_hash=hash_password(password))
            )
            if conn.execute(stmt).rowcount != 1:
                raise UserError(f"no user named {name!r}")
            # A new password signs out every existing session of the user.
            uid = sa.select(users.c.id).where(users.c.name == name).scalar_subquery()
            conn.execute(sa.delete(sessions).where(sessions.c.user_id == uid))

    def authenticate(self, name: str, password: str) -> User | None:
        """The user, if the password is theirs; None otherwise (same cost either way)."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(users).where(users.c.name == name)).mappings().first()
        stored = str(row["password_hash"]) if row is not None else None
        if not verify_password(stored, password) or row is None or stored is None:
            return None
        if needs_rehash(stored):
            with self._writer.begin() as conn:
                conn.execute(
                    sa.update(users).where(users.c.id == row["id"])
                    .values(password_hash=hash_password(password))
                )
        return _user(row)

    # -- sessions -----------------------------------------------------------------------------

    def start_session(self, user: User) -> tuple[str, Session]:
        """A new session for `user`: the cookie token (shown once) and the session."""
        token = secrets.token_urlsafe(32)
        now = _now()
        session = Session(user, secrets.token_urlsafe(32), now + SESSION_LIFETIME)
        with self._writer.begin() as conn:
            # Expired sessions are removed as new ones start: the table stays small.
            conn.execute(sa.delete(sessions).where(sessions.c.expires_at < now))
            conn.execute(sa.insert(sessions).values(
                token_hash=_token_hash(token), user_id=user.id, csrf_token=session.csrf_token,
                created_at=now, expires_at=session.expires_at,
            ))
        return token, session

    def session(self, token: str) -> Session | None:
        """The live session the cookie token names, or None (unknown or expired)."""
        stmt = (
            sa.select(users, sessions.c.csrf_token, sessions.c.expires_at)
            .join(sessions, sessions.c.user_id == users.c.id)
            .where(sessions.c.token_hash == _token_hash(token))
        )
        with self.engine.connect() as conn:
            row = conn.execute(stmt).mappings().first()
        if row is None:
            return None
        expires = _aware(row["expires_at"])
        if expires <= _now():
            return None
        return Session(_user(row), str(row["csrf_token"]), expires)

    def end_session(self, token: str) -> None:
        with self._writer.begin() as conn:
            conn.execute(sa.delete(sessions).where(sessions.c.token_hash == _token_hash(token)))

