"""Scaling: `roydad process` throughput at 1 and 2 workers, on a process pool and on a Dask
LocalCluster, over the same documents, all measured in one run; where the time goes; and each
worker's peak memory as the corpus grows.

Each configuration gets a fresh SQLite database holding the same N synthetic news articles (a
headline from the dev sets over a report body from the bundled samples or the dev texts in
../shared/data/dev, each copy made distinct by a numbered dateline, since the store keeps one
document per text). Workers load and warm up the pipeline before the clock starts ("startup");
the clock ("run") covers reading partitions, extraction, sending events back and the parent's
commits. "end to end" is startup + run: what `roydad process --workers N` spends before it
consolidates.

Sentences are counted once, with spaCy's rule-based sentencizer (the parser splits a few per
cent more). The default configurations are a pool of 1 and of 2 workers, a pool of 2 handing out
fixed-size partitions to the end (as before the tail was balanced), and a Dask LocalCluster of 2.
Configurations: NAME:WORKERS with NAME serial (the loop of `roydad process` in this process),
pool, pool-fixed, dask or dask-fixed.

The machine may be shared: wall-clock ratios then measure the other jobs as much as roydad, so
a second table says where the time went, from CPU times, which the other jobs stretch much less.
"CPU ms/doc" is extraction CPU per document (at 2 workers it also shows what two workers cost
each other in caches and memory bandwidth); "busy" the share of the run the workers spent
extracting (the rest they waited for work: at the start, at the end, on the parent); "got" the
workers' process CPU over their cores × wall (below 100 %: the machine gave them less than their
cores); "parent CPU" what the one writer spent (reading partitions, unpickling, committing);
"others" the cores the rest of the machine used during the run; "CPU-bound" the run replayed
on cores of its own from each partition's extraction CPU time, in the order the workers took
them ("tail": how long the last worker ran after the mean). Every configuration's stored events
are hashed: they must be identical.

    python benchmarks/scaling.py [--docs 240] [--batch-size 16] [--repeat 1]
        [--configs pool:1,pool:2,pool-fixed:2,dask:2] [--rss-docs 100000]
"""

from __future__ import annotations

import argparse
import hashlib
import heapq
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
DEFAULT_CONFIGS = "pool:1,pool:2,pool-fixed:2,dask:2"
# roydad issue 16: two workers x1.8 as fast as one, and at least 300 sentences/s on 2 cores
TARGET_SPEEDUP = 1.8
TARGET_SENTENCES_PER_SECOND = 300


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
    overhead, not extraction, so each article is a headline and a body (~300 words on average),
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


def count_sentences(docs: list[Document]) -> int:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return sum(len(list(doc.sents)) for doc in nlp.pipe(d.text for d in docs))


@dataclass
class Measurement:
    label: str
    workers: int
    documents: int = 0
    sentences: int = 0
    words: int = 0
    events: int = 0
    partitions: int = 0
    seconds: float = 0.0
    startup: float = 0.0
    worker_peak_mb: float = 0.0
    # CPU seconds the parent spent (reading partitions, unpickling results, committing)
    parent_cpu: float = 0.0
    # CPU seconds the workers spent extracting, and wall seconds they spent on it
    worker_cpu: float = 0.0
    worker_busy: float = 0.0
    # (partition number, extraction CPU seconds) of every partition
    partition_cpu: list[tuple[int, float]] = field(default_factory=list)
    # CPU seconds of the worker processes during the run (extraction, pickling, waiting)
    worker_process_cpu: float = 0.0
    # CPU seconds everything else on the machine used during the run
    others_cpu: float = 0.0
    # the 1-minute load average before and after the run
    load: tuple[float, float] = (0.0, 0.0)
    # a hash of every stored event: equal in every configuration, or extraction depended on
    # how the documents were partitioned
    digest: str = ""
    # (documents saved, highest worker peak so far MiB, parent RSS MiB) as the run goes on
    growth: list[tuple[int, float, float]] = field(default_factory=list)

    @property
    def sentences_per_second(self) -> float:
        return self.sentences / self.seconds if self.seconds else 0.0

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms_per_doc(self) -> float:
        return 1000 * self.worker_cpu / self.documents if self.documents else 0.0

    @property
    def busy(self) -> float:
        """The share of the workers' wall-clock time spent extracting."""
        return self.worker_busy / (self.workers * self.seconds) if self.seconds else 0.0

    @property
    def got(self) -> float:
        """The workers' process CPU over their cores × wall: < 1 when the machine is shared."""
        return self.worker_process_cpu / (self.workers * self.seconds) if self.seconds else 0.0

    @property
    def cpu_bound_seconds(self) -> float:
        """The run on cores of its own: each worker takes the next partition as it comes free
        (as the pool and Dask do), and a partition holds it for its extraction CPU time."""
        free_at = [0.0] * self.workers
        for _, cpu in sorted(self.partition_cpu):
            heapq.heappush(free_at, heapq.heappop(free_at) + cpu)
        return max(free_at)

    @property
    def words_per_cpu_second(self) -> float:
        return self.words / self.worker_cpu if self.worker_cpu else 0.0


class CpuMeter:
    """CPU seconds used by this process, by its children (the workers) and by everything else
    on the machine, between `start` and `stop`."""

    def start(self) -> None:
        self.me = psutil.Process()
        self.children = {p.pid: p for p in self.me.children(recursive=True)}
        self.mine0 = self._cpu(self.me)
        self.children0 = {pid: self._cpu(p) for pid, p in self.children.items()}
        self.machine0 = self._machine()

    def stop(self, measured: Measurement) -> None:
        mine = self._cpu(self.me) - self.mine0
        children = sum(self._cpu(p) - self.children0[pid] for pid, p in self.children.items()
                       if p.is_running())
        measured.parent_cpu = mine
        measured.worker_process_cpu = children
        measured.others_cpu = max(0.0, self._machine() - self.machine0 - mine - children)

    @staticmethod
    def _cpu(process: psutil.Process) -> float:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            return 0.0
        return float(times.user + times.system)

    @staticmethod
    def _machine() -> float:
        times = psutil.cpu_times()
        return float(sum(times) - times.idle - getattr(times, "iowait", 0.0))


def events_digest(store: Store) -> str:
    lines = sorted(record.to_json() for record in store.events())
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:12]


def fresh_store(folder: Path, name: str, docs: list[Document]) -> Store:
    store = open_store(f"sqlite:///{folder / name}.db")
    store.add_documents(docs)
    return store


def run_serial(folder: Path, docs: list[Document], batch_size: int) -> Measurement:
    """The loop `roydad process` runs without --workers, in this process."""
    from roydad.parallel.worker import extractor, load, peak_rss_mb

    store = fresh_store(folder, "serial", docs)
    measured = Measurement("serial", 1)
    started = time.perf_counter()
    load(batch_size)
    measured.startup = time.perf_counter() - started
    loaded = extractor(batch_size)
    run = store.start_run("process", loaded.name)
    meter = CpuMeter()
    meter.start()
    load_before = psutil.getloadavg()[0]
    started = time.perf_counter()
    while batch := store.pending_documents(batch_size):
        cpu, wall = time.process_time(), time.perf_counter()
        results = [(d.id, recs) for d, recs in loaded.extract(batch)]
        cpu = time.process_time() - cpu
        measured.worker_cpu += cpu
        measured.worker_busy += time.perf_counter() - wall
        measured.partition_cpu.append((measured.partitions, cpu))
        measured.events += store.save_results(run, results)
        measured.documents += len(batch)
        measured.partitions += 1
    measured.seconds = time.perf_counter() - started
    meter.stop(measured)
    # one process: what it spent is the "worker's"
    measured.worker_process_cpu, measured.parent_cpu = measured.parent_cpu, 0.0
    measured.load = (load_before, psutil.getloadavg()[0])
    measured.worker_peak_mb = peak_rss_mb()
    measured.digest = events_digest(store)
    store.close()
    return measured


def run_backend(
    folder: Path, label: str, workers: int, docs: list[Document], batch_size: int,
    open_backend: Callable[[], Backend], balance_tail: bool = True,
) -> Measurement:
    store = fresh_store(folder, f"{label}-{workers}-{time.monotonic_ns()}", docs)
    measured = Measurement(label, workers)
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
        measured.partitions += 1
        measured.worker_cpu += result.cpu_seconds
        measured.worker_busy += result.seconds
        measured.partition_cpu.append((result.number, result.cpu_seconds))
        peaks[result.worker] = max(peaks.get(result.worker, 0.0), result.peak_rss_mb)
        if measured.documents // step > before // step or measured.documents == len(docs):
            parent_mb = parent.memory_info().rss / 2**20
            measured.growth.append((measured.documents, max(peaks.values()), parent_mb))

    meter = CpuMeter()
    try:
        runner = PartitionRunner(store, store.start_run("process", "bench"), backend,
                                 partition_size=batch_size, on_saved=saved,
                                 balance_tail=balance_tail)
        meter.start()
        load = psutil.getloadavg()[0]
        started = time.perf_counter()
        counts = runner.run()
        measured.seconds = time.perf_counter() - started
        meter.stop(measured)
        measured.load = (load, psutil.getloadavg()[0])
        measured.digest = events_digest(store)
    finally:
        backend.close()
        store.close()
    measured.events = counts.events
    measured.worker_peak_mb = max(counts.peak_rss_mb.values(), default=0.0)
    return measured


def backend_factory(name: str, workers: int, batch_size: int) -> Callable[[], Backend]:
    if name == "pool":
        from roydad.parallel.pool import ProcessPoolBackend

        return lambda: ProcessPoolBackend(workers, batch_size=batch_size)
    from roydad.parallel.dask_runner import DaskBackend

    return lambda: DaskBackend(f"local:{workers}", batch_size=batch_size)


def measure(config: str, folder: Path, docs: list[Document], batch_size: int) -> Measurement:
    name, _, count = config.partition(":")
    workers = int(count or 1)
    if name == "serial":
        return run_serial(folder, docs, batch_size)
    kind = name.removesuffix("-fixed")
    if kind not in ("pool", "dask"):
        raise SystemExit(f"unknown configuration {config!r}: serial, pool, pool-fixed, dask, "
                         "dask-fixed, each :WORKERS")
    return run_backend(folder, name, workers, docs, batch_size,
                       backend_factory(kind, workers, batch_size),
                       balance_tail=not name.endswith("-fixed"))


def report_throughput(rows: list[Measurement]) -> None:
    base = next((m for m in rows if m.label == "pool" and m.workers == 1), rows[0])
    print(f"wall clock (x: against {base.label} ×{base.workers}; end to end = startup + run)")
    print(f"{'configuration':<15}{'parts':>6}{'events':>7}{'startup s':>10}{'run s':>7}"
          f"{'sent/s':>8}{'docs/s':>7}{'x run':>7}{'end-to-end s':>13}{'x e2e':>7}"
          f"{'peak MiB':>9}{'load':>11}")
    for m in rows:
        e2e = m.startup + m.seconds
        print(f"{_name(m):<15}{m.partitions:>6}{m.events:>7}{m.startup:>10.1f}"
              f"{m.seconds:>7.1f}{m.sentences_per_second:>8.0f}{m.docs_per_second:>7.1f}"
              f"{base.seconds / m.seconds:>7.2f}{e2e:>13.1f}"
              f"{(base.startup + base.seconds) / e2e:>7.2f}{m.worker_peak_mb:>9.0f}"
              f"{m.load[0]:>6.1f}→{m.load[1]:.1f}")
    print("where the time goes (CPU-bound: the run on cores of its own, each worker taking the "
          "next partition as it comes free and holding it for its extraction CPU time; tail: "
          "how long the last worker ran after the mean)")
    print(f"{'configuration':<15}{'CPU ms/doc':>11}{'busy':>6}{'got':>6}{'parent CPU s':>13}"
          f"{'others':>7}{'CPU-bound s':>12}{'sent/s':>8}{'x':>6}{'tail s':>7}")
    for m in rows:
        print(f"{_name(m):<15}{m.cpu_ms_per_doc:>11.0f}{m.busy:>6.0%}{m.got:>6.0%}"
              f"{m.parent_cpu:>13.1f}{m.others_cpu / m.seconds:>7.1f}"
              f"{m.cpu_bound_seconds:>12.1f}{m.sentences / m.cpu_bound_seconds:>8.0f}"
              f"{base.cpu_bound_seconds / m.cpu_bound_seconds:>6.2f}"
              f"{m.cpu_bound_seconds - m.worker_cpu / m.workers:>7.2f}")
    for m in rows:
        if m is base or m.workers < 2:
            continue
        x_run = base.seconds / m.seconds
        x_cpu = base.cpu_bound_seconds / m.cpu_bound_seconds
        rate = m.sentences / m.cpu_bound_seconds
        print(f"{_name(m)}: x{x_run:.2f} and {m.sentences_per_second:.0f} sentences/s wall "
              f"clock, x{x_cpu:.2f} and {rate:.0f} sentences/s CPU-bound; target "
              f"x{TARGET_SPEEDUP}: {_met(x_run, x_cpu, TARGET_SPEEDUP)}, target "
              f"{TARGET_SENTENCES_PER_SECOND} sentences/s: "
              f"{_met(m.sentences_per_second, rate, TARGET_SENTENCES_PER_SECOND)}")
    if len({m.digest for m in rows}) > 1:
        # the same documents must give the same events however they are partitioned
        print("WARNING: the stored events differ between configurations "
              f"({', '.join(f'{_name(m)}: {m.digest}' for m in rows)}): was the extraction "
              "code or its data edited during the run?")
    else:
        print(f"stored events identical in every configuration ({rows[0].events} events, "
              f"sha256 {rows[0].digest})")
    per_core = max((m.words_per_cpu_second for m in rows if m.workers == 1), default=0.0)
    print(f"per-core throughput (words per extraction CPU-second, best 1-worker run): "
          f"{per_core:.0f} words/s = {per_core / 600:.2f} articles/s of 600 words")


def _name(m: Measurement) -> str:
    return f"{m.label} ×{m.workers}"


def _met(wall: float, cpu_bound: float, target: float) -> str:
    if wall >= target:
        return "met"
    return "met on cores of their own only" if cpu_bound >= target else "not met"


def report_growth(m: Measurement) -> None:
    print(f"memory as the corpus grows ({m.label}, {m.workers} workers):")
    print(f"{'documents':>10}{'worker peak MiB':>17}{'parent RSS MiB':>16}")
    for documents, worker, parent in m.growth:
        print(f"{documents:>10}{worker:>17.0f}{parent:>16.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=240, help="documents per configuration")
    parser.add_argument("--batch-size", type=int, default=16, help="documents per partition")
    parser.add_argument("--configs", default=DEFAULT_CONFIGS,
                        help="comma-separated NAME:WORKERS (serial, pool, pool-fixed, dask, "
                        "dask-fixed)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds over the configurations; each keeps its fastest run")
    parser.add_argument("--rss-docs", type=int, default=0,
                        help="also run a 2-worker pool over this many documents for memory")
    args = parser.parse_args()
    configs = args.configs.split(",")
    docs = corpus(args.docs)
    words = sum(len(d.text.split()) for d in docs)
    sentences = count_sentences(docs)
    print(f"corpus: {len(docs)} documents, {sentences} sentences, {words} words "
          f"({words / len(docs):.0f} per document), partitions of {args.batch_size}; "
          f"{psutil.cpu_count()} CPUs, load average {psutil.getloadavg()[0]:.1f}")
    best: dict[str, Measurement] = {}
    with tempfile.TemporaryDirectory(prefix="roydad-scaling-") as tmp:
        folder = Path(tmp)
        # in-process runs last, so that the parent's memory figures of the others are not
        # those of a loaded pipeline
        order = sorted(configs, key=lambda c: c.startswith("serial"))
        for round_ in range(args.repeat):
            for config in order:
                m = measure(config, folder, docs, args.batch_size)
                m.sentences, m.words = sentences, words
                print(f"  round {round_ + 1}, {config}: {m.seconds:.1f} s, "
                      f"{m.sentences_per_second:.0f} sentences/s (load {m.load[0]:.1f})",
                      flush=True)
                if config not in best or m.seconds < best[config].seconds:
                    best[config] = m
        rows = [best[c] for c in configs]
        report_throughput(rows)
        two = next((m for m in rows if m.workers == 2 and m.growth), None)
        if two is not None:
            report_growth(two)
        if args.rss_docs:
            big = corpus(args.rss_docs)
            report_growth(run_backend(folder, "pool", 2, big, args.batch_size,
                                      backend_factory("pool", 2, args.batch_size)))
        print(f"load average at the end {psutil.getloadavg()[0]:.1f} (other work on the "
              "machine lowers every wall-clock figure, and the ratios less)")


if __name__ == "__main__":
    main()
