"""Query-string filters of the API and pages, parsed once into the store's IncidentFilter."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import Query

from roydad.models import Certainty, EventType, ReviewStatus
from roydad.store import IncidentFilter

Order = Literal["date", "uncertain", "sources"]

# The query-string names, in the order the pages show them.
FILTER_PARAMS = (
    "type", "country", "admin1", "actor", "since", "until", "certainty", "status", "q",
    "min_sources",
)


def incident_filter(
    event_type: Annotated[
        EventType | None, Query(alias="type", description="PLOVER category.")
    ] = None,
    country: Annotated[
        str | None,
        Query(min_length=3, max_length=3, pattern="^[A-Za-z]{3}$", description="ISO alpha-3."),
    ] = None,
    admin1: Annotated[str | None, Query(max_length=200, description="Province.")] = None,
    actor: Annotated[
        str | None, Query(max_length=200, description="Actor name or kb_id, any role.")
    ] = None,
    since: Annotated[date | None, Query(description="On or after (YYYY-MM-DD).")] = None,
    until: Annotated[date | None, Query(description="On or before (YYYY-MM-DD).")] = None,
    certainty: Annotated[Certainty | None, Query()] = None,
    status: Annotated[ReviewStatus | None, Query(description="Review status.")] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="Words in the evidence sentences.")
    ] = None,
    min_sources: Annotated[int | None, Query(ge=1, le=10_000)] = None,
) -> IncidentFilter:
    return IncidentFilter(
        event_type=event_type,
        country=country.upper() if country else None,
        admin1=_blank_none(admin1),
        actor=_blank_none(actor),
        since=since,
        until=until,
        certainty=certainty,
        status=status,
        text=_blank_none(q),
        min_sources=min_sources,
    )


def _blank_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def with_page(flt: IncidentFilter, *, order: str, limit: int, offset: int) -> IncidentFilter:
    return replace(flt, order=order, limit=limit, offset=offset)


def filter_params(flt: IncidentFilter) -> dict[str, str]:
    """The query-string form of a filter (for links that keep the current filters)."""
    values: dict[str, object] = {
        "type": flt.event_type, "country": flt.country, "admin1": flt.admin1,
        "actor": flt.actor, "since": flt.since, "until": flt.until,
        "certainty": flt.certainty, "status": flt.status, "q": flt.text,
        "min_sources": flt.min_sources,
    }
    return {key: str(value) for key, value in values.items() if value is not None}


def query_string(flt: IncidentFilter, **extra: object) -> str:
    params = filter_params(flt)
    params.update({key: str(value) for key, value in extra.items() if value is not None})
    return urlencode(params)
