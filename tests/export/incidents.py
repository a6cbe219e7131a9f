"""Hand-built incidents from the sample corpus's happenings, for the export and analysis tests.

Each mirrors what roydad derives from the samples (see src/roydad/data/samples/README.md): the
Balkh governor bombing claimed by ISIS-K with a speculated rival attribution and two death
counts; the Tehran shooting with no claim and rival attributions in two reports; the Zhob
garrison attack with 4 vs 9 soldiers killed; the Kabul women's protest; the Zawahiri drone strike;
the Chaman shelling Pakistan blames on Afghan forces; and the Iran-Pakistan ministers' meeting,
which ACLED does not code.
"""

from __future__ import annotations

from roydad.models import (
    Evidence,
    FieldConflict,
    Incident,
    IncidentActor,
    IncidentClaim,
    IncidentSource,
    Location,
    SourcedValue,
)

WIRE = "roydad sample wire"
DAILY = "Sample Crossroads Daily"
BULLETIN = "Example Regional Bulletin"


def source(event_id: str, doc: str, publisher: str, pub_date: str, text: str,
           start: int = 0, certainty: str = "asserted", title: str | None = None
           ) -> IncidentSource:
    return IncidentSource(
        event_id=event_id, document_id=doc, title=title, url=None, publisher=publisher,
        pub_date=pub_date, certainty=certainty,  # type: ignore[arg-type]
        evidence=Evidence(text=text, start=start, end=start + len(text)),
    )


def claim(kind: str, claimant: str | None, attributed_to: str | None, certainty: str,
          text: str, src: IncidentSource) -> IncidentClaim:
    return IncidentClaim(
        kind=kind, claimant=claimant, attributed_to=attributed_to,  # type: ignore[arg-type]
        certainty=certainty, text=text, event_id=src.event_id,  # type: ignore[arg-type]
        document_id=src.document_id, publisher=src.publisher, pub_date=src.pub_date,
    )


def balkh() -> Incident:
    s = source("ev-balkh-1", "doc03", WIRE, "2023-03-10",
               "Mohammad Dawood Muzammil, the Taliban governor of Balkh province, was killed on "
               "Thursday when an explosion tore through his office in Mazar-i-Sharif.", 120,
               title="Taliban governor of Balkh killed in blast at his office")
    return Incident(
        incident_id="inc-0b1a1c2d3e4f5a6b", event_type="ASSAULT", mode="suicide-attack",
        acled_event_type="Explosions/Remote violence", acled_sub_event_type="Suicide bomb",
        date_start="2023-03-09", date_end="2023-03-09", date_precision="day",
        location=Location(name="Mazar-e Sharif", admin1="Balkh", country="AFG", lat=36.709,
                          lon=67.110, geonames_id=1133453, precision="city"),
        actors=[
            IncidentActor(name="bomber", role="actor", kind="person", sector="INS"),
            IncidentActor(name="Mohammad Dawood Muzammil", role="recipient", kind="person",
                          sector="GOV", country="AFG", kb_id="muzammil"),
        ],
        fatalities_low=2, fatalities_best=2, fatalities_high=3, injured_low=3, injured_high=3,
        weapons=["suicide vest"], certainty="claimed",
        claims=[
            claim("responsibility", "ISIS-K", "ISIS-K", "claimed",
                  "Islamic State's Khorasan branch claimed responsibility", s),
            claim("attribution", None, "Taliban", "speculated",
                  "some suggested an internal feud within the Taliban", s),
        ],
        sources=[s],
        conflicts=[FieldConflict(field="fatalities", values=[
            SourcedValue(value=2, event_ids=["ev-balkh-1"]),
            SourcedValue(value=3, event_ids=["ev-balkh-1"]),
        ])],
        confidence=0.8,
    )


def tehran() -> Incident:
    s1 = source("ev-teh-1", "doc01", WIRE, "2025-12-25",
                "Ikramuddin Sari, a former Afghan police general, was shot dead in the Iranian "
                "capital on Wednesday evening.", 0,
                title="Former Afghan police general shot dead in Tehran")
    s2 = source("ev-teh-2", "doc02", DAILY, "2026-01-08",
                "Ikramuddin Sari and Mohammad Amin Almas were shot dead on December 24 in the "
                "Vali-e Asr district of the Iranian capital.", 310)
    return Incident(
        incident_id="inc-7e4a0000c0ffee01", event_type="ASSAULT", mode="firearms",
        acled_event_type="Violence against civilians", acled_sub_event_type="Attack",
        date_start="2025-12-24", date_end="2025-12-24", date_precision="day",
        location=Location(name="Tehran", admin1="Tehran", country="IRN", lat=35.694,
                          lon=51.421, precision="city"),
        actors=[
            IncidentActor(name="Unidentified Armed Group (Iran)", role="actor", kind="group",
                          sector="UAF", country="IRN"),
            IncidentActor(name="Inter-Services Intelligence (ISI)", role="actor",
                          kind="organization", sector="SPY", country="PAK", kb_id="isi"),
            IncidentActor(name="Ekramuddin Saree", role="recipient", kind="person",
                          sector="ELI", country="AFG", kb_id="ekramuddin_saree", reports=2),
            IncidentActor(name="Mohammad Amin Almas", role="recipient", kind="person", reports=2),
        ],
        fatalities_low=1, fatalities_best=1, fatalities_high=2, certainty="asserted",
        claims=[
            claim("responsibility", None, None, "negated", "No group has claimed responsibility",
                  s1),
            claim("attribution", "NRF: National Resistance Front of Afghanistan", "Taliban",
                  "asserted", "The National Resistance Front ... blamed the Taliban", s1),
            claim("responsibility", None, None, "negated", "No group has claimed the killings",
                  s2),
            claim("attribution", "sources close to the Taliban",
                  "Inter-Services Intelligence (ISI)", "reported",
                  "sources close to the Taliban said Pakistan's Inter-Services Intelligence "
                  "was behind it", s2),
        ],
        sources=[s1, s2],
        conflicts=[FieldConflict(field="fatalities", values=[
            SourcedValue(value=1, event_ids=["ev-teh-1"]),
            SourcedValue(value=2, event_ids=["ev-teh-2"]),
        ])],
        confidence=0.9,
    )


def zhob() -> Incident:
    s1 = source("ev-zhob-1", "doc09", WIRE, "2023-07-12",
                "Four soldiers were killed when militants stormed the Zhob garrison.", 0)
    s2 = source("ev-zhob-2", "doc10", BULLETIN, "2023-07-13",
                "The army said nine soldiers were killed in the attack on the Zhob cantonment.",
                40)
    return Incident(
        incident_id="inc-2b0b000000000009", event_type="ASSAULT", mode="firearms",
        acled_event_type="Battles", acled_sub_event_type="Armed clash",
        date_start="2023-07-12", date_end="2023-07-12", date_precision="day",
        location=Location(name="Zhob", admin1="Balochistan", country="PAK", lat=31.341,
                          lon=69.449, precision="city"),
        actors=[
            IncidentActor(name="militants", role="actor", kind="group", sector="INS", reports=2),
            IncidentActor(name="Military Forces of Pakistan (2018-)", role="actor", kind="state",
                          sector="MIL", country="PAK", kb_id="pak_military_2018"),
            IncidentActor(name="Military Forces of Pakistan (2018-)", role="recipient",
                          kind="state", sector="MIL", country="PAK", kb_id="pak_military_2018",
                          reports=2),
            IncidentActor(name="Civilians (Pakistan)", role="recipient", kind="group",
                          sector="CVL", country="PAK"),
        ],
        fatalities_low=4, fatalities_best=4, fatalities_high=14, injured_low=5, injured_high=5,
        weapons=["firearm"], certainty="asserted",
        claims=[claim("responsibility", "Tehreek-e-Jihad Pakistan", "Tehreek-e-Jihad Pakistan",
                      "reported", "Tehreek-e-Jihad Pakistan claimed the attack", s2)],
        sources=[s1, s2],
        conflicts=[FieldConflict(field="fatalities", values=[
            SourcedValue(value=4, event_ids=["ev-zhob-1"]),
            SourcedValue(value=14, event_ids=["ev-zhob-2"]),
        ])],
        confidence=0.95,
    )


def kabul_protest() -> Incident:
    s = source("ev-kabul-1", "doc14", WIRE, "2022-12-23",
               "Dozens of women protested in Kabul against the Taliban's ban on university "
               "education.", 0)
    return Incident(
        incident_id="inc-14a0000000000014", event_type="PROTEST", mode="demonstrate",
        acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
        date_start="2022-12-22", date_end="2022-12-22", date_precision="day",
        location=Location(name="Kabul", admin1="Kabul", country="AFG", lat=34.528, lon=69.172,
                          precision="city"),
        actors=[
            IncidentActor(name="Women (Afghanistan)", role="actor", kind="group", sector="CVL",
                          country="AFG"),
            IncidentActor(name="Taliban", role="recipient", kind="organization", sector="GOV",
                          country="AFG", kb_id="taliban"),
        ],
        certainty="asserted", sources=[s], confidence=0.7,
    )


def zawahiri() -> Incident:
    s = source("ev-zaw-1", "doc08", WIRE, "2022-08-02",
               "A US drone strike in Kabul killed al-Qaeda leader Ayman al-Zawahiri at the "
               "weekend, President Joe Biden said.", 0)
    return Incident(
        incident_id="inc-08a0000000000008", event_type="ASSAULT", mode="drone",
        acled_event_type="Explosions/Remote violence", acled_sub_event_type="Air/drone strike",
        date_start="2022-07-31", date_end="2022-07-31", date_precision="day",
        location=Location(name="Kabul", admin1="Kabul", country="AFG", lat=34.528, lon=69.172,
                          precision="city"),
        actors=[
            IncidentActor(name="Military Forces of the United States (2021-2025)", role="actor",
                          kind="state", sector="MIL", country="USA", kb_id="usa_military"),
            IncidentActor(name="Ayman al-Zawahiri", role="recipient", kind="person",
                          sector="INS", kb_id="ayman_al_zawahiri"),
        ],
        fatalities_low=1, fatalities_best=1, fatalities_high=1, weapons=["drone"],
        certainty="reported", sources=[s], confidence=0.85,
    )


def chaman() -> Incident:
    s = source("ev-chaman-1", "doc20", BULLETIN, "2022-12-12",
               "Six civilians were killed when Afghan forces fired artillery shells into Chaman, "
               "the Pakistani military said.", 0)
    return Incident(
        incident_id="inc-20c0000000000020", event_type="ASSAULT", mode="shelling",
        acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Shelling/artillery/missile attack",
        date_start="2022-12-11", date_end="2022-12-11", date_precision="day",
        location=Location(name="Chaman", admin1="Balochistan", country="PAK", lat=30.921,
                          lon=66.459, precision="city"),
        actors=[
            IncidentActor(name="Military Forces of Afghanistan (2021-)", role="actor",
                          kind="state", sector="MIL", country="AFG", kb_id="afg_military_2021"),
            IncidentActor(name="Civilians (Pakistan)", role="recipient", kind="group",
                          sector="CVL", country="PAK"),
        ],
        fatalities_low=6, fatalities_best=6, fatalities_high=6, injured_low=17, injured_high=30,
        weapons=["artillery"], certainty="alleged",
        claims=[claim("accusation", "Military Forces of Pakistan (2018-)",
                      "Military Forces of Afghanistan (2021-)", "alleged",
                      "the Pakistani military said Afghan forces fired", s)],
        sources=[s], confidence=0.6,
    )


def ministers_meeting() -> Incident:
    s = source("ev-meet-1", "doc06", WIRE, "2024-01-30",
               "Iran's foreign minister met his Pakistani counterpart in Islamabad on Monday.", 0)
    return Incident(
        incident_id="inc-06c0000000000006", event_type="CONSULT", mode=None,
        date_start="2024-01-29", date_end="2024-01-29", date_precision="day",
        location=Location(name="Islamabad", admin1="Islamabad", country="PAK", lat=33.72,
                          lon=73.04, precision="city"),
        actors=[
            IncidentActor(name="Hossein Amir-Abdollahian", role="actor", kind="person",
                          sector="GOV", country="IRN", kb_id="amir_abdollahian"),
            IncidentActor(name="Jalil Abbas Jilani", role="actor", kind="person", sector="GOV",
                          country="PAK", kb_id="jilani"),
        ],
        certainty="asserted", sources=[s], confidence=0.7,
    )


def undated() -> Incident:
    s = source("ev-old-1", "doc02", DAILY, "2026-01-08",
               "Over the past four months several exiles have been attacked.", 500)
    return Incident(
        incident_id="inc-00d0000000000000", event_type="ASSAULT", mode=None,
        acled_event_type="Violence against civilians", acled_sub_event_type="Attack",
        location=Location(country="IRN", precision="country"),
        certainty="reported", sources=[s], confidence=0.3,
    )


def all_incidents() -> list[Incident]:
    return [balkh(), tehran(), zhob(), kabul_protest(), zawahiri(), chaman(),
            ministers_meeting(), undated()]
