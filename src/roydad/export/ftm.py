"""FollowTheMoney entities (JSON lines), for Aleph, OpenAleph and the `ftm` tools.

Built with the `followthemoney` library itself, so every entity is valid for its schema:

- each incident is an **Event** (name, startDate/endDate, country, location, summary with the
  fatalities and claims, description with a source's words, `involved` = every named party,
  keywords with the PLOVER and ACLED types);
- each named party is a **Person**, **PublicBody** (states and their forces), **Organization**
  (groups and organisations) or **LegalEntity** (kind unknown), with its country; its
  knowledge-base id is a keyword ("roydad:kb_id");
- each report is an **Article** (title, publisher, publishedAt, sourceUrl) linked to the Event by
  a **Documentation** edge (role "reports", the evidence sentence as summary);
- each claim with a named party is an **UnknownLink** from that party to the Event, its role
  saying what the claim is ("claimed responsibility", "blamed by NRF", "denied").

Entity ids are stable ("roydad-" + the incident id, a hash of the actor's kb id or name, the
document id), so a re-export updates rather than duplicates. A party or article shared by many
incidents is written once while it is among the last 100,000 written; after that it may be
written again, which FollowTheMoney tools merge (entities with one id are fragments of one).
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from roydad.coding.countries import Countries
from roydad.coding.party_codes import is_generic
from roydad.export.notes import claim_sentences, evidence_quote, fatalities_text, place
from roydad.export.result import ExportResult
from roydad.models import Incident, IncidentActor, IncidentClaim, IncidentSource

if TYPE_CHECKING:
    from followthemoney.proxy import EntityProxy

SCHEMA_BY_KIND = {"person": "Person", "state": "PublicBody", "organization": "Organization",
                  "group": "Organization", "unknown": "LegalEntity"}
CLAIM_ROLES = {"responsibility": "claimed responsibility", "attribution": "blamed",
               "accusation": "accused", "denial": "denied"}
REMEMBERED = 100_000


def actor_id(name: str, kb_id: str | None = None) -> str:
    key = kb_id or name.casefold()
    return "roydad-actor-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


class _Recent:
    """The ids written lately: a bounded memory, so repeated entities are mostly written once."""

    def __init__(self, size: int = REMEMBERED) -> None:
        self.size = size
        self._ids: OrderedDict[str, None] = OrderedDict()

    def first_time(self, entity_id: str) -> bool:
        if entity_id in self._ids:
            self._ids.move_to_end(entity_id)
            return False
        self._ids[entity_id] = None
        if len(self._ids) > self.size:
            self._ids.popitem(last=False)
        return True


class FtmCoder:
    def __init__(self) -> None:
        from followthemoney import model

        self.model = model
        self.countries = Countries()
        self.recent = _Recent()

    def _make(self, schema: str, entity_id: str) -> EntityProxy:
        entity = self.model.make_entity(schema)
        entity.id = entity_id
        return entity

    def entities(self, incident: Incident) -> Iterator[EntityProxy]:
        event = self.event(incident)
        named = [a for a in incident.actors if not is_generic(a)]
        for actor in {actor_id(a.name, a.kb_id): a for a in named}.values():
            entity = self.actor(actor)
            event.add("involved", entity.id)
            if self.recent.first_time(str(entity.id)):
                yield entity
        claim_links = list(self.claims(incident, str(event.id)))
        yield event
        for source in incident.sources:
            yield from self.report(source, str(event.id))
        yield from claim_links

    def event(self, incident: Incident) -> EntityProxy:
        event = self._make("Event", f"roydad-{incident.incident_id}")
        what = incident.acled_sub_event_type or incident.event_type.title()
        event.add("name", f"{what} at {place(incident, self.countries)}, "
                          f"{incident.date_start or 'date unknown'}")
        event.add("startDate", incident.date_start)
        event.add("endDate", incident.date_end)
        if incident.location is not None:
            event.add("country", self.countries.alpha2(incident.location.country))
            event.add("location", place(incident, self.countries))
        event.add("summary", " ".join([fatalities_text(incident),
                                       *claim_sentences(incident.claims)]))
        event.add("description", evidence_quote(incident))
        event.add("keywords", [k for k in (incident.event_type, incident.mode,
                                           incident.acled_event_type,
                                           incident.acled_sub_event_type) if k])
        event.add("publisher", [s.publisher for s in incident.sources if s.publisher])
        event.add("sourceUrl", [s.url for s in incident.sources if s.url])
        return event

    def actor(self, actor: IncidentActor) -> EntityProxy:
        entity = self._make(SCHEMA_BY_KIND.get(actor.kind, "LegalEntity"),
                            actor_id(actor.name, actor.kb_id))
        entity.add("name", actor.name)
        entity.add("country", self.countries.alpha2(actor.country))
        if actor.kb_id:
            entity.add("keywords", f"roydad:{actor.kb_id}")
        if actor.sector:
            entity.add("description", f"sector {actor.sector}")
        return entity

    def report(self, source: IncidentSource, event_id: str) -> Iterator[EntityProxy]:
        article_id = f"roydad-doc-{source.document_id}"
        if self.recent.first_time(article_id):
            article = self._make("Article", article_id)
            article.add("title", source.title or source.document_id)
            article.add("publisher", source.publisher)
            article.add("publishedAt", source.pub_date)
            article.add("sourceUrl", source.url)
            yield article
        link = self._make("Documentation", f"roydad-report-{source.event_id}")
        link.add("document", article_id)
        link.add("entity", event_id)
        link.add("role", "reports")
        link.add("summary", source.evidence.text)
        link.add("date", source.pub_date)
        yield link

    def claims(self, incident: Incident, event_id: str) -> Iterator[EntityProxy]:
        for n, claim in enumerate(incident.claims):
            party = claim.attributed_to or (claim.claimant if claim.kind != "attribution"
                                            else None)
            if not party or not party[:1].isupper():
                continue
            link = self._make("UnknownLink", _claim_id(incident.incident_id, n))
            party_id = actor_id(party, _kb_id(incident, party))
            if self.recent.first_time(party_id):
                entity = self._make("LegalEntity", party_id)
                entity.add("name", party)
                yield entity
            link.add("subject", party_id)
            link.add("object", event_id)
            link.add("role", _claim_role(claim))
            link.add("summary", claim.text)
            link.add("date", claim.pub_date)
            link.add("publisher", claim.publisher)
            yield link


def _kb_id(incident: Incident, name: str) -> str | None:
    return next((a.kb_id for a in incident.actors if a.name == name and a.kb_id), None)


def _claim_id(incident_id: str, n: int) -> str:
    return "roydad-claim-" + hashlib.sha1(f"{incident_id}:{n}".encode()).hexdigest()[:16]


def _claim_role(claim: IncidentClaim) -> str:
    role = CLAIM_ROLES[claim.kind]
    if claim.kind in ("attribution", "accusation") and claim.claimant:
        role += f" by {claim.claimant}"
    if claim.certainty not in ("asserted", "claimed"):
        role += f" ({claim.certainty})"
    return role


def entity_dicts(incidents: Iterable[Incident]) -> Iterator[dict[str, Any]]:
    coder = FtmCoder()
    for incident in incidents:
        for entity in coder.entities(incident):
            yield entity.to_dict()


def write_ftm(incidents: Iterable[Incident], out: TextIO) -> ExportResult:
    """Stream incidents to `out` as FollowTheMoney entities, one JSON object per line."""
    result = ExportResult()
    for data in entity_dicts(incidents):
        out.write(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n")
        result.written += 1
    return result
