"""Documents and event records built directly from roydad.models (no NLP needed)."""

from __future__ import annotations

from datetime import date
from typing import Any

from roydad.models import (
    ActorRef,
    Claim,
    Document,
    EventRecord,
    Evidence,
    Location,
    Mention,
)


def doc(text: str, origin: str = "feed.xml", doc_id: str = "d1", **fields: Any) -> Document:
    return Document(id=doc_id, text=text, origin=origin, **fields)


def full_event(doc_id: str, event_id: str = "ev-1", **changes: Any) -> EventRecord:
    """An event with every kind of field filled: location, actors, claims, mentions."""
    record = EventRecord(
        doc_id=doc_id,
        event_id=event_id,
        event_type="ASSAULT",
        mode="explosives",
        acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Remote explosive/landmine/IED",
        date="2024-03-05",
        date_end="2024-03-06",
        date_precision="day",
        date_text="on Tuesday evening",
        location=Location(
            name="Mogadishu", admin1="Banaadir", admin2=None, country="SOM",
            lat=2.0371, lon=45.3438, geonames_id=53654, precision="city",
        ),
        actors=[
            ActorRef(text="al-Shabaab", name="Al-Shabaab", role="actor", kind="group",
                     sector="REB", country="SOM", kb_id="kb:alshabaab"),
            ActorRef(text="diners", name="civilians", role="recipient"),
            ActorRef(text="police", name="Somali Police Force", role="associated",
                     kind="organization", sector="COP", country="SOM"),
        ],
        fatalities=12,
        fatalities_low=12,
        fatalities_high=None,
        injured=20,
        weapon="car bomb",
        certainty="reported",
        claims=[
            Claim(kind="responsibility", claimant="Al-Shabaab", attributed_to="Al-Shabaab",
                  certainty="claimed", text="al-Shabaab claimed responsibility"),
            Claim(kind="denial", claimant=None, attributed_to=None, certainty="alleged",
                  text="the group denied involvement"),
        ],
        evidence=Evidence(text="A car bomb exploded outside a restaurant.", start=0, end=41),
        mentions=[
            Mention(text="A car bomb exploded", start=0, end=19, trigger="exploded"),
            Mention(text="the blast", start=120, end=129, trigger="blast"),
        ],
        confidence=0.8125,
        extractor="roydad-test/1",
        type_source="model",
        type_confidence=0.7342,
    )
    return record.model_copy(update=changes) if changes else record


def bare_event(doc_id: str, event_id: str, **changes: Any) -> EventRecord:
    """The least an event can carry."""
    fields: dict[str, Any] = {
        "doc_id": doc_id,
        "event_id": event_id,
        "event_type": "PROTEST",
        "evidence": Evidence(text="Protesters gathered.", start=0, end=20),
        "confidence": 0.5,
        "extractor": "roydad-test/1",
    }
    fields.update(changes)
    return EventRecord(**fields)


def day(text: str) -> date:
    return date.fromisoformat(text)


def synthetic_events(document: Document) -> list[EventRecord]:
    """A stand-in extractor: 1–3 events per document, a pure function of its id and text."""
    count = len(document.text) % 3 + 1
    events = [full_event(document.id, f"{document.id}-0")]
    events += [bare_event(document.id, f"{document.id}-{i}") for i in range(1, count)]
    return events
