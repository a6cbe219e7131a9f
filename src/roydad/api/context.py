"""What every request handler needs: the store, the users, the settings and the templates."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import Request
from fastapi.templating import Jinja2Templates

from roydad.api.throttle import LoginThrottle
from roydad.auth import UserStore
from roydad.datafiles.web import UISettings
from roydad.store import Store


@dataclass(frozen=True)
class AppContext:
    store: Store
    users: UserStore
    settings: UISettings
    templates: Jinja2Templates
    # Send cookies with `Secure` (only over HTTPS): on for any deployment behind TLS.
    secure_cookies: bool = False
    throttle: LoginThrottle = field(default_factory=LoginThrottle)


def context(request: Request) -> AppContext:
    ctx: AppContext = request.app.state.roydad
    return ctx
