"""The helpers templates use: small, pure, and safe with hostile strings."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlsplit

import jinja2
from fastapi.templating import Jinja2Templates

from roydad.api.filters import filter_params
from roydad.api.schemas import Facets
from roydad.api.settings import WEB
from roydad.models import Decision

_LINK_SCHEMES = ("http", "https")
_SUMMARY_LIMIT = 200


def safe_url(url: str | None) -> str | None:
    """The URL if it is an ordinary web link; None for javascript:, data: and the like, which
    an article's metadata could carry to run a script when clicked."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in _LINK_SCHEMES or not parts.netloc:
        return None
    return url.strip()


def when(moment: str | None) -> str:
    """An ISO timestamp as minutes in UTC ("2026-11-23 20:45 UTC"); unparseable ones as given."""
    if not moment:
        return ""
    try:
        parsed = datetime.fromisoformat(moment)
    except ValueError:
        return moment
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC)
    return parsed.strftime("%Y-%m-%d %H:%M UTC")


def facet_count(facets: Facets | None, field: str, value: str) -> int | None:
    if facets is None:
        return None
    counts = getattr(facets, field)
    return next((c.count for c in counts if c.value == value), 0)


def decision_summary(decision: Decision) -> str:
    """One line saying what a decision changed, from its payload."""
    p = decision.payload
    after, before = p.get("after"), p.get("before")
    if decision.kind == "edit" and isinstance(after, dict):
        earlier = before if isinstance(before, dict) else {}
        changed = {k: v for k, v in after.items() if earlier.get(k) != v}
        text = ", ".join(f"{k} = {v}" for k, v in sorted(changed.items()))
    elif decision.kind in ("accept", "reject", "edit") and "status_after" in p:
        text = f"status {p.get('status_before')} → {p.get('status_after')}"
    elif decision.kind == "merge":
        absorbed = p.get("absorbed")
        names = ", ".join(sorted(absorbed)) if isinstance(absorbed, dict) else "?"
        text = f"merged {names} into {p.get('survivor')}"
    elif decision.kind == "split":
        members = p.get("members")
        count = len(members) if isinstance(members, list) else "?"
        text = f"moved {count} report(s) from {p.get('from')} to {p.get('to')}"
    elif decision.kind == "undo":
        text = f"undid decision #{p.get('undoes')}"
    else:
        text = ", ".join(
            f"{k} = {v}" for k, v in sorted(p.items()) if isinstance(v, str | int | float)
        )
    return text if len(text) <= _SUMMARY_LIMIT else text[: _SUMMARY_LIMIT - 1] + "…"


def make_templates() -> Jinja2Templates:
    """Templates with autoescaping on for every file: article text and extracted strings are
    always rendered as text, never as markup."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(WEB / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["when"] = when
    env.globals.update(
        facet_count=facet_count, filter_params=filter_params, decision_summary=decision_summary
    )
    return Jinja2Templates(env=env)
