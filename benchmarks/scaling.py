"""Scaling: `roydad process` throughput at 1 and 2 workers, on a process pool and on a Dask
LocalCluster, over the same documents, against a single-process run measured in the same run;
and each worker's peak memory as the corpus grows.

Each configuration gets a fresh SQLite database holding the same N synthetic documents (the
bundled sample reports and the dev texts in ../shared/data/dev, each copy made distinct by a
numbered dateline, since the store keeps one document per text). Workers load the pipeline
before the clock starts; the clock covers reading partitions, extraction and the parent's
commits. The machine may be shared: only ratios measured in one run mean much.

    python benchmarks/scaling.py [--docs 10000] [--batch-size 16] [--rss-docs 100000]
                                 [--backends serial,pool,dask]
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import psutil  # type: ignore[import-untyped]

from roydad.models import Document
from roydad.parallel import Backend, PartitionResult, PartitionRunner
from roydad.store import Store, open_store

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "src" / "roydad" / "data" / "samples" / "reports.jsonl"
DEV = HERE.parent.parent / "shared" / "data" / "dev"
CHECKPOINTS = 5
TARGET_EFFICIENCY = 0.8


def _read(path: Path) -> list[tuple[str, date | None]]:
    if not path.exists():
        return []
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            day = record.get("pub_date")
            out.append((record["text"], date.fromisoformat(day) if day else None))
    return out


def corpus(n: int) -> list[Document]:
    """`n` distinct articles: a headline over a report body, with a numbered dateline.

    The dev sets hold ~460 distinct one-line headlines (UCDP) and ~20 distinct long reports
    (WikiEvents); the samples hold 23 reports. Headlines alone would measure per-document
    overhead, not extraction, so each article is a headline and a body (~360 words on average),
    cycled in a fixed shuffled order."""
    texts = dict(_read(SAMPLES) + [p for f in sorted(DEV.glob("*.jsonl")) for p in _read(f)])
    headlines = sorted(t for t in texts if len(t.split()) < 40)
    bodies = sorted(t for t in texts if len(t.split()) >= 40)
    if not bodies:
        raise SystemExit(f"no report texts found in {SAMPLES} or {DEV}")
    rng = random.Random(7)
    rng.shuffle(headlines)
    rng.shuffle(bodies)
    docs = []
    for i in range(n):
        body = bodies[i % len(bodies)]
        headline = f"{headlines[i % len(headlines)]}\n\n" if headlines else ""
        docs.append(Document(id=f"bench-{i}", text=f"{headline}Dispatch {i}. {body}",
                             pub_date=texts[body], origin=f"bench:{i}"))
    return docs


@dataclass
class Measurement:
    label: str
    workers: int
    documents: int = 0
    words: int = 0
    events: int = 0
    seconds: float = 0.0
    startup: float = 0.0
    worker_peak_mb: float = 0.0
    # CPU seconds the parent spent (reading partitions, unpickling results, committing)
    parent_cpu: float | None = None
    # CPU seconds the workers spent extracting: unlike wall-clock time, not stretched by
    # whatever else runs on the machine
    worker_cpu: float = 0.0
    # the 1-minute load average before and after the run
    load: tuple[float, float] = (0.0, 0.0)
    # (documents saved, highest worker peak so far MiB, parent RSS MiB) as the run goes on
    growth: list[tuple[int, float, float]] = field(default_factory=list)

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms_per_doc(self) -> float:
        return 1000 * self.worker_cpu / self.documents if self.documents else 0.0

    @property
    def words_per_cpu_second(self) -> float:
        return self.words / self.worker_cpu if self.worker_cpu else 0.0


def fresh_store(folder: Path, name: str, docs: list[Document]) -> Store:
    store = open_store(f"sqlite:///{folder / name}.db")
    store.add_documents(docs)
    return store


def run_serial(folder: Path, docs: list[Document], batch_size: int) -> Measurement:
    """The loop `roydad process` runs without --workers, in this process."""
    from roydad.extract.pipeline import Extractor
    from roydad.parallel.worker import peak_rss_mb

    store = fresh_store(folder, "serial", docs)
    measured = Measurement("serial (no pool)", 1)
    started = time.perf_counter()
    extractor = Extractor(batch_size=batch_size)
    measured.startup = time.perf_counter() - started
    run = store.start_run("process", extractor.name)
    load = psutil.getloadavg()[0]
    started = time.perf_counter()
    while batch := store.pending_documents(batch_size):
        cpu = time.process_time()
        results = [(d.id, recs) for d, recs in extractor.extract(batch)]
        measured.worker_cpu += time.process_time() - cpu
        measured.events += store.save_results(run, results)
        measured.documents += len(batch)
    measured.seconds = time.perf_counter() - started
    measured.load = (load, psutil.getloadavg()[0])
    measured.worker_peak_mb = peak_rss_mb()
    measured.words = sum(len(d.text.split()) for d in docs)
    store.close()
    return measured


def run_backend(
    folder: Path, label: str, workers: int, docs: list[Document], batch_size: int,
    open_backend: Callable[[], Backend],
) -> Measurement:
    store = fresh_store(folder, f"{label.replace(' ', '-')}-{workers}", docs)
    measured = Measurement(label, workers, words=sum(len(d.text.split()) for d in docs))
    started = time.perf_counter()
    backend = open_backend()
    backend.ready()
    measured.startup = time.perf_counter() - started
    step = max(1, len(docs) // CHECKPOINTS)
    peaks: dict[str, float] = {}
    parent = psutil.Process()

    def saved(result: PartitionResult) -> None:
        before = measured.documents
        measured.documents += len(result.results)
        measured.worker_cpu += result.cpu_seconds
        peaks[result.worker] = max(peaks.get(result.worker, 0.0), result.peak_rss_mb)
        if measured.documents // step > before // step or measured.documents == len(docs):
            parent_mb = parent.memory_info().rss / 2**20
            measured.growth.append((measured.documents, max(peaks.values()), parent_mb))

    try:
        runner = PartitionRunner(store, store.start_run("process", "bench"), backend,
                                 partition_size=batch_size, on_saved=saved)
        cpu = parent.cpu_times()
        load = psutil.getloadavg()[0]
        started = time.perf_counter()
        counts = runner.run()
        measured.seconds = time.perf_counter() - started
        measured.load = (load, psutil.getloadavg()[0])
        after = parent.cpu_times()
        measured.parent_cpu = after.user + after.system - cpu.user - cpu.system
    finally:
        backend.close()
        store.close()
    measured.events = counts.events
    measured.worker_peak_mb = max(counts.peak_rss_mb.values(), default=0.0)
    return measured


def pool(workers: int, batch_size: int) -> Callable[[], Backend]:
    from roydad.parallel.pool import ProcessPoolBackend

    return lambda: ProcessPoolBackend(workers, batch_size=batch_size)


def dask(workers: int, batch_size: int) -> Callable[[], Backend]:
    from roydad.parallel.dask_runner import DaskBackend

    return lambda: DaskBackend(f"local:{workers}", batch_size=batch_size)


def report_throughput(rows: list[Measurement]) -> None:
    print(f"{'configuration':<18}{'workers':>8}{'docs':>7}{'events':>7}{'startup s':>10}"
          f"{'run s':>8}{'docs/s':>8}{'words/s':>9}{'CPU ms/doc':>11}{'peak MiB/worker':>16}"
          f"{'parent CPU s':>13}{'load':>12}")
    for m in rows:
        parent = f"{m.parent_cpu:.1f}" if m.parent_cpu is not None else "-"
        load = f"{m.load[0]:.1f}→{m.load[1]:.1f}"
        print(f"{m.label:<18}{m.workers:>8}{m.documents:>7}{m.events:>7}{m.startup:>10.1f}"
              f"{m.seconds:>8.1f}{m.docs_per_second:>8.2f}{m.words_per_second:>9.0f}"
              f"{m.cpu_ms_per_doc:>11.0f}{m.worker_peak_mb:>16.0f}{parent:>13}{load:>12}")
    serial = next((m for m in rows if m.label.startswith("serial")), None)
    for label in ("process pool", "dask local"):
        one = next((m for m in rows if m.label == label and m.workers == 1), None)
        two = next((m for m in rows if m.label == label and m.workers == 2), None)
        if one is None or two is None:
            continue
        efficiency = two.docs_per_second / (2 * one.docs_per_second)
        verdict = "ok" if efficiency >= TARGET_EFFICIENCY else "below target"
        print(f"{label}: efficiency at 2 workers = {two.docs_per_second:.2f} / "
              f"(2 × {one.docs_per_second:.2f}) = {efficiency:.2f} "
              f"(target ≥ {TARGET_EFFICIENCY}: {verdict})")
        # What the efficiency would be if each worker had a core to itself: the extra CPU a
        # document costs when two workers share the machine's caches and memory bus.
        print(f"{label}: CPU per document at 1 / at 2 workers = {one.cpu_ms_per_doc:.0f} / "
              f"{two.cpu_ms_per_doc:.0f} ms = {one.cpu_ms_per_doc / two.cpu_ms_per_doc:.2f}")
        if serial is not None:
            print(f"{label}: 1 worker / single process = "
                  f"{one.docs_per_second / serial.docs_per_second:.2f}")
    if len({m.events for m in rows}) > 1:
        # the same documents must give the same events however they are partitioned
        print("WARNING: event counts differ between configurations: was the extraction code "
              "or its data edited during the run?")
    per_core = max((m.words_per_cpu_second for m in rows if m.workers == 1), default=0.0)
    print(f"per-core throughput (words per extraction CPU-second, best 1-worker run): "
          f"{per_core:.0f} words/s = {per_core / 600:.2f} articles/s of 600 words")


def report_growth(m: Measurement) -> None:
    print(f"memory as the corpus grows ({m.label}, {m.workers} workers):")
    print(f"{'documents':>10}{'worker peak MiB':>17}{'parent RSS MiB':>16}")
    for documents, worker, parent in m.growth:
        print(f"{documents:>10}{worker:>17.0f}{parent:>16.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000, help="documents per configuration")
    parser.add_argument("--batch-size", type=int, default=16, help="documents per partition")
    parser.add_argument("--rss-docs", type=int, default=0,
                        help="also run a 2-worker pool over this many documents for memory")
    parser.add_argument("--backends", default="serial,pool,dask",
                        help="comma-separated: serial, pool, dask")
    args = parser.parse_args()
    chosen = set(args.backends.split(","))
    docs = corpus(args.docs)
    words = sum(len(d.text.split()) for d in docs)
    print(f"corpus: {len(docs)} documents, {words} words ({words / len(docs):.0f} per "
          f"document), partitions of {args.batch_size}; {psutil.cpu_count()} CPUs, "
          f"load average {psutil.getloadavg()[0]:.1f}")
    rows: list[Measurement] = []
    with tempfile.TemporaryDirectory(prefix="roydad-scaling-") as tmp:
        folder = Path(tmp)
        for name, label, make in (("pool", "process pool", pool), ("dask", "dask local", dask)):
            if name not in chosen:
                continue
            for workers in (1, 2):
                rows.append(run_backend(folder, label, workers, docs, args.batch_size,
                                        make(workers, args.batch_size)))
                print(f"  {label} × {workers}: {rows[-1].docs_per_second:.2f} docs/s",
                      flush=True)
        # last, so that the parent's memory figures above are not those of a loaded pipeline
        if "serial" in chosen:
            rows.insert(0, run_serial(folder, docs, args.batch_size))
        if rows:
            report_throughput(rows)
        two = next((m for m in rows if m.workers == 2 and m.growth), None)
        if two is not None:
            report_growth(two)
        if args.rss_docs:
            big = corpus(args.rss_docs)
            report_growth(run_backend(folder, "process pool", 2, big, args.batch_size,
                                      pool(2, args.batch_size)))
        print(f"load average at the end {psutil.getloadavg()[0]:.1f} (other work on the "
              "machine lowers every figure, and the ratios less)")


if __name__ == "__main__":
    main()
