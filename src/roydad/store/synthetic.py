"""A database of N synthetic incidents, written by set-based SQL, for plan tests and benchmarks.

Consolidating real mentions runs at a few thousand a second, so 1M incidents that way would take
hours. The incident list's plan and speed depend on how many rows there are and how their values
spread, not on how they were derived, so `fill_incidents` writes rows that look like real ones
(real evidence sentences from the bundled sample reports, a spread of countries, ten years of
dates, actors, review states, a full Incident as `detail`) straight from INSERT ... SELECT over
a generated series, in chunks. 100k incidents take seconds on either backend.

The rows are consistent enough for every Store read (each incident has one or two member
mentions from its own document), but `detail` is a template, not a derivation: do not consolidate
or edit a synthetic database and expect derived values to agree with it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from roydad.models import (
    Evidence,
    Incident,
    IncidentActor,
    IncidentSource,
    Location,
)

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples" / "reports.jsonl"
EXTRACTOR = "roydad-synthetic/1"

# (country, admin1, place, lat, lon), repeated to weight them like a desk covering the region.
PLACES: tuple[tuple[str, str, str, float, float], ...] = (
    *(("AFG", "Kabul", "Kabul", 34.53, 69.17),) * 4,
    *(("AFG", "Nangarhar", "Jalalabad", 34.43, 70.45),) * 2,
    ("AFG", "Kandahar", "Kandahar", 31.61, 65.71),
    ("AFG", "Balkh", "Mazar-e Sharif", 36.71, 67.11),
    ("AFG", "Herat", "Herat", 34.34, 62.20),
    *(("PAK", "Khyber Pakhtunkhwa", "Peshawar", 34.01, 71.58),) * 3,
    *(("PAK", "Balochistan", "Quetta", 30.18, 66.98),) * 2,
    ("PAK", "Sindh", "Karachi", 24.86, 67.01),
    ("IRN", "Tehran", "Tehran", 35.69, 51.39),
    ("IRN", "Sistan and Baluchestan", "Zahedan", 29.50, 60.86),
    ("SOM", "Banaadir", "Mogadishu", 2.04, 45.34),
    ("SYR", "Idlib", "Idlib", 35.93, 36.63),
    ("IRQ", "Baghdad", "Baghdad", 33.34, 44.40),
    ("YEM", "Aden", "Aden", 12.79, 45.03),
    ("NGA", "Borno", "Maiduguri", 11.85, 13.16),
    ("MLI", "Mopti", "Mopti", 14.49, -4.20),
)
ACTORS: tuple[tuple[str, str | None], ...] = (
    ("Taliban", "kb:taliban"), ("Islamic State Khorasan Province", "kb:iskp"),
    ("Tehrik-i-Taliban Pakistan", "kb:ttp"), ("Al-Shabaab", "kb:alshabaab"),
    ("National Resistance Front", "kb:nrf"), ("Pakistan Army", "kb:pakarmy"),
    ("Baloch Liberation Army", "kb:bla"), ("Jaish al-Adl", "kb:jaishaladl"),
    ("Houthis", "kb:houthis"), ("Boko Haram", "kb:bokoharam"), ("unidentified gunmen", None),
    ("police", None), ("protesters", None),
)
RARE_ACTOR = ("Jamaat-ul-Ahrar", "kb:jua")
EVENT_TYPES = ("ASSAULT", "ASSAULT", "ASSAULT", "COERCE", "PROTEST", "THREATEN", "MOBILIZE",
               "ACCUSE", "SANCTION", "AID")


def sample_sentences(path: Path = SAMPLES) -> list[str]:
    """The distinct sentences of the bundled sample reports, in file order."""
    seen: dict[str, None] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            for paragraph in json.loads(line)["text"].split("\n"):
                for sentence in re.split(r'(?<=[.!?])\s+(?=[A-Z"“])', paragraph.strip()):
                    if sentence:
                        seen[sentence] = None
    return list(seen)


def fill_incidents(
    engine: sa.Engine, count: int, *, sentences: Sequence[str] | None = None,
    chunk: int = 100_000,
) -> None:
    """Add `count` incidents (ids syn-1.. upward), with their documents, mentions and actors.

    Every fourth incident has a second report. Meant for an empty, migrated store: the ids
    start at 1, so calling it twice on one database fails on duplicate keys.
    """
    sentences = list(sentences) if sentences is not None else sample_sentences()
    sql = _Dialect.of(engine)
    with engine.begin() as conn:
        _seed_tables(conn, sentences)
        run = conn.execute(sa.text(
            "INSERT INTO runs (kind, extractor, started_at, finished_at, status, "
            "documents_seen, documents_new, events, problems) VALUES ('process', :x, "
            f"{sql.now}, {sql.now}, 'done', 0, 0, 0, 0) RETURNING id"
        ), {"x": EXTRACTOR}).scalar_one()
        for low in range(1, count + 1, chunk):
            high = min(low + chunk - 1, count)
            for statement in _statements(sql, len(sentences)):
                conn.execute(sa.text(statement), {
                    "lo": low, "hi": high, "run": run, "x": EXTRACTOR, "detail": _DETAIL,
                })
        conn.execute(sa.text(
            "UPDATE documents SET processed_at = " + sql.now + ", processed_run_id = :run "
            "WHERE processed_run_id IS NULL AND id LIKE 'syn-d-%'"
        ), {"run": run})
        for name in ("syn_sentence", "syn_place", "syn_actor"):
            conn.execute(sa.text(f"DROP TABLE {name}"))
    # Fresh statistics, as a long-lived database would have: the planner needs them. On
    # PostgreSQL also the visibility map that autovacuum keeps, without which no index-only
    # scan is possible (covering indexes, migration 0007).
    if sql.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sa.text("VACUUM ANALYZE"))
    else:
        with engine.begin() as conn:
            conn.execute(sa.text("ANALYZE"))


class _Dialect:
    """The few spellings that differ between the backends."""

    def __init__(self, name: str) -> None:
        self.name = name
        if name == "postgresql":
            self.series = "generate_series(CAST(:lo AS bigint), CAST(:hi AS bigint)) AS s(i)"
            self.now = "CAST('2026-01-01 00:00:00+00' AS timestamptz)"
            self.true, self.false = "true", "false"
        elif name == "sqlite":
            self.series = (
                "(WITH RECURSIVE n(i) AS (SELECT :lo UNION ALL SELECT i + 1 FROM n WHERE i < :hi) "
                "SELECT i FROM n) AS s"
            )
            self.now = "'2026-01-01 00:00:00.000000'"
            self.true, self.false = "1", "0"
        else:
            raise NotImplementedError(f"roydad supports SQLite and PostgreSQL, not {name}")

    @classmethod
    def of(cls, engine: sa.Engine) -> _Dialect:
        return cls(engine.dialect.name)

    def day(self, offset: str) -> str:
        """2015-01-01 plus `offset` days (an SQL integer expression)."""
        if self.name == "postgresql":
            return f"(DATE '2015-01-01' + CAST({offset} AS integer))"
        return f"date('2015-01-01', '+' || ({offset}) || ' days')"


def _seed_tables(conn: sa.Connection, sentences: Sequence[str]) -> None:
    conn.execute(sa.text("CREATE TEMPORARY TABLE syn_sentence (k integer PRIMARY KEY, text text)"))
    conn.execute(sa.text(
        "CREATE TEMPORARY TABLE syn_place (k integer PRIMARY KEY, country text, admin1 text, "
        "name text, lat double precision, lon double precision)"
    ))
    conn.execute(sa.text(
        "CREATE TEMPORARY TABLE syn_actor (k integer PRIMARY KEY, name text, kb_id text)"
    ))
    conn.execute(sa.text("INSERT INTO syn_sentence VALUES (:k, :text)"),
                 [{"k": k, "text": s} for k, s in enumerate(sentences)])
    conn.execute(sa.text("INSERT INTO syn_place VALUES (:k, :c, :a, :n, :lat, :lon)"), [
        {"k": k, "c": c, "a": a, "n": n, "lat": lat, "lon": lon}
        for k, (c, a, n, lat, lon) in enumerate(PLACES)
    ])
    conn.execute(sa.text("INSERT INTO syn_actor VALUES (:k, :n, :kb)"),
                 [{"k": k, "n": n, "kb": kb} for k, (n, kb) in enumerate(ACTORS)])


def _case(expression: str, values: Sequence[str]) -> str:
    whens = " ".join(f"WHEN {n} THEN '{v}'" for n, v in enumerate(values))
    return f"CASE {expression} % {len(values)} {whens} END"


def _statements(sql: _Dialect, sentence_count: int) -> list[str]:
    """INSERT ... SELECT for each table, over incidents :lo..:hi, parents first."""
    places, actors = len(PLACES), len(ACTORS)
    date = sql.day("(i * 7919) % 3650")
    event_type = _case("i", EVENT_TYPES)
    status = (
        "CASE WHEN i % 50 = 0 THEN 'rejected' WHEN i % 30 = 0 THEN 'edited' "
        "WHEN i % 10 = 0 THEN 'accepted' ELSE 'machine' END"
    )
    from_series = (
        f"FROM {sql.series} JOIN syn_place p ON p.k = i % {places} "
        f"JOIN syn_sentence w ON w.k = (i * 31) % {sentence_count}"
    )
    # The second report of every fourth incident: another sentence, the next day's date.
    second = f"{sql.series} JOIN syn_sentence w ON w.k = (i * 37 + 1) % {sentence_count}"
    mention_columns = (
        "event_id, document_id, run_id, position, doc_id, event_type, date, has_location, "
        "location_name, location_admin1, location_country, location_lat, location_lon, "
        "location_precision, fatalities, certainty, evidence_text, evidence_start, "
        "evidence_end, confidence, extractor"
    )
    return [
        "INSERT INTO documents (id, ingest_seq, text, title, publisher, language, pub_date, "
        "ingested_at) "
        f"SELECT 'syn-d-' || i, i, w.text, 'Synthetic report ' || i, 'synthetic wire', 'en', "
        f"{date}, {sql.now} {from_series}",
        f"INSERT INTO event_mentions ({mention_columns}) "
        f"SELECT 'syn-e-' || i || '-0', 'syn-d-' || i, :run, 0, 'syn-d-' || i, {event_type}, "
        f"{date}, {sql.true}, p.name, p.admin1, p.country, p.lat, p.lon, 'city', i % 7, "
        "'reported', w.text, 0, length(w.text), 0.5 + (i % 50) / 100.0, :x "
        f"{from_series}",
        f"INSERT INTO event_mentions ({mention_columns}) "
        f"SELECT 'syn-e-' || i || '-1', 'syn-d-' || i, :run, 1, 'syn-d-' || i, {event_type}, "
        f"{sql.day('(i * 7919) % 3650 + 1')}, {sql.false}, NULL, NULL, NULL, NULL, NULL, NULL, "
        "NULL, 'reported', w.text, 0, length(w.text), 0.5, :x "
        f"FROM {second} WHERE i % 4 = 0",
        "INSERT INTO incidents (id, event_type, date_start, date_end, date_last, date_precision, "
        "location_name, location_admin1, location_country, location_lat, location_lon, "
        "location_precision, fatalities_low, fatalities_best, fatalities_high, certainty, "
        "confidence, status, version, source_count, mention_count, detail, created_at, "
        "updated_at) "
        f"SELECT 'syn-' || i, {event_type}, {date}, "
        f"CASE WHEN i % 4 = 0 THEN {sql.day('(i * 7919) % 3650 + 1')} END, "
        f"CASE WHEN i % 4 = 0 THEN {sql.day('(i * 7919) % 3650 + 1')} ELSE {date} END, 'day', "
        "p.name, p.admin1, p.country, p.lat, p.lon, 'city', i % 7, i % 7, i % 7 + i % 3, "
        f"'reported', (i % 100) / 100.0, {status}, 1, 1, CASE WHEN i % 4 = 0 THEN 2 ELSE 1 END, "
        f"replace(replace(:detail, '@ID@', 'syn-' || i), '@COUNTRY@', p.country), "
        f"{sql.now}, {sql.now} {from_series}",
        "INSERT INTO incident_members (event_id, incident_id, score, pinned) "
        f"SELECT 'syn-e-' || i || '-0', 'syn-' || i, 1.0, {sql.false} FROM {sql.series}",
        "INSERT INTO incident_members (event_id, incident_id, score, pinned) "
        f"SELECT 'syn-e-' || i || '-1', 'syn-' || i, 0.8, {sql.false} FROM {sql.series} "
        "WHERE i % 4 = 0",
        "INSERT INTO incident_actors (incident_id, position, name, role, kind, country, kb_id, "
        "reports) "
        f"SELECT 'syn-' || i, 0, a.name, 'actor', 'group', NULL, a.kb_id, 1 FROM {sql.series} "
        f"JOIN syn_actor a ON a.k = (i * 7) % {actors}",
        "INSERT INTO incident_actors (incident_id, position, name, role, kind, country, kb_id, "
        "reports) "
        f"SELECT 'syn-' || i, 1, 'civilians', 'recipient', 'unknown', NULL, NULL, 1 "
        f"FROM {sql.series}",
        # A rare actor (one incident in 997), for filters that must not scan to find it.
        "INSERT INTO incident_actors (incident_id, position, name, role, kind, country, kb_id, "
        "reports) "
        f"SELECT 'syn-' || i, 2, '{RARE_ACTOR[0]}', 'associated', 'group', NULL, "
        f"'{RARE_ACTOR[1]}', 1 FROM {sql.series} WHERE i % 997 = 0",
    ]


def _detail_template() -> str:
    """A whole Incident as JSON, with @ID@ and @COUNTRY@ for SQL's replace() to fill in."""
    evidence = Evidence(text="A synthetic report of the incident.", start=0, end=35)
    incident = Incident(
        incident_id="@ID@", event_type="ASSAULT", mode="firearms",
        acled_event_type="Violence against civilians", acled_sub_event_type="Attack",
        date_start="2020-01-01", date_precision="day",
        location=Location(name="Synthetic place", admin1="Synthetic province",
                          country="AFG", precision="city"),
        actors=[
            IncidentActor(name="unidentified gunmen", role="actor", kind="group"),
            IncidentActor(name="civilians", role="recipient"),
        ],
        fatalities_low=1, fatalities_best=1, fatalities_high=2, weapons=["firearm"],
        certainty="reported",
        sources=[IncidentSource(event_id="syn-e", document_id="syn-d", title="Synthetic",
                                publisher="synthetic wire", pub_date="2020-01-02",
                                certainty="reported", evidence=evidence)],
        confidence=0.5, rules={"location": "synthetic"},
    )
    data: dict[str, Any] = json.loads(incident.to_json())
    data["location"]["country"] = "@COUNTRY@"
    return json.dumps(data)


_DETAIL = _detail_template()
