"""Aggregates for the pages: facet counts, the timeline, map points, actors and their network."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response

from roydad.api.auth import Viewer
from roydad.api.context import context
from roydad.api.etag import json_with_etag
from roydad.api.filters import incident_filter
from roydad.api.schemas import (
    ActorProfile,
    Count,
    Facets,
    MapPoints,
    Meta,
    Network,
    Problem,
    Timeline,
    TimelineBucket,
    from_store,
)
from roydad.api.settings import CERTAINTIES, EVENT_TYPES, REVIEW_STATUSES, field_options
from roydad.store import Aggregates, IncidentFilter, NetworkParties, PartyLinks

router = APIRouter(tags=["analysis"], responses={401: {"model": Problem}})

Filter = Annotated[IncidentFilter, Depends(incident_filter)]


@router.get("/meta", response_model=Meta)
def meta(request: Request, _session: Viewer) -> Response:
    """The vocabulary of the UI: event types with their colours, certainties, statuses, and the
    fields an analyst may edit."""
    settings = context(request).settings
    body = Meta(
        event_types=list(EVENT_TYPES),
        type_colours={t: settings.colour(t) for t in EVENT_TYPES},
        certainties=list(CERTAINTIES),
        statuses=list(REVIEW_STATUSES),
        editable_fields={
            name: {"kind": f.kind, "choices": list(field_options(f))}
            for name, f in settings.editable_fields.items()
        },
    )
    return json_with_etag(request, body)


@router.get("/facets", response_model=Facets)
def facets(request: Request, _session: Viewer, flt: Filter) -> Response:
    """How many incidents match, and how many per type, country, certainty and status."""
    counts = Aggregates(context(request).store).facets(flt)
    return json_with_etag(request, from_store(Facets, counts))


@router.get("/timeline", response_model=Timeline)
def timeline(
    request: Request, _session: Viewer, flt: Filter,
    interval: Literal["week", "month"] = "month",
) -> Response:
    """Incidents (and their best fatality counts) per week or month and type."""
    found = Aggregates(context(request).store).timeline(flt, interval)
    buckets = [from_store(TimelineBucket, bucket) for bucket in found]
    return json_with_etag(request, Timeline(interval=interval, buckets=buckets))


@router.get("/map", response_model=MapPoints)
def map_points(request: Request, _session: Viewer, flt: Filter) -> Response:
    """Incidents with coordinates (the deadliest first, up to the configured maximum)."""
    ctx = context(request)
    points = Aggregates(ctx.store).map_points(flt, ctx.settings.max_map_points)
    return json_with_etag(request, from_store(MapPoints, points))


@router.get("/network", response_model=Network)
def network(
    request: Request, _session: Viewer,
    since: Annotated[date | None, Query()] = None,
    until: Annotated[date | None, Query()] = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    parties: NetworkParties = "resolved",
    min_incidents: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """Parties linked to the recipients of incidents, per event type and relation (`acted`,
    `claimed`, `blamed`), weighted by incidents. By default only resolved parties (knowledge
    base entities and generic actors such as "Civilians (Iran)"); `parties=all` adds every name
    the reports give. `min_incidents` keeps parties with at least that many incidents."""
    ctx = context(request)
    graph = PartyLinks(ctx.store).network(
        since=since, until=until, actor=actor or None,
        max_edges=ctx.settings.max_network_edges, parties=parties, min_incidents=min_incidents,
    )
    return json_with_etag(request, from_store(Network, graph))


@router.get("/actors", response_model=list[Count])
def actor_names(
    request: Request, _session: Viewer,
    prefix: Annotated[str, Query(max_length=200)] = "",
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> Response:
    """Actor names starting with `prefix`, most frequent first (for search boxes)."""
    names = Aggregates(context(request).store).actor_names(prefix, limit)
    return json_with_etag(request, [from_store(Count, name) for name in names])


@router.get(
    "/actors/{name:path}", response_model=ActorProfile, responses={404: {"model": Problem}}
)
def actor(
    request: Request, _session: Viewer,
    name: Annotated[str, Path(min_length=1, max_length=200)],
) -> Response:
    """An actor: kinds, countries, the words reports use for it, and its roles per year."""
    profile = Aggregates(context(request).store).actor_profile(name)
    if profile is None:
        raise HTTPException(404, f"no actor named {name!r} in any incident")
    return json_with_etag(request, from_store(ActorProfile, profile))
