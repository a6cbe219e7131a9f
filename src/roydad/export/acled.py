"""ACLED-style CSV: one row per incident, in ACLED's column layout.

The columns are ACLED's (codebook 2023–2024) in ACLED's order, so a researcher can append roydad's
rows to an ACLED download. The coding rules (actor1 choice, inter codes, precision codes, notes,
fatalities) are in `roydad.coding.party_codes`, `roydad.export.notes` and data/export/acled.yaml;
the README states them. In short:

- **actor1**: a claimed responsibility over an attribution; a named actor most reports agree on;
  else "Unidentified Armed Group (Country)". Attributions are never collapsed into actor1: every
  claim, attribution and contested actor is in `notes`.
- **inter1/inter2**: 1 state forces, 2 rebels, 3 political militias, 4 identity militias,
  5 rioters, 6 protesters, 7 civilians, 8 external/other, from the actor's sector or kind;
  **interaction**: the two codes, lower first (one actor alone: inter1 x 10).
- **time_precision**: 1 day, 2 week, 3 month or year; **geo_precision**: 1 point or town,
  2 second-level area, 3 province or country.
- **fatalities**: roydad's best estimate (the median report, the lower one of an even count);
  ACLED itself uses the most conservative figure: set `fatalities: low` in acled.yaml for that.
  Unknown is 0, as in ACLED, and the notes say "Fatalities not reported".
- **event_id_cnty**: the country code and the incident id's hash ("AFG" + 16 hex digits), so
  rows are stable across exports and lead back to `roydad incident inc-<hash>`.

Incidents ACLED does not code (no ACLED event type: accusations, meetings, threats), without a
date or without a country are left out and counted.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TextIO

from roydad.coding.countries import Countries
from roydad.coding.party_codes import Coding, Lookup, PartyCoder
from roydad.coding.rules import AcledRules, acled_rules
from roydad.export.notes import notes
from roydad.export.result import ExportResult, write_coded_csv
from roydad.models import Incident

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
SEPARATOR = "; "

Row = dict[str, str | int | float | None]


class AcledCoder:
    """Turns incidents into ACLED rows; one per export (it caches knowledge-base lookups)."""

    def __init__(self, rules: AcledRules | None = None, lookup: Lookup | None = None,
                 now: int | None = None) -> None:
        self.rules = rules or acled_rules()
        self.countries = Countries()
        self.parties = PartyCoder(self.rules, lookup, self.countries)
        self.timestamp = now if now is not None else int(time.time())

    def skip_reason(self, incident: Incident) -> str | None:
        if not incident.acled_event_type:
            return "not coded by ACLED"
        if incident.date_start is None:
            return "without a date"
        if incident.location is None or not incident.location.country:
            return "without a country"
        return None

    def row(self, incident: Incident) -> Row:
        """The ACLED row of an incident that `skip_reason` accepts."""
        assert incident.date_start is not None and incident.location is not None
        coding = self.parties.code(incident)
        loc = incident.location
        iso3 = (loc.country or "").upper()
        event_type = incident.acled_event_type or ""
        disorder = self.rules.disorder_by_sub_event.get(
            incident.acled_sub_event_type or "", self.rules.disorder_types.get(event_type, ""))
        hex_id = incident.incident_id.removeprefix("inc-").upper()
        return {
            "event_id_cnty": f"{iso3}{hex_id}",
            "event_date": incident.date_start,
            "year": int(incident.date_start[:4]),
            "time_precision": self.rules.time_precision.get(incident.date_precision or "", 3),
            "disorder_type": disorder,
            "event_type": event_type,
            "sub_event_type": incident.acled_sub_event_type or "",
            "actor1": coding.actor1.label,
            "assoc_actor_1": SEPARATOR.join(p.label for p in coding.assoc1),
            "inter1": coding.actor1.inter,
            "actor2": coding.actor2.label if coding.actor2 else "",
            "assoc_actor_2": SEPARATOR.join(p.label for p in coding.assoc2),
            "inter2": coding.actor2.inter if coding.actor2 else 0,
            "interaction": coding.interaction,
            "civilian_targeting": _civilian_targeting(coding, disorder),
            "iso": self.countries.numeric(iso3),
            "region": self.countries.acled_region(iso3),
            "country": self.countries.name(iso3),
            "admin1": loc.admin1 or "",
            "admin2": loc.admin2 or "",
            "admin3": "",
            "location": loc.name or loc.admin2 or loc.admin1 or self.countries.name(iso3),
            "latitude": loc.lat,
            "longitude": loc.lon,
            "geo_precision": self.rules.geo_precision.get(loc.precision or "", 3),
            "source": SEPARATOR.join(_publishers(incident)),
            "source_scale": _source_scale(incident, self.rules),
            "notes": notes(incident, coding, self.countries),
            "fatalities": self._fatalities(incident),
            "tags": _tags(incident),
            "timestamp": self.timestamp,
        }

    def _fatalities(self, incident: Incident) -> int:
        figures = (
            (incident.fatalities_low, incident.fatalities_best) if self.rules.fatalities == "low"
            else (incident.fatalities_best, incident.fatalities_low)
        )
        return next((f for f in figures if f is not None), 0)


def _civilian_targeting(coding: Coding, disorder: str) -> str:
    # ACLED flags events whose primary target is civilians, not every event civilians died in.
    target = coding.actor2
    if disorder == "Political violence" and target is not None and target.inter == 7:
        return "Civilian targeting"
    return ""


def _publishers(incident: Incident) -> list[str]:
    seen: list[str] = []
    for source in incident.sources:
        # ACLED's source names a publication: the publisher, else the report's title, else
        # the caller's own name for the document; never roydad's content hash.
        name = source.label if source.label != source.document_id[:12] else "unnamed report"
        if name not in seen:
            seen.append(name)
    return seen


def _source_scale(incident: Incident, rules: AcledRules) -> str:
    scales = []
    for publisher in _publishers(incident):
        scale = rules.source_scale.get(publisher)
        if scale and scale not in scales:
            scales.append(scale)
    return "-".join(scales)


def _tags(incident: Incident) -> str:
    tags = [f"roydad id={incident.incident_id}", f"certainty={incident.certainty}",
            f"status={incident.status}"]
    if incident.weapons:
        tags.append("weapons=" + ", ".join(incident.weapons))
    return SEPARATOR.join(tags)


def write_acled(incidents: Iterable[Incident], out: TextIO, *, rules: AcledRules | None = None,
                lookup: Lookup | None = None, now: int | None = None) -> ExportResult:
    """Stream incidents to `out` as ACLED CSV, one incident in memory at a time."""
    return write_coded_csv(AcledCoder(rules, lookup, now), COLUMNS, incidents, out)
