"""The sides a record gives an ACLED row, for scoring actor1/actor2 against ACLED-style gold.

A record lists the parties its text names (`docs/CONTRACT.md`): "gunmen" is in it, resolved to
"Unidentified Armed Group (Pakistan)"; a report that names no doer has no actor at all, since the
record never invents one. ACLED's own rows always have an actor1, so the ACLED coding
(`roydad.coding.party_codes`) adds what the codebook adds: the claimed party, the unidentified
label when no one is named, "Civilians (Country)" for unnamed victims. Scoring an ACLED-style
gold side also accepts the party `roydad export acled` would write for the record alone, and
which actors stand for the second side of a mutual event (an armed clash, whose record lists
both sides as actors, the first side first).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from roydad.coding.party_codes import PartyCoder
from roydad.consolidate.derive import derive_incident
from roydad.models import ActorRef, EventRecord, Report


@dataclass
class RecordCoder:
    """ACLED actor1/actor2 labels of single records (memoised by event id)."""

    coder: PartyCoder = field(default_factory=PartyCoder)
    _memo: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    def sides(self, record: EventRecord) -> tuple[str, str | None]:
        key = f"{record.doc_id}\x00{record.event_id}"
        if key not in self._memo:
            incident = derive_incident(record.event_id, [Report(record, record.doc_id)])
            coding = self.coder.code(incident)
            self._memo[key] = (coding.actor1.label,
                               coding.actor2.label if coding.actor2 else None)
        return self._memo[key]

    def mutual(self, record: EventRecord) -> bool:
        return record.acled_sub_event_type in self.coder.rules.mutual


def second_side(record: EventRecord) -> list[ActorRef]:
    """The actors of a mutual event after the first named party: the other side."""
    actors = [a for a in record.actors if a.role == "actor"]
    return [a for a in actors[1:] if a.name != actors[0].name]


def same_label(gold: str, predicted: str | None) -> bool:
    """One generic ACLED label on both sides ("Unidentified Armed Group (Mali)"), which name
    matching cannot tell apart, as every word of it is generic."""
    return predicted is not None and " ".join(gold.split()).casefold() == " ".join(
        predicted.split()).casefold()
