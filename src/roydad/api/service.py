"""What the API routes and the pages both do with the store: fetch or 404, the list page,
decisions with their errors turned into clear HTTP answers, the evidence of an incident."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Annotated, Any, TypeVar

from fastapi import HTTPException, Query, Request, Response

from roydad.api.etag import json_with_etag
from roydad.api.filters import with_page
from roydad.api.highlight import Highlighted, highlight
from roydad.api.schemas import IncidentPage, IncidentSummary
from roydad.api.templating import when
from roydad.consolidate.edits import EditError
from roydad.models import Document, Evidence, Incident, IncidentSource
from roydad.store import IncidentFilter, StaleEditError, Store

T = TypeVar("T")

After = Annotated[
    str | None,
    Query(max_length=1000, description="The previous page's `next`: the page after it."),
]


def incident_or_404(store: Store, incident_id: str) -> Incident:
    incident = store.incident(incident_id)
    if incident is None:
        raise HTTPException(404, f"no incident {incident_id!r}")
    return incident


def incident_page(
    store: Store, flt: IncidentFilter, *, order: str, limit: int, offset: int = 0,
    after: str | None = None, position: int | None = None,
) -> IncidentPage:
    """A page of the list with its total (None: many, not counted), by `offset` or after the
    cursor `after`.

    A cursor page does not know where it starts in the list; `position` says so when the
    caller knows (the web UI, which counts its pages), and then `next_offset` follows from it.
    A bad cursor is a 422.
    """
    try:
        paged = with_page(flt, order=order, limit=limit, offset=offset if after is None else 0)
        if after is not None:
            paged = replace(paged, after=after)
    except ValueError as error:
        raise HTTPException(422, str(error)) from error
    # Not counted (None) when that would read every match of a common actor or word: the
    # page says "many" then, unless this page is the last and so shows where the list ends.
    total = store.count_incidents_if_cheap(flt)
    listed = store.incident_page(paged)
    items = [IncidentSummary.of(incident) for incident in listed.items]
    start = offset if after is None else position
    following = None if start is None else start + len(items)
    if total is None and listed.next is None and start is not None:
        total = start + len(items)
    more = listed.next is not None if total is None else following is not None and (
        following < total
    )
    return IncidentPage(
        items=items, total=total, limit=limit, offset=start or 0,
        next_offset=following if more else None, next=listed.next,
    )


def api_page(
    request: Request, store: Store, flt: IncidentFilter, *, order: str, limit: int,
    offset: int, after: str | None,
) -> Response:
    """The JSON list page, with its ETag and a `Link: <...>; rel="next"` header (a cursor)."""
    if after is not None and offset:
        raise HTTPException(422, "page with either `after` (a cursor) or `offset`, not both")
    page = incident_page(store, flt, order=order, limit=limit, offset=offset, after=after)
    response = json_with_etag(request, page)
    if page.next is not None:
        following = request.url.remove_query_params("offset").include_query_params(
            after=page.next
        )
        response.headers["Link"] = f'<{following}>; rel="next"'
    return response


class EditRefused(HTTPException):
    """422 for an edit that does not fit: the answer names the field (`field`)."""

    def __init__(self, error: EditError) -> None:
        super().__init__(422, str(error))
        self.field = error.field


def stale_message(store: Store, incident_id: str, version: int) -> str:
    """Why an edit was refused, with who changed the incident last and when."""
    current = store.incident(incident_id)
    if current is None:
        return (
            f"incident {incident_id} no longer exists (merged or split since you opened it); "
            "nothing was saved"
        )
    history = store.incident_history(incident_id)
    last = max(history, key=lambda d: d.id) if history else None
    by = f", last changed by {last.actor} at {when(last.at)} ({last.kind})" if last else ""
    return (
        f"incident {incident_id} has changed since you opened it: you worked on version "
        f"{version}, it is now version {current.version}{by}. Nothing was saved; reload it "
        "and make your change again."
    )


@contextmanager
def decision_errors(store: Store, incident_id: str, version: int | None = None) -> Iterator[None]:
    """Store errors of a decision as HTTP answers: stale → 409, unknown → 404, invalid → 422."""
    try:
        yield
    except StaleEditError as error:
        if version is None:
            raise HTTPException(409, str(error)) from error
        raise HTTPException(409, stale_message(store, incident_id, version)) from error
    except KeyError as error:
        what = error.args[0] if error.args else incident_id
        raise HTTPException(404, f"not found: {what}") from error
    except ValueError as error:
        raise HTTPException(422, str(error)) from error


def decide(
    store: Store, incident_id: str, version: int | None, action: Callable[[], T]
) -> T:
    with decision_errors(store, incident_id, version):
        return action()


# -- the evidence of an incident ----------------------------------------------------------------


@dataclass
class SourceDocument:
    """One document that reports the incident, with its evidence sentences marked."""

    document_id: str
    title: str | None
    url: str | None
    publisher: str | None
    pub_date: str | None
    sources: list[IncidentSource]
    text: Highlighted | None
    missing: bool = False
    certainties: list[str] = field(default_factory=list)


def source_documents(store: Store, incident: Incident) -> list[SourceDocument]:
    """The incident's documents, each once, newest report first, evidence highlighted."""
    by_doc: dict[str, list[IncidentSource]] = {}
    for source in incident.sources:
        by_doc.setdefault(source.document_id, []).append(source)
    out = []
    for document_id, sources in by_doc.items():
        document: Document | None = store.document(document_id)
        spans: dict[str, Evidence] = {s.event_id: s.evidence for s in sources}
        first = sources[0]
        out.append(SourceDocument(
            document_id=document_id,
            title=first.title or (document.title if document else None),
            url=first.url or (document.url if document else None),
            publisher=first.publisher or (document.publisher if document else None),
            pub_date=first.pub_date
            or (document.pub_date.isoformat() if document and document.pub_date else None),
            sources=sources,
            text=highlight(document.text, spans) if document else None,
            missing=document is None,
            certainties=sorted({s.certainty for s in sources}),
        ))
    out.sort(key=lambda d: d.pub_date or "", reverse=True)
    return out


def ach_matrix(store: Store, incident_id: str) -> dict[str, Any]:
    """The analysis of competing hypotheses for the incident, with the analysts' rows and cell
    judgements applied."""
    from roydad.analysis.ach import AchError
    from roydad.review.ach_judgements import ach

    try:
        return ach(store, incident_id).to_dict()
    except KeyError as error:
        raise HTTPException(404, f"no incident {incident_id!r}") from error
    except AchError as error:
        raise HTTPException(422, f"no ACH matrix for {incident_id}: {error}") from error
