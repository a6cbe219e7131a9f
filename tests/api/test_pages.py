"""The server-rendered pages: the list with filters and counts, the incident page with its
evidence highlighted, and hostile article text rendered inert."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.api.corpus import HOSTILE_NAME, IMG, SCRIPT, Corpus


def test_list_page_filters_and_counts(viewer: TestClient, corpus: Corpus) -> None:
    page = viewer.get("/incidents?country=AFG")
    assert page.status_code == 200
    assert '<span id="total">2</span> incidents' in page.text
    assert corpus.shooting in page.text and corpus.bombing not in page.text
    # Facet counts: the type list counts within the other filters (AFG: ASSAULT 1, CONSULT 1).
    assert re.search(r'<option value="ASSAULT">ASSAULT \(1\)</option>', page.text)
    assert re.search(r'<option value="PROTEST">PROTEST \(0\)</option>', page.text)


def test_list_page_rejects_bad_filters_with_a_page(viewer: TestClient) -> None:
    page = viewer.get("/incidents?since=not-a-date")
    assert page.status_code == 422
    assert "since" in page.text and "<html" in page.text


def test_incident_page_highlights_the_evidence(viewer: TestClient, corpus: Corpus) -> None:
    page = viewer.get(f"/incidents/{corpus.shooting}")
    assert page.status_code == 200
    assert '<mark data-events="shot-c">Gunmen shot dead two judges in Kabul</mark>' in page.text
    assert "on Thursday, police said." in page.text


def test_incident_page_shows_ranges_claims_ach_and_history(
    viewer: TestClient, corpus: Corpus
) -> None:
    page = viewer.get(f"/incidents/{corpus.bombing}").text
    assert "<th>killed</th><td>12</td><td>12</td><td>14</td>" in page
    assert "al-Shabaab claimed responsibility" in page
    assert 'id="ach"' in page
    assert "Where the sources disagree" in page
    assert re.search(r"<td>create</td>", page)
    assert page.count("<mark") == 2  # one per document


def test_hostile_document_is_rendered_inert(viewer: TestClient, corpus: Corpus) -> None:
    page = viewer.get(f"/incidents/{corpus.meeting}")
    assert page.status_code == 200
    html = page.text
    for payload in (SCRIPT, IMG, HOSTILE_NAME):
        assert payload not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    # The only scripts are our own files; no attribute carries an event handler.
    assert re.findall(r"<script[^>]*>", html) == [
        '<script src="/static/js/common.js">', '<script src="/static/js/incident.js">'
    ]
    assert not re.search(r"<[a-z]+[^>]*\son\w+=", html)
    # The javascript: URL of the article is not made a link.
    assert "javascript:" not in html
    listing = viewer.get("/incidents").text
    assert HOSTILE_NAME not in listing and "&lt;img src=y" in listing


def test_security_headers(viewer: TestClient) -> None:
    headers = viewer.get("/incidents").headers
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(
        ";")[0]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


def test_api_returns_hostile_strings_as_data(viewer: TestClient, corpus: Corpus) -> None:
    answer = viewer.get(f"/api/v1/incidents/{corpus.meeting}")
    assert answer.headers["content-type"] == "application/json"
    assert any(a["name"] == HOSTILE_NAME for a in answer.json()["actors"])


def test_unknown_incident_page_is_404(viewer: TestClient) -> None:
    page = viewer.get("/incidents/inc-nope")
    assert page.status_code == 404 and "no incident" in page.text


def test_static_vendor_files_are_served_with_licenses(viewer: TestClient) -> None:
    for path in ("leaflet/dist/leaflet.js", "leaflet/LICENSE", "world-atlas/countries-50m.json",
                 "topojson-client/dist/topojson-client.min.js", "chart.js/dist/chart.umd.min.js",
                 "cytoscape/dist/cytoscape.min.js", "leaflet.markercluster/LICENSE",
                 "swagger-ui-dist/swagger-ui-bundle.js", "swagger-ui-dist/LICENSE"):
        assert viewer.get(f"/static/vendor/{path}").status_code == 200, path


def test_every_page_renders(analyst: TestClient, corpus: Corpus) -> None:
    for path in ("/map?type=ASSAULT", "/timeline", "/network", "/actors/Taliban", "/review",
                 "/api/docs",
                 f"/review?incident={corpus.bombing}", "/incidents?order=uncertain&offset=2"):
        page = analyst.get(path)
        assert page.status_code == 200, path
        assert '<meta name="csrf-token"' in page.text
    assert analyst.get("/actors/Nobody").status_code == 404
    assert analyst.get("/").headers["location"] == "/incidents"


def test_admin_adds_a_user_with_the_form(admin: TestClient) -> None:
    csrf = admin.headers["X-CSRF-Token"]
    del admin.headers["X-CSRF-Token"]
    form = {"name": "rahim", "password": "long enough pw", "role": "viewer"}
    assert admin.post("/users", data=form).status_code == 403  # no token
    added = admin.post("/users", data={**form, "csrf_token": csrf})
    assert added.status_code == 303
    listing = admin.get("/users").text
    assert "<td>rahim</td><td>viewer</td>" in listing
    twice = admin.post("/users", data={**form, "csrf_token": csrf})
    assert twice.status_code == 400 and "already exists" in twice.text


def test_logout_form(viewer: TestClient) -> None:
    csrf = viewer.headers["X-CSRF-Token"]
    del viewer.headers["X-CSRF-Token"]
    out = viewer.post("/logout", data={"csrf_token": csrf})
    assert out.status_code == 303 and out.headers["location"] == "/login"
    assert viewer.get("/incidents").status_code == 303


def test_the_api_docs_page_is_linked_and_served_offline(viewer: TestClient) -> None:
    assert 'href="/api/docs"' in viewer.get("/incidents").text
    page = viewer.get("/api/docs")
    assert page.status_code == 200
    scripts = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', page.text)
    assert "/static/vendor/swagger-ui-dist/swagger-ui-bundle.js" in scripts
    assert all(src.startswith(("/", "data:")) for src in scripts)  # nothing from elsewhere
    assert 'data-spec="/api/v1/openapi.json"' in page.text


def test_incident_page_names_each_source_by_the_callers_id(
    viewer: TestClient, corpus: Corpus
) -> None:
    # the corpus reads each document from feed.xml under an id of its own (its first words)
    page = viewer.get(f"/incidents/{corpus.shooting}")
    assert re.search(r'read as <span class="ref">Gunmen shot </span> <span class="muted">'
                     r'\(feed\.xml\)</span>', page.text)
