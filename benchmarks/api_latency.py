"""API latency: p50/p95 of the list and detail endpoints on a synthetic 100k-incident database,
on SQLite and on PostgreSQL, served by uvicorn over loopback as `roydad serve` serves them.

The database is built the way roydad builds one, then multiplied (and, on PostgreSQL, vacuumed
and analysed, as autovacuum would soon do in a live database): `--base` synthetic reports
(one event each, spread over 2014-2024, five places, 300 actors, eight event types) are stored
and consolidated by `roydad.review.consolidation.consolidate`; the resulting incidents, with
their members, actors and mentions, are then copied with SQL (new ids, same contents) until
there are `--incidents` of them, because consolidating 100k reports one by one would take longer
than the benchmark.

Each endpoint gets `--requests` timed requests after a warm-up, from one logged-in client. The
baseline, measured in the same run, is `GET /api/v1/auth/me` (a logged-in request that reads
one session row): the ratios say what an endpoint costs beyond the framework and the session.

    python benchmarks/api_latency.py [--incidents 100000] [--base 2000] [--requests 60]
                                     [--backends sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import httpx
import psycopg
import sqlalchemy as sa
import uvicorn
from psycopg import sql
from sqlalchemy.engine import make_url

from roydad.api import create_app
from roydad.auth import UserStore
from roydad.models import ActorRef, Document, EventRecord, Evidence, Location
from roydad.review.consolidation import consolidate
from roydad.store import Store, open_store
from roydad.store import schema as t

PG_ADMIN_URL = os.environ.get("ROYDAD_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
PASSWORD = "benchmark password"
TYPES = ["ASSAULT", "PROTEST", "COERCE", "THREATEN", "CONSULT", "SANCTION", "ACCUSE", "SUPPORT"]
PLACES = [
    ("Kabul", "Kabul", "AFG", 34.53, 69.17), ("Mogadishu", "Banaadir", "SOM", 2.04, 45.34),
    ("Tehran", "Tehran", "IRN", 35.69, 51.42),
    ("Peshawar", "Khyber Pakhtunkhwa", "PAK", 34.01, 71.58), ("Herat", "Herat", "AFG", 34.35, 62.2),
]
ACTORS = [f"Armed group {i}" for i in range(300)]


# -- the synthetic database ---------------------------------------------------------------------


def _report(rng: random.Random, i: int) -> tuple[Document, EventRecord]:
    day = date(2014, 1, 1) + timedelta(days=rng.randrange(4000))
    name, admin1, country, lat, lon = rng.choice(PLACES)
    sentence = f"Report {i}: an incident in {name} left {rng.randrange(50)} casualties."
    text = f"Dispatch {i}. {sentence} Officials gave no further detail."
    document = Document(id=f"bench-{i}", text=text, origin=f"bench:{i}", pub_date=day)
    start = text.index(sentence)
    actor, recipient = rng.sample(ACTORS, 2)
    event = EventRecord(
        doc_id=document.content_hash, event_id=f"bench-{i}", event_type=rng.choice(TYPES),
        date=day.isoformat(), date_precision="day",
        location=Location(name=name, admin1=admin1, country=country,
                          lat=lat + rng.uniform(-1, 1), lon=lon + rng.uniform(-1, 1),
                          precision="city"),
        actors=[ActorRef(text=actor, name=actor, role="actor", kind="group"),
                ActorRef(text=recipient, name=recipient, role="recipient", kind="group")],
        fatalities=rng.choice([None, 0, 1, 2, 5, 10, 30]),
        certainty=rng.choice(["asserted", "reported", "alleged"]),
        evidence=Evidence(text=sentence, start=start, end=start + len(sentence)),
        confidence=rng.random(), extractor="roydad-bench/1",
    )
    return document, event


def _store_reports(store: Store, count: int) -> None:
    rng = random.Random(20261124)
    pairs = [_report(rng, i) for i in range(count)]
    store.add_documents([d for d, _ in pairs])
    run = store.start_run("process", "roydad-bench/1")
    for k in range(0, count, 2000):
        store.save_results(run, [(d.content_hash, [e]) for d, e in pairs[k:k + 2000]])
    store.finish_run(run, documents_seen=count, events=count)


def _copy_incidents(store: Store, copy: int) -> None:
    """One more copy of every consolidated incident (ids suffixed ".cN"), in one transaction."""
    suffix = f".c{copy}"

    def rename(column: sa.ColumnElement[str]) -> sa.ColumnElement[str]:
        return column + suffix  # || on both backends

    def original(column: sa.ColumnElement[str]) -> sa.ColumnElement[bool]:
        return sa.not_(column.contains("."))

    i, m, a = t.incidents.c, t.incident_members.c, t.incident_actors.c
    with store.engine.begin() as conn:
        conn.execute(t.event_mentions.insert().from_select(
            [c.name for c in t.event_mentions.columns],
            sa.select(*[rename(c) if c.name == "event_id" else c
                        for c in t.event_mentions.columns])
            .where(original(t.event_mentions.c.event_id)),
        ))
        conn.execute(t.incidents.insert().from_select(
            [c.name for c in t.incidents.columns],
            sa.select(*[
                rename(c) if c.name == "id"
                else sa.func.replace(c, i.id, rename(i.id)) if c.name == "detail"
                else c
                for c in t.incidents.columns
            ]).where(original(i.id)),
        ))
        conn.execute(t.incident_members.insert().from_select(
            ["event_id", "incident_id", "score", "pinned"],
            sa.select(rename(m.event_id), rename(m.incident_id), m.score, m.pinned)
            .where(original(m.incident_id)),
        ))
        conn.execute(t.incident_actors.insert().from_select(
            [c.name for c in t.incident_actors.columns],
            sa.select(*[rename(c) if c.name == "incident_id" else c
                        for c in t.incident_actors.columns])
            .where(original(a.incident_id)),
        ))


def build(url: str, incidents: int, base: int) -> tuple[int, float]:
    started = time.perf_counter()
    with open_store(url) as store:
        _store_reports(store, base)
        consolidate(store)
        consolidated = store.count_incidents()
        copy = 1
        while store.count_incidents() + consolidated <= incidents:
            _copy_incidents(store, copy)
            copy += 1
        if store.engine.dialect.name == "postgresql":
            # What autovacuum does soon after a bulk load in a live database: without it, a
            # count(*) reads the whole heap (the incidents' JSON) instead of an index.
            with store.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT"
            ) as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
        UserStore(store.engine).add("bench", PASSWORD, "viewer")
        return store.count_incidents(), time.perf_counter() - started


# -- serving and timing -------------------------------------------------------------------------


@contextmanager
def serving(url: str) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = create_app(url)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.roydad.store.close()


def _checked(response: httpx.Response) -> None:
    if response.status_code not in (200, 304):
        response.raise_for_status()


def timed(client: httpx.Client, paths: Callable[[int], str], count: int) -> list[float]:
    for k in range(3):
        _checked(client.get(paths(k)))
    times = []
    for k in range(count):
        begin = time.perf_counter()
        _checked(client.get(paths(k)))
        times.append((time.perf_counter() - begin) * 1000)
    return times


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20, method="inclusive")[18]


def measure(url: str, count: int) -> list[tuple[str, float, float]]:
    with serving(url) as base, httpx.Client(base_url=base, timeout=60) as client:
        token = client.get("/api/v1/auth/csrf").json()["csrf_token"]
        client.post("/api/v1/auth/login", json={"name": "bench", "password": PASSWORD},
                    headers={"X-CSRF-Token": token}).raise_for_status()
        ids = [row["incident_id"] for row in
               client.get("/api/v1/incidents?limit=500&order=uncertain").json()["items"]]
        # The cursor of page 1,000 (rows 50,001..), as a client paging by `next` would hold it.
        deep = client.get("/api/v1/incidents?offset=49950&limit=50").json().get("next")
        rng = random.Random(5)
        endpoints: list[tuple[str, Callable[[int], str]]] = [
            ("baseline: GET /auth/me", lambda k: "/api/v1/auth/me"),
            ("list, newest first", lambda k: "/api/v1/incidents"),
            ("list, page 1000 (offset 50k)", lambda k: "/api/v1/incidents?offset=50000"),
            *([("list, page 1000 (cursor)", lambda k: f"/api/v1/incidents?after={deep}")]
              if deep else []),  # a roydad without cursors answers no `next`
            ("list, type + country", lambda k: f"/api/v1/incidents?type={TYPES[k % 8]}"
                                               "&country=AFG"),
            ("list, date range", lambda k: f"/api/v1/incidents?since={2014 + k % 10}-03-01"
                                           f"&until={2014 + k % 10}-04-30"),
            ("list, actor", lambda k: f"/api/v1/incidents?actor={ACTORS[k % 300]}"),
            ("list, evidence text", lambda k: f"/api/v1/incidents?q=Report+{k}7"),
            ("review queue", lambda k: "/api/v1/review"),
            ("detail", lambda k: f"/api/v1/incidents/{rng.choice(ids)}"),
            ("detail, 304 (If-None-Match)", lambda k: f"/api/v1/incidents/{ids[0]}"),
        ]
        # One untimed pass over everything first: caches, pools and query plans settle.
        for _name, paths in endpoints:
            for k in range(5):
                _checked(client.get(paths(k)))
        results = []
        for name, paths in endpoints:
            if "304" in name:
                tag = client.get(paths(0)).headers["etag"]
                client.headers["If-None-Match"] = tag
            times = timed(client, paths, count)
            client.headers.pop("If-None-Match", None)
            results.append((name, statistics.median(times), p95(times)))
        return results


@contextmanager
def postgres_database() -> Iterator[str]:
    name = f"roydad_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        url = make_url(PG_ADMIN_URL).set(drivername="postgresql+psycopg", database=name)
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@contextmanager
def sqlite_database() -> Iterator[str]:
    with tempfile.TemporaryDirectory() as folder:
        yield f"sqlite:///{Path(folder) / 'bench.db'}"


def report(backend: str, incidents: int, seconds: float, rows: list[tuple[str, float, float]]
           ) -> None:
    print(f"\n{backend}: {incidents} incidents (built in {seconds:.0f} s)")
    print(f"  {'endpoint':34} {'p50 ms':>8} {'p95 ms':>8} {'p95/baseline':>13}")
    baseline = rows[0][2]
    for name, median, high in rows:
        print(f"  {name:34} {median:8.1f} {high:8.1f} {high / baseline:12.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--base", type=int, default=2000,
                        help="reports consolidated for real before copying")
    parser.add_argument("--requests", type=int, default=60, help="timed requests per endpoint")
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args()
    databases = {"sqlite": sqlite_database, "postgresql": postgres_database}
    for backend in args.backends.split(","):
        try:
            with databases[backend]() as url:
                incidents, seconds = build(url, args.incidents, args.base)
                report(backend, incidents, seconds, measure(url, args.requests))
        except psycopg.OperationalError as error:
            print(f"\n{backend}: skipped, server not reachable ({' '.join(str(error).split())})")


if __name__ == "__main__":
    main()
