"""The incidents an export or an analysis reads: the filter its options make, that filter in
words, and the leaving out of incidents an analyst rejected (unless `--status rejected` or
`--include-rejected` asks for them)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import typer

from roydad.commands.options import event_type, parse_day
from roydad.models import Incident

if TYPE_CHECKING:
    from roydad.store import IncidentFilter


def incident_filter(
    type_: str | None, country: str | None, admin1: str | None, actor: str | None,
    since: str | None, until: str | None, status: str | None, certainty: str | None,
    text: str | None, min_sources: int | None, limit: int | None,
) -> IncidentFilter:
    """The filter of the options, or a usage error that says which one is wrong."""
    from roydad.store import IncidentFilter

    try:
        return IncidentFilter(
            event_type=event_type(type_),
            country=country.upper() if country else None, admin1=admin1, actor=actor,
            since=parse_day(since, "--since"), until=parse_day(until, "--until"),
            status=status, certainty=certainty, text=text, min_sources=min_sources,
            limit=limit,
        )
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def describe(flt: IncidentFilter) -> str:
    """ "country: PAK; since: 2024-01-01", or "all incidents"."""
    shown = {"type": flt.event_type, "country": flt.country, "admin1": flt.admin1,
             "actor": flt.actor, "since": flt.since, "until": flt.until, "status": flt.status,
             "certainty": flt.certainty, "text": flt.text, "min sources": flt.min_sources,
             "limit": flt.limit}
    parts = [f"{k}: {v}" for k, v in shown.items() if v is not None]
    return "; ".join(parts) if parts else "all incidents"


class KeptIncidents:
    """The incidents an export writes: rejected ones only when asked for; counts the rest."""

    def __init__(self, incidents: Iterable[Incident], flt: IncidentFilter,
                 include_rejected: bool) -> None:
        self.incidents = incidents
        self.keep_rejected = include_rejected or flt.status == "rejected"
        self.read = 0
        self.rejected = 0

    def __iter__(self) -> Iterator[Incident]:
        for incident in self.incidents:
            self.read += 1
            if incident.status != "rejected" or self.keep_rejected:
                yield incident
            else:
                self.rejected += 1
