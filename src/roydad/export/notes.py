"""The notes of a row: one summary sentence, then what the sources say and where they disagree.

ACLED's `notes` (and UCDP's `source_original`-like free text) is where a one-row format keeps
what its columns cannot: the claims about who did it, the parties some reports name and others
do not, and every field the reports disagree on with the values each report gives. Nothing the
incident records about disagreement is left out; the order is fixed so a diff of two exports
shows what changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from roydad.coding.countries import Countries
from roydad.coding.party_codes import Coding
from roydad.models import FieldConflict, Incident, IncidentClaim

EVIDENCE_CHARS = 240
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def day_text(value: str, precision: str | None) -> str:
    """'9 March 2023', 'March 2023', '2023' or 'the week of 5 January 2026'."""
    day = date.fromisoformat(value)
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{_MONTHS[day.month - 1]} {day.year}"
    text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"the week of {text}" if precision == "week" else text


def when(incident: Incident) -> str:
    if incident.date_start is None:
        return "On an unknown date"
    start = day_text(incident.date_start, incident.date_precision)
    if incident.date_end and incident.date_end != incident.date_start:
        end = day_text(incident.date_end, incident.date_precision)
        return f"Between {start} and {end}"
    return f"On {start}" if incident.date_precision in ("day", None) else f"In {start}"


def place(incident: Incident, countries: Countries) -> str:
    loc = incident.location
    if loc is None:
        return "an unknown place"
    parts = [p for p in (loc.name, loc.admin1, countries.name(loc.country)) if p]
    unique = [p for i, p in enumerate(parts) if p not in parts[:i]]
    return ", ".join(unique) or "an unknown place"


def fatalities_text(incident: Incident) -> str:
    low, best, high = incident.fatalities_low, incident.fatalities_best, incident.fatalities_high
    if best is None and low is None and high is None:
        return "Fatalities not reported."
    if low is not None and high is not None and low != high:
        return f"Fatalities: {best if best is not None else low} (reports give {low} to {high})."
    return f"Fatalities: {best if best is not None else low}."


def summary_sentence(incident: Incident, countries: Countries) -> str:
    what = incident.acled_sub_event_type or incident.event_type.lower()
    kind = incident.event_type.lower() + (f", {incident.mode}" if incident.mode else "")
    return f"{when(incident)}: {what} ({kind}) at {place(incident, countries)}."


def evidence_quote(incident: Incident) -> str:
    """The first report's evidence sentence, shortened: what the event is, in a source's words."""
    if not incident.sources:
        return ""
    source = incident.sources[0]
    text = " ".join(source.evidence.text.split())
    if len(text) > EVIDENCE_CHARS:
        text = text[: EVIDENCE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return f'{source.publisher or "A report"}: "{text}"'


def claim_sentences(claims: Iterable[IncidentClaim]) -> list[str]:
    """Each distinct claim once, with who reported it; 'no group claimed' counted once."""
    out: list[str] = []
    seen: set[tuple[str, str | None, str | None, str]] = set()
    unclaimed = 0
    for claim in claims:
        if claim.kind == "responsibility" and claim.certainty == "negated" and not (
            claim.attributed_to or claim.claimant
        ):
            unclaimed += 1
            continue
        key = (claim.kind, claim.claimant, claim.attributed_to, claim.certainty)
        if key in seen:
            continue
        seen.add(key)
        out.append(_claim_sentence(claim))
    if unclaimed:
        out.insert(0, f"No group claimed responsibility ({_reports(unclaimed)}).")
    return out


def _claim_sentence(claim: IncidentClaim) -> str:
    who = claim.claimant or "Unnamed sources"
    target = claim.attributed_to
    source = ", ".join(p for p in (claim.publisher, claim.pub_date) if p)
    tail = f" ({claim.certainty}{'; ' + source if source else ''})."
    if claim.kind == "responsibility":
        party = target or claim.claimant or "An unnamed group"
        verb = "did not claim" if claim.certainty == "negated" else "claimed"
        return f"{party} {verb} responsibility" + tail
    if claim.kind == "denial":
        return (f"{who} denied that {target} was responsible" if target and target != who
                else f"{who} denied responsibility") + tail
    verb = "accused" if claim.kind == "accusation" else "attributed it to"
    return f"{who} {verb} {target or 'an unnamed party'}" + tail


def conflict_sentences(incident: Incident) -> list[str]:
    publishers = {s.event_id: s.label for s in incident.sources}
    return [_conflict_sentence(c, publishers) for c in incident.conflicts]


def _conflict_sentence(conflict: FieldConflict, publishers: dict[str, str]) -> str:
    values = []
    for value in conflict.values:
        names = sorted({publishers.get(e, e[:8]) for e in value.event_ids})
        shown = "unknown" if value.value is None else str(value.value)
        values.append(f"{shown} ({', '.join(names)})")
    return f"Sources differ on {conflict.field.replace('_', ' ')}: {'; '.join(values)}."


def _reports(n: int) -> str:
    return f"{n} report" + ("" if n == 1 else "s")


def notes(incident: Incident, coding: Coding, countries: Countries) -> str:
    """Summary sentence, fatalities, a source's words, claims, contested actors, disagreements."""
    parts = [summary_sentence(incident, countries), fatalities_text(incident)]
    if coding.persons:
        parts.append(f"Persons named: {'; '.join(coding.persons)}.")
    if quote := evidence_quote(incident):
        parts.append(quote)
    parts += claim_sentences(incident.claims)
    total = len(incident.sources)
    for name, count in coding.contested:
        parts.append(f"Named as actor by {count} of {_reports(total)}: {name}.")
    parts += conflict_sentences(incident)
    if incident.source_count > 1:
        parts.append(f"{incident.source_count} sources.")
    return " ".join(parts)
