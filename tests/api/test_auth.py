"""Logging in, roles, sessions and CSRF, through the real app and a real SQLite store."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from roydad.api.routes import pages
from roydad.auth import UserStore
from tests.api.conftest import PASSWORD, login
from tests.api.corpus import Corpus

Clients = Callable[[str | None], TestClient]


def test_api_needs_a_login(client_for: Clients) -> None:
    anonymous = client_for(None)
    answer = anonymous.get("/api/v1/incidents")
    assert answer.status_code == 401
    assert answer.json()["detail"] == "log in first"


def test_pages_redirect_to_the_login_form(client_for: Clients) -> None:
    answer = client_for(None).get("/incidents?type=ASSAULT")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/login?next=%2Fincidents%3Ftype%3DASSAULT"


def test_login_with_the_form_and_come_back(client_for: Clients) -> None:
    browser = client_for(None)
    form = browser.get("/login?next=/map")
    assert form.status_code == 200
    token = browser.cookies["roydad_login_csrf"]
    assert f'value="{token}"' in form.text
    answer = browser.post("/login", data={
        "name": "viewer", "password": PASSWORD, "csrf_token": token, "next": "/map",
    })
    assert answer.status_code == 303 and answer.headers["location"] == "/map"
    assert browser.get("/incidents").status_code == 200


def test_login_form_refuses_a_foreign_redirect(client_for: Clients) -> None:
    browser = client_for(None)
    browser.get("/login")
    token = browser.cookies["roydad_login_csrf"]
    answer = browser.post("/login", data={
        "name": "viewer", "password": PASSWORD, "csrf_token": token,
        "next": "//evil.example/steal",
    })
    assert answer.headers["location"] == "/incidents"


def test_login_form_without_its_token_is_refused(client_for: Clients) -> None:
    browser = client_for(None)
    answer = browser.post("/login", data={"name": "viewer", "password": PASSWORD})
    assert answer.status_code == 400
    assert "expired" in answer.text
    assert "roydad_session" not in browser.cookies


def test_wrong_password_and_unknown_name_look_the_same(client_for: Clients) -> None:
    browser = client_for(None)
    token = browser.get("/api/v1/auth/csrf").json()["csrf_token"]
    headers = {"X-CSRF-Token": token}
    wrong = browser.post("/api/v1/auth/login", json={"name": "viewer", "password": "nope nope"},
                         headers=headers)
    unknown = browser.post("/api/v1/auth/login", json={"name": "nobody", "password": "x" * 9},
                           headers=headers)
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


class Clock:
    """A clock the test moves by hand, for the throttle's delays."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(app: FastAPI) -> Clock:
    fake = Clock()
    app.state.roydad.throttle.clock = fake
    return fake


def _from(app: FastAPI, address: str) -> TestClient:
    """A client at its own address, holding a login CSRF token."""
    client = TestClient(app, follow_redirects=False, client=(address, 40000))
    client.headers["X-CSRF-Token"] = client.get("/api/v1/auth/csrf").json()["csrf_token"]
    return client


def _try(client: TestClient, name: str, password: str) -> int:
    answer = client.post("/api/v1/auth/login", json={"name": name, "password": password})
    return answer.status_code


def test_delays_grow_with_failures_and_then_let_the_right_password_in(
    app: FastAPI, clock: Clock
) -> None:
    guesser = _from(app, "10.0.0.1")
    assert [_try(guesser, "admin", "guess") for _ in range(4)] == [401, 401, 401, 401]
    refused = guesser.post("/api/v1/auth/login", json={"name": "admin", "password": PASSWORD})
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "1" and "try again in 1 s" in refused.text
    clock.now += 1
    assert _try(guesser, "admin", "guess") == 401
    again = guesser.post("/api/v1/auth/login", json={"name": "admin", "password": "guess"})
    assert again.headers["Retry-After"] == "2"  # each failure doubles the wait
    clock.now += 2
    assert _try(guesser, "admin", PASSWORD) == 200


def test_failures_from_one_client_never_lock_the_account_for_another(
    app: FastAPI, clock: Clock
) -> None:
    for number in range(6):  # a distributed guess: several addresses, many failures each
        attacker = _from(app, f"203.0.113.{number}")
        codes = [_try(attacker, "admin", f"guess {n}") for n in range(6)]
        assert 429 in codes
    owner = _from(app, "10.9.9.9")
    assert _try(owner, "admin", PASSWORD) == 200


def test_one_address_trying_many_names_is_slowed(app: FastAPI, clock: Clock) -> None:
    sprayer = _from(app, "198.51.100.7")
    codes = [_try(sprayer, f"user{n}", "Summer2024!") for n in range(18)]
    # Ten free failures per address (an office shares one), then a growing wait.
    assert codes[:11] == [401] * 11
    assert codes[11] == 429


def test_failed_logins_are_shown_to_admins_only(
    app: FastAPI, clock: Clock, client_for: Clients
) -> None:
    guesser = _from(app, "192.0.2.44")
    _try(guesser, "admin", "guess")
    _try(guesser, "ghost\nFAKE LOG LINE", "guess")
    admin = client_for("admin")
    listed = admin.get("/api/v1/auth/failed-logins").json()
    assert [(f["name"], f["address"]) for f in listed[:2]] == [
        ("ghost\nFAKE LOG LINE", "192.0.2.44"), ("admin", "192.0.2.44")]
    assert listed[0]["attempts"] == 1 and listed[0]["wait_seconds"] == 0
    assert "192.0.2.44" in admin.get("/users").text
    assert client_for("analyst").get("/api/v1/auth/failed-logins").status_code == 403


def test_session_cookie_is_httponly_and_samesite(client_for: Clients) -> None:
    browser = client_for(None)
    token = browser.get("/api/v1/auth/csrf").json()["csrf_token"]
    answer = browser.post("/api/v1/auth/login", json={"name": "viewer", "password": PASSWORD},
                          headers={"X-CSRF-Token": token})
    cookie = answer.headers["set-cookie"].lower()
    assert "roydad_session=" in cookie and "httponly" in cookie and "samesite=lax" in cookie


def test_roles(viewer: TestClient, analyst: TestClient, admin: TestClient,
               corpus: Corpus) -> None:
    version = viewer.get(f"/api/v1/incidents/{corpus.protest}").json()["version"]
    body = {"version": version}
    assert viewer.post(f"/api/v1/incidents/{corpus.protest}/accept", json=body).status_code == 403
    assert viewer.get("/review").status_code == 403
    assert viewer.get("/api/v1/review").status_code == 403  # one rule for page and API
    assert analyst.get("/review").status_code == 200
    assert analyst.get("/api/v1/review").status_code == 200
    assert analyst.get("/users").status_code == 403
    assert analyst.get("/api/v1/users").status_code == 403
    assert admin.get("/api/v1/users").status_code == 200
    assert analyst.post(f"/api/v1/incidents/{corpus.protest}/accept", json=body).status_code == 200


def test_admin_adds_a_user_who_can_log_in(admin: TestClient, client_for: Clients) -> None:
    answer = admin.post("/api/v1/users",
                        json={"name": "noor", "password": "long enough pw", "role": "analyst"})
    assert answer.status_code == 201
    assert answer.json()["role"] == "analyst"
    again = admin.post("/api/v1/users",
                       json={"name": "noor", "password": "long enough pw", "role": "viewer"})
    assert again.status_code == 409
    noor = client_for(None)
    login(noor, "noor", "long enough pw")
    assert noor.get("/api/v1/auth/me").json()["role"] == "analyst"


def test_logout_ends_the_session_everywhere(viewer: TestClient) -> None:
    cookie = viewer.cookies["roydad_session"]
    assert viewer.post("/api/v1/auth/logout").status_code == 204
    viewer.cookies.set("roydad_session", cookie)
    assert viewer.get("/api/v1/incidents").status_code == 401


def test_a_new_password_ends_old_sessions(viewer: TestClient, app: FastAPI) -> None:
    UserStore(app.state.roydad.store.engine).set_password("viewer", "another password")
    assert viewer.get("/api/v1/incidents").status_code == 401


def _unsafe_routes(app: FastAPI) -> list[tuple[str, str]]:
    """Every (method, path) that may change state: the API's from its OpenAPI document, the
    pages' from their router (they are left out of the document)."""
    found = [
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        for method in operations
        if method.upper() not in ("GET", "HEAD", "OPTIONS")
    ]
    for route in pages.router.routes:
        if isinstance(route, APIRoute):
            found += [(m, route.path) for m in route.methods - {"GET", "HEAD", "OPTIONS"}]
    return sorted(found)


def test_every_state_changing_route_needs_the_csrf_token(
    app: FastAPI, client_for: Clients, corpus: Corpus
) -> None:
    admin = client_for("admin")
    del admin.headers["X-CSRF-Token"]
    routes = _unsafe_routes(app)
    assert len(routes) >= 9
    for method, path in routes:
        if path in ("/login", "/api/v1/auth/login"):
            continue  # no session yet: the double-submit token, tested above
        url = (path.replace("{incident_id}", corpus.protest).replace("{decision_id}", "1"))
        answer = admin.request(method, url, json={"version": 1, "reason": "x"})
        assert answer.status_code == 403, (method, path, answer.text)
        assert "CSRF" in answer.text
        wrong = admin.request(method, url, json={"version": 1, "reason": "x"},
                              headers={"X-CSRF-Token": "forged"})
        assert wrong.status_code == 403, (method, path)


def test_api_login_without_the_double_submit_token_is_refused(client_for: Clients) -> None:
    browser = client_for(None)
    answer = browser.post("/api/v1/auth/login", json={"name": "viewer", "password": PASSWORD})
    assert answer.status_code == 403

