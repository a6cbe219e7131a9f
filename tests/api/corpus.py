"""A small corpus stored through the real Store and consolidated into incidents, shared by the
API and browser tests. One document is hostile: markup and script in its text, its title, its
URL and the names extracted from it, which the UI must show as text and never run."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from roydad.models import ActorRef, Claim, EventRecord, Evidence, Location
from roydad.review.consolidation import consolidate
from roydad.store import Store
from tests.store.factories import doc, full_event

KABUL = Location(name="Kabul", admin1="Kabul", country="AFG", lat=34.5281, lon=69.1723,
                 geonames_id=1138958, precision="city")
TEHRAN = Location(name="Tehran", admin1="Tehran", country="IRN", lat=35.6944, lon=51.4215,
                  precision="city")
TALIBAN = ActorRef(text="Taliban", name="Taliban", role="actor", kind="group", sector="REB",
                   country="AFG", kb_id="kb:taliban")
JUDGES = ActorRef(text="judges", name="judges", role="recipient", kind="person")
USA = ActorRef(text="Washington", name="United States", role="actor", kind="state",
               country="USA", kb_id="kb:usa")

SCRIPT = "<script>window.__pwned = 1</script>"
IMG = '<img src=x onerror="window.__pwned = 2">'
HOSTILE_NAME = '<img src=y onerror="window.__pwned = 3">Commander'


def _evidence(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(text=sentence, start=start, end=start + len(sentence))


@dataclass(frozen=True)
class Corpus:
    bombing: str  # incident id: two reports (12 and 14 killed)
    shooting: str
    protest: str
    meeting: str  # the hostile document's incident
    sanction: str

    def all(self) -> list[str]:
        return [self.bombing, self.shooting, self.protest, self.meeting, self.sanction]


def _add(store: Store, text: str, records: list[EventRecord], published: str, **meta: str) -> str:
    fields = {"publisher": f"paper {text[:5]}", **meta}
    document = doc(text, doc_id=text[:12], pub_date=date.fromisoformat(published), **fields)
    store.add_documents([document])
    run = store.start_run("process", "roydad-test/1")
    digest = document.content_hash
    store.save_results(run, [(digest, [r.model_copy(update={"doc_id": digest}) for r in records])])
    store.finish_run(run)
    return digest


def build_corpus(store: Store) -> Corpus:
    bomb_a = "A car bomb exploded outside a restaurant in Mogadishu. Twelve people died."
    _add(store, bomb_a, [full_event("a", "bomb-a", evidence=_evidence(
        bomb_a, "A car bomb exploded outside a restaurant in Mogadishu."))], "2024-03-06")
    bomb_b = "Officials said 14 were killed when a car bomb exploded outside a restaurant."
    _add(store, bomb_b, [full_event(
        "b", "bomb-b", fatalities=14, fatalities_low=None,
        evidence=_evidence(bomb_b, "a car bomb exploded outside a restaurant"),
    )], "2024-03-07")
    shot = "Gunmen shot dead two judges in Kabul on Thursday, police said."
    _add(store, shot, [full_event(
        "c", "shot-c", mode="firearms", acled_event_type="Violence against civilians",
        acled_sub_event_type="Attack", date="2024-06-20", date_end=None, location=KABUL,
        actors=[TALIBAN, JUDGES], weapon="firearm", fatalities=2, fatalities_low=None,
        claims=[Claim(kind="attribution", claimant="police", attributed_to="Taliban",
                      certainty="alleged", text="police said")],
        evidence=_evidence(shot, "Gunmen shot dead two judges in Kabul"), mentions=[],
    )], "2024-06-21")
    protest = "Hundreds of teachers protested in Tehran over unpaid wages."
    _add(store, protest, [full_event(
        "d", "protest-d", event_type="PROTEST", mode=None, acled_event_type="Protests",
        acled_sub_event_type="Peaceful protest", date="2024-07-01", date_end=None,
        location=TEHRAN, actors=[ActorRef(text="teachers", name="teachers", role="actor")],
        fatalities=None, fatalities_low=None, injured=None, weapon=None, claims=[],
        certainty="asserted", confidence=0.95,
        evidence=_evidence(protest, "Hundreds of teachers protested in Tehran"), mentions=[],
    )], "2024-07-02")
    hostile = (
        f"Before the talks {SCRIPT} began, {IMG} the Taliban met the commander in Kabul. "
        "Nothing else happened."
    )
    _add(store, hostile, [full_event(
        "e", "meet-e", event_type="CONSULT", mode=None, acled_event_type=None,
        acled_sub_event_type=None, date="2024-08-10", date_end=None, location=KABUL,
        actors=[TALIBAN.model_copy(update={"text": "the Taliban"}),
                ActorRef(text=HOSTILE_NAME, name=HOSTILE_NAME, role="recipient")],
        fatalities=None, fatalities_low=None, injured=None, weapon=None,
        claims=[Claim(kind="denial", claimant=HOSTILE_NAME, certainty="claimed",
                      text=f"{SCRIPT} denied")],
        certainty="reported", confidence=0.3,
        evidence=_evidence(hostile, f"{IMG} the Taliban met the commander in Kabul."),
        mentions=[],
    )], "2024-08-11", title=f"Talks {SCRIPT}", url="javascript:window.__pwned=4")
    sanction = "Washington imposed sanctions on the Taliban on Monday."
    _add(store, sanction, [full_event(
        "f", "sanction-f", event_type="SANCTION", mode=None, acled_event_type=None,
        acled_sub_event_type=None, date="2024-09-02", date_end=None, location=None,
        actors=[USA, TALIBAN.model_copy(update={"role": "recipient"})],
        fatalities=None, fatalities_low=None, injured=None, weapon=None, claims=[],
        certainty="asserted", confidence=0.9,
        evidence=_evidence(sanction, "Washington imposed sanctions on the Taliban"),
        mentions=[],
    )], "2024-09-03")
    consolidate(store)
    by_event = {s.event_id: i.incident_id for i in store.incidents() for s in i.sources}
    return Corpus(
        bombing=by_event["bomb-a"], shooting=by_event["shot-c"], protest=by_event["protest-d"],
        meeting=by_event["meet-e"], sanction=by_event["sanction-f"],
    )


MASHHAD = Location(name="Mashhad", admin1="Razavi Khorasan", country="IRN", lat=36.297,
                   lon=59.606, precision="city")


def add_blamed_shootings(store: Store) -> list[str]:
    """Two shootings in Iran that officials blame on the Taliban, which denies them; the
    gunmen and victims resolved to generic actors, beside words extraction took for parties
    ("they", "second floor"). Not in `build_corpus`: only the network and actor tests add them.
    """
    gunmen = ActorRef(text="gunmen", name="Unidentified Armed Group (Iran)", role="actor",
                      kind="group", sector="UAF", country="IRN")
    victims = ActorRef(text="a cleric", name="Civilians (Iran)", role="recipient", kind="group",
                       sector="CVL", country="IRN")
    noise = [ActorRef(text="they", name="they", role="actor"),
             ActorRef(text="second floor", name="second floor", role="recipient")]
    ids = []
    for key, (place, day) in enumerate([(TEHRAN, "2024-10-04"), (MASHHAD, "2024-10-20")]):
        text = (f"In {place.name}, gunmen shot dead a cleric on Friday. Officials blamed the "
                "Taliban, which denied any role; they fled from the second floor.")
        claims = [
            Claim(kind="attribution", claimant="officials", attributed_to="Taliban",
                  certainty="alleged", text="Officials blamed the Taliban"),
            Claim(kind="denial", claimant="Taliban", certainty="claimed",
                  text="which denied any role"),
        ]
        ids.append(_add(store, text, [full_event(
            "g", f"iran-shot-{key}", mode="firearms", date=day, date_end=None, location=place,
            actors=[gunmen, victims, *noise], fatalities=1, fatalities_low=None,
            acled_event_type="Violence against civilians", acled_sub_event_type="Attack",
            claims=claims, mentions=[],
            evidence=_evidence(text, "gunmen shot dead a cleric on Friday"),
        )], day))
    consolidate(store)
    by_event = {s.event_id: i.incident_id for i in store.incidents() for s in i.sources}
    return [by_event["iran-shot-0"], by_event["iran-shot-1"]]
