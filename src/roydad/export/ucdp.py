"""UCDP GED-style CSV: one row per deadly incident, with UCDP's column names.

UCDP's Georeferenced Event Dataset records events of organised violence with at least one death.
roydad writes its column layout so that rows sit beside a GED download:

- **date_start / date_end**: the incident's date range; **date_prec**: 1 day, 3 week, 4 month,
  5 year (UCDP: 1 exact, 2 within 2–6 days, 3 week, 4 month, 5 longer than a month).
- **best / low / high**: roydad's fatality estimates (best = the median report, the lower one of
  an even count; low/high the smallest and largest figures any report gives); deaths by side are
  not broken down, so the total is in `deaths_unknown`.
- **side_a / side_b**: the parties as `roydad.coding.party_codes` codes them (actor1/actor2); in a
  state-based event the state is side_a, as in UCDP; in one-sided violence side_b is
  "Civilians". **type_of_violence**: 1 state-based (a state against an organised armed side),
  2 non-state (two non-state armed sides), 3 one-sided (any side against civilians or nobody
  named).
- **where_prec**: 1 town or point, 3 second-level area, 4 province, 6 country.
- **event_clarity**: 1 when the reports assert the event and agree on type, date and place,
  else 2. UCDP's own conflict and dyad ids are left empty: they are UCDP's to assign.

Incidents that are not assaults, without a reported death or without a date are left out and
counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from roydad.coding.countries import Countries
from roydad.coding.party_codes import Coding, Lookup, Party, PartyCoder
from roydad.coding.rules import AcledRules
from roydad.export.notes import claim_sentences, place
from roydad.export.result import ExportResult, write_coded_csv
from roydad.models import Incident
from roydad.ontology import load_ontology

COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence",
    "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id",
    "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id",
    "side_b", "number_of_sources", "source_article", "source_office", "source_date",
    "source_headline", "source_original", "where_prec", "where_coordinates",
    "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid",
    "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
    "gwnoa", "gwnob",
)
DATE_PREC = {"day": 1, "week": 3, "month": 4, "year": 5}
WHERE_PREC = {"point": 1, "city": 1, "admin2": 3, "admin1": 4, "country": 6}
STATE = (1, 8)  # inter codes of state forces (at home or abroad)
CLEAR = ("asserted", "reported")
CIVILIANS = "Civilians"

Row = dict[str, str | int | float | None]


def party_kind(party: Party) -> str:
    """Who a side is (ontology/acled_map.yaml party kinds): from what the incident or the
    knowledge base knows of it, else from its generic label ("Civilians (Pakistan)") or its
    inter code."""
    kinds = load_ontology().party_kinds
    if party.facts is not None:
        return kinds.of(party.facts.name, party.facts.kind, party.facts.sector)
    generic = kinds.of(party.label, "group", None)
    return generic if generic != "unknown" else kinds.of_inter(party.inter)


def violence_type(side_a: Party, side_b: Party | None) -> int:
    """UCDP's type of violence by who the two sides are, by the same party-kind table that
    types the ACLED event (a side of unknown kind is no organised armed side)."""
    ontology = load_ontology()
    return ontology.ucdp_violence(party_kind(side_a),
                                  party_kind(side_b) if side_b is not None else None)


def sides(coding: Coding) -> tuple[Party, Party | None]:
    """UCDP order: in a state-based pair the state is side_a."""
    a, b = coding.actor1, coding.actor2
    if b is not None and party_kind(b) == "state_forces" and party_kind(a) == "armed_group":
        return b, a
    return a, b


class UcdpCoder:
    def __init__(self, rules: AcledRules | None = None, lookup: Lookup | None = None) -> None:
        self.countries = Countries()
        self.parties = PartyCoder(rules, lookup, self.countries)

    @staticmethod
    def skip_reason(incident: Incident) -> str | None:
        if incident.event_type != "ASSAULT":
            return "not organised violence"
        if not incident.fatalities_high and not incident.fatalities_best:
            return "without a reported death"
        if incident.date_start is None:
            return "without a date"
        return None

    def row(self, incident: Incident) -> Row:
        assert incident.date_start is not None
        side_a, side_b = sides(self.parties.code(incident))
        kind = violence_type(side_a, side_b)
        b_label = side_b.label if side_b is not None and kind != 3 else CIVILIANS
        loc = incident.location
        iso3 = loc.country if loc else None
        lat, lon = (loc.lat, loc.lon) if loc else (None, None)
        clear = incident.certainty in CLEAR and not any(
            c.field in ("event_type", "date", "location") for c in incident.conflicts)
        return {
            "id": incident.incident_id,
            "relid": incident.incident_id,
            "year": int(incident.date_start[:4]),
            "type_of_violence": kind,
            "dyad_name": f"{side_a.label} - {b_label}",
            "side_a": side_a.label,
            "side_b": b_label,
            "number_of_sources": incident.source_count,
            "source_article": "; ".join(
                ", ".join(p for p in (s.publisher, s.pub_date, s.title) if p)
                for s in incident.sources),
            "source_office": "; ".join(dict.fromkeys(s.publisher or "" for s in incident.sources)),
            "source_date": "; ".join(dict.fromkeys(s.pub_date or "" for s in incident.sources)),
            "source_headline": "; ".join(dict.fromkeys(s.title or "" for s in incident.sources)),
            "source_original": " ".join(claim_sentences(incident.claims)),
            "where_prec": WHERE_PREC.get(loc.precision or "", 6) if loc else 6,
            "where_coordinates": (loc.name or loc.admin1 or "") if loc else "",
            "where_description": place(incident, self.countries),
            "adm_1": loc.admin1 if loc else "",
            "adm_2": loc.admin2 if loc else "",
            "latitude": lat,
            "longitude": lon,
            "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else "",
            "country": self.countries.name(iso3),
            "country_id": self.countries.gleditsch_ward(iso3),
            "region": self.countries.ucdp_region(iso3),
            "event_clarity": 1 if clear else 2,
            "date_prec": DATE_PREC.get(incident.date_precision or "", 5),
            "date_start": incident.date_start,
            "date_end": incident.date_end or incident.date_start,
            "deaths_unknown": incident.fatalities_best,
            "best": incident.fatalities_best,
            "high": incident.fatalities_high,
            "low": incident.fatalities_low,
            "gwnoa": self._gw(side_a),
            "gwnob": self._gw(side_b) if side_b is not None and kind != 3 else None,
        }

    def _gw(self, party: Party) -> int | None:
        if party.inter not in STATE or party.facts is None:
            return None
        return self.countries.gleditsch_ward(party.facts.country)


def write_ucdp(incidents: Iterable[Incident], out: TextIO, *, rules: AcledRules | None = None,
               lookup: Lookup | None = None) -> ExportResult:
    """Stream deadly incidents to `out` as UCDP GED-style CSV."""
    return write_coded_csv(UcdpCoder(rules, lookup), COLUMNS, incidents, out)
