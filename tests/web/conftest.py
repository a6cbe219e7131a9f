"""Browser tests: the real app served by uvicorn on a free local port, driven by Debian's
Chromium through Playwright (no browser download: the system browser is launched).

Without /usr/bin/chromium these tests skip with the reason on a developer machine and fail in CI
(CI=true), where `.ci/run` installs it."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from roydad.api import create_app
from tests.api.conftest import PASSWORD, corpus_file  # noqa: F401
from tests.api.corpus import Corpus

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        reason = f"{CHROMIUM} is missing (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI must run the browser tests", pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LiveServer:
    """uvicorn serving the app in a thread, on its own copy of the corpus database."""

    def __init__(self, url: str) -> None:
        self.app = create_app(url)
        self.port = _free_port()
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.app.state.roydad.store.close()


@pytest.fixture
def live(tmp_path: Path, corpus_file: tuple[Path, Corpus]) -> Iterator[LiveServer]:  # noqa: F811
    target = tmp_path / "roydad.db"
    shutil.copyfile(corpus_file[0], target)
    with LiveServer(f"sqlite:///{os.fspath(target)}") as server:
        yield server


@pytest.fixture
def corpus(corpus_file: tuple[Path, Corpus]) -> Corpus:  # noqa: F811
    return corpus_file[1]


@pytest.fixture
def page(browser: Any, live: LiveServer) -> Iterator[Any]:
    # bypass_csp: the page's Content-Security-Policy would block inline handlers even if the
    # escaping failed; with it off, the hostile-text test checks the escaping itself (and
    # Playwright may evaluate its wait conditions).
    context = browser.new_context(
        viewport={"width": 1280, "height": 800}, base_url=live.base, bypass_csp=True
    )
    opened = context.new_page()
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    opened.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    opened.problems = problems
    yield opened
    context.close()


def log_in(page: Any, name: str = "analyst") -> None:
    page.goto("/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("#login-form button[type=submit]")
    page.wait_for_url("**/incidents")


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots are kept for a person to look at: $ROYDAD_SCREENSHOTS, else a
    temporary folder of the test run."""
    chosen = os.environ.get("ROYDAD_SCREENSHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
