"""Predictions built from gold, for testing the scorer: perfect records and helpers."""

from __future__ import annotations

from roydad.eval.gold import GoldDocument, GoldEvent, GoldMention
from roydad.eval.vocab import load_vocabulary
from roydad.models import ActorRef, EventRecord, Evidence, Location, Mention


def record(
    doc: GoldDocument,
    start: int,
    end: int,
    trigger: str,
    event_type: str = "ASSAULT",
    number: int = 0,
    **fields: object,
) -> EventRecord:
    """A minimal valid record of `doc` whose one mention is text[start:end]."""
    text = doc.text[start:end]
    return EventRecord.model_validate(
        {
            "doc_id": doc.id,
            "event_id": f"{doc.id}#{number}",
            "event_type": event_type,
            "evidence": Evidence(text=text, start=start, end=end),
            "mentions": [Mention(text=text, start=start, end=end, trigger=trigger)],
            "confidence": 0.9,
            "extractor": "test",
            **fields,
        }
    )


def _mention_records(doc: GoldDocument, mention: GoldMention, number: int) -> list[EventRecord]:
    event_type = mention.category or "CONSULT"
    if mention.category is None:
        return [record(doc, mention.start, mention.end, mention.trigger, event_type, number)]
    actors = [
        ActorRef(text=a.text, name=a.text, role=a.slot)
        for a in mention.arguments
        if a.slot in ("actor", "recipient")
    ]
    places: list[str | None] = [a.text for a in mention.arguments if a.slot == "location"]
    weapons: list[str | None] = [a.text for a in mention.arguments if a.slot == "weapon"]
    places, weapons = places or [None], weapons or [None]
    # A record has one place and one weapon: more of them need more records of the mention.
    out: list[EventRecord] = []
    for extra in range(max(len(places), len(weapons))):
        place = places[min(extra, len(places) - 1)]
        out.append(
            record(
                doc, mention.start, mention.end, mention.trigger, event_type,
                number * 100 + extra,
                actors=actors if extra == 0 else [],
                location=Location(name=place) if place else None,
                weapon=weapons[min(extra, len(weapons) - 1)],
            )
        )
    return out


def _event_record(doc: GoldDocument, event: GoldEvent, number: int) -> EventRecord:
    vocabulary = load_vocabulary()
    category = vocabulary.event_category(event.event_type) or "ASSAULT"
    acled = vocabulary.is_acled(event.event_type)
    actors = [
        ActorRef(text=name, name=name, role=role)
        for name, role in ((event.actor1, "actor"), (event.actor2, "recipient"))
        if name
    ]
    return record(
        doc, 0, len(doc.text), doc.text.split()[0] if doc.text.split() else "", category,
        number,
        date=event.date.isoformat() if event.date else None,
        location=Location(name=event.location, admin1=event.admin1, lat=event.lat,
                          lon=event.lon),
        actors=actors,
        fatalities=event.fatalities,
        weapon=event.weapon,
        acled_event_type=event.event_type if acled else None,
        acled_sub_event_type=event.sub_event_type if acled else None,
    )


def perfect(gold: list[GoldDocument]) -> dict[str, list[EventRecord]]:
    """Records that say exactly what the gold says."""
    out: dict[str, list[EventRecord]] = {}
    for doc in gold:
        records = out.setdefault(doc.id, [])
        for number, mention in enumerate(doc.mentions):
            records.extend(_mention_records(doc, mention, number))
        for number, event in enumerate(doc.events):
            records.append(_event_record(doc, event, number))
    return out
