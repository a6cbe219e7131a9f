"""The analysts' views in headless Chromium: the API documentation page, the network, the actor
page and the map's filter row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

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
