"""Feeds on the web: an http(s) URL is fetched and read as an RSS or Atom feed."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import IO

from roydad import __version__
from roydad.ingest.base import InputError, ReadOptions, Source, markup_byte_limit
from roydad.ingest.feed import parse_feed
from roydad.models import Document, Problem

# We fetch ourselves rather than let feedparser do it: feedparser's fetch has no timeout,
# so one silent server would hang the whole run, and no size limit.
FETCH_TIMEOUT_SECONDS = 30.0

_CHUNK_BYTES = 1 << 16

_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
)


class UrlReader:
    name = "url"
    suffixes: tuple[str, ...] = ()

    def match(self, location: str) -> bool:
        return is_url(location)

    def read(self, source: Source, options: ReadOptions) -> Iterator[Document | Problem]:
        data, headers = fetch(source.location, markup_byte_limit(options.max_chars)[0])
        yield from parse_feed(data, source, options, headers)


def is_url(location: str) -> bool:
    return location.lower().startswith(("http://", "https://"))


def fetch(url: str, max_bytes: int) -> tuple[bytes, dict[str, str]]:
    """The body of `url` and its response headers (lower-cased names), at most `max_bytes`."""
    request = urllib.request.Request(
        url, headers={"User-Agent": f"roydad/{__version__}", "Accept": _ACCEPT}
    )
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_SECONDS) as response:
            headers = {name.lower(): value for name, value in response.headers.items()}
            # feedparser resolves relative links against this, so give it the URL after
            # any redirects
            headers["content-location"] = response.geturl()
            data = _read_body(response, max_bytes)
    except urllib.error.HTTPError as error:
        raise InputError(f"could not fetch: HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise InputError(f"could not fetch: {_reason(error.reason)}") from None
    except TimeoutError:
        raise InputError(f"could not fetch: no answer in {FETCH_TIMEOUT_SECONDS:g} s") from None
    except (OSError, ValueError) as error:
        # ValueError: a URL urllib cannot make a request of, e.g. one with no host
        raise InputError(f"could not fetch: {_reason(error)}") from None
    return data, headers


def _read_body(response: IO[bytes], max_bytes: int) -> bytes:
    # in chunks, not read(max_bytes + 1), which would allocate the whole allowance up front
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(_CHUNK_BYTES):
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"response of more than {max_bytes} bytes is too large; skipped")
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__
