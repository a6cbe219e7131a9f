"""Who did it to whom, as the one-row formats need it: ACLED's actor1/actor2 and UCDP's sides.

An incident keeps everyone any report names and every claim about who did it; a table row has
one actor1. These rules choose it without collapsing the disagreement (everything not chosen
goes to the row's notes, see `roydad.export.notes`):

1. **A claim of responsibility wins.** The party that most responsibility claims put forward
   (`attributed_to`, else the claimant; negated and hypothetical claims do not count) is actor1.
2. **Otherwise a named actor most reports agree on.** A named actor (not a generic "gunmen") that
   more than half of the incident's reports give as actor is actor1 (the most reported first;
   others that most reports name are assoc_actor_1: they acted together), unless an
   attribution, accusation or denial names it (being blamed is not being shown to have done it)
   or the reports give it more often as recipient (the attacked side of a clash). A claim by an
   unnamed party ("a commander claimed it") names no one.
3. **Otherwise nobody is named**: actor1 is the unidentified label of the sub-event or event
   type, "Unidentified Armed Group (Country)" (protests: "Protesters (Country)"; arrests: "Police
   Forces of Country", as arrests are made by the authorities), Country being where it happened.

actor2 is the recipient most reports name (others go to assoc_actor_2); a "Violence against
civilians" event with no named victim gets "Civilians (Country)", and so does remote violence or
property destruction (acled.yaml `civilians_unless_armed`) unless an armed or state party is
among its targets. In a mutual event (acled.yaml
`mutual`: an armed clash, an agreement) records list both sides as actors, so without a named
recipient actor2 is the first named actor that is not actor1 (the other side), not an associate
of actor1; with only an unnamed one ("police and dacoits"), its generic label. A
named victim is not an ACLED actor: a person coded as a civilian appears as "Civilians
(Country)" and by name in the notes.

Inter codes (1 state forces, 2 rebels, 3 political militias, 4 identity militias, 5 rioters,
6 protesters, 7 civilians, 8 external/other) come from the actor's sector, else its kind, as
data/export/acled.yaml says; state forces of another country than the incident's are 8.
Claimants the incident's actor list lacks are looked up in the actor knowledge base.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from roydad.coding.countries import Countries
from roydad.coding.generic_parties import place_generic_parties, victim_category
from roydad.coding.rules import AcledRules, acled_rules, fill_country
from roydad.models import Incident, IncidentActor, IncidentClaim

Basis = Literal["claimed", "named", "unidentified"]
# Claim kinds that blame a party without that party saying so.
BLAME_KINDS = ("attribution", "accusation", "denial")
_NOT_A_CLAIM = ("negated", "hypothetical")
# Inter codes of armed parties: state forces, rebels, political and identity militias, foreign
# forces.
_ARMED_INTER = frozenset({1, 2, 3, 4, 8})


@dataclass(frozen=True, slots=True)
class ActorFacts:
    """What coding needs to know about a party, from the incident or the knowledge base."""

    name: str
    kind: str = "unknown"
    sector: str | None = None
    country: str | None = None
    kb_id: str | None = None

    @classmethod
    def of(cls, actor: IncidentActor) -> ActorFacts:
        return cls(actor.name, actor.kind, actor.sector, actor.country, actor.kb_id)

    @property
    def key(self) -> str:
        return self.kb_id or self.name.casefold()


# Looks a name up in the knowledge base (name, date) -> facts, or None when it is not known.
Lookup = Callable[[str, date | None], ActorFacts | None]


def knowledge_base_lookup() -> Lookup:
    """A lookup over the shipped actor knowledge base; only confident matches count."""
    from roydad.resolve.actors import ActorResolver

    resolver = ActorResolver.load()

    def lookup(name: str, on: date | None) -> ActorFacts | None:
        found = resolver.resolve(name, on_date=on)
        if found.kb_id is None or found.matched_by not in ("alias", "fuzzy"):
            return None
        return ActorFacts(found.name, found.kind, found.sector, found.country, found.kb_id)

    return lookup


def no_lookup(name: str, on: date | None) -> ActorFacts | None:
    return None


@dataclass(frozen=True, slots=True)
class Party:
    """One side as a row writes it: a label (a name or a generic group) and its inter code."""

    label: str
    inter: int
    facts: ActorFacts | None = None


@dataclass(frozen=True, slots=True)
class Coding:
    actor1: Party
    basis: Basis
    assoc1: list[Party]
    actor2: Party | None
    assoc2: list[Party]
    # Named actors some reports give that rule 2 did not choose, with their report counts.
    contested: list[tuple[str, int]] = field(default_factory=list)
    # Persons folded into a group label, by name.
    persons: list[str] = field(default_factory=list)

    @property
    def interaction(self) -> int:
        """ACLED's two-digit interaction: lower inter code first; one actor alone: inter1 * 10."""
        if self.actor2 is None:
            return self.actor1.inter * 10
        low, high = sorted((self.actor1.inter, self.actor2.inter))
        return low * 10 + high


def is_generic(actor: IncidentActor | ActorFacts) -> bool:
    """A description ("militants", "the bomber", "Unidentified Armed Group (Iran)"), no name."""
    if actor.kb_id:
        return False
    name = actor.name.strip()
    if actor.sector == "UAF" or not name or not name[0].isupper():
        return True
    return actor.kind == "unknown" and actor.sector is None


def incident_day(incident: Incident) -> date | None:
    return date.fromisoformat(incident.date_start) if incident.date_start else None


class PartyCoder:
    """Codes incidents' parties by the rules above; one per export run (it caches lookups)."""

    def __init__(self, rules: AcledRules | None = None, lookup: Lookup | None = None,
                 countries: Countries | None = None) -> None:
        self.rules = rules or acled_rules()
        self.lookup = lookup or no_lookup
        self.countries = countries or Countries()
        self._cache: dict[tuple[str, date | None], ActorFacts | None] = {}

    # -- facts --------------------------------------------------------------------------------
    def facts(self, name: str, incident: Incident) -> ActorFacts:
        """The incident's own actor of that name, else the knowledge base's, else the name."""
        folded = name.casefold()
        for actor in incident.actors:
            if actor.name.casefold() == folded or (actor.kb_id or "").casefold() == folded:
                return ActorFacts.of(actor)
        key = (name, incident_day(incident))
        if key not in self._cache:
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[key] = self.lookup(name, key[1])
        return self._cache[key] or ActorFacts(name)

    def inter(self, facts: ActorFacts, incident: Incident, *, as_actor: bool) -> int:
        rules = self.rules
        if as_actor and incident.acled_event_type in rules.event_type_inter:
            return rules.event_type_inter[incident.acled_event_type or ""]
        if facts.kb_id and facts.kb_id in rules.identity_militias:
            return 4
        if facts.kind == "person" and facts.sector in rules.person_sector_inter:
            code = rules.person_sector_inter[facts.sector or ""]
        elif facts.sector in rules.sector_inter:
            code = rules.sector_inter[facts.sector or ""]
        else:
            code = rules.kind_inter.get(facts.kind, rules.kind_inter.get("unknown", 3))
        country = incident.location.country if incident.location else None
        if code == 1 and facts.country and country and facts.country != country:
            return rules.foreign_state_forces
        return code

    def party(self, facts: ActorFacts, incident: Incident, *, as_actor: bool) -> Party:
        inter = self.inter(facts, incident, as_actor=as_actor)
        if not as_actor and facts.kind == "person" and inter in self.rules.person_labels:
            country = self.countries.name(facts.country or _country(incident))
            label = fill_country(self.rules.person_labels[inter], country)
            return Party(label, inter, facts)
        return Party(facts.name, inter, facts)

    # -- the rules ----------------------------------------------------------------------------
    def code(self, incident: Incident) -> Coding:
        incident = place_generic_parties(incident, self.rules,
                                         self.countries.name(_country(incident)))
        blamed = self._blamed(incident)
        claimed = self._claimed(incident)
        actors = [a for a in incident.actors if a.role == "actor" and not is_generic(a)]
        as_recipient = {a.name: a.reports for a in incident.actors if a.role == "recipient"}
        contested: list[tuple[str, int]] = []
        candidates = sorted(
            (a for a in actors if ActorFacts.of(a).key not in blamed
             and as_recipient.get(a.name, 0) <= a.reports),
            key=lambda a: -a.reports,
        )
        if claimed is not None:
            actor1 = self.party(claimed, incident, as_actor=True)
            basis: Basis = "claimed"
            assoc1 = [self.party(ActorFacts.of(a), incident, as_actor=True) for a in candidates
                      if ActorFacts.of(a).key != claimed.key]
        else:
            reports = max(len(incident.sources), 1)
            chosen = next((a for a in candidates[:1] if 2 * a.reports > reports), None)
            if chosen is not None:
                actor1 = self.party(ActorFacts.of(chosen), incident, as_actor=True)
                basis = "named"
                assoc1 = [self.party(ActorFacts.of(a), incident, as_actor=True)
                          for a in candidates if a is not chosen and 2 * a.reports > reports]
            else:
                label = self.rules.unidentified_for(incident.acled_event_type,
                                                    incident.acled_sub_event_type)
                actor1 = Party(label.format(self.countries.name(_country(incident))), label.inter)
                basis = "unidentified"
                assoc1 = []
            contested = [(a.name, a.reports) for a in actors
                         if a is not chosen and not any(p.label == a.name for p in assoc1)]
        actor2, assoc2, persons = self._recipients(incident, actor1)
        if actor2 is None and incident.acled_sub_event_type in self.rules.mutual:
            # both sides fought: the first named actor of the other side is actor2
            other = next((a for a in actors if a.name != actor1.label
                          and ActorFacts.of(a).key != (actor1.facts.key if actor1.facts else "")),
                         None)
            if other is not None:
                actor2 = self.party(ActorFacts.of(other), incident, as_actor=False)
                assoc1 = [p for p in assoc1 if p.label != actor2.label]
                contested = [(n, r) for n, r in contested if n != other.name]
            elif basis != "unidentified":
                actor2 = self._unnamed_side(incident, actor1)
        persons += [a.name for a in incident.actors
                    if a.kind == "person" and a.role == "actor" and not is_generic(a)
                    and a.name != actor1.label and a.name not in persons]
        from roydad.coding.demonstrations import demonstration_sides

        coding = Coding(actor1, basis, unique_parties(assoc1, {actor1.label}), actor2, assoc2,
                        contested, persons)
        return demonstration_sides(coding, incident.acled_event_type,
                                   incident.acled_sub_event_type, self.rules,
                                   self.countries.name(_country(incident)))

    def _unnamed_side(self, incident: Incident, actor1: Party) -> Party | None:
        """The other side of a mutual event that the reports give only as a description ("a
        shoot-out between police and dacoits"): its generic label ("Unidentified Armed Group
        (Pakistan)"), as ACLED codes both sides of a clash whether or not they are named."""
        unnamed = next((a for a in incident.actors if a.role == "actor" and is_generic(a)
                        and a.name != actor1.label), None)
        if unnamed is None:
            return None
        if unnamed.name[:1].isupper():  # a generic label already ("Unidentified Armed Group (X)")
            return Party(unnamed.name, self.inter(ActorFacts.of(unnamed), incident,
                                                  as_actor=False), ActorFacts.of(unnamed))
        label = self.rules.unidentified_for(incident.acled_event_type,
                                            incident.acled_sub_event_type)
        return Party(label.format(self.countries.name(_country(incident))), label.inter)

    def _claimed(self, incident: Incident) -> ActorFacts | None:
        counts: Counter[str] = Counter()
        first: dict[str, ActorFacts] = {}
        for claim in incident.claims:
            party = claim.attributed_to or claim.claimant
            if claim.kind != "responsibility" or claim.certainty in _NOT_A_CLAIM or not party:
                continue
            facts = self.facts(party, incident)
            if is_generic(facts) and facts.name[:1].islower():
                continue  # "a commander claimed it": kept in the notes, names no one
            counts[facts.key] += 1
            first.setdefault(facts.key, facts)
        if not counts:
            return None
        best = max(counts.values())
        return next(first[k] for k in first if counts[k] == best)

    def _blamed(self, incident: Incident) -> set[str]:
        keys = set()
        for claim in incident.claims:
            if claim.kind not in BLAME_KINDS:
                continue
            for name in _blame_targets(claim):
                keys.add(self.facts(name, incident).key)
        return keys

    def _recipients(self, incident: Incident, actor1: Party
                    ) -> tuple[Party | None, list[Party], list[str]]:
        named = sorted((a for a in incident.actors if a.role == "recipient" and not is_generic(a)),
                       key=lambda a: -a.reports)
        parties = [self.party(ActorFacts.of(a), incident, as_actor=False) for a in named]
        persons = [a.name for a, p in zip(named, parties, strict=True)
                   if a.kind == "person" and p.label != a.name]
        parties = unique_parties(parties, {actor1.label})
        if parties and (civilians := victim_category(parties[0].label,
                                                     self.rules.generic_parties)):
            # "Journalists (Pakistan)" are civilians, their trade an associated actor
            first = Party(civilians, self.rules.civilians.inter)
            parties = unique_parties([first, *parties], {actor1.label})
        if not parties and self._civilian_targets(incident):
            label = self.rules.civilians
            parties = [Party(label.format(self.countries.name(_country(incident))), label.inter)]
        if not parties:
            return None, [], persons
        return parties[0], parties[1:], persons


    def _civilian_targets(self, incident: Incident) -> bool:
        """Whether the unnamed targets of the incident are civilians: always in violence against
        civilians; in the types of acled.yaml `civilians_unless_armed` unless a target the
        reports give is an armed or state party ("two soldiers", "militants")."""
        if incident.acled_event_type == "Violence against civilians":
            return True
        types = {incident.acled_event_type, incident.acled_sub_event_type}
        if not types & self.rules.civilians_unless_armed:
            return False
        return not any(self.inter(ActorFacts.of(a), incident, as_actor=False) in _ARMED_INTER
                       for a in incident.actors if a.role == "recipient" and a.sector)


def _blame_targets(claim: IncidentClaim) -> list[str]:
    if claim.kind == "denial":
        return [n for n in (claim.attributed_to or claim.claimant,) if n]
    return [claim.attributed_to] if claim.attributed_to else []


def _country(incident: Incident) -> str | None:
    """The incident's country; where its place is unknown, the one country the side hit belongs
    to ("four FC soldiers killed in an ambush": Pakistan), as forces are mostly hit at home."""
    if incident.location and incident.location.country:
        return incident.location.country
    hit = {a.country for a in incident.actors if a.role == "recipient" and a.country}
    return hit.pop() if len(hit) == 1 else None


def unique_parties(parties: Sequence[Party], exclude: set[str]) -> list[Party]:
    """The parties in order, each label once, leaving out the labels of `exclude`."""
    seen = set(exclude)
    out = []
    for party in parties:
        if party.label not in seen:
            seen.add(party.label)
            out.append(party)
    return out
