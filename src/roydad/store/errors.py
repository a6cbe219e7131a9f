"""Why a database cannot be opened, said so that the person who named it knows what to do.

SQLAlchemy's own errors name a plugin entry point ("Can't load plugin: sqlalchemy.dialects:foo")
or carry the driver's multi-line report; the command line prints these messages instead, as one
line, and exits non-zero.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from roydad.store.engine import display_url

USAGE = "give --db (or $ROYDAD_DB) a file path, sqlite:///FILE or postgresql://USER@HOST/DBNAME"


class StoreUnavailableError(RuntimeError):
    """The database cannot be opened: a bad URL, a missing file, a server that does not answer."""


def check_exists(url: str) -> None:
    """Refuse an SQLite file that does not exist (for commands that only read)."""
    try:
        parsed = make_url(url)
    except sa.exc.ArgumentError:
        return  # reported by the caller's attempt to open it
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return
    path = Path(parsed.database or "")
    if not path.exists():
        raise StoreUnavailableError(
            f"there is no roydad database at {path.resolve()}: create one with "
            f"`roydad ingest FILES --db {url}` then `roydad process --db {url}`, "
            "or point --db (or $ROYDAD_DB) at an existing one"
        )


def unusable_url(url: str, error: Exception) -> str:
    scheme = url.split("://", 1)[0] if "://" in url else url
    if isinstance(error, ImportError) or "Can't load plugin" in str(error):
        reason = f"roydad cannot store into {scheme!r} databases"
    else:
        reason = "this is not a database URL"
    return f"cannot open the database {_shown(url)}: {reason}; {USAGE}"


def unreachable(url: str, error: sa.exc.OperationalError) -> str:
    """One line from the driver's report: its first line says what failed."""
    detail = str(error.orig) if error.orig is not None else str(error)
    first = " ".join(detail.strip().splitlines()[0].split()) if detail.strip() else "unknown"
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        hint = "check that the folder exists and that you may write to it"
    elif "does not exist" in first and parsed.database:
        hint = f"create it with `createdb {parsed.database}` or check --db"
    else:
        where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
        hint = f"is the PostgreSQL server running on {where}? Start it, or check --db"
    return f"cannot open the database {_shown(url)}: {first}; {hint}"


def _shown(url: str) -> str:
    try:
        return display_url(url)
    except sa.exc.ArgumentError:
        return url
