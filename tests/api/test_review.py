"""Analysts' decisions through the API: each recorded with user and time, stale ones refused.

The two-client tests run on SQLite and on PostgreSQL (`db_url`), where concurrent writers are
real connections to a server."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from roydad.api import create_app
from roydad.auth import UserStore
from tests.api.conftest import _prepare, login
from tests.api.corpus import Corpus


@pytest.fixture
def served(db_url: str) -> Iterator[tuple[FastAPI, Corpus]]:
    corpus = _prepare(db_url)
    app = create_app(db_url)
    yield app, corpus
    app.state.roydad.store.close()


def _client(app: FastAPI, name: str) -> TestClient:
    client = TestClient(app, follow_redirects=False)
    login(client, name)
    return client


def test_two_analysts_edit_the_same_version(served: tuple[FastAPI, Corpus]) -> None:
    app, corpus = served
    ana, bob = _client(app, "analyst"), _client(app, "admin")
    url = f"/api/v1/incidents/{corpus.bombing}"
    seen_by_ana = ana.get(url).json()
    seen_by_bob = bob.get(url).json()
    assert seen_by_ana["version"] == seen_by_bob["version"]

    first = ana.patch(url, json={
        "version": seen_by_ana["version"], "changes": {"fatalities_best": 13},
        "reason": "hospital figure",
    })
    assert first.status_code == 200, first.text
    assert first.json()["fatalities_best"] == 13

    stale = bob.patch(url, json={
        "version": seen_by_bob["version"], "changes": {"fatalities_best": 11},
        "reason": "police figure",
    })
    assert stale.status_code == 409
    message = stale.json()["detail"]
    assert "changed since you opened it" in message
    assert f"version {seen_by_bob['version']}" in message and "analyst" in message
    assert "Nothing was saved" in message
    # Nothing lost: ana's edit stands; bob can redo his on the current version.
    current = bob.get(url).json()
    assert current["fatalities_best"] == 13
    redo = bob.patch(url, json={
        "version": current["version"], "changes": {"fatalities_best": 11},
        "reason": "police figure",
    })
    assert redo.status_code == 200
    edits = [d for d in bob.get(f"{url}/history").json() if d["kind"] == "edit"]
    assert [(d["actor"], d["reason"]) for d in edits] == [
        ("analyst", "hospital figure"), ("admin", "police figure")
    ]


def test_stale_accept_is_refused_too(served: tuple[FastAPI, Corpus]) -> None:
    app, corpus = served
    ana, bob = _client(app, "analyst"), _client(app, "admin")
    url = f"/api/v1/incidents/{corpus.protest}"
    version = ana.get(url).json()["version"]
    assert ana.post(f"{url}/reject", json={"version": version, "reason": "not political"}
                    ).status_code == 200
    late = bob.post(f"{url}/accept", json={"version": version})
    assert late.status_code == 409
    assert bob.get(url).json()["status"] == "rejected"


def test_accept_reject_and_the_audit_trail(analyst: TestClient, corpus: Corpus) -> None:
    url = f"/api/v1/incidents/{corpus.shooting}"
    version = analyst.get(url).json()["version"]
    accepted = analyst.post(f"{url}/accept", json={"version": version, "reason": "two sources"})
    assert accepted.status_code == 200
    assert accepted.json()["status"] == "accepted"
    assert accepted.json()["version"] == version + 1
    last = analyst.get(f"{url}/history").json()[-1]
    assert (last["kind"], last["actor"], last["reason"]) == ("accept", "analyst", "two sources")
    assert last["at"].startswith("20")

    no_reason = analyst.post(f"/api/v1/incidents/{corpus.protest}/reject", json={"version": 1})
    assert no_reason.status_code == 422


def test_edit_errors_are_clear(analyst: TestClient, corpus: Corpus) -> None:
    url = f"/api/v1/incidents/{corpus.protest}"
    version = analyst.get(url).json()["version"]
    unknown = analyst.patch(url, json={"version": version, "changes": {"colour": "red"},
                                       "reason": "x"})
    assert unknown.status_code == 422 and "cannot be edited" in unknown.json()["detail"]
    invalid = analyst.patch(url, json={"version": version, "changes": {"fatalities_best": -3},
                                       "reason": "x"})
    assert invalid.status_code == 422
    assert invalid.json()["detail"].startswith("fatalities_best: must be between 0 and")
    missing = analyst.patch("/api/v1/incidents/inc-nope", json={
        "version": 1, "changes": {"fatalities_best": 1}, "reason": "x"})
    assert missing.status_code in (404, 409)
    assert analyst.get(url).json()["version"] == version  # nothing changed


def test_edit_location_and_weapons(analyst: TestClient, corpus: Corpus) -> None:
    url = f"/api/v1/incidents/{corpus.sanction}"
    version = analyst.get(url).json()["version"]
    answer = analyst.patch(url, json={
        "version": version, "reason": "announced in Washington",
        "changes": {"location": {"name": "Washington", "country": "USA", "lat": 38.9,
                                 "lon": -77.04, "precision": "city"}, "weapons": []},
    })
    assert answer.status_code == 200, answer.text
    assert answer.json()["location"]["name"] == "Washington"
    assert answer.json()["status"] == "edited"


def test_merge_split_and_undo(analyst: TestClient, corpus: Corpus) -> None:
    merged = analyst.post("/api/v1/incidents/merge", json={
        "incident_ids": [corpus.shooting, corpus.meeting], "reason": "same day",
    })
    assert merged.status_code == 200, merged.text
    survivor = merged.json()["incident_id"]
    assert survivor == corpus.shooting
    assert analyst.get(f"/api/v1/incidents/{corpus.meeting}").status_code == 404
    sources = analyst.get(f"/api/v1/incidents/{survivor}").json()["sources"]
    assert {s["event_id"] for s in sources} == {"shot-c", "meet-e"}

    split = analyst.post(f"/api/v1/incidents/{survivor}/split",
                         json={"event_ids": ["meet-e"], "reason": "different events"})
    assert split.status_code == 200
    new_id = split.json()["incident_id"]
    assert [s["event_id"] for s in analyst.get(f"/api/v1/incidents/{new_id}").json()["sources"]
            ] == ["meet-e"]

    history = analyst.get(f"/api/v1/incidents/{new_id}/history").json()
    split_decision = history[-1]
    assert (split_decision["kind"], split_decision["actor"]) == ("split", "analyst")
    undo = analyst.post(f"/api/v1/decisions/{split_decision['id']}/undo",
                        json={"reason": "was right the first time"})
    assert undo.status_code == 200 and undo.json()["kind"] == "undo"
    assert analyst.get(f"/api/v1/incidents/{new_id}").status_code == 404
    again = analyst.post(f"/api/v1/decisions/{split_decision['id']}/undo")
    assert again.status_code == 422 and "already undone" in again.json()["detail"]
    assert analyst.post("/api/v1/decisions/999999/undo").status_code == 404


def test_merge_and_split_errors(analyst: TestClient, corpus: Corpus) -> None:
    one = analyst.post("/api/v1/incidents/merge", json={"incident_ids": [corpus.protest]})
    assert one.status_code == 422
    twice = analyst.post("/api/v1/incidents/merge",
                         json={"incident_ids": [corpus.protest, corpus.protest]})
    assert twice.status_code == 422
    ghost = analyst.post("/api/v1/incidents/merge",
                         json={"incident_ids": [corpus.protest, "inc-nope"]})
    assert ghost.status_code == 404
    everything = analyst.post(f"/api/v1/incidents/{corpus.protest}/split",
                              json={"event_ids": ["protest-d"]})
    assert everything.status_code == 422
    stranger = analyst.post(f"/api/v1/incidents/{corpus.protest}/split",
                            json={"event_ids": ["shot-c"]})
    assert stranger.status_code == 422


@pytest.mark.parametrize(("changes", "field", "says"), [
    ({"fatalities_best": "abc"}, "fatalities_best", "whole number"),
    ({"fatalities_best": 99999999999999999999999}, "fatalities_best", "between 0 and"),
    ({"fatalities_low": 10, "fatalities_high": 1}, "fatalities_low", "above fatalities_high"),
    ({"fatalities_high": 1}, "fatalities_high", "above fatalities_high"),
    ({"date_start": "2024-02-30"}, "date_start", "not a day"),
    ({"event_type": "BOMBING"}, "event_type", "Input should be"),
    ({"location": {"name": "Kabul", "lat": 200, "lon": 69}}, "location", "latitude"),
    ({"casualties": 3}, "casualties", "cannot be edited"),
])
def test_an_edit_that_does_not_fit_is_refused_with_the_field_named(
    analyst: TestClient, corpus: Corpus, changes: dict[str, object], field: str, says: str,
) -> None:
    url = f"/api/v1/incidents/{corpus.bombing}"
    before = analyst.get(url).json()
    answer = analyst.patch(url, json={
        "version": before["version"], "changes": changes, "reason": "checking",
    })
    assert answer.status_code == 422, answer.text
    assert answer.json()["field"] == field
    assert answer.json()["detail"].startswith(f"{field}: ") and says in answer.json()["detail"]
    assert analyst.get(url).json() == before  # nothing saved
    assert [d["kind"] for d in analyst.get(f"{url}/history").json()].count("edit") == 0


def test_an_edit_that_changes_nothing_is_not_a_decision(
    analyst: TestClient, corpus: Corpus
) -> None:
    url = f"/api/v1/incidents/{corpus.bombing}"
    before = analyst.get(url).json()
    same = analyst.patch(url, json={
        "version": before["version"], "reason": "no-op",
        "changes": {"fatalities_best": before["fatalities_best"]},
    })
    assert same.status_code == 422 and "changes nothing" in same.json()["detail"]
    after = analyst.get(url).json()
    assert (after["status"], after["version"]) == (before["status"], before["version"])
    # Of several fields, only those that change are saved.
    mixed = analyst.patch(url, json={
        "version": before["version"], "reason": "count",
        "changes": {"fatalities_best": before["fatalities_best"], "fatalities_high": 20},
    })
    assert mixed.status_code == 200 and mixed.json()["fatalities_high"] == 20
    edit = analyst.get(f"{url}/history").json()[-1]
    assert edit["kind"] == "edit" and set(edit["payload"]["after"]) == {"fatalities_high"}


def test_analysts_undo_their_own_decisions_admins_anyone_s(
    analyst: TestClient, admin: TestClient, client_for: Callable[[str | None], TestClient],
    corpus: Corpus, app: FastAPI,
) -> None:
    url = f"/api/v1/incidents/{corpus.protest}"
    version = analyst.get(url).json()["version"]
    assert analyst.post(f"{url}/accept", json={"version": version}).status_code == 200
    accepted = analyst.get(f"{url}/history").json()[-1]["id"]
    # Another analyst may not undo it; the page's "undo" goes through the same route.
    UserStore(app.state.roydad.store.engine).add("second", "long enough pw", "analyst")
    other = client_for(None)
    login(other, "second", "long enough pw")
    refused = other.post(f"/api/v1/decisions/{accepted}/undo")
    assert refused.status_code == 403 and "ask an admin" in refused.json()["detail"]
    assert client_for("viewer").post(f"/api/v1/decisions/{accepted}/undo").status_code == 403
    assert analyst.get(url).json()["status"] == "accepted"
    # An admin may undo anyone's, and the author their own.
    assert admin.post(f"/api/v1/decisions/{accepted}/undo").status_code == 200
    version = analyst.get(url).json()["version"]
    analyst.post(f"{url}/reject", json={"version": version, "reason": "duplicate"})
    rejected = analyst.get(f"{url}/history").json()[-1]["id"]
    assert analyst.post(f"/api/v1/decisions/{rejected}/undo").status_code == 200
