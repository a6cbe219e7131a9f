"""Analysts' decisions: the review queue, accept, reject, edit, merge, split, undo.

Every decision names its user and goes into the store's audit trail. Accept, reject and edit
carry the version they were made on: a decision on a stale version is refused with 409 and a
message saying who changed the incident, and nothing is saved.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response

from roydad.api.auth import Analyst, AnalystWrite, Forbidden, may_undo
from roydad.api.context import context
from roydad.api.schemas import (
    EditRequest,
    IncidentPage,
    MergeRequest,
    MergeResult,
    Problem,
    RejectRequest,
    SplitRequest,
    StatusChange,
    UndoRequest,
)
from roydad.api.service import (
    After,
    EditRefused,
    api_page,
    decide,
    incident_or_404,
    stale_message,
)
from roydad.consolidate.edits import EditError, check_edit
from roydad.models import Decision, Incident
from roydad.review import decisions
from roydad.store import IncidentFilter

router = APIRouter(
    tags=["review"],
    responses={401: {"model": Problem}, 403: {"model": Problem}},
)

IncidentId = Annotated[str, Path(min_length=1, max_length=200)]
DECISION_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": Problem}, 409: {"model": Problem}, 422: {"model": Problem},
}


@router.get("/review", response_model=IncidentPage, responses={422: {"model": Problem}})
def review_queue(
    request: Request,
    _session: Analyst,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    after: After = None,
) -> Response:
    """Machine-coded incidents awaiting review, least confident first (page by `after` =
    the previous page's `next`, or by `offset`). For analysts and admins, like the review page;
    viewers list the same incidents with `GET /incidents?status=machine`."""
    flt = IncidentFilter(status="machine")
    return api_page(request, context(request).store, flt, order="uncertain", limit=limit,
                    offset=offset, after=after)


@router.post(
    "/incidents/{incident_id}/accept", response_model=Incident, responses=DECISION_ERRORS
)
def accept(
    request: Request, session: AnalystWrite, incident_id: IncidentId, body: StatusChange
) -> Incident:
    """Accept the incident as coded."""
    store = context(request).store
    return decide(store, incident_id, body.version, lambda: decisions.set_status(
        store, incident_id, "accepted", actor=session.user.name, reason=body.reason,
        expected_version=body.version,
    ))


@router.post(
    "/incidents/{incident_id}/reject", response_model=Incident, responses=DECISION_ERRORS
)
def reject(
    request: Request, session: AnalystWrite, incident_id: IncidentId, body: RejectRequest
) -> Incident:
    """Reject the incident (not a real happening, or not one we code); a reason is required."""
    store = context(request).store
    return decide(store, incident_id, body.version, lambda: decisions.set_status(
        store, incident_id, "rejected", actor=session.user.name, reason=body.reason,
        expected_version=body.version,
    ))


@router.patch("/incidents/{incident_id}", response_model=Incident, responses=DECISION_ERRORS)
def edit(
    request: Request, session: AnalystWrite, incident_id: IncidentId, body: EditRequest
) -> Incident:
    """Change fields of the incident, with a reason; the machine's values stay in the history.

    Refused with 422 (naming the field) when a value does not fit its field or the incident,
    or when the edit would change nothing."""
    store = context(request).store
    current = incident_or_404(store, incident_id)
    if current.version != body.version:
        raise HTTPException(409, stale_message(store, incident_id, body.version))
    try:
        changes = check_edit(current, body.changes)
    except EditError as error:
        raise EditRefused(error) from error
    return decide(store, incident_id, body.version, lambda: decisions.edit_incident(
        store, incident_id, changes, actor=session.user.name, reason=body.reason,
        expected_version=body.version,
    ))


@router.post(
    "/incidents/merge", response_model=MergeResult, responses=DECISION_ERRORS,
)
def merge(request: Request, session: AnalystWrite, body: MergeRequest) -> MergeResult:
    """Merge incidents that are one happening; answers the surviving incident's id."""
    store = context(request).store
    survivor = decide(store, body.incident_ids[0], None, lambda: decisions.merge_incidents(
        store, body.incident_ids, actor=session.user.name, reason=body.reason,
    ))
    return MergeResult(incident_id=survivor)


@router.post(
    "/incidents/{incident_id}/split", response_model=MergeResult, responses=DECISION_ERRORS,
)
def split(
    request: Request, session: AnalystWrite, incident_id: IncidentId, body: SplitRequest
) -> MergeResult:
    """Move the given reports (event ids) out into a new incident; answers the new id."""
    store = context(request).store
    new_id = decide(store, incident_id, None, lambda: decisions.split_incident(
        store, incident_id, body.event_ids, actor=session.user.name, reason=body.reason,
    ))
    return MergeResult(incident_id=new_id)


@router.post("/decisions/{decision_id}/undo", response_model=Decision, responses=DECISION_ERRORS)
def undo(
    request: Request, session: AnalystWrite,
    decision_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    body: UndoRequest | None = None,
) -> Decision:
    """Undo a decision (itself recorded as a decision). An analyst may undo their own
    decisions; an admin anyone's, roydad's automatic ones included."""
    store = context(request).store
    decision = store.decision(decision_id)
    if decision is None:
        raise HTTPException(404, f"not found: no decision {decision_id}")
    if not may_undo(session.user, decision.actor):
        raise Forbidden(
            f"decision #{decision_id} was made by {decision.actor}: an analyst may undo only "
            "their own decisions; ask an admin"
        )
    reason = body.reason if body else None
    return decide(store, str(decision_id), None, lambda: decisions.undo(
        store, decision_id, actor=session.user.name, reason=reason,
    ))
