"""How incidents look on the terminal (the list, one incident with its sources), and the
checking of `roydad edit`'s field=value arguments."""

from __future__ import annotations

import json
from typing import Annotated, Any

from rich.markup import escape
from rich.table import Table

from roydad.commands.common import plural
from roydad.models import Incident, IncidentSource


def _range(low: int | None, best: int | None, high: int | None) -> str:
    if best is None and low is None and high is None:
        return ""
    if low == high:
        return str(best if best is not None else low)
    return f"{best if best is not None else '?'} ({low if low is not None else '?'}–" \
        f"{high if high is not None else '?'})"


def _place(incident: Incident) -> str:
    loc = incident.location
    if loc is None:
        return ""
    return ", ".join(p for p in (loc.name, loc.admin1, loc.country) if p)


def _dates(incident: Incident) -> str:
    if incident.date_start is None:
        return ""
    if incident.date_end and incident.date_end != incident.date_start:
        return f"{incident.date_start}…{incident.date_end}"
    return incident.date_start


def incidents_table(incidents: list[Incident], title: str) -> Table:
    table = Table(title=title)
    for col in ("id", "date", "type", "place", "actors", "dead", "sources", "claims",
                "status"):
        table.add_column(col)
    for inc in incidents:
        actors = "; ".join(a.name for a in inc.actors if a.role == "actor")
        table.add_row(
            inc.incident_id, _dates(inc), f"{inc.event_type}/{inc.mode or '-'}",
            escape(_place(inc)), escape(actors),
            _range(inc.fatalities_low, inc.fatalities_best, inc.fatalities_high),
            str(inc.source_count), str(len(inc.claims)), inc.status,
        )
    return table


def incident_detail(inc: Incident) -> Table:
    """The incident as a two-column table, then its sources, claims and conflicts."""
    table = Table(title=f"incident {inc.incident_id} (version {inc.version}, {inc.status})",
                  show_header=False)
    table.add_column("field")
    table.add_column("value")
    rows = [
        ("type", f"{inc.event_type} / {inc.mode or '-'}"),
        ("ACLED", f"{inc.acled_event_type or '-'} / {inc.acled_sub_event_type or '-'}"),
        ("date", f"{_dates(inc)} ({inc.date_precision or '?'})"),
        ("place", _place(inc)),
        ("actors", "; ".join(f"{a.name} [{a.role}, {plural(a.reports, 'report')}]"
                            for a in inc.actors)),
        ("fatalities", _range(inc.fatalities_low, inc.fatalities_best, inc.fatalities_high)),
        ("injured", _range(inc.injured_low, inc.injured_high, inc.injured_high)),
        ("weapons", ", ".join(inc.weapons)),
        ("certainty", f"{inc.certainty} (confidence {inc.confidence:.2f})"),
    ]
    for label, value in rows:
        table.add_row(label, escape(value))
    labels = {source.document_id: source.label for source in inc.sources}
    for n, source in enumerate(inc.sources, 1):
        table.add_row(
            f"source {n}",
            _clean(f"{_source_name(source)} {source.pub_date or ''} "
            f"[{source.certainty}]: {source.evidence.text}"),
        )
    for claim in inc.claims:
        table.add_row(
            f"claim ({claim.kind})",
            _clean(f"{claim.claimant or 'someone'} → {claim.attributed_to or '?'} "
                   f"[{claim.certainty}]"
            f" ({claim.publisher or labels.get(claim.document_id, claim.document_id[:12])}):"
            f" {claim.text}"),
        )
    for conflict in inc.conflicts:
        values = "; ".join(f"{v.value} ({len(v.event_ids)} reports)" for v in conflict.values)
        table.add_row(f"disagree: {conflict.field}", _clean(values))
    return table


def _source_name(source: IncidentSource) -> str:
    """Publisher or title, then the caller's ids with where each was read: "Dawn (r1,
    reports.jsonl:3)"."""
    places = [r.id if r.id == r.origin else f"{r.id}, {r.origin}" for r in source.refs]
    where = f" ({'; '.join(places)})" if places else ""
    name = source.publisher or source.title
    if name:
        return f"{name}{where}"
    return "; ".join(places) or source.document_id[:12]


def edit_values(changes: list[str]) -> dict[str, object]:
    """`field=value` arguments as the values of incident fields, each checked against the
    field's type; ValueError with a one-line message naming the field for a mistyped one."""
    from pydantic import TypeAdapter, ValidationError

    from roydad.consolidate.derive import EDITABLE

    values: dict[str, object] = {}
    for change in changes:
        name, sep, raw = change.partition("=")
        name = name.strip()
        if not sep:
            raise ValueError(f"{change!r} is not field=value, e.g. fatalities_best=3")
        if name not in EDITABLE:
            raise ValueError(
                f"{name!r} cannot be edited; editable fields: {', '.join(sorted(EDITABLE))}"
            )
        try:
            value: object = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        field = Incident.model_fields[name]
        # The field's type with its constraints (ge=0, the date pattern).
        typed: Any = (
            Annotated[(field.annotation, *field.metadata)] if field.metadata
            else field.annotation
        )
        adapter: TypeAdapter[object] = TypeAdapter(typed)
        try:
            value = adapter.validate_python(value)
        except ValidationError as error:
            reason = error.errors()[0]["msg"]
            raise ValueError(f"{name}={raw}: {reason}") from None
        if isinstance(value, int) and not isinstance(value, bool) and value > _MAX_COUNT:
            raise ValueError(f"{name}={raw}: more than {_MAX_COUNT:,} is not a count")
        values[name] = value.model_dump() if hasattr(value, "model_dump") else value
    return values


# The largest count a database integer column holds on every backend.
_MAX_COUNT = 2**31 - 1


def _clean(text: str) -> str:
    """One line, and no rich markup: brackets in article text are text."""
    return escape(" ".join(text.split()))
