"""Property-based tests generated from the OpenAPI document: no request, however odd, may
make the API fail with a server error, and answers must match their declared schemas.

Requests go in-process to the ASGI app (Starlette's TestClient), as an admin (every operation
allowed) with the session's CSRF token, over a real SQLite store holding the corpus. The
document is read from an app built at import, because hypothesis needs the operations before
any fixture runs."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from roydad.api import create_app
from tests.api.conftest import login

pytestmark = pytest.mark.slow


def _openapi() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        app = create_app(f"sqlite:///{Path(folder) / 'spec.db'}")
        spec = app.openapi()
        app.state.roydad.store.close()
    return spec


schema = schemathesis.openapi.from_dict(_openapi())
# Logging out would end the session every other case uses.
schema = schema.exclude(path="/api/v1/auth/logout")


@pytest.fixture
def admin_client(app: FastAPI) -> TestClient:
    client = TestClient(app)
    login(client, "admin")
    return client


@schema.parametrize()
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
def test_no_server_errors(case: Any, admin_client: TestClient) -> None:
    kwargs = case.as_transport_kwargs(base_url=str(admin_client.base_url))
    headers = {**dict(admin_client.headers), **kwargs.pop("headers", {})}
    # The document declares no cookie parameters; the session cookie is the client's own.
    assert not kwargs.pop("cookies", None)
    response = admin_client.request(headers=headers, **kwargs)
    case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])
