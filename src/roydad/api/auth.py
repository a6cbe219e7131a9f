"""Who is asking, what they may do, and whether a state-changing request really comes from them.

- A session cookie (HttpOnly, SameSite=Lax) names a server-side session.
- Roles: viewer reads, analyst also reviews, admin also manages users.
- Review: one rule for the API and the pages (`REVIEW_ROLE`). The review queue and every
  decision (accept, reject, edit, merge, split) are for analysts and admins: `GET
  /api/v1/review` and the `/review` page alike. Viewers read the same incidents, and every
  incident's history of decisions, through the list and the incident pages. An analyst may undo
  their own decisions; an admin may undo anyone's, roydad's automatic ones included
  (`may_undo`).
- CSRF: every state-changing request carries the session's synchronizer token, in the
  `X-CSRF-Token` header (the pages' scripts, API clients) or a `csrf_token` form field (plain
  forms). Logging in has no session yet, so it uses a double-submit token: a random cookie set
  by the login page (or `GET /api/v1/auth/csrf`) that the request must repeat.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request, Response

from roydad.api.context import context
from roydad.auth import SESSION_LIFETIME, Session, User

SESSION_COOKIE = "roydad_session"
LOGIN_CSRF_COOKIE = "roydad_login_csrf"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class NotAuthenticated(Exception):
    """No valid session: pages redirect to the login page, the API answers 401."""


class Forbidden(Exception):
    """Logged in, but the role does not allow it, or the CSRF token is missing or wrong."""


def current_session(request: Request) -> Session | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    return context(request).users.session(token)


def require(role: str) -> Callable[[Request], Session]:
    """A dependency: the session of a user with at least `role`."""

    def dependency(request: Request) -> Session:
        session = current_session(request)
        if session is None:
            raise NotAuthenticated()
        if not session.user.may(role):
            raise Forbidden(f"this needs the {role} role; you are {session.user.role}")
        request.state.session = session
        return session

    return dependency


async def submitted_csrf(request: Request) -> str | None:
    """The CSRF token the request carries, in the header or (for forms) the form field."""
    token = request.headers.get(CSRF_HEADER)
    if token is not None:
        return token
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(_FORM_TYPES):
        value = (await request.form()).get(CSRF_FIELD)
        return value if isinstance(value, str) else None
    return None


def require_csrf(role: str) -> Callable[..., Awaitable[Session]]:
    """A dependency for state-changing requests: `require(role)` plus a matching CSRF token."""
    base = require(role)

    # The dependency is given as a default, not in the annotation: annotations are strings
    # here (postponed evaluation), and FastAPI could not resolve the local `base` in one.
    async def dependency(request: Request, session: Session = Depends(base)) -> Session:  # noqa: B008
        if not session.csrf_matches(await submitted_csrf(request)):
            raise Forbidden("missing or wrong CSRF token: reload the page and try again")
        return session

    return dependency


REVIEW_ROLE = "analyst"


def may_undo(user: User, decision_actor: str) -> bool:
    """Whether `user` may undo a decision made by `decision_actor` (a user name, or roydad's
    extractor for automatic decisions): their own, or anyone's for an admin."""
    return user.may(REVIEW_ROLE) and (decision_actor == user.name or user.may("admin"))


Viewer = Annotated[Session, Depends(require("viewer"))]
Analyst = Annotated[Session, Depends(require(REVIEW_ROLE))]
Admin = Annotated[Session, Depends(require("admin"))]
AnalystWrite = Annotated[Session, Depends(require_csrf(REVIEW_ROLE))]
AdminWrite = Annotated[Session, Depends(require_csrf("admin"))]
ViewerWrite = Annotated[Session, Depends(require_csrf("viewer"))]


# -- logging in ---------------------------------------------------------------------------------


def client_address(request: Request) -> str:
    """The address the request comes from (the proxy's, behind one, unless uvicorn is told to
    trust its forwarded headers)."""
    return request.client.host if request.client else "unknown"


def login_token(request: Request) -> str:
    """The double-submit token for logging in: the cookie's, or a new one."""
    return request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)


def set_login_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict",
        secure=context(request).secure_cookies, max_age=3600, path="/",
    )


def login_csrf_matches(request: Request, submitted: str | None) -> bool:
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE)
    return bool(cookie and submitted and hmac.compare_digest(cookie, submitted))


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        SESSION_COOKIE, token, httponly=True, samesite="lax",
        secure=context(request).secure_cookies,
        max_age=int(SESSION_LIFETIME.total_seconds()), path="/",
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")
