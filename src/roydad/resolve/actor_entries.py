"""The actor knowledge base (data/actors.yaml) as validated records, and a resolution's answer.

`parse_knowledge_base` checks every entry (kind, sector, alpha-3 country, Wikidata id, dated
roles and state slots, no alias shared by two actors unless the country of a report can decide
between them: each tied to another country, at most one to none) and raises `KnowledgeBaseError`
listing every problem; `Entry`, `Role` and `Period` are what it gives; `ResolvedActor` is what
`roydad.resolve.actors.ActorResolver` answers for a mention.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal, cast

from roydad.models import ActorKind, ActorRef, ActorRole
from roydad.resolve.actor_names import cased_key, loose_key, normalise

MatchedBy = Literal["alias", "fuzzy", "coref", "generic", "title", "unknown"]
_KINDS = frozenset({"person", "organization", "state", "group"})


class KnowledgeBaseError(ValueError):
    """The knowledge base or lexicon is malformed; the message lists every problem found."""


def _parse_date(value: object, *, end: bool) -> date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD (YAML may already have made it a date); an end date of
    partial precision means the last day of that year or month."""
    if value is None or isinstance(value, date):
        return value
    found = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value).strip())
    if not found:
        raise ValueError(f"bad date {value!r}")
    year, month = int(found[1]), int(found[2]) if found[2] else (12 if end else 1)
    if found[3]:
        return date(year, month, int(found[3]))
    return date(year, month, calendar.monthrange(year, month)[1] if end else 1)


@dataclass(frozen=True)
class Period:
    start: date | None = None
    end: date | None = None

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Role:
    role: str
    period: Period
    sector: str | None


@dataclass(frozen=True)
class Entry:
    """One knowledge-base actor, as validated from actors.yaml."""

    id: str
    name: str
    kind: ActorKind
    sector: str
    country: str | None
    wikidata: str | None
    aliases: tuple[str, ...]
    cased_aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    slots: tuple[tuple[str, Period], ...]

    def role_on(self, on: date) -> Role | None:
        # Where roles overlap (a party post held alongside an office) the latest begun is the news.
        covering = [r for r in self.roles if r.period.covers(on)]
        return max(covering, key=lambda r: r.period.start or date.min, default=None)


@dataclass(frozen=True)
class ResolvedActor:
    text: str
    name: str
    kind: ActorKind
    sector: str | None
    country: str | None
    kb_id: str | None
    wikidata: str | None
    title: str | None
    matched_by: MatchedBy
    score: float

    def to_actor_ref(self, role: ActorRole) -> ActorRef:
        return ActorRef(text=self.text, name=self.name, role=role, kind=self.kind,
                        sector=self.sector, country=self.country, kb_id=self.kb_id)


def _period(raw: Mapping[str, Any]) -> Period:
    return Period(_parse_date(raw.get("from"), end=False), _parse_date(raw.get("to"), end=True))


def _parse_entry(raw: Mapping[str, Any], sectors: frozenset[str], slots: frozenset[str]) -> Entry:
    checks = [(all(raw.get(k) for k in ("id", "name", "kind", "sector")), "id/name/kind/sector"),
              (raw.get("kind") in _KINDS, f"kind {raw.get('kind')!r}"),
              (re.fullmatch(r"[A-Z]{3}", str(raw.get("country") or "NUL")), "country (alpha-3)"),
              (re.fullmatch(r"Q\d+", str(raw.get("wikidata") or "Q0")), "wikidata id"),
              ({raw.get("sector")} | {r.get("sector") or raw.get("sector")
                                      for r in raw.get("roles") or []} <= sectors, "sector"),
              ({s.get("slot") for s in raw.get("slots") or []} <= slots, "slot")]
    if bad := [what for ok, what in checks if not ok]:
        raise ValueError(f"missing or unknown {', '.join(bad)}")
    roles = tuple(Role(str(r["role"]), _period(r), r.get("sector")) for r in raw.get("roles") or [])
    return Entry(str(raw["id"]), str(raw["name"]), cast(ActorKind, raw["kind"]), str(raw["sector"]),
                 raw.get("country"), raw.get("wikidata"),
                 tuple(str(a) for a in raw.get("aliases") or []),
                 tuple(str(a) for a in raw.get("cased_aliases") or []), roles,
                 tuple((str(s["slot"]), _period(s)) for s in raw.get("slots") or []))


def parse_knowledge_base(kb: Mapping[str, Any], lexicon: Mapping[str, Any]) -> list[Entry]:
    """Validate the knowledge base; raise KnowledgeBaseError listing every problem."""
    sectors = frozenset(kb.get("sectors") or {})
    slots = frozenset(lexicon.get("state_slots") or {})
    entries: dict[str, Entry] = {}
    problems: list[str] = []
    owners: dict[tuple[str, str], list[Entry]] = {}
    for n, raw in enumerate(kb.get("entries") or []):
        try:
            entry = _parse_entry(raw, sectors, slots)
        except (ValueError, TypeError, KeyError, AttributeError) as err:
            problems.append(f"entry {n} {raw.get('id') if isinstance(raw, dict) else ''}: {err}")
            continue
        if entry.id in entries:
            problems.append(f"duplicate id {entry.id!r}")
        keys = [("alias", normalise(a)) for a in (entry.name, *entry.aliases)]
        for key in [*keys, *(("cased alias", cased_key(a)) for a in entry.cased_aliases)]:
            sharers = owners.setdefault(key, [])
            clash = next((o for o in sharers if o.id != entry.id and (
                key[0] == "cased alias" or o.country == entry.country)), None)
            if clash is not None:
                problems.append(f"{key[0]} {key[1]!r} belongs to both {clash.id!r} and "
                                f"{entry.id!r} (an alias may be shared only by actors of "
                                "different countries)")
            if entry not in sharers:
                sharers.append(entry)
        entries.setdefault(entry.id, entry)
    for table in ("name_prefixes", "person_roles", "group_heads"):
        bad = {v for v in (lexicon.get(table) or {}).values() if v is not None} - sectors
        problems += [f"lexicon {table}: unknown sector {s!r}" for s in sorted(bad)]
    if problems or not entries:
        raise KnowledgeBaseError("\n".join(problems) or "no entries")
    return list(entries.values())


def same_person(text: str, prefix: str, core: str, persons: list[ResolvedActor]
                ) -> ResolvedActor | None:
    """The one person named in full earlier whose names a later surname ("Muzammil", "General
    Saree": `core` after its titles `prefix`) repeats; None when none or several fit."""
    words = core.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return None
    keys = [loose_key(w) for w in words]
    found: dict[str, ResolvedActor] = {}
    for person in persons:
        name_keys = [loose_key(w) for w in person.name.split()]
        if name_keys and keys[-1] == name_keys[-1] and all(k in name_keys for k in keys):
            found[person.kb_id or person.name] = person
    if len(found) != 1:  # two earlier Khans: the surname alone decides nothing
        return None
    return replace(next(iter(found.values())), text=text, title=prefix or None,
                   matched_by="coref", score=0.85)
