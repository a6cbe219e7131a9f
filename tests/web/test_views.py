"""The analysts' views in headless Chromium: the API documentation page, the network, the actor
page and the map's filter row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.api.corpus import Corpus, add_blamed_shootings
from tests.web.conftest import LiveServer, log_in
from tests.web.pixels import is_blank

pytestmark = pytest.mark.slow


@pytest.fixture
def strict_page(browser: Any, live: LiveServer) -> Iterator[Any]:
    """A page with the server's Content-Security-Policy in force, recording every request that
    leaves the server and every script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live.base)
    opened = context.new_page()
    problems: list[str] = []
    outside: list[str] = []
    opened.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    opened.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    opened.on("request", lambda r: outside.append(r.url)
              if not r.url.startswith((live.base, "data:")) else None)
    opened.problems = problems
    opened.outside = outside
    yield opened
    context.close()


def test_api_docs_page_is_interactive_and_offline(
    strict_page: Any, live: LiveServer, screenshots: Path
) -> None:
    page = strict_page
    log_in(page, "viewer")
    page.click("header nav a[href='/api/docs']")
    page.wait_for_selector("#swagger-ui[data-ready]")
    page.wait_for_selector(".opblock-tag-section")
    assert page.locator(".opblock").count() >= 15  # every operation listed
    # Try one out: GET /api/v1/auth/me answers with the session's user.
    operation = page.locator("#operations-session-me_api_v1_auth_me_get")
    operation.locator(".opblock-summary").click()
    operation.locator("button.try-out__btn").click()
    operation.locator("button.execute").click()
    response = operation.locator(".live-responses-table tbody .response-col_status").first
    response.wait_for()
    assert response.inner_text().strip() == "200"
    body = operation.locator(".live-responses-table tbody pre").first.inner_text()
    assert '"name": "viewer"' in body
    assert not is_blank(page.screenshot(path=str(screenshots / "api-docs.png")))
    assert page.outside == []
    assert page.problems == []


@pytest.mark.parametrize("path", ["/map", "/timeline", "/incidents"])
def test_an_empty_country_box_does_not_look_like_a_filter(strict_page: Any, path: str) -> None:
    page = strict_page
    log_in(page, "viewer")
    page.goto(path)
    box = page.locator("#filters input[name=country]")
    assert box.input_value() == ""
    hint = box.get_attribute("placeholder") or ""
    assert hint == "any"  # like the "any" of the lists beside it, not a country code
    style = box.evaluate("b => getComputedStyle(b, '::placeholder').fontStyle")
    assert style == "italic"
    page.fill("#filters input[name=country]", "IRN")
    assert box.input_value() == "IRN"


@pytest.fixture
def shootings(live: LiveServer) -> list[str]:
    """The corpus plus two shootings in Iran blamed on the Taliban (which denies them)."""
    return add_blamed_shootings(live.app.state.roydad.store)


def _network(page: Any) -> dict[str, Any]:
    """What the network page drew: node ids and sizes, edges with their line style, and
    whether any two node boxes (circle and label) overlap."""
    found: dict[str, Any] = page.evaluate("""() => {
        const cy = window.roydadNetwork;
        const boxes = cy.nodes().map((n) => n.boundingBox({includeLabels: true,
                                                            includeOverlays: false}));
        let overlaps = 0;
        for (let a = 0; a < boxes.length; a++) for (let b = a + 1; b < boxes.length; b++) {
            const p = boxes[a], q = boxes[b];
            if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) overlaps++;
        }
        return {
            nodes: Object.fromEntries(cy.nodes().map((n) => [n.id(), n.width()])),
            edges: cy.edges().map((e) => [e.data("source"), e.data("target"),
                                          e.data("relation"), e.style("line-style")]),
            overlaps,
        };
    }""")
    return found


def _apply(page: Any, expected_edges: int) -> None:
    page.click("#network-filters button[type=submit]")
    page.wait_for_selector(f"#graph[data-edges='{expected_edges}']")


def test_network_shows_resolved_parties_without_overlapping_labels(
    strict_page: Any, shootings: list[str], screenshots: Path
) -> None:
    page = strict_page
    log_in(page, "viewer")
    page.goto("/network")
    page.wait_for_selector("#graph[data-ready]")
    drawn = _network(page)
    assert set(drawn["nodes"]) == {"United States", "Taliban", "Unidentified Armed Group (Iran)",
                                   "Civilians (Iran)"}
    assert drawn["nodes"]["Taliban"] > drawn["nodes"]["United States"]  # 5 incidents vs 1
    assert sorted(drawn["edges"]) == [
        ["Taliban", "Civilians (Iran)", "blamed", "dotted"],
        ["Unidentified Armed Group (Iran)", "Civilians (Iran)", "acted", "solid"],
        ["United States", "Taliban", "acted", "solid"],
    ]
    assert drawn["overlaps"] == 0
    shoot = page.screenshot(path=str(screenshots / "network-resolved.png"))
    assert not is_blank(shoot)

    page.select_option("#network-filters select[name=parties]", "all")
    _apply(page, 12)
    everyone = _network(page)
    assert {"they", "second floor", "judges"} <= set(everyone["nodes"])
    assert ["Al-Shabaab", "civilians", "claimed", "dashed"] in everyone["edges"]
    assert everyone["overlaps"] == 0, "labels overlap"
    page.screenshot(path=str(screenshots / "network-all.png"))

    page.select_option("#network-filters select[name=parties]", "resolved")
    page.fill("#network-filters input[name=min_incidents]", "2")
    _apply(page, 2)
    assert set(_network(page)["nodes"]) == {
        "Taliban", "Unidentified Armed Group (Iran)", "Civilians (Iran)"}
    assert page.problems == []


def test_actor_page_lists_incidents_by_what_the_actor_did(
    strict_page: Any, corpus: Corpus, shootings: list[str], screenshots: Path
) -> None:
    page = strict_page
    log_in(page, "viewer")
    page.goto("/actors/Taliban")
    page.wait_for_selector("#graph[data-ready]")

    def listed(role: str) -> list[str]:
        rows = page.locator(f"#role-{role} tbody tr")
        return [rows.nth(k).get_attribute("data-incident") or "" for k in range(rows.count())]

    tehran, mashhad = shootings
    assert listed("acted") == [corpus.meeting, corpus.shooting]
    assert listed("targeted") == [corpus.sanction]
    assert listed("claimed") == []
    assert listed("blamed") == [mashhad, tehran, corpus.shooting]
    assert listed("denied") == [mashhad, tehran]
    assert "Blamed for (3)" in page.locator("#role-blamed h3").inner_text()
    assert not is_blank(page.screenshot(path=str(screenshots / "actor-roles.png"),
                                        full_page=True))
    assert page.problems == []
