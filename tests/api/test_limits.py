"""Request size limits and what validation errors may say back (roydad.api.limits)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

from fastapi import FastAPI
from fastapi.testclient import TestClient

Clients = Callable[[str | None], TestClient]


def _login_token(client: TestClient) -> dict[str, str]:
    return {"X-CSRF-Token": client.get("/api/v1/auth/csrf").json()["csrf_token"]}


def test_a_huge_login_body_is_refused_before_parsing(client_for: Clients) -> None:
    anonymous = client_for(None)
    body = json.dumps({"name": "admin", "password": "p" * (30 * 1024 * 1024)})
    answer = anonymous.post("/api/v1/auth/login", content=body, headers={
        **_login_token(anonymous), "Content-Type": "application/json",
    })
    assert answer.status_code == 413
    assert len(answer.content) < 500 and "ppp" not in answer.text


def test_a_body_without_a_length_is_cut_off_too(app: FastAPI) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"name": "admin", "password": "'
        for _ in range(40):
            yield b"p" * 65536
        yield b'"}'

    with TestClient(app) as client:
        headers = {**_login_token(client), "Content-Type": "application/json"}
        answer = client.post("/api/v1/auth/login", content=chunks(), headers=headers)
    assert answer.status_code == 413


def test_a_small_body_still_passes(app: FastAPI) -> None:
    limited = TestClient(app)
    headers = _login_token(limited)
    answer = limited.post("/api/v1/auth/login", json={"name": "x", "password": "y" * 900},
                          headers=headers)
    assert answer.status_code == 401


def test_a_rejected_password_is_never_echoed(admin: TestClient) -> None:
    short = admin.post("/api/v1/users",
                       json={"name": "noor", "password": "hunter2", "role": "analyst"})
    assert short.status_code == 422
    assert "hunter2" not in short.text
    assert "password" in short.json()["message"]  # the field is named, its value is not
    # An error about another field must not carry the password in the echoed body either.
    no_role = admin.post("/api/v1/users", json={"name": "noor", "password": "s3cret-enough"})
    assert no_role.status_code == 422 and "role" in no_role.json()["message"]
    assert "s3cret-enough" not in no_role.text


def test_long_input_is_echoed_cut_short(client_for: Clients) -> None:
    anonymous = client_for(None)
    answer = anonymous.post("/api/v1/auth/login", json={"name": "n" * 50_000, "password": "x"},
                            headers=_login_token(anonymous))
    assert answer.status_code == 422
    assert len(answer.content) < 2000
    assert "name" in answer.json()["message"]
