"""End to end in headless Chromium: log in, filter, read an incident's evidence, review with
the keyboard, and see the map, timeline and network drawn (screenshots checked not blank)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.conftest import PASSWORD
from tests.api.corpus import Corpus
from tests.web.conftest import LiveServer, log_in
from tests.web.pixels import is_blank

pytestmark = pytest.mark.slow


def shoot(page: Any, folder: Path, name: str) -> bytes:
    data: bytes = page.screenshot(path=str(folder / f"{name}.png"))
    return data


def test_blank_detection_works(page: Any, live: LiveServer, screenshots: Path) -> None:
    page.goto("about:blank")
    assert is_blank(shoot(page, screenshots, "blank"))


def test_log_in_and_filter_the_list(page: Any, screenshots: Path) -> None:
    page.goto("/incidents")
    assert "/login" in page.url  # sent to log in first
    log_in(page, "viewer")
    assert page.locator("#total").inner_text() == "5"
    page.select_option("#filters select[name=type]", "ASSAULT")
    page.fill("#filters input[name=country]", "AFG")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**type=ASSAULT**")
    assert page.locator("#total").inner_text() == "1"
    assert page.locator("#incident-list tbody tr").count() == 1
    assert not is_blank(shoot(page, screenshots, "incidents-filtered"))
    assert page.problems == []


def test_open_an_incident_and_see_the_evidence(page: Any, corpus: Corpus,
                                               screenshots: Path) -> None:
    log_in(page, "viewer")
    page.click(f"tr[data-incident='{corpus.shooting}'] a")
    page.wait_for_url(f"**/incidents/{corpus.shooting}")
    mark = page.locator(".doc-text mark")
    assert mark.count() == 1
    assert mark.inner_text() == "Gunmen shot dead two judges in Kabul"
    background = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert not is_blank(shoot(page, screenshots, "incident"))


def test_hostile_text_never_runs(page: Any, corpus: Corpus, screenshots: Path) -> None:
    log_in(page, "analyst")
    for path in (f"/incidents/{corpus.meeting}", "/incidents", f"/review?incident={corpus.meeting}",
                 "/network"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("img[src=x], img[src=y]").count() == 0, path
        if path != "/network":  # the network draws its labels on a canvas
            assert "onerror" in page.locator("body").inner_text(), path  # shown, as text
    shoot(page, screenshots, "hostile-network")


def _version(live: LiveServer, incident_id: str, cookies: list[dict[str, Any]]) -> dict[str, Any]:
    jar = {c["name"]: c["value"] for c in cookies}
    answer = httpx.get(f"{live.base}/api/v1/incidents/{incident_id}", cookies=jar)
    body: dict[str, Any] = answer.json()
    return body


def test_review_queue_accept_and_edit_by_keyboard(
    page: Any, live: LiveServer, corpus: Corpus, screenshots: Path
) -> None:
    log_in(page, "analyst")
    page.goto("/review")
    page.wait_for_selector("#review[data-ready]")
    first = page.locator("#queue-list li[aria-selected=true]").get_attribute("data-incident")
    assert first == corpus.meeting  # least confident first
    assert not is_blank(shoot(page, screenshots, "review-queue"))

    page.keyboard.press("a")
    page.wait_for_selector(".message.good")
    cookies = page.context.cookies()
    assert _version(live, corpus.meeting, cookies)["status"] == "accepted"
    # The next one is selected: edit its best fatality count with a reason.
    page.wait_for_function(
        f"document.querySelector('#queue-list li[aria-selected=true]').dataset.incident"
        f" !== '{corpus.meeting}'"
    )
    now = page.locator("#queue-list li[aria-selected=true]").get_attribute("data-incident")
    page.wait_for_selector(f"#current >> text={now}")
    page.keyboard.press("e")
    page.select_option("#edit-field", "fatalities_best")
    page.fill("#edit-value", "3")
    page.fill("#reason", "morgue count")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Edited fatalities_best: done.")
    edited = _version(live, now, cookies)
    assert (edited["fatalities_best"], edited["status"]) == (3, "edited")
    history = httpx.get(f"{live.base}/api/v1/incidents/{now}/history",
                        cookies={c["name"]: c["value"] for c in cookies}).json()
    assert (history[-1]["kind"], history[-1]["actor"], history[-1]["reason"]) == (
        "edit", "analyst", "morgue count"
    )
    shoot(page, screenshots, "review-edited")


def test_review_refuses_a_stale_decision(
    page: Any, live: LiveServer, corpus: Corpus, screenshots: Path
) -> None:
    log_in(page, "analyst")
    page.goto(f"/review?incident={corpus.protest}")
    page.wait_for_selector("#review[data-ready]")
    # Meanwhile another analyst accepts the same incident through the API.
    with httpx.Client(base_url=live.base) as other:
        token = other.get("/api/v1/auth/csrf").json()["csrf_token"]
        session = other.post("/api/v1/auth/login", json={"name": "admin", "password": PASSWORD},
                             headers={"X-CSRF-Token": token}).json()
        version = other.get(f"/api/v1/incidents/{corpus.protest}").json()["version"]
        rejected = other.post(f"/api/v1/incidents/{corpus.protest}/reject",
                              json={"version": version, "reason": "duplicate"},
                              headers={"X-CSRF-Token": session["csrf_token"]})
        assert rejected.status_code == 200
    page.keyboard.press("a")
    message = page.locator(".message.bad")
    message.wait_for()
    assert "changed since you opened it" in message.inner_text()
    assert "Nothing was saved" in message.inner_text()
    shoot(page, screenshots, "review-stale")
    page.click("#reload")
    page.wait_for_selector("#current-status >> text=rejected")


def test_map_draws_markers_on_the_bundled_basemap(page: Any, screenshots: Path) -> None:
    log_in(page)
    page.goto("/map")
    page.wait_for_selector("#map[data-ready]")
    assert page.locator("#map").get_attribute("data-markers") == "4"
    # Countries are drawn as vector paths; markers as circles or cluster badges.
    assert page.locator(".leaflet-overlay-pane path").count() > 100
    drawn = page.locator(".leaflet-marker-pane .marker-count").count() + page.locator(
        ".leaflet-overlay-pane path.leaflet-interactive").count()
    assert drawn >= 2
    assert "without coordinates" in page.locator("#map-status").inner_text()
    assert not is_blank(shoot(page, screenshots, "map"))
    assert page.problems == []


def test_map_applies_the_filters(page: Any) -> None:
    log_in(page)
    page.goto("/map?type=PROTEST")
    page.wait_for_selector("#map[data-ready]")
    assert page.locator("#map").get_attribute("data-markers") == "1"


def test_timeline_draws_bars_and_links_to_the_list(page: Any, screenshots: Path) -> None:
    log_in(page)
    page.goto("/timeline")
    page.wait_for_selector("#timeline[data-ready]")
    assert page.locator("#timeline").get_attribute("data-bars") == "5"
    assert not is_blank(shoot(page, screenshots, "timeline"))
    page.select_option("#interval", "week")
    page.wait_for_function("document.querySelector('#timeline-status').textContent"
                           ".includes('weeks')")
    assert page.problems == []


def test_network_renders_and_filters_by_date(page: Any, screenshots: Path) -> None:
    log_in(page)
    page.goto("/network")
    page.wait_for_selector("#graph[data-ready]")
    graph = page.locator("#graph")
    # Resolved parties by default: the sanction's two; every name on asking.
    assert (graph.get_attribute("data-nodes"), graph.get_attribute("data-edges")) == ("2", "1")
    page.select_option("#network-filters select[name=parties]", "all")
    page.click("#network-filters button[type=submit]")
    page.wait_for_function("document.querySelector('#graph').dataset.edges === '6'")
    assert graph.get_attribute("data-nodes") == "6"
    assert not is_blank(shoot(page, screenshots, "network"))
    page.fill("#network-filters input[name=since]", "2024-09-01")
    page.click("#network-filters button[type=submit]")
    page.wait_for_function("document.querySelector('#graph').dataset.edges === '1'")
    assert graph.get_attribute("data-nodes") == "2"


def test_actor_page(page: Any, screenshots: Path) -> None:
    log_in(page)
    page.goto("/actors/Taliban")
    page.wait_for_selector("#graph[data-ready]")
    assert "the Taliban" in page.locator("dl.kv").inner_text()
    assert page.locator("#roles tbody tr").count() == 2
    assert not is_blank(shoot(page, screenshots, "actor"))


def test_review_merge_and_split_by_keyboard(
    page: Any, live: LiveServer, corpus: Corpus, screenshots: Path
) -> None:
    log_in(page, "analyst")
    page.goto(f"/review?incident={corpus.sanction}")
    page.wait_for_selector("#review[data-ready]")
    page.keyboard.press("x")  # mark the sanction for merging
    page.click(f"#queue-list li[data-incident='{corpus.meeting}']")
    page.wait_for_selector(f"#current >> text={corpus.meeting}")
    page.keyboard.press("m")
    assert page.locator("#merge-others").input_value() == corpus.sanction
    page.fill("#reason", "one meeting, two reports")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Merged: done.")
    cookies = {c["name"]: c["value"] for c in page.context.cookies()}
    merged = httpx.get(f"{live.base}/api/v1/incidents/{corpus.meeting}", cookies=cookies).json()
    assert {s["event_id"] for s in merged["sources"]} == {"meet-e", "sanction-f"}
    page.wait_for_selector("#split:not([disabled])")

    page.keyboard.press("s")
    page.check("#split-form input[value='sanction-f']")
    page.fill("#reason", "different events after all")
    page.click("#split-form button[type=submit]")
    page.wait_for_selector("text=Split: done.")
    split = httpx.get(f"{live.base}/api/v1/incidents/{corpus.meeting}", cookies=cookies).json()
    assert [s["event_id"] for s in split["sources"]] == ["meet-e"]
    shoot(page, screenshots, "review-split")

    page.keyboard.press("u")  # undo the split
    page.wait_for_selector("text=Undid decision")
    undone = httpx.get(f"{live.base}/api/v1/incidents/{corpus.meeting}", cookies=cookies).json()
    assert len(undone["sources"]) == 2


def test_timeline_bar_opens_the_list(page: Any) -> None:
    log_in(page)
    page.goto("/timeline?country=AFG")
    page.wait_for_selector("#timeline[data-ready]")
    point = page.evaluate("""() => {
        const chart = Chart.getChart(document.getElementById('timeline'));
        const bar = chart.getDatasetMeta(0).data[0];
        const box = chart.canvas.getBoundingClientRect();
        return {x: box.left + bar.x, y: box.top + (bar.y + bar.base) / 2};
    }""")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_url("**/incidents?**")
    assert "country=AFG" in page.url and "type=ASSAULT" in page.url
    assert "since=2024-06-01" in page.url and "until=2024-06-30" in page.url
    assert page.locator("#total").inner_text() == "1"
