"""Consolidation at scale: `Matcher.assign` over 10k and 100k synthetic mentions (and 1M with
`--million`), fast and right: the truth is known, so every size is also scored.

Targets (issues 4 and 16): 1M mentions in <= 60 s on this machine, growing as n log n, not n²;
at every size pairwise precision >= 0.90 and recall >= 0.85.

The world: a year of global news. Seeds are real: the extractor runs once over the bundled
sample reports and the UCDP dev headlines (`--seeds FILE` keeps its records for the next run).
Every size is one year (2023) of one world, so density grows with n and 1M mentions are a
year of global news: ~400,000 happenings (ACLED alone records ~165,000 political-violence events
a year; news also reports protests, arrests, statements and talks). The world has 144
countries, each a copy of the seeds' map in its own 20° square under its own country ids; the
k-th busiest gets a share of the happenings ∝ k^-0.6, so at 1M the busiest country sees ~45
happenings and ~115 reports a day (~17,000 happenings a year, the order ACLED records for its
busiest countries: tens of thousands of events a year), the 10th ~12 and the 100th ~3 a day.
Most seeds are UCDP headlines, which the extractor places no finer than a country or not at
all (42% of the reports; 18% not at all: those can be any country's) and dates by their
publication (a week's precision: 90%). So a busy country's fortnight holds over a thousand
reports of one type, most of them DIFFERENT happenings told in the same words, next to the
repeated reports of each: the crowded blocks where any pair looks alike. (Real reporting has
them too: UCDP's sources include "Policeman escorting polio workers killed in Pakistan" on 1
August 2021 and "Another police officer escorting polio workers killed in Pakistan" the next
day, two happenings.)

A happening copies a seed mention to a random day of the year, a country (as above) and a
place ~60 km (one standard deviation) from the seed's, with its own names (three words of a
200,000-word made-up vocabulary: the victims, villages and units of a year of world news;
half the time one of them also names a party) and its own toll (the seed's × a lognormal). It
is reported 1-6 times (mean ~2.5), each report in its own words: 70% of the seed's words and
each of the happening's names with an 80% chance, at random places in the text. Reports also
differ as reports do: the date shifted by a day or left to the publication date, the place
jittered by a few km or known only by admin1/country, parties dropped, the toll changed or
missing, the text cut short; new event and document ids. Two reports of one happening thus
share the seed's wording and most often a name; two happenings copied from one seed share the
wording and no name; about one pair of reports of one happening in eight shares no name and
must be matched on what else agrees.

Each size runs in a fresh process, so its peak memory (max RSS) is its own. Wall and CPU time
are both printed (the machine is shared: CPU time is what `assign` itself costs), with two
yardsticks from the same run: Python's `sorted` over the same mentions by date (`assign/sort`),
and a fixed 5M-step Python loop. "incremental" is the store's case: the latest 1% of reports
against the incidents that have a report in their candidate windows. The run ends with one
table of every size: pairwise and B-cubed precision, recall and F1, and the time.

    python benchmarks/consolidate.py [--million] [--sizes 10000 100000] [--seeds FILE]
"""

from __future__ import annotations

import argparse
import bisect
import json
import multiprocessing as mp
import os
import resource
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from roydad.consolidate.match import Matcher, MentionFeatures, features_of
from roydad.eval.cluster_scores import bcubed, pairwise
from roydad.models import Document, EventRecord

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "src" / "roydad" / "data" / "samples" / "reports.jsonl"
UCDP = HERE.parent.parent / "shared" / "data" / "dev" / "ucdp_pakistan_dev.jsonl"
TARGET_SECONDS = 60.0
YEAR = 2023
START = date(YEAR, 1, 1).toordinal()
DAYS = 365
KM_PER_DEGREE = 111.0
ROWS, COLUMNS = 8, 18     # the world: 144 countries, each a copy of the seeds' map on its own
SQUARE = 20.0             # 20° x 20° square (no two countries share a place)
BUSY = 0.6                # the k-th busiest country's share of happenings ∝ k ** -BUSY
VOCABULARY = 200_000      # names of the world (people, villages, units, ...)
NAMES = 3                 # a happening's own names ...
NAME_KEPT = 0.8           # ... each in a report with this chance
WORD_KEPT = 0.7           # each of the seed's words in a report with this chance


def _documents() -> list[Document]:
    docs = []
    for path in (SAMPLES, UCDP):
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                item = json.loads(line)
                pub = date.fromisoformat(item["pub_date"]) if item.get("pub_date") else None
                docs.append(Document(id=str(item["id"]), text=item["text"], pub_date=pub,
                                     origin=f"{path.name}:{number}"))
    return docs


def seed_features(cache: Path | None) -> list[MentionFeatures]:
    """Real mentions: extracted once (or read from `cache`), as matcher features."""
    docs = {d.id: d for d in _documents()}
    records: list[EventRecord] = []
    if cache is not None and cache.exists():
        records = [EventRecord.model_validate_json(line) for line in cache.open()]
    else:
        from roydad.extract.pipeline import Extractor

        for _, found in Extractor().extract(docs.values()):
            records += found
        if cache is not None:
            cache.write_text("".join(r.to_json() + "\n" for r in records), encoding="utf-8")
    return [
        features_of(r, document_id=r.doc_id, pub_date=docs[r.doc_id].pub_date)
        for r in records if r.doc_id in docs
    ]


def synthetic(seeds: Sequence[MentionFeatures], n: int, rng_seed: int = 7) -> tuple[
    list[MentionFeatures], list[int]
]:
    """`n` reports of ~n/2.5 happenings of one year, and the happening of each report."""
    rng = np.random.default_rng(rng_seed)
    reports_per = 1 + np.minimum(rng.poisson(1.5, size=n), 5)
    happening = np.repeat(np.arange(n), reports_per)[:n]
    count = int(happening[-1]) + 1
    seed_of = rng.integers(0, len(seeds), size=count)
    share = np.arange(1, ROWS * COLUMNS + 1) ** -BUSY
    country_of = rng.choice(len(share), size=count, p=share / share.sum())
    day_of = START + rng.integers(0, DAYS, size=count)
    north = rng.normal(0.0, 60.0, size=count) / KM_PER_DEGREE
    east = rng.normal(0.0, 60.0, size=count) / KM_PER_DEGREE
    letters = np.frombuffer(b"abcdefghijklmnopqrstuvwxyz", np.uint8)
    vocabulary = rng.choice(letters, size=(VOCABULARY, 7)).view("S7").ravel()
    names = vocabulary[rng.integers(0, len(vocabulary), size=(count, NAMES))]
    named = rng.random(count) < 0.5
    toll = rng.lognormal(0.0, 0.8, size=count)
    u = rng.random((n, 6))
    keep = rng.random((n, 9)) > 0.3
    shift = rng.integers(-1, 2, size=n)
    lag = rng.integers(0, 3, size=n)
    jitter = rng.normal(0.0, 3.0, size=(n, 2)) / KM_PER_DEGREE
    word_kept = rng.random((n, 96), dtype=np.float32) < WORD_KEPT
    name_kept = rng.random((n, NAMES)) < NAME_KEPT
    name_at = rng.integers(0, 1 << 30, size=(n, NAMES))
    words_of = [s.text.split() for s in seeds]
    out = []
    for k in range(n):
        h = int(happening[k])
        seed = seeds[seed_of[h]]
        day = int(day_of[h])
        when = date.fromordinal(day + (int(shift[k]) if u[k, 0] < 0.3 else 0))
        precision = seed.date_precision or "day"
        pub = date.fromordinal(day + int(lag[k]))
        if u[k, 0] > 0.85:  # no date in the text: the publication date, a week's precision
            when, precision = pub, "week"
        row, column = divmod(int(country_of[h]), COLUMNS)
        country = f"{seed.country}-{row * COLUMNS + column}" if seed.country else None
        lat = lon = None
        location, admin1 = seed.location_precision, seed.admin1
        if seed.lat is not None and seed.lon is not None and u[k, 1] < 0.75:
            lat = (seed.lat + north[h] + jitter[k, 0] + row * SQUARE) % 160.0 - 80.0
            lon = (seed.lon + east[h] + jitter[k, 1] + column * SQUARE) % 360.0 - 180.0
        elif u[k, 1] < 0.9:
            location = "admin1"
        else:
            location, admin1 = "country", None
        own = [w.decode() for w in names[h]]
        parties = sorted(seed.actors)[:8] + ([f"party {own[0]}"] if named[h] else [])
        actors = frozenset(a for i, a in enumerate(parties) if keep[k, i])
        fatalities = None if seed.fatalities is None else int(seed.fatalities * toll[h])
        if fatalities is not None and u[k, 3] < 0.3:
            fatalities = max(0, int(fatalities * (0.5 + u[k, 3] * 3)))
        elif u[k, 3] > 0.8:
            fatalities = None
        # The report's own wording: its share of the seed's words, and of the happening's names.
        words = words_of[seed_of[h]]
        tokens = [w for w, kept in zip(words, word_kept[k], strict=False) if kept]
        for i, name in enumerate(own):
            if name_kept[k, i]:
                tokens.insert(int(name_at[k, i]) % (len(tokens) + 1), name)
        text = " ".join(tokens)
        if u[k, 4] > 0.5:
            text = text[: max(40, int(len(text) * u[k, 4]))]
        out.append(replace(
            seed, event_id=f"syn-{k}", document_id=f"doc-{k}", date=when, date_end=None,
            date_precision=precision, pub_date=pub, lat=lat, lon=lon, country=country,
            admin1=admin1, location_precision=location, actors=actors, fatalities=fatalities,
            text=text,
        ))
    return out, happening.tolist()


def incremental_batch(
    matcher: Matcher, mentions: Sequence[MentionFeatures], groups: Sequence[str], share: float
) -> tuple[list[MentionFeatures], dict[str, list[MentionFeatures]]]:
    """The latest `share` of the reports, and every incident (from `groups`, the all-at-once
    result) with an earlier report dated inside one of their candidate windows."""
    order = sorted(range(len(mentions)), key=lambda k: (mentions[k].pub_date or date.min, k))
    cut = len(order) - max(1, int(len(order) * share))
    late = set(order[cut:])
    new = [mentions[k] for k in order[cut:]]
    spans = sorted(w for f in new if (w := matcher.candidate_window(f)) is not None)
    starts = [lo.toordinal() for lo, _ in spans]
    ends = np.maximum.accumulate([hi.toordinal() for _, hi in spans]).tolist()
    wanted: set[str] = set()
    for k, f in enumerate(mentions):
        when = f.date or f.pub_date
        if k in late or when is None:
            continue
        at = bisect.bisect_right(starts, when.toordinal()) - 1
        if at >= 0 and ends[at] >= when.toordinal():
            wanted.add(groups[k])
    existing: dict[str, list[MentionFeatures]] = {}
    for k, f in enumerate(mentions):
        if k not in late and groups[k] in wanted:
            existing.setdefault(groups[k], []).append(f)
    return new, existing


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _one_size(
    n: int, seeds: list[MentionFeatures], queue: mp.Queue,  # type: ignore[type-arg]
) -> None:
    mentions, truth = synthetic(seeds, n)
    matcher = Matcher()
    matcher.assign(mentions[:200])  # warm-up: config, numpy, caches
    before = _rss_mb()
    t0 = time.perf_counter()
    sorted(mentions, key=lambda f: (f.date or f.pub_date or date.min, f.event_id))
    sort_s = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    assignments = matcher.assign(mentions)
    assign_s, assign_cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    groups = [a.group for a in assignments]
    pw, b3 = pairwise(truth, groups), bcubed(truth, groups)
    # Incremental: the latest 1% of reports (by publication date) arrive after the rest was
    # consolidated; like the store, pass the incidents with a report in their windows.
    new, existing = incremental_batch(matcher, mentions, groups, share=0.01)
    t0 = time.perf_counter()
    matcher.assign(new, existing)
    incremental_s = time.perf_counter() - t0
    fetched = sum(len(v) for v in existing.values())
    queue.put({
        "n": n, "assign_s": assign_s, "assign_cpu": assign_cpu, "sort_s": sort_s,
        "incremental_s": incremental_s, "new": len(new), "fetched": fetched,
        "groups": len(set(groups)), "truth": len(set(truth)), "rss_before": before,
        "peak": peak, "pw": (pw.precision, pw.recall, pw.f1),
        "b3": (b3.precision, b3.recall, b3.f1), "busiest": density(mentions, truth),
    })


def _yardstick() -> float:
    """CPU seconds of a fixed pure-Python loop: how fast (or how shared) this machine is now."""
    t0 = time.process_time()
    total = 0
    for i in range(5_000_000):
        total += i
    return time.process_time() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--million", action="store_true",
                        help="also 1,000,000 mentions (a few minutes: the target run)")
    parser.add_argument("--seeds", type=Path, default=None,
                        help="cache of the seed records (JSONL); extracted when missing")
    args = parser.parse_args()
    sizes = sorted(set(args.sizes) | ({1_000_000} if args.million else set()))
    t0 = time.perf_counter()
    seeds = [f for f in seed_features(args.seeds) if f.date or f.pub_date]
    print(f"{len(seeds)} seed mentions ({time.perf_counter() - t0:.1f} s); "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
    ctx = mp.get_context("fork")
    rows = []
    for n in sizes:
        queue: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
        child = ctx.Process(target=_one_size, args=(n, seeds, queue))
        child.start()
        row = queue.get()
        child.join()
        rows.append(row)
        _report(row, rows[0])
    last = rows[-1]
    print(f"yardstick: 5M-step Python loop {_yardstick():.2f} s CPU; "
          f"load average {os.getloadavg()[0]:.2f}")
    if last["n"] >= 1_000_000:
        verdict = "OK" if last["assign_s"] <= TARGET_SECONDS else "over"
        print(f"target 1M mentions in <= {TARGET_SECONDS:.0f} s: wall {last['assign_s']:.1f} s "
              f"({verdict}), CPU {last['assign_cpu']:.1f} s")
    _table(rows)
    sys.stdout.flush()


def _table(rows: Sequence[dict[str, Any]]) -> None:
    """Every size in one table: the quality the truth allows measuring, and the time."""
    print("\n    mentions | pairwise P     R    F1 |   B³ P     R    F1 | assign wall    CPU | "
          "busiest country a day")
    for row in rows:
        (pp, pr, pf), (bp, br, bf) = row["pw"], row["b3"]
        print(f"{row['n']:>12,} |      {pp:.3f} {pr:.3f} {pf:.3f} |  {bp:.3f} {br:.3f} {bf:.3f} | "
              f"{row['assign_s']:9.1f} s {row['assign_cpu']:5.1f} s | "
              f"{row['busiest'][0]:.1f} happenings, {row['busiest'][1]:.1f} reports")


def density(mentions: Sequence[MentionFeatures], truth: Sequence[int]) -> tuple[float, float]:
    """Happenings and reports a day in the busiest country."""
    reports: dict[str, int] = {}
    happenings: dict[str, set[int]] = {}
    for f, h in zip(mentions, truth, strict=True):
        if f.country:
            reports[f.country] = reports.get(f.country, 0) + 1
            happenings.setdefault(f.country, set()).add(h)
    busiest = max(reports, key=reports.__getitem__, default=None)
    if busiest is None:
        return 0.0, 0.0
    return len(happenings[busiest]) / DAYS, reports[busiest] / DAYS


def _report(row: dict[str, Any], base: dict[str, Any]) -> None:
    n = row["n"]
    per = row["assign_cpu"] / n * 1e6
    growth = per / (base["assign_cpu"] / base["n"] * 1e6)
    nlogn = np.log(n) / np.log(base["n"])
    print(
        f"n={n:>9,}: assign wall {row['assign_s']:6.1f} s, CPU {row['assign_cpu']:6.1f} s "
        f"({per:4.1f} µs/mention CPU = ×{growth:.2f} the n={base['n']:,} cost; n log n: "
        f"×{nlogn:.2f}; assign/sort ×{row['assign_s'] / row['sort_s']:.0f})\n"
        f"    incremental {row['new']:,} new vs {row['fetched']:,} fetched: "
        f"{row['incremental_s']:.2f} s | groups {row['groups']:,} (truth {row['truth']:,}) "
        f"pairwise P {row['pw'][0]:.3f} R {row['pw'][1]:.3f}, B³ P {row['b3'][0]:.3f} "
        f"R {row['b3'][1]:.3f} | RSS {row['rss_before']:.0f} MB with the mentions, peak "
        f"{row['peak']:.0f} MB | load {os.getloadavg()[0]:.2f}",
        flush=True,
    )


if __name__ == "__main__":
    main()
