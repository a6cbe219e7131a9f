"""Cursor paging of the incident list and the review queue, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from roydad.api import create_app
from tests.api.conftest import _prepare, login
from tests.api.corpus import Corpus


@pytest.fixture
def served(db_url: str) -> Iterator[tuple[TestClient, Corpus]]:
    corpus = _prepare(db_url)
    app: FastAPI = create_app(db_url)
    try:
        client = TestClient(app)
        login(client, "analyst")  # the review queue is the analysts'
        yield client, corpus
    finally:
        app.state.roydad.store.close()


def _walk(client: TestClient, path: str) -> list[str]:
    """Follow the `Link: rel="next"` headers from `path`; the ids of every page in turn."""
    ids: list[str] = []
    url: str | None = path
    while url is not None:
        answer = client.get(url)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        ids += [row["incident_id"] for row in body["items"]]
        link = answer.headers.get("link")
        assert (link is None) == (body["next"] is None)
        if link is None:
            return ids
        target = link.removeprefix("<").split(">;")[0]
        assert link.endswith('rel="next"')
        query = parse_qs(urlsplit(target).query)
        assert query["after"] == [body["next"]] and "offset" not in query
        url = target
        assert len(ids) < 50, "the cursor did not reach the end"
    return ids


@pytest.mark.parametrize("order", ["date", "uncertain", "sources"])
def test_cursor_walks_the_list_once(served: tuple[TestClient, Corpus], order: str) -> None:
    client, _ = served
    whole = client.get(f"/api/v1/incidents?order={order}&limit=500").json()
    assert whole["next"] is None
    expected = [row["incident_id"] for row in whole["items"]]
    for size in (1, 2, 4):
        walked = _walk(client, f"/api/v1/incidents?order={order}&limit={size}&offset=0")
        assert walked == expected
        assert len(set(walked)) == whole["total"] == 5


def test_cursor_keeps_the_filters(served: tuple[TestClient, Corpus]) -> None:
    client, corpus = served
    walked = _walk(client, "/api/v1/incidents?actor=Taliban&limit=1")
    assert set(walked) == {corpus.shooting, corpus.meeting, corpus.sanction}
    assert walked == [corpus.sanction, corpus.meeting, corpus.shooting]  # newest first


def test_review_queue_by_cursor(served: tuple[TestClient, Corpus]) -> None:
    client, _ = served
    whole = [row["incident_id"] for row in client.get("/api/v1/review").json()["items"]]
    assert _walk(client, "/api/v1/review?limit=2") == whole


def test_bad_cursor_is_422(served: tuple[TestClient, Corpus]) -> None:
    client, _ = served
    cursor = client.get("/api/v1/incidents?limit=1").json()["next"]
    for query, says in [
        ("after=nonsense", "cursor"),
        (f"after={cursor}&order=uncertain", "order"),
        (f"after={cursor}&offset=3", "either"),
    ]:
        answer = client.get(f"/api/v1/incidents?{query}")
        assert answer.status_code == 422, query
        assert says in answer.json()["detail"], answer.json()
    page = client.get(f"/api/v1/incidents?limit=2&after={cursor}").json()
    assert (page["offset"], page["next_offset"], page["limit"]) == (0, None, 2)


def test_list_page_by_cursor(served: tuple[TestClient, Corpus]) -> None:
    # The page's "next →" carries the cursor and the offset it stands for (shown as 3–5 of 5).
    client, corpus = served
    cursor = client.get("/api/v1/incidents?limit=2").json()["next"]
    page = client.get(f"/incidents?offset=2&after={cursor}")
    assert page.status_code == 200
    assert "3–5 of 5" in page.text
    assert corpus.protest in page.text and corpus.sanction not in page.text
    assert client.get("/incidents?after=nonsense").status_code == 422
