"""The URL reader against a feed served on 127.0.0.1: the test machine has no internet."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from roydad.ingest import url as url_module
from roydad.models import Document, Problem

Read = Callable[..., tuple[list[Document], list[Problem]]]

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Lake Chad Monitor</title>
  <language>en</language>
  <item>
    <title>Raid on Monguno</title>
    <link>https://lakechad.example/monguno</link>
    <guid isPermaLink="false">lcm-2023-0310</guid>
    <pubDate>Fri, 10 Mar 2023 07:15:00 GMT</pubDate>
    <description>&lt;p&gt;Fighters attacked a military base in Monguno overnight, killing
    four soldiers, a security source said.&lt;/p&gt;&lt;p&gt;The army said the attack was
    repelled.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Relative link</title>
    <link>/relative/story</link>
    <guid isPermaLink="false">lcm-2023-0311</guid>
    <description>Residents fled Malam Fatori after shelling.</description>
  </item>
</channel>
</rss>
"""

PAGES: dict[str, tuple[int, str, bytes]] = {
    "/feed.xml": (200, "application/rss+xml; charset=utf-8", FEED.encode()),
    "/page.html": (200, "text/html", b"<html><body><p>Just a web page.</p></body></html>"),
    "/big.xml": (200, "application/rss+xml", b"<rss>" + b" " * 300_000 + b"</rss>"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/feed.xml")
            self.end_headers()
            return
        status, kind, body = PAGES.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the test output clean


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    # a proxy from the environment would be asked for 127.0.0.1 too
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_feed_from_a_url(server: str, read: Read) -> None:
    feed_url = f"{server}/feed.xml"
    documents, problems = read(feed_url, pub_date=date(2023, 3, 12))
    assert problems == []
    first, second = documents
    assert first == Document(
        id="lcm-2023-0310",
        text="Fighters attacked a military base in Monguno overnight, killing four soldiers, "
        "a security source said.\n\nThe army said the attack was repelled.",
        pub_date=date(2023, 3, 10),
        title="Raid on Monguno",
        url="https://lakechad.example/monguno",
        publisher="Lake Chad Monitor",
        language="en",
        origin=f"{feed_url}#lcm-2023-0310",
    )
    # relative links are resolved against the feed's URL; a missing date is the caller's
    assert second.url == f"{server}/relative/story"
    assert second.pub_date == date(2023, 3, 12)


def test_redirect_is_followed(server: str, read: Read) -> None:
    documents, problems = read(f"{server}/moved")
    assert problems == []
    assert [d.id for d in documents] == ["lcm-2023-0310", "lcm-2023-0311"]
    assert documents[0].origin == f"{server}/moved#lcm-2023-0310"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing.xml", "could not fetch: HTTP 404 Not Found"),
        ("/page.html", "not an RSS or Atom feed"),
    ],
)
def test_bad_url_is_one_problem(server: str, read: Read, path: str, message: str) -> None:
    documents, problems = read(f"{server}/feed.xml", f"{server}{path}", f"{server}/feed.xml")
    assert len(documents) == 4
    assert [(p.origin, p.message) for p in problems] == [(f"{server}{path}", message)]


def test_response_over_the_size_limit(server: str, read: Read) -> None:
    # max_chars=10_000 allows 250 kB of markup; the response is 300 kB
    documents, problems = read(f"{server}/big.xml", max_chars=10_000)
    assert documents == []
    assert [p.message for p in problems] == [
        "response of more than 250000 bytes is too large; skipped"
    ]


def test_nobody_listening(read: Read) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    documents, problems = read(f"http://127.0.0.1:{port}/feed.xml")
    assert documents == []
    assert len(problems) == 1
    assert problems[0].message.startswith("could not fetch: ")


def test_silent_server_times_out(read: Read, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(url_module, "FETCH_TIMEOUT_SECONDS", 0.2)
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        documents, problems = read(f"http://127.0.0.1:{silent.getsockname()[1]}/feed.xml")
    assert documents == []
    assert [p.message for p in problems] == ["could not fetch: no answer in 0.2 s"]


def test_url_is_not_taken_for_a_path(tmp_path: Path, read: Read, server: str) -> None:
    # a Path cannot be a URL: Path("http://host/x") is a (missing) local path
    documents, problems = read(Path(f"{server}/feed.xml"))
    assert documents == []
    assert problems[0].message == "no such file or directory"
