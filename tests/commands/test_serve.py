"""`roydad user ...` against a real SQLite file, and `roydad serve` answering over loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from roydad.auth import UserStore
from roydad.cli import app
from roydad.store import open_store

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{os.fspath(tmp_path)}/roydad.db"


def test_user_add_list_role_passwd(db: str) -> None:
    added = runner.invoke(app, ["user", "add", "noor", "--role", "analyst",
                                "--password", "long enough pw", "--db", db])
    assert added.exit_code == 0, added.output
    assert "added noor (analyst)" in added.output
    listed = runner.invoke(app, ["user", "list", "--db", db])
    assert "noor\tanalyst" in listed.output
    again = runner.invoke(app, ["user", "add", "noor", "--password", "long enough pw",
                                "--db", db])
    assert again.exit_code == 1 and "already exists" in again.output
    kept = runner.invoke(app, ["user", "add", "noor", "--if-missing", "--db", db],
                         env={"ROYDAD_PASSWORD": "another long pw"})
    assert kept.exit_code == 0 and "unchanged" in kept.output
    assert runner.invoke(app, ["user", "role", "noor", "admin", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["user", "passwd", "noor", "--password", "a new password",
                               "--db", db]).exit_code == 0
    with open_store(db) as store:
        users = UserStore(store.engine)
        assert users.authenticate("noor", "a new password") is not None
        assert users.authenticate("noor", "long enough pw") is None
        noor = users.get("noor")
        assert noor is not None and noor.role == "admin"


def test_user_add_asks_for_the_password_twice(db: str) -> None:
    differ = runner.invoke(app, ["user", "add", "sam", "--db", db], input="first one\nsecond\n")
    assert differ.exit_code == 1 and "differ" in differ.output
    bad_role = runner.invoke(app, ["user", "add", "sam", "--role", "owner",
                                   "--password", "long enough pw", "--db", db])
    assert bad_role.exit_code == 1 and "role must be" in bad_role.output


def test_serve_answers_on_the_port(db: str, tmp_path: Path) -> None:
    # serve only reads: it refuses a database that is not there (tests/commands/test_documents.py)
    open_store(db).close()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "roydad.cli", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/login", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.2)
        assert answer.status_code == 200 and "Log in" in answer.text
        spec = httpx.get(f"http://127.0.0.1:{port}/api/v1/openapi.json").json()
        assert "/api/v1/incidents" in spec["paths"]
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=20)
    assert "no users yet" in output
