"""A `roydad process` killed with SIGKILL mid-batch loses that batch entirely, and running it
again ends with exactly the database an uninterrupted run would have produced."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

from roydad.models import EventRecord
from roydad.store import Store

from .factories import doc, synthetic_events

FACTORIES = Path(__file__).with_name("factories.py")

# Runs one batch like `roydad process`, but stops dead after the events are inserted and
# before the transaction commits, waiting to be killed.
CHILD = """
import importlib.util, sys, time
import roydad.store.queries as queries
from roydad.store import open_store

spec = importlib.util.spec_from_file_location("factories", sys.argv[3])
factories = importlib.util.module_from_spec(spec)
spec.loader.exec_module(factories)
insert_rows = queries.insert_event_rows

def insert_then_hang(conn, rows):
    insert_rows(conn, rows)
    print("inserted", len(rows.events), flush=True)
    time.sleep(300)

queries.insert_event_rows = insert_then_hang
store = open_store(sys.argv[1])
batch = store.pending_documents(3)
store.save_results(int(sys.argv[2]), [(d.id, factories.synthetic_events(d)) for d in batch])
"""


def _process(store: Store, run_id: int, batch_size: int) -> int:
    """The loop `roydad process` runs."""
    events = 0
    while batch := store.pending_documents(batch_size):
        events += store.save_results(run_id, [(d.id, synthetic_events(d)) for d in batch])
    return events


def _kill_mid_batch(db_url: str, run_id: int) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, db_url, str(run_id), str(FACTORIES)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        ready, _, _ = select.select([child.stdout], [], [], 120)
        line = child.stdout.readline() if ready else ""
        if not line.startswith("inserted"):
            child.kill()
            raise AssertionError(f"child did not reach the insert: {child.communicate()}")
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate()


def test_killed_batch_vanishes_and_rerun_completes(store: Store, db_url: str) -> None:
    store.add_documents(
        doc(f"Report {i}: clashes near the border{'!' * i}", origin=f"in.jsonl:{i}")
        for i in range(8)
    )
    documents = store.pending_documents(100)
    expected: list[EventRecord] = [e for d in documents for e in synthetic_events(d)]

    # A first batch goes through, then the process is killed inside the second one.
    run = store.start_run("process", "roydad-test/1")
    first = documents[:3]
    store.save_results(run, [(d.id, synthetic_events(d)) for d in first])
    _kill_mid_batch(db_url, run)

    after_kill = store.summary()
    assert after_kill.events == sum(len(synthetic_events(d)) for d in first)
    assert (after_kill.processed, after_kill.pending) == (3, 5)
    assert [d.id for d in store.pending_documents(100)] == [d.id for d in documents[3:]]
    # The killed run is left as it was: 'running' (see store.py).
    assert after_kill.last_run is not None and after_kill.last_run.status == "running"

    rerun = store.start_run("process", "roydad-test/1")
    written = _process(store, rerun, batch_size=2)
    store.finish_run(rerun, documents_seen=5, events=written)

    assert list(store.events()) == expected
    final = store.summary()
    assert (final.processed, final.pending, final.events) == (8, 0, len(expected))
    # Running once more changes nothing.
    assert _process(store, store.start_run("process", "roydad-test/1"), batch_size=2) == 0
    assert list(store.events()) == expected
