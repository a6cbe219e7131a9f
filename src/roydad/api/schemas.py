"""Request and response bodies of the JSON API (beyond the models in roydad.models)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from roydad.models import Certainty, EventType, Incident, ReviewStatus

if TYPE_CHECKING:
    from roydad.api.throttle import FailedLogin


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


B = TypeVar("B", bound=Body)


def from_store(body: type[B], record: object) -> B:
    """The response body of a store record of the same shape (`Facets` from the store's
    `Facets`, nested records included)."""
    return body.model_validate(record, from_attributes=True)


# -- reading ------------------------------------------------------------------------------------


class IncidentSummary(Body):
    """One row of the incident list: what the list, the queue and the map need, no sources."""

    incident_id: str
    event_type: EventType
    mode: str | None
    date_start: str | None
    date_end: str | None
    location_name: str | None
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    certainty: Certainty
    status: ReviewStatus
    confidence: float
    version: int
    sources: int
    actors: list[str]
    recipients: list[str]

    @classmethod
    def of(cls, incident: Incident) -> IncidentSummary:
        loc = incident.location
        return cls(
            incident_id=incident.incident_id, event_type=incident.event_type,
            mode=incident.mode, date_start=incident.date_start, date_end=incident.date_end,
            location_name=loc.name if loc else None, admin1=loc.admin1 if loc else None,
            country=loc.country if loc else None, lat=loc.lat if loc else None,
            lon=loc.lon if loc else None, fatalities_low=incident.fatalities_low,
            fatalities_best=incident.fatalities_best, fatalities_high=incident.fatalities_high,
            certainty=incident.certainty, status=incident.status,
            confidence=incident.confidence, version=incident.version,
            sources=incident.source_count,
            actors=[a.name for a in incident.actors if a.role == "actor"],
            recipients=[a.name for a in incident.actors if a.role == "recipient"],
        )


class IncidentPage(Body):
    items: list[IncidentSummary]
    # How many incidents match; null when the filters include an actor or words so common that
    # counting would read thousands of reports (a page of them is still quick): "many".
    total: int | None
    limit: int
    offset: int
    next_offset: int | None
    # The cursor of the next page (pass it as `after`), None on the last page. Cheaper than
    # `next_offset` deep in the list, and stable while incidents are added.
    next: str | None = None


class Count(Body):
    value: str
    count: int


class Facets(Body):
    """How many incidents match the filters, per value of each filterable field."""

    total: int
    event_type: list[Count]
    country: list[Count]
    certainty: list[Count]
    status: list[Count]


class TimelineBucket(Body):
    period: str
    period_end: str
    event_type: str
    count: int
    fatalities: int


class Timeline(Body):
    interval: Literal["week", "month"]
    buckets: list[TimelineBucket]


class MapPoint(Body):
    incident_id: str
    lat: float
    lon: float
    event_type: str
    fatalities: int | None
    date_start: str | None
    location_name: str | None
    certainty: str


class MapPoints(Body):
    points: list[MapPoint]
    total: int
    truncated: bool
    without_coordinates: int


class NetworkNode(Body):
    id: str
    kind: str
    incidents: int


class NetworkEdge(Body):
    source: str
    target: str
    event_type: str
    # acted: the source acted on the target; claimed: it claimed the incident; blamed: it was
    # blamed for it (attribution or accusation).
    relation: Literal["acted", "claimed", "blamed"]
    incidents: int


class Network(Body):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    truncated: bool


class RoleCount(Body):
    period: str
    role: str
    count: int


class ActorProfile(Body):
    name: str
    kinds: list[str]
    countries: list[str]
    kb_ids: list[str]
    aliases: list[Count]
    roles: list[RoleCount]
    as_actor: int
    as_recipient: int
    as_associated: int


class DocumentText(Body):
    document_id: str
    title: str | None
    url: str | None
    publisher: str | None
    pub_date: str | None
    text: str


class Meta(Body):
    """The vocabulary the UI needs: types with colours, certainties, statuses, editable fields."""

    event_types: list[str]
    type_colours: dict[str, str]
    certainties: list[str]
    statuses: list[str]
    editable_fields: dict[str, dict[str, object]]


# -- writing ------------------------------------------------------------------------------------


class StatusChange(Body):
    version: int = Field(ge=1, description="The version the decision was made on.")
    reason: str | None = Field(default=None, max_length=2000)


class RejectRequest(Body):
    version: int = Field(ge=1)
    reason: str = Field(min_length=1, max_length=2000)


class EditRequest(Body):
    version: int = Field(ge=1, description="The version the edit was made on.")
    changes: dict[str, JsonValue] = Field(
        min_length=1, description="Field → new value; `location` is an object, `weapons` a list."
    )
    reason: str = Field(min_length=1, max_length=2000)


class MergeRequest(Body):
    incident_ids: list[str] = Field(min_length=2, max_length=50)
    reason: str | None = Field(default=None, max_length=2000)


class SplitRequest(Body):
    event_ids: list[str] = Field(min_length=1, max_length=500)
    reason: str | None = Field(default=None, max_length=2000)


class UndoRequest(Body):
    reason: str | None = Field(default=None, max_length=2000)


class MergeResult(Body):
    incident_id: str


class LoginRequest(Body):
    name: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)


class SessionInfo(Body):
    name: str
    role: str
    csrf_token: str
    expires_at: str


class CsrfToken(Body):
    csrf_token: str


class UserInfo(Body):
    name: str
    role: str
    created_at: str


class UserCreate(Body):
    name: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=8, max_length=1000)
    role: Literal["viewer", "analyst", "admin"]


class FailedLoginInfo(Body):
    at: str
    name: str
    address: str
    attempts: int
    wait_seconds: int

    @classmethod
    def of(cls, failure: FailedLogin) -> FailedLoginInfo:
        return cls(at=failure.at.isoformat(), name=failure.name, address=failure.address,
                   attempts=failure.attempts, wait_seconds=math.ceil(failure.wait))


class Problem(Body):
    """An error: `detail` says what is wrong (for a request that fails validation, FastAPI's
    list of errors, with `message` saying it in words)."""

    detail: str | list[dict[str, JsonValue]]
    message: str | None = None
    # The field at fault, for an edit refused as not fitting the field or the incident.
    field: str | None = None
