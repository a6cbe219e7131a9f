"""JSON responses with an ETag, answered with 304 Not Modified when the client has them.

The tag is a hash of the body itself, so it changes exactly when what the client would see
changes (a re-derived incident, a new decision), whatever caused it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from fastapi import Request, Response
from fastapi.encoders import jsonable_encoder


def _tags(header: str) -> set[str]:
    # Weak comparison (RFC 9110 §13.1.2): W/"x" and "x" name the same representation.
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


def etag_of(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def json_with_etag(request: Request, payload: Any, *, status_code: int = 200) -> Response:
    body = json.dumps(
        jsonable_encoder(payload), ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    tag = etag_of(body)
    headers = {"ETag": tag, "Cache-Control": "private, no-cache"}
    wanted = request.headers.get("if-none-match")
    if wanted is not None and (wanted.strip() == "*" or tag in _tags(wanted)):
        return Response(status_code=304, headers=headers)
    return Response(
        content=body, status_code=status_code, media_type="application/json", headers=headers
    )
