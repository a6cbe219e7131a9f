"""What matching needs to know about one stored event mention, and nothing more.

`MentionFeatures` is small and flat on purpose: consolidation hands the matcher a million of them,
so they hold plain values (no pydantic model, no spans), and the names the matcher compares are
already normalised here, once, instead of in every comparison.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from roydad.datafiles.consolidate import ActorConfig, MatchConfig
from roydad.models import ActorRef, EventRecord

_SPACE = re.compile(r"\s+")
# Most reports name no specific party: they all share this one empty set.
_NOBODY: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class MentionFeatures:
    """One event mention as the matcher sees it (see `features_of`)."""

    event_id: str
    document_id: str
    event_type: str
    mode: str | None
    date: dt.date | None
    date_end: dt.date | None
    date_precision: str | None
    pub_date: dt.date | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    location_precision: str | None
    actors: frozenset[str]      # canonical names of the specific doers, normalised
    recipients: frozenset[str]  # canonical names of the specific parties done to, normalised
    weapon: str | None
    fatalities: int | None
    text: str                   # the evidence text and the document's other mentions of it


def normalise_name(name: str) -> str:
    """The form two reports' names are compared in: NFKC, case-folded, spaces collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", name)).strip().casefold()


def is_specific(actor: ActorRef, config: ActorConfig | None = None) -> bool:
    """A party that helps tell one happening from another: named (resolved in the knowledge
    base, or a proper name) and not a generic category (`actors.generic_kinds` / `_sectors` in
    consolidate.yaml: a country's state forces, "Civilians (Pakistan)", ...).

    Extraction also returns common nouns as parties ("car", "five", "their", "second floor");
    two reports sharing "woman" or "147" is no evidence that they report one happening, and
    two reports naming Pakistan's army are most reports from Pakistan.
    """
    config = config or MatchConfig.load().actors
    if actor.kind in config.generic_kinds or (actor.sector or "") in config.generic_sectors:
        return False
    if actor.kb_id:
        return True
    name = actor.name.strip()
    return any(ch.isupper() for ch in name) and not name.replace(" ", "").isdigit()


def canonical(actor: ActorRef) -> str:
    return normalise_name(actor.kb_id or actor.name)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _fatalities(record: EventRecord) -> int | None:
    if record.fatalities is not None:
        return record.fatalities
    if record.fatalities_low is not None and record.fatalities_high is not None:
        return (record.fatalities_low + record.fatalities_high) // 2
    return record.fatalities_low if record.fatalities_low is not None else record.fatalities_high


def features_of(
    record: EventRecord, *, document_id: str, pub_date: dt.date | None
) -> MentionFeatures:
    """The features of a stored record; `document_id` is the store's document (content hash)."""
    loc = record.location
    config = MatchConfig.load().actors
    named = [a for a in record.actors if is_specific(a, config)]
    return MentionFeatures(
        event_id=record.event_id,
        document_id=document_id,
        event_type=sys.intern(record.event_type),
        mode=_shared(record.mode),
        date=_day(record.date),
        date_end=_day(record.date_end),
        date_precision=_shared(record.date_precision),
        pub_date=pub_date,
        lat=loc.lat if loc else None,
        lon=loc.lon if loc else None,
        country=_shared(loc.country) if loc else None,
        admin1=_shared(loc.admin1) if loc else None,
        location_precision=_shared(loc.precision) if loc else None,
        actors=_names(a for a in named if a.role == "actor"),
        recipients=_names(a for a in named if a.role == "recipient"),
        weapon=_shared(record.weapon),
        fatalities=_fatalities(record),
        text=_text(record),
    )


# Consolidation holds the features of every stored report in its date windows, hundreds of
# thousands of them: the few values a column takes (a type, a country, a province, a party's
# name) are kept once, not once per report.
def _shared(value: str | None) -> str | None:
    return None if value is None else sys.intern(value)


def _names(actors: Iterable[ActorRef]) -> frozenset[str]:
    return frozenset(sys.intern(canonical(a)) for a in actors) or _NOBODY


def _text(record: EventRecord) -> str:
    """The evidence and every other passage of the document that refers to the happening:
    two reports of one attack rarely quote the same sentence, but they name the same things."""
    parts = [record.evidence.text]
    parts += [m.text for m in record.mentions if m.text not in record.evidence.text]
    return "\n".join(dict.fromkeys(parts))
