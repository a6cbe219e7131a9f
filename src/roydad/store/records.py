"""The small typed values the store takes and returns (besides the models in roydad.models)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from roydad.models import Incident
from roydad.store import paging

MAX_EXAMPLES = 3


@dataclass(frozen=True, slots=True)
class IngestCounts:
    """What `Store.add_documents` did.

    `duplicates` counts documents whose content was already stored, or had already appeared
    earlier in the same call: `seen == new_documents + duplicates`. A duplicate read from a new
    place still adds a source, so `new_sources` may exceed `new_documents`.
    """

    seen: int = 0
    new_documents: int = 0
    new_sources: int = 0
    duplicates: int = 0
    # Of the duplicates: texts first stored by this same run (a feed entry that repeats a report
    # of a JSONL file read before it), as against texts stored by an earlier run.
    repeats: int = 0
    # Stored documents without a publication date that this run's copy dated.
    dates_filled: int = 0
    # Of those, documents already processed: their events were dated without it.
    dated_after_processing: int = 0
    # A few (repeat's origin, first origin) pairs, to show what was repeated.
    repeat_examples: tuple[tuple[str, str], ...] = ()

    def __add__(self, other: IngestCounts) -> IngestCounts:
        return IngestCounts(
            self.seen + other.seen,
            self.new_documents + other.new_documents,
            self.new_sources + other.new_sources,
            self.duplicates + other.duplicates,
            self.repeats + other.repeats,
            self.dates_filled + other.dates_filled,
            self.dated_after_processing + other.dated_after_processing,
            (self.repeat_examples + other.repeat_examples)[:MAX_EXAMPLES],
        )


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events `Store.events` yields. Every criterion given must hold; None means any.

    `country` is ISO 3166-1 alpha-3 (case-insensitive). `since`/`until` are inclusive and apply
    to the event's `date`, so events with an unknown date are left out when either is set.
    """

    event_type: str | None = None
    country: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int | None = None

    def __post_init__(self) -> None:
        # SQLite reads a negative LIMIT as "no limit", PostgreSQL refuses it: refuse it here.
        if self.limit is not None and self.limit < 0:
            raise ValueError(f"limit must not be negative, got {self.limit}")


@dataclass(frozen=True, slots=True)
class RunInfo:
    id: int
    kind: str
    extractor: str
    started_at: datetime
    finished_at: datetime | None
    status: str
    documents_seen: int
    documents_new: int
    events: int
    problems: int


@dataclass(frozen=True, slots=True)
class StoreSummary:
    documents: int
    sources: int
    processed: int
    pending: int
    events: int
    # Most frequent first.
    by_event_type: dict[str, int] = field(default_factory=dict)
    runs: int = 0
    last_run: RunInfo | None = None


INCIDENT_ORDERS = ("date", "uncertain", "sources")


@dataclass(frozen=True, slots=True)
class IncidentFilter:
    """Which incidents `Store.incidents` yields and in what order. None means any.

    - `country`: ISO alpha-3; `admin1`: the province name as stored (case-insensitive).
    - `actor`: an actor's canonical name or kb_id, in any role.
    - `since`/`until`: inclusive, on the incident's date range (it overlaps [since, until]).
    - `text`: full-text search over the evidence sentences of the incident's reports.
    - `order`: "date" (newest first), "uncertain" (least confident first: the review queue),
      "sources" (most reported first); unknown dates last, ties in id order.
    - `after`: a cursor (`IncidentList.next` of the previous page): start after that row, read
      off the index instead of skipping `offset` rows. Not together with `offset`.
    """

    event_type: str | None = None
    country: str | None = None
    admin1: str | None = None
    actor: str | None = None
    since: date | None = None
    until: date | None = None
    certainty: str | None = None
    status: str | None = None
    text: str | None = None
    min_sources: int | None = None
    order: str = "date"
    limit: int | None = None
    offset: int = 0
    after: str | None = None

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 0:
            raise ValueError(f"limit must not be negative, got {self.limit}")
        if self.offset < 0:
            raise ValueError(f"offset must not be negative, got {self.offset}")
        if self.order not in INCIDENT_ORDERS:
            raise ValueError(f"order must be one of {INCIDENT_ORDERS}, not {self.order!r}")
        if self.after is not None:
            if self.offset:
                raise ValueError("page with either `after` (a cursor) or `offset`, not both")
            paging.decode(self.order, self.after)  # refuse a bad cursor here, not mid-query


@dataclass(frozen=True, slots=True)
class IncidentList:
    """One page of `Store.incident_page`: the incidents, and the cursor of the next page
    (pass it as `IncidentFilter.after`), None when this page is the last."""

    items: list[Incident]
    next: str | None


@dataclass(frozen=True, slots=True)
class ConsolidationCounts:
    """What one `roydad.review.consolidation.consolidate` call did."""

    mentions: int = 0
    attached: int = 0
    created: int = 0


class StaleEditError(RuntimeError):
    """An edit was made against an older version of the incident than the stored one."""
