"""Two happenings stored as `roydad process` stores them: a bombing in Mogadishu reported twice,
and a shooting in Kabul months later. Consolidated, they are two incidents."""

from __future__ import annotations

from datetime import date

from roydad.models import ActorRef, EventRecord, Evidence, Location
from roydad.store import Store
from tests.store.factories import doc, full_event

KABUL = Location(name="Kabul", admin1="Kabul", country="AFG", lat=34.5281, lon=69.1723,
                 geonames_id=1138958, precision="city")
TALIBAN = ActorRef(text="Taliban", name="Taliban", role="actor", kind="group", sector="REB",
                   country="AFG", kb_id="kb:taliban")


def shooting(doc_id: str, event_id: str, **changes: object) -> EventRecord:
    """A second happening, far from the bombing in place and time."""
    record = full_event(
        doc_id, event_id, mode="firearms", acled_event_type="Violence against civilians",
        acled_sub_event_type="Attack", date="2024-06-20", date_end=None, location=KABUL,
        actors=[TALIBAN], weapon="firearm", fatalities=2, fatalities_low=None, claims=[],
        evidence=Evidence(text="Gunmen shot dead two judges in Kabul.", start=0, end=37),
        mentions=[],
    )
    return record.model_copy(update=changes) if changes else record


def add(store: Store, text: str, records: list[EventRecord], published: str) -> str:
    """Store one document with its events (as `roydad process` does); returns its hash."""
    document = doc(text, doc_id=text[:10], pub_date=date.fromisoformat(published),
                   publisher=f"paper {text[:5]}")
    store.add_documents([document])
    run = store.start_run("process", "roydad-test/1")
    digest = document.content_hash
    store.save_results(run, [(digest, [r.model_copy(update={"doc_id": digest}) for r in records])])
    store.finish_run(run)
    return digest


def store_two_happenings(store: Store) -> Store:
    add(store, "Report one of the bombing.", [full_event("a", "bomb-a")], "2024-03-06")
    add(store, "Report two of the bombing.",
        [full_event("b", "bomb-b", fatalities=14, fatalities_low=None)], "2024-03-07")
    add(store, "A report of the shooting.", [shooting("c", "shot-c")], "2024-06-21")
    return store
