"""PLOVER JSON lines: one record per incident, with PLOVER's field names.

PLOVER (the Open Event Data Alliance's event and data-interchange specification) recommends one
JSON object per line. roydad fills the standard fields:

- `id`, `date` (YYYY-MM-DD), `enddate`, `event` (the PLOVER category), `mode`, `context` (a list,
  from data/export/plover.yaml), `quad_code`;
- `actor` and `recipient`: lists of actor objects `{code, sector, actor_text, identifier_id,
  identifier_text}` — `code` is the ISO alpha-3 of the actor's country, or PLOVER's non-state code
  (IGO, NGO, IMG, MNC) for an actor without one; `identifier_id` is roydad's knowledge-base id;
- `event_loc`: a GeoNames-style location object (`geonameid`, `name`, `latitude`, `longitude`,
  `country_code` alpha-2, `cc3` alpha-3, `admin1`, `admin2`, `precision`);
- `event_text`, `text_info` and `cite_info`: one entry per report of the incident, in the same
  order: the evidence sentences; `{doc_id, event_id, sequence, start, end}` with the character
  offsets of the evidence in the stored document; `{corpus, citation, url, title, publication,
  date, codebook}`.

roydad's own fields follow PLOVER's advice to add named fields rather than overload standard ones:
`dead` and `injured` ({low, best, high}), `weapons`, `certainty`, `claims` (every claim with its
report), `conflicts`, `confidence`, `status`, `coder`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from roydad.coding.countries import Countries
from roydad.coding.rules import PloverRules, plover_rules
from roydad.export.result import ExportResult
from roydad.models import Incident, IncidentActor

CORPUS = "roydad"


class PloverCoder:
    def __init__(self, rules: PloverRules | None = None, coder: str = "roydad") -> None:
        self.rules = rules or plover_rules()
        self.countries = Countries()
        self.coder = coder

    def record(self, incident: Incident) -> dict[str, Any]:
        return {
            "id": incident.incident_id,
            "date": incident.date_start,
            "enddate": incident.date_end or incident.date_start,
            "actor": [self.actor(a) for a in incident.actors if a.role in ("actor",)],
            "recipient": [self.actor(a) for a in incident.actors if a.role == "recipient"],
            "event": incident.event_type,
            "mode": incident.mode or "",
            "context": self.contexts(incident),
            "quad_code": self.rules.quad.get(incident.event_type),
            "event_loc": self.location(incident),
            "event_text": [s.evidence.text for s in incident.sources],
            "text_info": [
                {"doc_id": s.document_id, "event_id": s.event_id, "sequence": n,
                 "start": s.evidence.start, "end": s.evidence.end}
                for n, s in enumerate(incident.sources)
            ],
            "cite_info": [
                {"corpus": CORPUS, "citation": s.document_id, "url": s.url, "title": s.title,
                 "publication": s.publisher, "date": s.pub_date, "codebook": self.rules.codebook}
                for s in incident.sources
            ],
            "dead": {"low": incident.fatalities_low, "best": incident.fatalities_best,
                     "high": incident.fatalities_high},
            "injured": {"low": incident.injured_low, "high": incident.injured_high},
            "weapons": list(incident.weapons),
            "certainty": incident.certainty,
            "claims": [c.model_dump(mode="json") for c in incident.claims],
            "conflicts": [c.model_dump(mode="json") for c in incident.conflicts],
            "associated": [self.actor(a) for a in incident.actors if a.role == "associated"],
            "confidence": incident.confidence,
            "status": incident.status,
            "coder": self.coder,
        }

    def actor(self, actor: IncidentActor) -> dict[str, Any]:
        code = actor.country or self.rules.nonstate_codes.get(actor.sector or "", "")
        return {
            "code": code, "sector": actor.sector or "", "actor_text": actor.name,
            "identifier_id": actor.kb_id, "identifier_text": actor.name, "kind": actor.kind,
            "reports": actor.reports,
        }

    def location(self, incident: Incident) -> dict[str, Any] | None:
        loc = incident.location
        if loc is None:
            return None
        return {
            "geonameid": loc.geonames_id, "name": loc.name, "latitude": loc.lat,
            "longitude": loc.lon, "country_code": self.countries.alpha2(loc.country),
            "cc3": loc.country, "admin1": loc.admin1, "admin2": loc.admin2,
            "precision": loc.precision,
        }

    def contexts(self, incident: Incident) -> list[str]:
        rules = self.rules
        found = [rules.sector_contexts[a.sector] for a in incident.actors
                 if a.sector is not None and a.sector in rules.sector_contexts]
        if incident.mode is not None and incident.mode in rules.mode_contexts:
            found.append(rules.mode_contexts[incident.mode])
        where = incident.location.country if incident.location else None
        if where and any(a.country and a.country != where for a in incident.actors
                         if a.role == "actor"):
            found.append(rules.international)
        if incident.certainty in rules.certainty_contexts:
            found.append(rules.certainty_contexts[incident.certainty])
        return sorted(set(found))


def write_plover(incidents: Iterable[Incident], out: TextIO, *,
                 rules: PloverRules | None = None, coder: str = "roydad") -> ExportResult:
    """Stream incidents to `out` as PLOVER JSON lines."""
    plover = PloverCoder(rules, coder)
    result = ExportResult()
    for incident in incidents:
        out.write(json.dumps(plover.record(incident), ensure_ascii=False) + "\n")
        result.written += 1
    return result
