"""Exports stream: peak memory must stay flat as the number of incidents grows.

Each (format, N) runs in a fresh process that generates N synthetic incidents lazily (copies of
realistic incidents from the sample corpus's happenings — two reports, four actors, claims, a
conflict — with new ids, dates and places) and exports them to a temporary file. The process
reports its own peak RSS (ru_maxrss). The yardstick, measured in the same run, is `list`: the
same incidents merely held in a Python list, which is what a non-streaming export would need.

Printed per format: peak RSS at each N, and its ratio to the format's RSS at the smallest N
(flat ≈ 1.0); and `list` RSS at each N with its ratio. Sizes: 10k and 100k by default;
`--million` adds 1M (several minutes per format).

    python benchmarks/export_memory.py [--sizes 10000 100000] [--million]
                                       [--formats acled plover ...]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FORMATS = ("acled", "ucdp", "plover", "geojson", "ftm", "jsonl", "csv", "parquet", "graphml")
DEFAULT_SIZES = (10_000, 100_000)


def synthetic(n: int) -> Iterator[object]:
    """N incidents, made one at a time from the hand-built sample happenings."""
    from tests.export import incidents as sample

    templates = [sample.balkh(), sample.tehran(), sample.zhob(), sample.chaman(),
                 sample.zawahiri(), sample.kabul_protest()]
    start = date(2014, 1, 1)
    for i in range(n):
        template = templates[i % len(templates)]
        day = (start + timedelta(days=i % 3650)).isoformat()
        loc = template.location
        assert loc is not None and loc.lat is not None and loc.lon is not None
        yield template.model_copy(update={
            "incident_id": f"inc-{i:016x}", "date_start": day, "date_end": day,
            "location": loc.model_copy(update={"lat": loc.lat + (i % 97) / 100,
                                               "lon": loc.lon + (i % 89) / 100}),
        })


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(fmt: str, n: int, queue: mp.Queue) -> None:  # type: ignore[type-arg]
    from roydad.coding.party_codes import knowledge_base_lookup
    from roydad.export import FORMATS as SPEC
    from roydad.export import write

    started = time.perf_counter()
    if fmt == "list":
        held = list(synthetic(n))
        queue.put((peak_mb(), time.perf_counter() - started, len(held)))
        return
    options = {"lookup": knowledge_base_lookup()} if fmt in ("acled", "ucdp") else {}
    spec = SPEC[fmt]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"out{spec.suffix}"
        with path.open("wb" if spec.binary else "w", **({} if spec.binary else
                                                          {"encoding": "utf-8"})) as out:
            result = write(fmt, synthetic(n), out, **options)
    queue.put((peak_mb(), time.perf_counter() - started, result.written))


def measure(fmt: str, n: int) -> tuple[float, float, int]:
    context = mp.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=child, args=(fmt, n, queue))
    process.start()
    found = queue.get()
    process.join()
    return found  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--million", action="store_true", help="also export 1,000,000")
    parser.add_argument("--formats", nargs="+", default=list(FORMATS))
    args = parser.parse_args()
    sizes = sorted(set(args.sizes) | ({1_000_000} if args.million else set()))
    print(f"{'format':<9}" + "".join(f"{n:>22,}" for n in sizes))
    for fmt in ["list", *args.formats]:
        results = [measure(fmt, n) for n in sizes]
        base = results[0][0]
        cells = "".join(f"{mb:>9.0f} MB ×{mb / base:4.2f} {secs:4.0f}s" for mb, secs, _ in results)
        print(f"{fmt:<9}{cells}", flush=True)
    print("peak RSS per process, ratio to the smallest size, wall time; `list` holds the "
          "incidents in memory (what a non-streaming export would need)")


if __name__ == "__main__":
    main()
