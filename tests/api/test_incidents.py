"""Reading incidents through the API: filters, paging, ETags, detail, history, documents."""

from __future__ import annotations

import dataclasses

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from roydad.store import listing
from tests.api.corpus import Corpus


def _ids(client: TestClient, query: str) -> list[str]:
    answer = client.get(f"/api/v1/incidents?{query}")
    assert answer.status_code == 200, answer.text
    return [row["incident_id"] for row in answer.json()["items"]]


def test_list_newest_first_with_total(viewer: TestClient, corpus: Corpus) -> None:
    body = viewer.get("/api/v1/incidents").json()
    assert body["total"] == 5
    assert [r["incident_id"] for r in body["items"]] == [
        corpus.sanction, corpus.meeting, corpus.protest, corpus.shooting, corpus.bombing,
    ]
    bombing = body["items"][-1]
    assert (bombing["fatalities_low"], bombing["fatalities_best"], bombing["fatalities_high"]) == (
        12, 12, 14
    )
    assert bombing["sources"] == 2
    assert bombing["actors"] == ["Al-Shabaab"]


def test_filters(viewer: TestClient, corpus: Corpus) -> None:
    assert _ids(viewer, "type=PROTEST") == [corpus.protest]
    assert set(_ids(viewer, "country=afg")) == {corpus.shooting, corpus.meeting}
    assert _ids(viewer, "admin1=banaadir") == [corpus.bombing]
    assert set(_ids(viewer, "actor=Taliban")) == {corpus.shooting, corpus.meeting,
                                                  corpus.sanction}
    assert _ids(viewer, "since=2024-06-01&until=2024-06-30") == [corpus.shooting]
    assert _ids(viewer, "certainty=asserted&type=PROTEST") == [corpus.protest]
    assert _ids(viewer, "q=teachers+TEHRAN") == [corpus.protest]
    assert _ids(viewer, "min_sources=2") == [corpus.bombing]
    assert _ids(viewer, "status=accepted") == []


def test_bad_filters_are_422_with_the_reason(viewer: TestClient) -> None:
    for query, where in [
        ("type=EXPLODE", "type"), ("since=yesterday", "since"), ("country=AF", "country"),
        ("limit=0", "limit"), ("limit=501", "limit"), ("offset=-1", "offset"),
        ("order=random", "order"), ("status=pending", "status"),
    ]:
        answer = viewer.get(f"/api/v1/incidents?{query}")
        assert answer.status_code == 422, query
        assert where in answer.json()["message"]
        assert answer.json()["detail"][0]["loc"][-1] == where


def test_paging(viewer: TestClient, corpus: Corpus) -> None:
    first = viewer.get("/api/v1/incidents?limit=2").json()
    assert (len(first["items"]), first["next_offset"], first["total"]) == (2, 2, 5)
    last = viewer.get("/api/v1/incidents?limit=2&offset=4").json()
    assert [r["incident_id"] for r in last["items"]] == [corpus.bombing]
    assert last["next_offset"] is None


def test_review_order_is_least_confident_first(analyst: TestClient, corpus: Corpus) -> None:
    body = analyst.get("/api/v1/review").json()
    assert body["items"][0]["incident_id"] == corpus.meeting
    confidences = [r["confidence"] for r in body["items"]]
    assert confidences == sorted(confidences)


def test_etag_answers_not_modified_until_something_changes(
    viewer: TestClient, analyst: TestClient, corpus: Corpus
) -> None:
    url = f"/api/v1/incidents/{corpus.protest}"
    first = viewer.get(url)
    tag = first.headers["etag"]
    assert viewer.get(url, headers={"If-None-Match": tag}).status_code == 304
    assert viewer.get(url, headers={"If-None-Match": f"W/{tag}"}).status_code == 304
    listing = viewer.get("/api/v1/incidents")
    list_tag = listing.headers["etag"]
    assert viewer.get("/api/v1/incidents", headers={"If-None-Match": list_tag}).status_code == 304

    accepted = analyst.post(f"{url}/accept", json={"version": first.json()["version"]})
    assert accepted.status_code == 200
    again = viewer.get(url, headers={"If-None-Match": tag})
    assert again.status_code == 200 and again.json()["status"] == "accepted"
    assert viewer.get("/api/v1/incidents", headers={"If-None-Match": list_tag}).status_code == 200


def test_incident_detail(viewer: TestClient, corpus: Corpus) -> None:
    body = viewer.get(f"/api/v1/incidents/{corpus.bombing}").json()
    assert body["incident_id"] == corpus.bombing
    assert len(body["sources"]) == 2
    assert {c["field"] for c in body["conflicts"]} >= {"fatalities"}
    assert viewer.get("/api/v1/incidents/inc-nope").status_code == 404


def test_history_and_documents(viewer: TestClient, corpus: Corpus) -> None:
    history = viewer.get(f"/api/v1/incidents/{corpus.bombing}/history").json()
    assert [d["kind"] for d in history][:1] == ["create"]
    assert all(d["actor"] and d["at"] for d in history)
    assert viewer.get("/api/v1/incidents/inc-nope/history").status_code == 404
    source = viewer.get(f"/api/v1/incidents/{corpus.shooting}").json()["sources"][0]
    document = viewer.get(f"/api/v1/documents/{source['document_id']}").json()
    evidence = source["evidence"]
    assert document["text"][evidence["start"]:evidence["end"]] == evidence["text"]
    assert viewer.get("/api/v1/documents/nope").status_code == 404


def test_ach_matrix(viewer: TestClient, corpus: Corpus) -> None:
    body = viewer.get(f"/api/v1/incidents/{corpus.bombing}/ach").json()
    assert body["incident_id"] == corpus.bombing
    assert body["hypotheses"] and body["evidence"]
    assert viewer.get("/api/v1/incidents/inc-nope/ach").status_code == 404


def test_openapi_describes_the_api(viewer: TestClient) -> None:
    spec = viewer.get("/api/v1/openapi.json").json()
    paths = spec["paths"]
    for path in ("/api/v1/incidents", "/api/v1/incidents/{incident_id}", "/api/v1/review",
                 "/api/v1/map", "/api/v1/timeline", "/api/v1/network",
                 "/api/v1/incidents/{incident_id}/accept", "/api/v1/incidents/merge"):
        assert path in paths
    assert not any(p.startswith("/incidents") for p in paths)  # pages are not API


def test_a_document_is_found_by_the_callers_id(viewer: TestClient, corpus: Corpus) -> None:
    # the corpus reads each document from feed.xml under an id of its own (its first words)
    source = viewer.get(f"/api/v1/incidents/{corpus.shooting}").json()["sources"][0]
    caller_id = source["refs"][0]["id"]
    document = viewer.get(f"/api/v1/documents/{caller_id}").json()
    assert document["document_id"] == source["document_id"]


def test_a_common_actor_or_word_is_paged_without_counting(
    viewer: TestClient, corpus: Corpus, app: FastAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if the store held a million incidents and these filters matched thousands of them
    # (roydad.store.listing): counting would read every match, so the total is "many" (null)
    # until a page shows where the list ends.
    monkeypatch.setattr(listing, "DENSE", 0)
    monkeypatch.setattr(listing, "COUNT_ALL_BELOW", 0)
    first = viewer.get("/api/v1/incidents?actor=Taliban&limit=2").json()
    assert first["total"] is None
    assert (len(first["items"]), first["next_offset"]) == (2, 2)
    assert first["next"] is not None
    last = viewer.get(f"/api/v1/incidents?actor=Taliban&limit=2&after={first['next']}").json()
    assert len(last["items"]) == 1
    assert (last["total"], last["next"], last["next_offset"]) == (None, None, None)
    ids = [row["incident_id"] for row in first["items"] + last["items"]]
    assert set(ids) == {corpus.shooting, corpus.meeting, corpus.sanction}
    # Offset paging knows where the page starts: its last page counts exactly.
    assert viewer.get("/api/v1/incidents?actor=Taliban&limit=2&offset=2").json()["total"] == 3
    assert viewer.get("/api/v1/incidents?q=teachers+TEHRAN").json()["total"] == 1
    # Plain filters and words nothing matches are counted as ever.
    assert viewer.get("/api/v1/incidents?country=afg&limit=1").json()["total"] == 2
    assert viewer.get("/api/v1/incidents?q=nosuchwordanywhere").json()["total"] == 0
    ctx = app.state.roydad
    small = ctx.settings.model_copy(update={"page_size": 2})
    app.state.roydad = dataclasses.replace(ctx, settings=small)
    try:
        page = viewer.get("/incidents?actor=Taliban").text
        sanction = viewer.get("/incidents?actor=Taliban&type=SANCTION").text
    finally:
        app.state.roydad = ctx
    assert ">Many</span> incidents" in page and "1–2 of many" in page
    assert 'class="facets"' not in page  # no counts per type either: they read every match
    assert "1–1 of 1" in sanction
