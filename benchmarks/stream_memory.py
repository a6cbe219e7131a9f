"""Stream memory: peak RSS of `roydad ingest` and `roydad process` must stay flat as the corpus
grows (target: every process ≤ 1.5 GB at 100k documents).

Each size N runs the commands a user runs, as fresh processes, on a fresh SQLite database: the N
synthetic articles of benchmarks/scaling.py (a dev headline over a sample or dev report body,
each copy made distinct by a numbered dateline) are written to a JSONL file, `roydad ingest
FILE` stores them, and `roydad process --workers W` extracts them in W worker processes, stores
their events and consolidates them into incidents. Every 0.2 s the benchmark reads, for each
process of the tree, its high-water mark (VmHWM in /proc/PID/status: what ru_maxrss reports)
and its current RSS. The parent's peak is split where its workers exit: before, reading
partitions and committing events; after, consolidation. While the workers run, the parent's and
the workers' RSS are also noted at each tenth of the documents processed (the curve within one
run).

The yardsticks, measured in the same run: a fresh process that loads the extractor (the spaCy
pipeline, the gazetteer, the actor knowledge base), and the same process once it has extracted
one partition of the same articles: what every worker holds anyway.

Printed per size: each phase's peak and its ratio to the smallest size (flat ≈ 1.0), then the
curve within the largest run. Sizes are 1k and 3k by default (a few minutes); the long runs are
behind --sizes (10k of ~360-word articles take about half an hour of 2 workers on 2 shared
cores, so 100k take hours). --short keeps only each article's headline and numbered dateline
(~20 words): the stream then has as many documents, events and incidents, and a new number in
every document, for a sixteenth of the extraction time, so 100k documents fit in well under an
hour; what it does not grow is the vocabulary of the article bodies.

    python benchmarks/stream_memory.py [--sizes 1000 3000] [--workers 2] [--batch-size 16]
    python benchmarks/stream_memory.py --short --sizes 10000 50000 100000
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil  # type: ignore[import-untyped]
from scaling import corpus as make_corpus

from roydad.models import Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SIZES = (1_000, 3_000)
TARGET_MB = 1500.0
SAMPLE_SECONDS = 0.2
CHECKPOINTS = 10
# Loads the extractor, then extracts one partition of the same articles: what any worker holds.
YARDSTICK = """
import resource, sys
from roydad.extract.pipeline import Extractor
from scaling import corpus
extractor = Extractor(batch_size=int(sys.argv[1]))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
for _ in extractor.extract(corpus(int(sys.argv[1]))):
    pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


@dataclass
class Tree:
    """What the sampler saw of one command's process tree, in MiB."""

    parent_peak: float = 0.0
    # the parent's peak while any worker was alive
    parent_peak_with_workers: float = 0.0
    workers: dict[int, float] = field(default_factory=dict)
    # (documents processed, parent RSS, largest worker RSS) at each checkpoint
    curve: list[tuple[int, float, float]] = field(default_factory=list)
    seconds: float = 0.0
    workers_seconds: float = 0.0
    output: str = ""


@dataclass
class Size:
    documents: int
    words: int
    ingest: Tree
    process: Tree
    reported_worker_peak: float | None


def status_mb(pid: int) -> tuple[float, float]:
    """(VmHWM, VmRSS) of a live process in MiB; zeros once it is gone."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0, 0.0
    found = dict(re.findall(r"^(VmHWM|VmRSS):\s+(\d+) kB", text, re.MULTILINE))
    return int(found.get("VmHWM", 0)) / 1024, int(found.get("VmRSS", 0)) / 1024


def is_worker(process: psutil.Process) -> bool:
    try:
        line = " ".join(process.cmdline())
    except psutil.Error:
        return False
    # pool workers run multiprocessing's spawn_main; its resource tracker is no worker
    return "spawn_main" in line and "resource_tracker" not in line


def pending(db: Path) -> int | None:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            row = conn.execute("SELECT count(*) FROM documents WHERE processed_at IS NULL")
            return int(row.fetchone()[0])
    except sqlite3.Error:
        return None


def run(args: list[str], db: Path | None = None, total: int = 0) -> Tree:
    """Run `roydad ARGS` in a fresh process and sample its tree until it exits."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p)}
    tree = Tree()
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as log:
        child = subprocess.Popen([sys.executable, "-m", "roydad.cli", *args], env=env,
                                 stdout=log, stderr=subprocess.STDOUT)
        parent = psutil.Process(child.pid)
        first_worker = last_worker = None
        step = max(1, total // CHECKPOINTS)
        next_mark = step
        while child.poll() is None:
            hwm, _ = status_mb(child.pid)
            tree.parent_peak = max(tree.parent_peak, hwm)
            try:
                workers = [p for p in parent.children(recursive=True) if is_worker(p)]
            except psutil.Error:
                workers = []
            sizes = {p.pid: status_mb(p.pid) for p in workers}
            for pid, (peak, _) in sizes.items():
                tree.workers[pid] = max(tree.workers.get(pid, 0.0), peak)
            if sizes:
                now = time.perf_counter()
                first_worker = first_worker or now
                last_worker = now
                tree.parent_peak_with_workers = max(tree.parent_peak_with_workers, hwm)
                left = pending(db) if db is not None and total else None
                if left is not None and total - left >= next_mark:
                    current = max(rss for _, rss in sizes.values())
                    tree.curve.append((total - left, status_mb(child.pid)[1], current))
                    next_mark = (total - left) // step * step + step
            time.sleep(SAMPLE_SECONDS)
        log.seek(0)
        tree.output = log.read()
    tree.seconds = time.perf_counter() - started
    if first_worker is not None and last_worker is not None:
        tree.workers_seconds = last_worker - first_worker
    if child.returncode != 0:
        raise SystemExit(f"roydad {' '.join(args)} failed ({child.returncode}):\n{tree.output}")
    return tree


def short_corpus(n: int) -> list[Document]:
    """The articles of `make_corpus` cut to their headline and numbered dateline."""
    docs = []
    for doc in make_corpus(n):
        dateline = f"Dispatch {doc.id.removeprefix('bench-')}."
        headline = doc.text[:doc.text.index(dateline)]
        docs.append(doc.model_copy(update={"text": f"{headline}{dateline}"}))
    return docs


def measure(n: int, folder: Path, workers: int, batch_size: int, short: bool) -> Size:
    articles = folder / f"corpus-{n}.jsonl"
    words = 0
    # the articles are made in this process, which is not measured
    with articles.open("w", encoding="utf-8") as out:
        for doc in (short_corpus(n) if short else make_corpus(n)):
            words += len(doc.text.split())
            day = doc.pub_date.isoformat() if doc.pub_date else None
            out.write(json.dumps({"id": doc.id, "text": doc.text, "pub_date": day}) + "\n")
    db = folder / f"stream-{n}.db"
    url = f"sqlite:///{db}"
    ingest = run(["ingest", str(articles), "--db", url])
    articles.unlink()
    process = run(["process", "--db", url, "--workers", str(workers),
                   "--batch-size", str(batch_size)], db=db, total=n)
    reported = re.search(r"peak (\d+) MiB per worker", process.output)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return Size(n, words, ingest, process, float(reported.group(1)) if reported else None)


def yardstick(batch_size: int) -> tuple[float, float]:
    """Peak RSS of a fresh process once it has loaded the extractor, and once it has then
    extracted one partition, in MiB."""
    path = os.pathsep.join((str(ROOT / "src"), str(ROOT / "benchmarks")))
    env = {**os.environ, "PYTHONPATH": path}
    out = subprocess.run([sys.executable, "-c", YARDSTICK, str(batch_size)], env=env,
                         check=True, capture_output=True, text=True).stdout.split()
    return float(out[-2]), float(out[-1])


def report(rows: list[Size], yardsticks: tuple[float, float]) -> None:
    base = rows[0]
    loaded, one_partition = yardsticks
    columns = [
        ("ingest", lambda s: s.ingest.parent_peak),
        ("parent: extract", lambda s: s.process.parent_peak_with_workers),
        ("parent: all", lambda s: s.process.parent_peak),
        ("worker (max)", lambda s: max(s.process.workers.values(), default=0.0)),
    ]
    print(f"\npeak RSS in MiB (× its value at {base.documents:,} documents); yardsticks: a "
          f"process that loads the extractor = {loaded:.0f} MiB, and then extracts one "
          f"partition = {one_partition:.0f} MiB")
    print(f"{'documents':>10}" + "".join(f"{name:>20}" for name, _ in columns)
          + f"{'worker/yardstick':>18}{'extract docs/s':>16}{'process s':>11}")
    for s in rows:
        cells = "".join(f"{get(s):>11.0f} ×{get(s) / max(get(base), 1e-9):5.2f}  "
                        for _, get in columns)
        worker = max(s.process.workers.values(), default=0.0)
        rate = s.documents / s.process.workers_seconds if s.process.workers_seconds else 0.0
        print(f"{s.documents:>10,}{cells}{worker / one_partition:>18.2f}{rate:>16.1f}"
              f"{s.process.seconds:>11.0f}")
    for s in rows:
        each = ", ".join(f"{mb:.0f}" for mb in sorted(s.process.workers.values()))
        told = f"; roydad reported {s.reported_worker_peak:.0f}" if s.reported_worker_peak else ""
        print(f"  {s.documents:,}: each worker's peak {each} MiB{told}; ingest "
              f"{s.ingest.seconds:.0f} s, extract {s.process.workers_seconds:.0f} s, "
              f"consolidate and close {s.process.seconds - s.process.workers_seconds:.0f} s")
    worst = max(max(s.ingest.parent_peak, s.process.parent_peak,
                    max(s.process.workers.values(), default=0.0)) for s in rows)
    print(f"largest process: {worst:.0f} MiB (target ≤ {TARGET_MB:.0f} MB: "
          f"{'ok' if worst * 1.048576 <= TARGET_MB else 'OVER'})")
    last = rows[-1]
    if last.process.curve:
        print(f"\nwithin the {last.documents:,}-document run (RSS now, MiB):")
        print(f"{'processed':>10}{'parent':>9}{'largest worker':>16}")
        for done, parent, worker in last.process.curve:
            print(f"{done:>10,}{parent:>9.0f}{worker:>16.0f}")
    first = rows[0]
    if first.process.workers_seconds:
        rate = first.documents / first.process.workers_seconds
        print(f"\nat {rate:.1f} docs/s, 100,000 documents would extract in about "
              f"{100_000 / rate / 60:.0f} min on this machine now")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16, help="documents per partition")
    parser.add_argument("--short", action="store_true",
                        help="headline and dateline only (~20 words per document)")
    args = parser.parse_args()
    print(f"{psutil.cpu_count()} CPUs, load average {psutil.getloadavg()[0]:.1f}; "
          f"{args.workers} workers, partitions of {args.batch_size}", flush=True)
    yardsticks = yardstick(args.batch_size)
    rows: list[Size] = []
    with tempfile.TemporaryDirectory(prefix="roydad-stream-") as tmp:
        for n in sorted(set(args.sizes)):
            rows.append(measure(n, Path(tmp), args.workers, args.batch_size, args.short))
            s = rows[-1]
            print(f"  {n:,} documents ({s.words / n:.0f} words each): ingest "
                  f"{s.ingest.parent_peak:.0f} MiB, parent {s.process.parent_peak:.0f} MiB, "
                  f"workers {max(s.process.workers.values(), default=0.0):.0f} MiB, "
                  f"{s.process.seconds:.0f} s", flush=True)
            print("    " + s.process.output.strip().replace("\n", "\n    "), flush=True)
    report(rows, yardsticks)
    print(f"load average at the end {psutil.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
