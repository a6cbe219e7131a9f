"""Logging in and out through the API (the pages have their own login form)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response

from roydad.api.auth import (
    CSRF_HEADER,
    SESSION_COOKIE,
    Admin,
    Viewer,
    ViewerWrite,
    clear_session_cookie,
    client_address,
    login_csrf_matches,
    login_token,
    set_login_cookie,
    set_session_cookie,
)
from roydad.api.context import context
from roydad.api.schemas import CsrfToken, FailedLoginInfo, LoginRequest, Problem, SessionInfo
from roydad.api.throttle import retry_after, too_many_failures
from roydad.auth import Session

router = APIRouter(prefix="/auth", tags=["session"])


def _info(session: Session) -> SessionInfo:
    return SessionInfo(
        name=session.user.name, role=session.user.role, csrf_token=session.csrf_token,
        expires_at=session.expires_at.isoformat(),
    )


@router.get("/csrf", response_model=CsrfToken)
def login_csrf(request: Request, response: Response) -> CsrfToken:
    """A token to send (in the X-CSRF-Token header) with the login request; sets its cookie."""
    token = login_token(request)
    set_login_cookie(request, response, token)
    return CsrfToken(csrf_token=token)


@router.post(
    "/login", response_model=SessionInfo,
    responses={401: {"model": Problem}, 403: {"model": Problem}, 429: {"model": Problem}},
)
def login(body: LoginRequest, request: Request, response: Response) -> SessionInfo:
    """Start a session: sets the session cookie; the answer carries the session's CSRF token."""
    if not login_csrf_matches(request, request.headers.get(CSRF_HEADER)):
        raise HTTPException(403, "missing or wrong CSRF token: get one from /api/v1/auth/csrf")
    ctx = context(request)
    address = client_address(request)
    wait = ctx.throttle.wait(address, body.name)
    if wait > 0:
        raise HTTPException(429, too_many_failures(wait), headers=retry_after(wait))
    user = ctx.users.authenticate(body.name, body.password)
    if user is None:
        ctx.throttle.failed(address, body.name)
        raise HTTPException(401, "unknown name or wrong password")
    ctx.throttle.succeeded(address, body.name)
    token, session = ctx.users.start_session(user)
    set_session_cookie(request, response, token)
    return _info(session)


@router.get("/me", response_model=SessionInfo, responses={401: {"model": Problem}})
def me(session: Viewer) -> SessionInfo:
    """Who is logged in, with the CSRF token for state-changing requests."""
    return _info(session)


@router.post("/logout", status_code=204, responses={401: {"model": Problem}})
def logout(request: Request, _session: ViewerWrite) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        context(request).users.end_session(token)
    response = Response(status_code=204)
    clear_session_cookie(response)
    return response


@router.get(
    "/failed-logins", response_model=list[FailedLoginInfo],
    responses={401: {"model": Problem}, 403: {"model": Problem}},
)
def failed_logins(request: Request, _session: Admin) -> list[FailedLoginInfo]:
    """The latest failed logins (this process's), newest first: when, which name, from which
    address, how many tries, and how long that address must now wait. Admins only."""
    return [FailedLoginInfo.of(f) for f in context(request).throttle.recent_failures()]
