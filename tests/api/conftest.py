"""API fixtures: a real store (SQLite file, and PostgreSQL where a test asks for `db_url`),
consolidated from a small corpus, served by the real app through Starlette's TestClient."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from roydad.api import create_app
from roydad.auth import UserStore
from roydad.store import Store, open_store
from tests.api.corpus import Corpus, build_corpus
from tests.store.conftest import db_url, pg_admin_url, pg_database  # noqa: F401

PASSWORD = "correct horse battery"
ROLES = ("viewer", "analyst", "admin")


@pytest.fixture(scope="session")
def corpus_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Corpus]:
    """The corpus and users, built once; each test gets its own copy of the file."""
    path = tmp_path_factory.mktemp("corpus") / "roydad.db"
    corpus = _prepare(f"sqlite:///{os.fspath(path)}")
    return path, corpus


@pytest.fixture
def sqlite_url(tmp_path: Path, corpus_file: tuple[Path, Corpus]) -> str:
    target = tmp_path / "roydad.db"
    shutil.copyfile(corpus_file[0], target)
    return f"sqlite:///{os.fspath(target)}"


def _prepare(url: str) -> Corpus:
    with open_store(url) as store:
        corpus = build_corpus(store)
        users = UserStore(store.engine)
        for role in ROLES:
            users.add(role, PASSWORD, role)
    return corpus


@pytest.fixture
def corpus(corpus_file: tuple[Path, Corpus]) -> Corpus:
    return corpus_file[1]


@pytest.fixture
def app(sqlite_url: str, corpus: Corpus) -> Iterator[FastAPI]:
    application = create_app(sqlite_url)
    yield application
    application.state.roydad.store.close()


@pytest.fixture
def store(app: FastAPI) -> Store:
    served: Store = app.state.roydad.store
    return served


def login(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Log in through the API as a script would; returns the session's CSRF token, which is
    also set as the client's default X-CSRF-Token header."""
    token = client.get("/api/v1/auth/csrf").json()["csrf_token"]
    answer = client.post(
        "/api/v1/auth/login", json={"name": name, "password": password},
        headers={"X-CSRF-Token": token},
    )
    assert answer.status_code == 200, answer.text
    csrf: str = answer.json()["csrf_token"]
    client.headers["X-CSRF-Token"] = csrf
    return csrf


@pytest.fixture
def client_for(app: FastAPI) -> Iterator[Callable[[str | None], TestClient]]:
    """A logged-in client for a role (None: not logged in)."""
    clients: list[TestClient] = []

    def make(role: str | None) -> TestClient:
        client = TestClient(app, follow_redirects=False)
        clients.append(client)
        if role is not None:
            login(client, role)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def viewer(client_for: Callable[[str | None], TestClient]) -> TestClient:
    return client_for("viewer")


@pytest.fixture
def analyst(client_for: Callable[[str | None], TestClient]) -> TestClient:
    return client_for("analyst")


@pytest.fixture
def admin(client_for: Callable[[str | None], TestClient]) -> TestClient:
    return client_for("admin")
