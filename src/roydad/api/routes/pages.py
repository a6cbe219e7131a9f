"""The web UI's pages, rendered on the server with autoescaping Jinja templates.

The incident list and incident page are rendered here in full; the map, timeline, network and
review queue are shells whose scripts read the JSON API.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Path, Query, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from roydad.api.auth import (
    SESSION_COOKIE,
    Admin,
    AdminWrite,
    Analyst,
    Viewer,
    ViewerWrite,
    clear_session_cookie,
    client_address,
    current_session,
    login_csrf_matches,
    login_token,
    set_login_cookie,
    set_session_cookie,
)
from roydad.api.context import context
from roydad.api.filters import Order, incident_filter, query_string
from roydad.api.schemas import ActorProfile, Facets, IncidentSummary, from_store
from roydad.api.service import (
    After,
    ach_matrix,
    incident_or_404,
    incident_page,
    source_documents,
)
from roydad.api.settings import CERTAINTIES, EVENT_TYPES, REVIEW_STATUSES
from roydad.api.throttle import retry_after, too_many_failures
from roydad.auth import Session, UserError
from roydad.store import Aggregates, IncidentFilter, PartyLinks

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

ROLE_TITLES = {
    "acted": "Acted in", "targeted": "Targeted in", "claimed": "Claimed",
    "blamed": "Blamed for", "denied": "Denied",
}


@dataclass(frozen=True)
class ActorRole:
    """One list of the actor page: the incidents in which the actor played `role`."""

    role: str
    title: str
    incidents: list[IncidentSummary]
    more: bool = False

Filter = Annotated[IncidentFilter, Depends(incident_filter)]


def render(
    request: Request, template: str, session: Session | None, active: str,
    status_code: int = 200, **values: Any,
) -> Response:
    ctx = context(request)
    values.update(
        session=session, active=active, colours=ctx.settings.type_colours,
        event_types=EVENT_TYPES, certainties=CERTAINTIES, statuses=REVIEW_STATUSES,
    )
    return ctx.templates.TemplateResponse(request, template, values, status_code=status_code)


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect to another host."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/incidents"


# -- logging in ---------------------------------------------------------------------------------


@router.get("/login")
def login_form(
    request: Request, next_: Annotated[str | None, Query(alias="next")] = None
) -> Response:
    if current_session(request) is not None:
        return RedirectResponse(_safe_next(next_), status_code=303)
    return _login_page(request, next_, None)


def _login_page(
    request: Request, next_: str | None, error: str | None, status_code: int = 200
) -> Response:
    token = login_token(request)
    page = render(request, "login.html", None, "login", status_code=status_code,
                  next=_safe_next(next_), error=error, csrf_token=token)
    set_login_cookie(request, page, token)
    return page


@router.post("/login")
def login(
    request: Request,
    name: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next_: Annotated[str | None, Form(alias="next")] = None,
) -> Response:
    ctx = context(request)
    if not login_csrf_matches(request, csrf_token):
        return _login_page(request, next_, "The login form expired. Please try again.", 400)
    address = client_address(request)
    wait = ctx.throttle.wait(address, name)
    if wait > 0:
        page = _login_page(request, next_, too_many_failures(wait).capitalize() + ".", 429)
        page.headers.update(retry_after(wait))
        return page
    user = ctx.users.authenticate(name, password)
    if user is None:
        ctx.throttle.failed(address, name)
        return _login_page(request, next_, "Unknown name or wrong password.", 400)
    ctx.throttle.succeeded(address, name)
    token, _session = ctx.users.start_session(user)
    response = RedirectResponse(_safe_next(next_), status_code=303)
    set_session_cookie(request, response, token)
    return response


@router.post("/logout")
def logout(request: Request, _session: ViewerWrite) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        context(request).users.end_session(token)
    response = RedirectResponse("/login", status_code=303)
    clear_session_cookie(response)
    return response


# -- pages --------------------------------------------------------------------------------------


@router.get("/")
def home(_session: Viewer) -> Response:
    return RedirectResponse("/incidents", status_code=303)


@router.get("/incidents")
def incidents(
    request: Request,
    session: Viewer,
    flt: Filter,
    order: Order = "date",
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    after: After = None,
) -> Response:
    # "next →" carries the cursor and, for the "51–100 of N" line, the offset it stands for;
    # "← previous" and links from elsewhere page by offset.
    ctx = context(request)
    limit = ctx.settings.page_size
    page = incident_page(ctx.store, flt, order=order, limit=limit, offset=offset, after=after,
                         position=offset)
    # Facet counts read every match as a total would: none when the total was not counted.
    counts = None if page.total is None else from_store(Facets, Aggregates(ctx.store).facets(flt))
    return render(
        request, "incidents.html", session, "incidents", page=page, facets=counts, flt=flt,
        order=order, query=query_string(flt), query_with_order=query_string(flt, order=order),
    )


@router.get("/incidents/{incident_id}")
def incident(
    request: Request, session: Viewer,
    incident_id: Annotated[str, Path(min_length=1, max_length=200)],
) -> Response:
    store = context(request).store
    found = incident_or_404(store, incident_id)
    history = sorted(store.incident_history(incident_id), key=lambda d: d.id)
    ach: dict[str, Any] | None = None
    ach_error = None
    try:
        ach = ach_matrix(store, incident_id)
    except HTTPException as error:
        ach_error = str(error.detail)
    return render(
        request, "incident.html", session, "incidents", incident=found,
        documents=source_documents(store, found), history=history, ach=ach,
        ach_error=ach_error, editable=context(request).settings.editable_fields,
    )


@router.get("/map")
def map_page(request: Request, session: Viewer, flt: Filter) -> Response:
    return render(request, "map.html", session, "map", flt=flt, query=query_string(flt))


@router.get("/timeline")
def timeline_page(request: Request, session: Viewer, flt: Filter) -> Response:
    return render(request, "timeline.html", session, "timeline", flt=flt,
                  query=query_string(flt))


@router.get("/network")
def network_page(request: Request, session: Viewer) -> Response:
    return render(request, "network.html", session, "network")


@router.get("/actors/{name:path}")
def actor_page(
    request: Request, session: Viewer,
    name: Annotated[str, Path(min_length=1, max_length=200)],
) -> Response:
    ctx = context(request)
    limit = ctx.settings.page_size
    record = Aggregates(ctx.store).actor_profile(name)
    profile = from_store(ActorProfile, record) if record is not None else None
    by_role = PartyLinks(ctx.store).incidents_by_role(name, limit + 1)
    if profile is None and not any(by_role.values()):
        raise HTTPException(404, f"no actor named {name!r} in any incident")
    wanted = {incident_id for ids in by_role.values() for incident_id in ids}
    summaries = {
        found.incident_id: IncidentSummary.of(found)
        for found in (ctx.store.incident(incident_id) for incident_id in sorted(wanted))
        if found is not None
    }
    roles = [
        ActorRole(role, ROLE_TITLES[role], [summaries[i] for i in ids[:limit] if i in summaries],
                  more=len(ids) > limit)
        for role, ids in by_role.items()
    ]
    return render(request, "actor.html", session, "network", name=name, profile=profile,
                  roles=roles, query=query_string(IncidentFilter(actor=name)))


@router.get("/api/docs")
def api_docs(request: Request, session: Viewer) -> Response:
    """The interactive documentation of the JSON API (vendored Swagger UI, no CDN)."""
    return render(request, "apidocs.html", session, "api", spec=request.app.openapi_url)


@router.get("/review")
def review_page(request: Request, session: Analyst) -> Response:
    return render(request, "review.html", session, "review",
                  editable=context(request).settings.editable_fields)


@router.get("/users")
def users_page(request: Request, session: Admin) -> Response:
    return _users_page(request, session, None)


def _users_page(
    request: Request, session: Session, error: str | None, status_code: int = 200
) -> Response:
    ctx = context(request)
    return render(request, "users.html", session, "users", status_code=status_code,
                  users=ctx.users.all(), error=error,
                  failures=ctx.throttle.recent_failures()[:50])


@router.post("/users")
def add_user(
    request: Request,
    session: AdminWrite,
    name: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    role: Annotated[str, Form(max_length=20)],
) -> Response:
    try:
        context(request).users.add(name, password, role)
    except UserError as error:
        return _users_page(request, session, str(error), 400)
    return RedirectResponse("/users", status_code=303)
