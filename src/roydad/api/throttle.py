"""Slowing password guessing without letting a stranger lock anyone out.

Failed logins are counted per client address, per (address, account) pair and per account.
After a few free failures, each further one makes the client wait longer before the next try
(1 s, 2 s, 4 s, ... up to `cap`): a script guessing passwords slows to a crawl, a person who
mistyped waits seconds. The account's count applies only to clients that have themselves failed
against that account, so failures from elsewhere never keep its owner out: the right password
from a client with no failures of its own always gets in.

Failed attempts are logged (logger `roydad.auth`) and the latest kept in memory for admins
(`GET /api/v1/auth/failed-logins`, the users page). The counts live in memory, per process:
they stop a script hammering one server, which is their job. Behind a reverse proxy the client
address is the proxy's unless uvicorn runs with `--proxy-headers` and `--forwarded-allow-ips`.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

log = logging.getLogger("roydad.auth")


@dataclass(frozen=True, slots=True)
class FailedLogin:
    at: datetime
    name: str
    address: str
    # Failures of this address against this name within the window, this one included.
    attempts: int
    # Seconds this address must now wait before trying this name again.
    wait: float


@dataclass(frozen=True, slots=True)
class Allowance:
    """Failures a key may have before delays start."""

    address: int = 10  # one office behind one address mistypes too
    pair: int = 3
    account: int = 10


class LoginThrottle:
    """Growing delays after failed logins; see the module's docstring."""

    def __init__(
        self, *, allowance: Allowance | None = None, base: float = 1.0, cap: float = 300.0,
        window: float = 900.0, keep: int = 500,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.allowance = allowance or Allowance()
        self.base = base
        self.cap = cap
        self.window = window
        self.clock = clock
        self._failures: dict[tuple[str, ...], deque[float]] = {}
        self._log: deque[FailedLogin] = deque(maxlen=keep)
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, ...], now: float) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and failures[0] < now - self.window:
            failures.popleft()
        if not failures:
            del self._failures[key]
            return deque()
        return failures

    def _delay(self, failures: deque[float], free: int, now: float) -> float:
        beyond = len(failures) - free
        if beyond <= 0:
            return 0.0
        delay = min(self.cap, self.base * 2.0 ** (beyond - 1))
        return max(0.0, failures[-1] + delay - now)

    @staticmethod
    def _keys(address: str, name: str) -> tuple[tuple[str, ...], ...]:
        account = name.strip().casefold()
        return ("address", address), ("pair", address, account), ("account", account)

    def _wait(self, address: str, name: str, now: float) -> float:
        by_address, pair, account = self._keys(address, name)
        free = self.allowance
        own = self._recent(pair, now)
        waits = [
            self._delay(self._recent(by_address, now), free.address, now),
            self._delay(own, free.pair, now),
        ]
        if own:  # only a client that failed against the account shares its count
            waits.append(self._delay(self._recent(account, now), free.account, now))
        return max(waits)

    def wait(self, address: str, name: str) -> float:
        """Seconds `address` must wait before trying to log in as `name` (0: it may now)."""
        with self._lock:
            return self._wait(address, name, self.clock())

    def failed(self, address: str, name: str) -> None:
        with self._lock:
            now = self.clock()
            for key in self._keys(address, name):
                self._failures.setdefault(key, deque()).append(now)
            attempts = len(self._recent(self._keys(address, name)[1], now))
            wait = self._wait(address, name, now)
            self._log.append(FailedLogin(datetime.now(UTC), name[:200], address, attempts, wait))
        # %r: a name is whatever the client sent; repr keeps a newline from forging log lines.
        log.warning("failed login for %r from %s (%d attempts, next in %.0f s)",
                    name[:200], address, attempts, wait)

    def succeeded(self, address: str, name: str) -> None:
        """Forget this client's failures against the account (not its address's: logging in
        to one's own account must not reset guessing at others')."""
        with self._lock:
            self._failures.pop(self._keys(address, name)[1], None)

    def recent_failures(self) -> list[FailedLogin]:
        """The latest failed logins, newest first."""
        with self._lock:
            return list(reversed(self._log))


def too_many_failures(wait: float) -> str:
    return f"too many failed logins: try again in {math.ceil(wait)} s"


def retry_after(wait: float) -> dict[str, str]:
    return {"Retry-After": str(math.ceil(wait))}
