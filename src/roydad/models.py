"""The records that flow through roydad: Document in, contract EventRecord out.

`EventRecord` mirrors docs/CONTRACT.md field for field; the JSON Schema in
`roydad/data/contract/event_record.schema.json` is the same contract for outside tools.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal[
    "ASSAULT", "COERCE", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "ACCUSE", "REJECT",
    "REQUEST", "CONSULT", "AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
]
Certainty = Literal[
    "asserted", "reported", "claimed", "alleged", "speculated", "hypothetical", "negated"
]
DatePrecision = Literal["day", "week", "month", "year"]
GeoPrecision = Literal["point", "city", "admin2", "admin1", "country"]
ActorRole = Literal["actor", "recipient", "associated"]
ActorKind = Literal["person", "organization", "state", "group", "unknown"]
# Who decided an event's type: the rules, the classifier (roydad.classify), or both agreeing.
TypeSource = Literal["rule", "model", "agree"]
ClaimKind = Literal["responsibility", "attribution", "denial", "accusation"]
Calendar = Literal["gregorian", "solar-hijri"]
CALENDARS: tuple[Calendar, ...] = ("gregorian", "solar-hijri")

_SPACE = re.compile(r"\s+")
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


def normalise_text(text: str) -> str:
    """The form a document's identity is computed from: NFKC, case-folded, whitespace collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_hash(text: str) -> str:
    """Stable document identity: the same article from two feeds hashes the same."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:32]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Document(Record):
    """One input article. `id` is the caller's id (JSONL id, file path, feed entry id)."""

    id: str
    text: str
    pub_date: date | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None
    # The calendar relative dates refer to ("this year" in a Persian-source text): None = Gregorian.
    calendar: Calendar | None = None
    origin: str = Field(description="where it was read from: a path, path:line or URL")

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


class Location(Record):
    name: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: GeoPrecision | None = None


class ActorRef(Record):
    text: str
    name: str
    role: ActorRole
    kind: ActorKind = "unknown"
    sector: str | None = None
    country: str | None = None
    kb_id: str | None = None


class Claim(Record):
    kind: ClaimKind
    claimant: str | None = None
    attributed_to: str | None = None
    certainty: Certainty
    text: str


class Evidence(Record):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(Record):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    trigger: str


class EventRecord(Record):
    """One happening in one document: the contract's event record."""

    doc_id: str
    event_id: str
    event_type: EventType
    mode: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    date: str | None = Field(default=None, pattern=ISO_DATE)
    date_end: str | None = Field(default=None, pattern=ISO_DATE)
    date_precision: DatePrecision | None = None
    date_text: str | None = None
    location: Location | None = None
    actors: list[ActorRef] = Field(default_factory=list)
    fatalities: int | None = Field(default=None, ge=0)
    fatalities_low: int | None = Field(default=None, ge=0)
    fatalities_high: int | None = Field(default=None, ge=0)
    injured: int | None = Field(default=None, ge=0)
    weapon: str | None = None
    certainty: Certainty = "asserted"
    claims: list[Claim] = Field(default_factory=list)
    evidence: Evidence
    mentions: list[Mention] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    extractor: str
    # Who decided event_type / acled_*: see roydad.classify.combine; None from older extractors.
    type_source: TypeSource | None = None
    # The classifier's calibrated probability of the record's type (None: not classified).
    type_confidence: float | None = Field(default=None, ge=0.0, le=1.0)

    def to_json(self) -> str:
        return self.model_dump_json()


class Problem(Record):
    """Bad input: where it is and what is wrong. Reported, skipped, never fatal."""

    origin: str
    line: int | None = None
    message: str

    def __str__(self) -> str:
        where = f"{self.origin}:{self.line}" if self.line is not None else self.origin
        return f"{where}: {self.message}"


# -- incidents: one real-world happening across every report of it --------------------------

ReviewStatus = Literal["machine", "accepted", "edited", "rejected"]
DecisionKind = Literal[
    "create", "attach", "merge", "split", "edit", "accept", "reject", "ach_cell", "ach_evidence",
    "undo",
]


class SourceRef(Record):
    """Where a stored document was read from, in the caller's own terms."""

    # The caller's id: a JSONL line's "id", a file's name (its path inside a folder given), a
    # feed entry's id or a URL.
    id: str
    # The file (":line" for a JSONL line) or URL it was read from.
    origin: str


class IncidentSource(Record):
    """One report of the incident: the stored event mention and the document it came from."""

    event_id: str
    document_id: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    pub_date: str | None = Field(default=None, pattern=ISO_DATE)
    certainty: Certainty = "asserted"
    evidence: Evidence
    # Every place the document was read from (filled in when the incident is read, so that a
    # copy of the text ingested later from another file shows too).
    refs: list[SourceRef] = Field(default_factory=list)

    @property
    def label(self) -> str:
        """A name for the report a person recognises: its publisher, its title, the caller's
        own id, and only when none is known the start of the content hash."""
        for name in (self.publisher, self.title, *(r.id for r in self.refs)):
            if name and name.strip():
                return " ".join(name.split())
        return self.document_id[:12]


class SourcedValue(Record):
    """One value a field takes in some of the incident's reports, with those reports' event ids."""

    value: str | int | float | None
    event_ids: list[str]


class FieldConflict(Record):
    """A field the sources disagree on: every value kept, each with its sources."""

    field: str
    values: list[SourcedValue]


class IncidentActor(Record):
    name: str
    role: ActorRole
    kind: ActorKind = "unknown"
    sector: str | None = None
    country: str | None = None
    kb_id: str | None = None
    # How many of the incident's reports name this actor in this role.
    reports: int = Field(default=1, ge=1)


class IncidentClaim(Record):
    """A claim from one report of the incident, with the report it came from."""

    kind: ClaimKind
    claimant: str | None = None
    attributed_to: str | None = None
    certainty: Certainty
    text: str
    event_id: str
    document_id: str
    publisher: str | None = None
    pub_date: str | None = Field(default=None, pattern=ISO_DATE)


class Incident(Record):
    """One happening, consolidated from every stored report of it.

    Derived from its member mentions by the rules in `roydad.consolidate.derive` (stated in its
    docstring and stored in `rules`); an analyst's edits override derived values and are kept as
    decisions. There is deliberately no single "perpetrator": `actors` keeps everyone any report
    names as actor, and `claims` keeps who says who did it.
    """

    incident_id: str
    event_type: EventType
    mode: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    date_start: str | None = Field(default=None, pattern=ISO_DATE)
    date_end: str | None = Field(default=None, pattern=ISO_DATE)
    date_precision: DatePrecision | None = None
    location: Location | None = None
    actors: list[IncidentActor] = Field(default_factory=list)
    fatalities_low: int | None = Field(default=None, ge=0)
    fatalities_best: int | None = Field(default=None, ge=0)
    fatalities_high: int | None = Field(default=None, ge=0)
    injured_low: int | None = Field(default=None, ge=0)
    injured_high: int | None = Field(default=None, ge=0)
    weapons: list[str] = Field(default_factory=list)
    certainty: Certainty = "asserted"
    claims: list[IncidentClaim] = Field(default_factory=list)
    sources: list[IncidentSource] = Field(default_factory=list)
    conflicts: list[FieldConflict] = Field(default_factory=list)
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    status: ReviewStatus = "machine"
    # Optimistic locking: every change bumps it; an edit made against an older version is refused.
    version: int = Field(default=1, ge=1)
    # Which derivation rule produced each field, e.g. {"location": "most precise consistent"}.
    rules: dict[str, str] = Field(default_factory=dict)

    @property
    def source_count(self) -> int:
        return len({s.document_id for s in self.sources})

    def to_json(self) -> str:
        return self.model_dump_json()


class Decision(Record):
    """A change to incidents, by a person or by roydad; undoable until `undone_by` is set."""

    id: int
    kind: DecisionKind
    incident_ids: list[str]
    actor: str
    at: str
    reason: str | None = None
    payload: dict[str, object] = Field(default_factory=dict)
    undone_by: int | None = None


@dataclass(frozen=True, slots=True)
class Report:
    """One member mention of an incident with what the incident needs to know about its
    document: what the store reads and `roydad.consolidate.derive` derives an incident from."""

    record: EventRecord
    document_id: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    pub_date: date | None = None
