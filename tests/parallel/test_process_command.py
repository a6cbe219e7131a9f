"""`roydad process --workers N` and `--dask local:N` end to end, with the real pipeline: a worker
SIGKILLed mid-run, or the parent itself, and a re-run leave exactly the database of an
uninterrupted single-process run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import psutil
import pytest
from typer.testing import CliRunner

from roydad.cli import app
from roydad.store import open_store
from tests.conftest import SAMPLES
from tests.processing import processed_count, roydad_command, stored_events

pytestmark = pytest.mark.slow

ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}




def _wait_for(url: str, at_least: int, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 300
    while processed_count(url) < at_least and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, f"the run ended before it could be interrupted: {proc.stderr}"


def _pool_workers(pid: int) -> list[psutil.Process]:
    """The pool's worker processes (spawned children, not the resource tracker)."""
    return [child for child in psutil.Process(pid).children()
            if "spawn_main" in " ".join(child.cmdline())]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample reports twice over, each copy made distinct by a numbered dateline."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    with (SAMPLES / "reports.jsonl").open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    with path.open("w", encoding="utf-8") as out:
        for i in range(2):
            for j, text in enumerate(texts):
                out.write(json.dumps({"id": f"d{i}-{j}", "text": f"Dispatch {i}. {text}",
                                      "pub_date": "2024-03-10"}) + "\n")
    return path


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory, extractor: Any) -> Any:
    """The events of an uninterrupted single-process run (the loop of `roydad process`)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('reference') / 'clean.db'}"
    subprocess.run(roydad_command("ingest", str(corpus), "--db", url), check=True, env=ENV,
                   capture_output=True)
    store = open_store(url)
    run = store.start_run("process", extractor.name)
    while batch := store.pending_documents(16):
        store.save_results(run, [(d.id, recs) for d, recs in extractor.extract(batch)])
    store.close()
    return stored_events(url)


def _ingested(corpus: Path, tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'roydad.db'}"
    subprocess.run(roydad_command("ingest", str(corpus), "--db", url), check=True, env=ENV,
                   capture_output=True)
    return url


@pytest.mark.parametrize("workers", [1, 2])
def test_pool_workers_store_what_a_single_process_does(
    corpus: Path, tmp_path: Path, reference: list[dict[str, Any]], workers: int
) -> None:
    """1 and 2 workers store the same records as one process: at 2 workers the last partitions
    are smaller than the single process's batches (the tail is balanced), which must not
    change what is extracted."""
    url = _ingested(corpus, tmp_path)
    done = subprocess.run(
        roydad_command("process", "--db", url, "--workers", str(workers)),
        env=ENV, capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr
    assert f"by {workers} process pool worker processes" in done.stderr
    assert stored_events(url) == reference
    assert processed_count(url) == 46


def test_a_killed_pool_worker_is_replaced_and_nothing_is_lost(
    corpus: Path, tmp_path: Path, reference: list[dict[str, Any]]
) -> None:
    url = _ingested(corpus, tmp_path)
    proc = subprocess.Popen(roydad_command("process", "--db", url, "--workers", "2", "--batch-size",
                                    "4"), env=ENV, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(url, 8, proc)
        victim = _pool_workers(proc.pid)[0]
        os.kill(victim.pid, signal.SIGKILL)
        _out, err = proc.communicate(timeout=600)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "worker lost (a worker process died)" in err, "the kill caught nothing in flight"
    rerun = subprocess.run(roydad_command("process", "--db", url, "--workers", "2"), env=ENV,
                           capture_output=True, text=True, check=True)
    assert "nothing to process" in rerun.stderr
    assert stored_events(url) == reference


def test_a_killed_parent_takes_its_workers_along_and_a_rerun_resumes(
    corpus: Path, tmp_path: Path, reference: list[dict[str, Any]]
) -> None:
    url = _ingested(corpus, tmp_path)
    proc = subprocess.Popen(roydad_command("process", "--db", url, "--workers", "2", "--batch-size",
                                    "4"), env=ENV, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        _wait_for(url, 8, proc)
        workers = _pool_workers(proc.pid)
        assert len(workers) == 2
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    done = processed_count(url)
    total = len(open_store(url).pending_documents(1000)) + done
    assert 0 < done < total, f"the run was not killed half-way ({done}/{total})"
    _gone, alive = psutil.wait_procs(workers, timeout=15)
    assert alive == [], "pool workers outlived their parent"
    subprocess.run(roydad_command("process", "--db", url, "--workers", "2"), env=ENV,
                   capture_output=True, check=True)
    assert processed_count(url) == total
    assert stored_events(url) == reference


def test_dask_local_cluster_equals_a_single_process_run(
    corpus: Path, tmp_path: Path, reference: list[dict[str, Any]]
) -> None:
    url = _ingested(corpus, tmp_path)
    done = subprocess.run(
        roydad_command("process", "--db", url, "--dask", "local:2", "--batch-size", "8"),
        env=ENV, capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "by 2 dask worker processes" in done.stderr
    assert stored_events(url) == reference


def test_bad_options_are_refused_before_anything_runs(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'never.db'}"
    for args in (["--workers", "2", "--dask", "local:2"], ["--workers", "0"],
                 ["--dask", "scheduler:8786"]):
        result = CliRunner().invoke(app, ["process", "--db", url, *args])
        assert result.exit_code == 2, (args, result.output)
    assert not (tmp_path / "never.db").exists()
