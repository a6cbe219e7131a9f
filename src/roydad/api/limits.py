"""Limits on what a request may send and on what an error may send back.

- A request body larger than `MAX_BODY_BYTES` is refused with 413 before anything parses it:
  at once when its Content-Length says so, else as soon as the bytes received pass the limit.
- A validation error never repeats a secret (a password, a token) and repeats at most
  `MAX_ECHO_CHARS` characters of anything else the client sent.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The largest body any route needs (an edit, a merge of 50 incidents) is a few kilobytes.
MAX_BODY_BYTES = 1024 * 1024
MAX_ECHO_CHARS = 200
# Fields whose values are never shown back, wherever they occur in a body.
SECRET_FIELDS = frozenset({"password", "csrf_token", "token"})
REDACTED = "(not shown)"


class BodyLimit:
    """ASGI middleware: 413 for a body over `limit` bytes, before the app reads it."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(send)
            return
        received = 0
        started = refused = False

        async def counted() -> Message:
            # Past the limit, answer 413 at once and tell the app the client has gone: however
            # the app reacts (FastAPI turns a failed read into 400), its answer is dropped.
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request" and not refused:
                received += len(message.get("body", b""))
                if received > self.limit and not started:
                    refused = True
                    await self._refuse(send)
            return {"type": "http.disconnect"} if refused else message

        async def watched(message: Message) -> None:
            nonlocal started
            if refused:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except Exception:
            if not refused:
                raise  # a refused body's aftermath (a "disconnect" error) is no error of ours

    async def _refuse(self, send: Send) -> None:
        body = json.dumps({
            "detail": f"the request body is larger than {self.limit} bytes: send less"
        }).encode()
        await send({"type": "http.response.start", "status": 413, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]})
        await send({"type": "http.response.body", "body": body})


def _redacted(value: object) -> object:
    """`value` with every secret field's value replaced."""
    if isinstance(value, Mapping):
        return {
            key: REDACTED if str(key).casefold() in SECRET_FIELDS else _redacted(item)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [_redacted(item) for item in value]
    return value


def _capped(value: object) -> object:
    """`value` as it was, if short; else the start of its JSON form, marked as cut."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    if len(text) <= MAX_ECHO_CHARS:
        return value
    return f"{text[:MAX_ECHO_CHARS]}… ({len(text)} characters)"


def safe_errors(errors: Sequence[Mapping[str, object]]) -> list[dict[str, object]]:
    """Validation errors fit to send back: no secret, no long echo of the input."""
    out = []
    for error in errors:
        item = {key: value for key, value in error.items() if key != "url"}
        loc = error.get("loc", ())
        names = {str(part).casefold() for part in loc} if isinstance(loc, list | tuple) else set()
        if "input" in item:
            item["input"] = REDACTED if names & SECRET_FIELDS else _capped(
                _redacted(item["input"])
            )
        ctx = item.get("ctx")
        if isinstance(ctx, Mapping):
            item["ctx"] = {str(k): _capped(_redacted(v)) for k, v in ctx.items()}
        out.append(item)
    return out
