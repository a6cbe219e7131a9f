"""Store at scale, SQLite and PostgreSQL side by side: how fast reports go in, and how fast the
incident list answers the UI's filters.

For each size (100k incidents by default; `--large` adds 1M) and each backend, a fresh database
is filled by set-based SQL (roydad.store.synthetic: real sample sentences as evidence, a spread
of countries, dates, actors and review states), then:

* list p50/p95: `Store.incidents` with each typical filter (a page of 50, newest first), every
  filter run `--repeat` times after a warm-up; "all filters" is the p95 over every run. Each
  run is paired with one of the list as it was read before the store chose how to reach a
  page (roydad.store.listing: every actor and text filter read first, the same SQL as before),
  alternately, so that a noisy machine affects both alike: "before" and "before/now" columns;
* insert rate: mentions/s through `Store.save_results` (each document's 3 events with actors,
  claims and spans, 32 documents per call as `roydad process` writes them), into the filled
  database. On PostgreSQL rows go in with COPY; the same batches with executemany are the
  baseline, interleaved batch by batch so that a noisy machine affects both alike.

The machine may be shared: compare the ratios printed in one run, not absolute numbers across
runs.

    python benchmarks/store.py [--incidents 100000] [--large] [--repeat 30]
                               [--documents 1200] [--backends sqlite,postgresql]
                               [--list-only]

PostgreSQL: the server in $ROYDAD_TEST_PG (default postgresql://postgres@127.0.0.1:5432/test);
a scratch database is created and dropped for each size.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from roydad.models import ActorRef, Claim, Document, EventRecord, Evidence, Location, Mention
from roydad.store import IncidentFilter, Store, listing, open_store, queries
from roydad.store.synthetic import fill_incidents, sample_sentences

PG_ADMIN_URL = os.environ.get("ROYDAD_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
BATCH_DOCUMENTS = 32

FILTERS = {
    "first page": IncidentFilter(limit=50),
    "country + dates": IncidentFilter(
        country="AFG", since=date(2019, 1, 1), until=date(2020, 12, 31), limit=50
    ),
    "province": IncidentFilter(country="PAK", admin1="Balochistan", limit=50),
    "event type + country": IncidentFilter(event_type="PROTEST", country="IRN", limit=50),
    "actor": IncidentFilter(actor="Baloch Liberation Army", limit=50),
    "rare actor": IncidentFilter(actor="Jamaat-ul-Ahrar", limit=50),
    "text, rare phrase": IncidentFilter(text='"suicide bomber"', limit=50),
    "text, common words": IncidentFilter(text="Taliban Kabul", limit=50),
    "text, very common word": IncidentFilter(text="the", limit=50),
    "common actor + country": IncidentFilter(actor="civilians", country="SOM", limit=50),
    "text + country": IncidentFilter(text="killed", country="PAK", limit=50),
    "review queue": IncidentFilter(status="machine", order="uncertain", limit=50),
    "least confident": IncidentFilter(order="uncertain", limit=50),
    "most reported": IncidentFilter(order="sources", limit=50),
    "page 11": IncidentFilter(country="AFG", limit=50, offset=500),
}


@dataclass
class Result:
    fill_seconds: float = 0.0
    insert_rate: float = 0.0  # mentions/s, the store's own way (COPY on PostgreSQL)
    executemany_rate: float | None = None  # PostgreSQL baseline
    list_ms: dict[str, list[float]] = field(default_factory=dict)
    before_ms: dict[str, list[float]] = field(default_factory=dict)  # every filter read first


# -- databases ----------------------------------------------------------------------------------


@contextmanager
def sqlite_url() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="roydad-bench-") as folder:
        yield f"sqlite:///{Path(folder) / 'bench.db'}"


@contextmanager
def postgresql_url() -> Iterator[str]:
    name = f"roydad_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        url = make_url(PG_ADMIN_URL).set(drivername="postgresql+psycopg", database=name)
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


BACKENDS: dict[str, Callable[[], AbstractContextManager[str]]] = {
    "sqlite": sqlite_url,
    "postgresql": postgresql_url,
}


# -- measurements -------------------------------------------------------------------------------


@contextmanager
def read_first() -> Iterator[None]:
    """The list as it was read before roydad.store.listing: every filter read first."""
    chosen = listing.choose
    listing.choose = lambda conn, flt: listing.READ_ALL_FIRST
    try:
        yield
    finally:
        listing.choose = chosen


def list_latencies(store: Store, repeat: int
                   ) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Per filter, the ms of each run now and of each run the way before, interleaved."""
    now: dict[str, list[float]] = {}
    before: dict[str, list[float]] = {}
    for name, flt in FILTERS.items():
        for _ in range(2):  # warm caches and connections
            page = [i.incident_id for i in store.incidents(flt)]
            with read_first():
                old = [i.incident_id for i in store.incidents(flt)]
        if page != old:
            raise SystemExit(f"filter {name!r}: the page differs from the one read first")
        if not page and flt.offset == 0:
            raise SystemExit(f"filter {name!r} found nothing: the synthetic data changed?")
        now[name], before[name] = [], []
        for n in range(repeat * 2):
            way = read_first() if n % 2 else contextlib.nullcontext()
            with way:
                start = time.perf_counter()
                list(store.incidents(flt))
                ms = (time.perf_counter() - start) * 1000
            (before if n % 2 else now)[name].append(ms)
    return now, before


def events_for(document: Document, sentences: list[str], n: int) -> list[EventRecord]:
    """Three events of a document, every kind of field filled, as the extractor writes them."""
    records = []
    for position in range(3):
        text = sentences[(n * 3 + position) % len(sentences)]
        records.append(EventRecord(
            doc_id=document.id, event_id=f"{document.id}-{position}", event_type="ASSAULT",
            mode="firearms", acled_event_type="Violence against civilians",
            acled_sub_event_type="Attack", date="2024-03-05", date_precision="day",
            date_text="on Tuesday",
            location=Location(name="Kabul", admin1="Kabul", country="AFG", lat=34.53,
                              lon=69.17, geonames_id=1138958, precision="city"),
            actors=[
                ActorRef(text="gunmen", name="unidentified gunmen", role="actor", kind="group"),
                ActorRef(text="a judge", name="judges", role="recipient", kind="person"),
            ],
            fatalities=2, injured=1, weapon="firearm", certainty="reported",
            claims=[Claim(kind="denial", claimant="Taliban", attributed_to="Taliban",
                          certainty="alleged", text="The Taliban denied involvement.")],
            evidence=Evidence(text=text, start=0, end=len(text)),
            mentions=[Mention(text=text[:20], start=0, end=min(20, len(text)), trigger="shot")],
            confidence=0.75, extractor="roydad-bench/1",
        ))
    return records


def insert_rates(store: Store, documents: int, compare_executemany: bool
                 ) -> tuple[float, float | None]:
    """Mentions/s through save_results: (the store's way, executemany) interleaved by batch."""
    sentences = sample_sentences()
    docs = [Document(id=f"bench-{n}", text=f"Benchmark report {n} {uuid.uuid4().hex}",
                     origin="bench") for n in range(documents)]
    store.add_documents(docs)
    run = store.start_run("process", "roydad-bench/1")
    batches = [
        [(d.content_hash, events_for(d.model_copy(update={"id": d.content_hash}), sentences, n))
         for n, d in enumerate(docs[k : k + BATCH_DOCUMENTS], start=k)]
        for k in range(0, len(docs), BATCH_DOCUMENTS)
    ]
    spent = {"store": 0.0, "executemany": 0.0}
    written = {"store": 0, "executemany": 0}
    default_threshold = queries.COPY_MIN_ROWS
    try:
        for n, batch in enumerate(batches):
            mode = "executemany" if compare_executemany and n % 2 else "store"
            queries.COPY_MIN_ROWS = sys.maxsize if mode == "executemany" else default_threshold
            start = time.perf_counter()
            written[mode] += store.save_results(run, batch)
            spent[mode] += time.perf_counter() - start
    finally:
        queries.COPY_MIN_ROWS = default_threshold
    store.finish_run(run)
    baseline = written["executemany"] / spent["executemany"] if compare_executemany else None
    return written["store"] / spent["store"], baseline


def measure(backend: str, incidents: int, args: argparse.Namespace) -> Result:
    result = Result()
    with BACKENDS[backend]() as url, open_store(url) as store:
        start = time.perf_counter()
        fill_incidents(store.engine, incidents)
        result.fill_seconds = time.perf_counter() - start
        print(f"  {backend}: filled {incidents:,} incidents in {result.fill_seconds:.1f} s",
              flush=True)
        result.list_ms, result.before_ms = list_latencies(store, args.repeat)
        if not args.list_only:
            result.insert_rate, result.executemany_rate = insert_rates(
                store, args.documents, compare_executemany=backend == "postgresql"
            )
    return result


# -- report -------------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(incidents: int, results: dict[str, Result]) -> None:
    names = list(results)
    width = 15
    print(f"\n== {incidents:,} incidents")
    head = f"{'':28}" + "".join(f"{n:>{width}}" for n in names)
    if len(names) == 2:
        head += f"{'ratio pg/sqlite' if names == ['sqlite', 'postgresql'] else 'ratio':>{width+3}}"
    print(head)

    def row(label: str, values: list[float], fmt: str, ratio: bool = True) -> None:
        line = f"{label:28}" + "".join(f"{v:>{width}{fmt}}" for v in values)
        if ratio and len(values) == 2 and values[0]:
            line += f"{values[1] / values[0]:>{width + 3}.2f}"
        print(line)

    row("fill (set-based SQL), s", [r.fill_seconds for r in results.values()], ".1f")
    row("insert, mentions/s", [r.insert_rate for r in results.values()], ",.0f")
    for name, r in results.items():
        if r.executemany_rate:
            print(f"  {name}: COPY {r.insert_rate:,.0f}/s vs executemany "
                  f"{r.executemany_rate:,.0f}/s = {r.insert_rate / r.executemany_rate:.2f}x")
    list_table(results)


def list_table(results: dict[str, Result]) -> None:
    """Per filter and backend: p50 / p95 now, the same before, and p95 before/now."""
    cell, ratio = 16, 8
    print(f"\n{'list, ms (p50 / p95)':28}" + "".join(
        f"{name + ' now':>{cell}}{name + ' before':>{cell + 2}}{'b/n':>{ratio}}"
        for name in results
    ))

    def cells(now: list[float], before: list[float]) -> str:
        now95, before95 = percentile(now, 0.95), percentile(before, 0.95)
        return (f"{statistics.median(now):>{cell - 9}.1f} / {now95:<6.1f}"
                f"{statistics.median(before):>{cell - 7}.1f} / {before95:<6.1f}"
                f"{before95 / now95 if now95 else 0:>{ratio}.1f}x")

    for flt in FILTERS:
        print(f"  {flt:26}" + "".join(
            cells(r.list_ms[flt], r.before_ms[flt]) for r in results.values()
        ))

    def every(runs: dict[str, list[float]]) -> list[float]:
        return [ms for values in runs.values() for ms in values]

    line = f"{'p95, all filters':28}"
    for r in results.values():
        now95, before95 = percentile(every(r.list_ms), 0.95), percentile(every(r.before_ms), 0.95)
        line += (f"{'':>{cell - 9}}  {now95:<6.1f}{'':>{cell - 7}}  {before95:<6.1f}"
                 f"{before95 / now95 if now95 else 0:>{ratio}.1f}x")
    print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--large", action="store_true", help="also 1,000,000 incidents")
    parser.add_argument("--repeat", type=int, default=30, help="timed runs per filter")
    parser.add_argument("--documents", type=int, default=1200,
                        help="documents (3 mentions each) for the insert rate")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--list-only", action="store_true",
                        help="measure the incident list only, not the insert rate")
    args = parser.parse_args()
    backends = [b for b in args.backends.split(",") if b]
    unknown = set(backends) - set(BACKENDS)
    if unknown:
        raise SystemExit(f"unknown backends {sorted(unknown)}; choose from {list(BACKENDS)}")
    if "postgresql" in backends:
        try:
            psycopg.connect(PG_ADMIN_URL, connect_timeout=5).close()
        except psycopg.Error as exc:
            print(f"postgresql: not reachable at {PG_ADMIN_URL} ({exc}); measuring SQLite only")
            backends.remove("postgresql")
    sizes = [args.incidents, *([1_000_000] if args.large else [])]
    for incidents in sizes:
        print(f"\nfilling and measuring {incidents:,} incidents", flush=True)
        results = {backend: measure(backend, incidents, args) for backend in backends}
        report(incidents, results)


if __name__ == "__main__":
    main()
