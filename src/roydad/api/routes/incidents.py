"""Reading incidents: the filtered list, one incident, its history, its ACH matrix, documents."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response

from roydad.api.auth import Viewer
from roydad.api.context import context
from roydad.api.etag import json_with_etag
from roydad.api.filters import Order, incident_filter
from roydad.api.schemas import DocumentText, IncidentPage, Problem
from roydad.api.service import After, ach_matrix, api_page, incident_or_404
from roydad.models import Decision, Incident
from roydad.store import IncidentFilter

router = APIRouter(tags=["incidents"], responses={401: {"model": Problem}})

IncidentId = Annotated[str, Path(min_length=1, max_length=200)]
Filter = Annotated[IncidentFilter, Depends(incident_filter)]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem}}



# 422 also for a cursor that is not one (a Problem, not FastAPI's list of field errors).
@router.get("/incidents", response_model=IncidentPage, responses={422: {"model": Problem}})
def list_incidents(
    request: Request,
    _session: Viewer,
    flt: Filter,
    order: Order = "date",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    after: After = None,
) -> Response:
    """Incidents matching every filter given, a page at a time, with the total count.

    Page with `after` = the previous page's `next` (also in the `Link: rel="next"` header):
    as fast on page 1,000 as on page 1, and stable while incidents are added. `offset` still
    works, but the database reads and skips every row before the page.
    """
    return api_page(request, context(request).store, flt, order=order, limit=limit,
                    offset=offset, after=after)


@router.get("/incidents/{incident_id}", response_model=Incident, responses=NOT_FOUND)
def get_incident(request: Request, _session: Viewer, incident_id: IncidentId) -> Response:
    """One incident with every source, claim, conflict and the version to edit against."""
    return json_with_etag(request, incident_or_404(context(request).store, incident_id))


@router.get(
    "/incidents/{incident_id}/history", response_model=list[Decision], responses=NOT_FOUND
)
def incident_history(request: Request, _session: Viewer, incident_id: IncidentId) -> Response:
    """Every decision about the incident (machine and human), oldest first, with who and when."""
    store = context(request).store
    history = store.incident_history(incident_id)
    if not history and store.incident(incident_id) is None:
        raise HTTPException(404, f"no incident {incident_id!r}")
    return json_with_etag(request, sorted(history, key=lambda d: d.id))


@router.get(
    "/incidents/{incident_id}/ach", response_model=dict[str, Any],
    responses={**NOT_FOUND, 422: {"model": Problem}},
)
def incident_ach(request: Request, _session: Viewer, incident_id: IncidentId) -> Response:
    """The matrix of competing hypotheses (who did it) against the evidence."""
    return json_with_etag(request, ach_matrix(context(request).store, incident_id))


@router.get("/documents/{document_id}", response_model=DocumentText, responses=NOT_FOUND)
def get_document(
    request: Request, _session: Viewer,
    document_id: Annotated[str, Path(min_length=1, max_length=200)],
) -> Response:
    """A stored document's full text (the evidence offsets of its events point into it), named
    by its content hash or by the caller's own id or origin."""
    document = context(request).store.document(document_id)
    if document is None:
        raise HTTPException(404, f"no document {document_id!r}")
    body = DocumentText(
        document_id=document.id, title=document.title, url=document.url,
        publisher=document.publisher,
        pub_date=document.pub_date.isoformat() if document.pub_date else None,
        text=document.text,
    )
    return json_with_etag(request, body)
