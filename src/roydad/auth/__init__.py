"""Who may use the web UI and the API: users, their roles, login sessions and password hashes,
kept in the store's database (the API's login routes and checks are in `roydad.api.auth`)."""

from roydad.auth.users import (
    MIN_PASSWORD_LENGTH,
    ROLE_RANK,
    SESSION_LIFETIME,
    Role,
    Session,
    User,
    UserError,
    UserStore,
)

__all__ = [
    "MIN_PASSWORD_LENGTH",
    "ROLE_RANK",
    "SESSION_LIFETIME",
    "Role",
    "Session",
    "User",
    "UserError",
    "UserStore",
]
