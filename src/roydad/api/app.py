"""The FastAPI application: the JSON API under /api/v1/ and the web UI's pages, one process.

`create_app(store_url)` opens (and migrates) the store once; every request uses it. Pages and
API share the same handlers' logic; the map, timeline, network and review queue pages call the
JSON API from the browser.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from urllib.parse import parse_qsl, quote, urlencode

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from roydad import __version__
from roydad.api.auth import Forbidden, NotAuthenticated, current_session
from roydad.api.context import AppContext
from roydad.api.limits import MAX_BODY_BYTES, BodyLimit, safe_errors
from roydad.api.routes import analysis, incidents, pages, review, session, users
from roydad.api.service import EditRefused
from roydad.api.settings import WEB, ui_settings
from roydad.api.templating import make_templates
from roydad.auth import UserStore
from roydad.store import open_store

API_PREFIX = "/api/v1"

# Scripts and styles only from this server; no inline script, no plugin, no framing. A second
# line of defence behind escaping: even injected markup could not run a script.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def create_app(
    store_url: str | None = None, *, secure_cookies: bool = False,
    max_body_bytes: int = MAX_BODY_BYTES,
) -> FastAPI:
    """The app over the store at `store_url` (None: $ROYDAD_DB or sqlite:///roydad.db)."""
    store = open_store(store_url)
    ctx = AppContext(
        store=store, users=UserStore(store.engine), settings=ui_settings(),
        templates=make_templates(), secure_cookies=secure_cookies,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="roydad",
        version=__version__,
        description="Incidents of political violence, their sources, and analysts' decisions.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        # FastAPI's docs pages load their scripts from a CDN; /api/docs serves vendored ones.
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.roydad = ctx
    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")
    for module in (session, incidents, review, analysis, users):
        app.include_router(module.router, prefix=API_PREFIX)
    app.include_router(pages.router)
    _add_handlers(app)
    # Outermost: an oversized body is refused before any other layer reads it.
    app.add_middleware(BodyLimit, limit=max_body_bytes)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX)


class DropEmptyQueryValues:
    """Pages' filter forms send every field, the empty ones as `since=`: for the pages, an
    empty value means "not filtered", so it is dropped before validation (the API, used by
    programs, keeps the strict reading)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("query_string") and not str(
            scope.get("path", "")
        ).startswith(API_PREFIX):
            pairs = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            kept = [(key, value) for key, value in pairs if value.strip()]
            scope = {**scope, "query_string": urlencode(kept).encode("latin-1")}
        await self.app(scope, receive, send)


def _add_handlers(app: FastAPI) -> None:
    app.add_middleware(DropEmptyQueryValues)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(NotAuthenticated)
    async def not_authenticated(request: Request, _exc: NotAuthenticated) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": "log in first"}, status_code=401)
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": str(exc)}, status_code=403)
        return _error_page(request, 403, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _is_api(request) or request.url.path.startswith("/static"):
            body = {"detail": exc.detail}
            if isinstance(exc, EditRefused):
                body["field"] = exc.field
            return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)
        return _error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        errors = safe_errors(exc.errors())
        problems = [
            f"{'.'.join(str(p) for p in _loc(error))}: {error.get('msg', '')}" for error in errors
        ]
        if _is_api(request):
            # `detail` keeps FastAPI's documented list of errors (without secrets, and the input
            # cut short); `message` says it in words.
            return JSONResponse(
                {"detail": _plain(errors), "message": "; ".join(problems)},
                status_code=422,
            )
        return _error_page(request, 422, "; ".join(problems))


def _loc(error: dict[str, object]) -> tuple[object, ...]:
    loc = error.get("loc", ())
    return tuple(loc) if isinstance(loc, list | tuple) else ()


def _plain(errors: object) -> object:
    # Validation errors may hold exceptions or bytes: keep only what JSON can carry.
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(errors, custom_encoder={Exception: str, bytes: repr})


def _error_page(request: Request, status: int, message: str) -> Response:
    ctx: AppContext = request.app.state.roydad
    return ctx.templates.TemplateResponse(
        request, "error.html",
        {"status": status, "message": message, "session": current_session(request),
         "active": ""},
        status_code=status,
    )
