"""The evidence rows of one incident's ACH matrix and the hypotheses they judge.

`RowBuilder` turns an incident's claims and facts into rows (`Row`: the evidence and its cell for
each hypothesis) by the cell rules stated in `roydad.analysis.ach`; `Hypotheses` names the parties
as the actor knowledge base names them, with "unknown / unattributed" (`UNKNOWN`) always last.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from roydad.analysis.ach_rules import AchRules
from roydad.models import Incident, IncidentClaim
from roydad.resolve.actor_entries import Entry, Role
from roydad.resolve.actor_names import normalise
from roydad.resolve.actors import ActorResolver

UNKNOWN = "unknown / unattributed"


@dataclass(frozen=True, slots=True)
class AchEvidence:
    """One row. `key` is stable across rebuilds: "claim:<event_id>:<n>" (n-th claim of that
    report), "fact:<name>" for facts of the incident, "analyst:<id>" for analyst rows."""

    key: str
    text: str
    source: str | None
    date: str | None
    kind: str  # "claim" | "fact" | "analyst"
    certainty: str | None
    summary: str = ""  # one line for the table; `text` is the verbatim evidence
    weight: float = 1.0  # Heuer's credibility, 0..1
    document_id: str | None = None  # where `text` can be highlighted


class Hypotheses:
    """Names -> hypotheses, in the order they are raised; unknown always last."""

    def __init__(self, resolver: ActorResolver, rules: AchRules, on: date | None) -> None:
        self._resolver, self._rules, self._on = resolver, rules, on
        self.names: list[str] = []
        self.entries: dict[str, Entry] = {}

    def name_of(self, text: str | None) -> str | None:
        """The hypothesis a party's name stands for (UNKNOWN for an unnamed one); None if no
        name is given at all."""
        if text is None or not text.strip():
            return None
        actor = self._resolver.resolve(text, on_date=self._on)
        if actor.kb_id is not None:
            self.entries.setdefault(actor.name, self._resolver.entries[actor.kb_id])
            return actor.name
        cleaned = actor.name.strip()
        if (actor.sector in self._rules.unknown_sectors or not cleaned[:1].isupper()
                or normalise(cleaned) in self._rules.placeholder_names):
            return UNKNOWN
        return cleaned

    def name_of_entry(self, kb_id: str) -> str | None:
        """The hypothesis of a knowledge-base actor, by id (None if the KB no longer has it)."""
        entry = self._resolver.entries.get(kb_id)
        if entry is None:
            return None
        self.entries.setdefault(entry.name, entry)
        return entry.name

    def raise_(self, name: str | None) -> None:
        if name is not None and name != UNKNOWN and name not in self.names:
            self.names.append(name)

    def sector(self, name: str) -> str | None:
        """The hypothesis' sector on the incident's date; None for names the KB does not know."""
        entry = self.entries.get(name)
        if entry is None:
            return None
        role = entry.role_on(self._on) if self._on else None
        return role.sector if role and role.sector else entry.sector

    def all(self) -> list[str]:
        return [*self.names, UNKNOWN]


# --------------------------------------------------------------------------- rows
@dataclass(frozen=True, slots=True)
class Row:
    evidence: AchEvidence
    cells: Mapping[str, str]  # hypothesis -> cell; every other hypothesis gets `others`
    others: str = "N"


class RowBuilder:
    """The computed rows of one incident's matrix (before analyst overrides)."""

    def __init__(self, incident: Incident, resolver: ActorResolver, rules: AchRules) -> None:
        self.incident, self.rules = incident, rules
        self.on = date.fromisoformat(incident.date_start) if incident.date_start else None
        self.hyps = Hypotheses(resolver, rules, self.on)
        self.resolver = resolver

    def rows(self) -> list[Row]:
        for claim in self.incident.claims:
            self.hyps.raise_(self._target(claim))
        named = self._named_actors()
        for name in named:
            self.hyps.raise_(name)
        rows = [self._claim_row(claim, n) for claim, n in _numbered(self.incident.claims)]
        rows += [self._named_actor_row(name, reports) for name, reports in named.items()]
        rows += [r for r in (self._mode_row(), self._place_row()) if r is not None]
        rows += list(self._victim_rows())
        return rows

    # -- claims
    def _target(self, claim: IncidentClaim) -> str | None:
        if claim.kind in ("responsibility", "denial"):
            return self.hyps.name_of(claim.attributed_to or claim.claimant)
        return self.hyps.name_of(claim.attributed_to)

    def _claim_row(self, claim: IncidentClaim, n: int) -> Row:
        target = self._target(claim)
        cells, others, weight = self._judge(claim, target)
        evidence = AchEvidence(
            key=f"claim:{claim.event_id}:{n}", text=claim.text.strip(), source=claim.publisher,
            date=claim.pub_date, kind="claim", certainty=claim.certainty,
            summary=self._claim_summary(claim, target), weight=round(weight, 4),
            document_id=claim.document_id)
        return Row(evidence, cells, others)

    def _judge(self, claim: IncidentClaim, target: str | None
               ) -> tuple[dict[str, str], str, float]:
        """(cells by hypothesis, the cell of every other hypothesis, row weight) of a claim."""
        rules, negated = self.rules, claim.certainty == "negated"
        if claim.kind == "responsibility" and negated:  # no claim (by anyone, or by `target`)
            names = self.hyps.all() if target is None else [target]
            return {h: self._no_claim_cell(h) for h in names}, "N", rules.no_claim_weight
        if claim.kind == "denial":
            # A denial is worded as a negation; its weight is that of the statement itself.
            weight = rules.weight(None if negated else claim.certainty) * rules.denial_factor
            if target is None or target == UNKNOWN:
                return {}, "N", weight
            return {target: "I"}, "N", weight
        weight = rules.weight(claim.certainty)
        if target is None:
            return {}, "N", weight  # nobody named: nothing to judge
        if negated:  # "X was not behind it"
            return ({} if target == UNKNOWN else {target: "I"}), "N", weight
        if target == UNKNOWN:
            return {UNKNOWN: "C"}, "N", weight
        if claim.kind == "responsibility" and claim.certainty in rules.strong_certainties:
            return {target: "CC"}, "II", weight
        return {target: "C"}, "I", weight

    def _no_claim_cell(self, name: str) -> str:
        if name == UNKNOWN:
            return "C"
        sector = self.hyps.sector(name)
        if sector is None:
            return "N"
        return "I" if sector in self.rules.claiming_sectors else "C"

    def _claim_summary(self, claim: IncidentClaim, target: str | None) -> str:
        who = self.hyps.name_of(claim.claimant) or "a source"
        who = "an unnamed source" if who == UNKNOWN else who
        whom = target or "nobody named"
        negated = claim.certainty == "negated"
        if claim.kind == "responsibility":
            if negated:
                return f"{who} has not claimed it" if claim.claimant else "no group claimed it"
            return f"{target or who} claims responsibility"
        if claim.kind == "denial":
            return f"{who} denies involvement" if who == whom else f"{who} denies {whom} did it"
        verb = "accuses" if claim.kind == "accusation" else "blames"
        return f"{who} {'does not ' + verb[:-1] if negated else verb} {whom}"

    # -- facts
    def _named_actors(self) -> dict[str, int]:
        """Parties the reports name as actor, with a KB id, that no claim puts forward."""
        raised, named = set(self.hyps.names), dict[str, int]()
        for actor in self.incident.actors:
            if actor.role != "actor" or actor.kb_id is None:
                continue
            if actor.sector in self.rules.unknown_sectors:
                continue
            name = self.hyps.name_of_entry(actor.kb_id) or self.hyps.name_of(actor.name)
            if name is not None and name != UNKNOWN and name not in raised:
                named[name] = named.get(name, 0) + actor.reports
        return named

    def _named_actor_row(self, name: str, reports: int) -> Row:
        certainty = self.rules.named_actor_certainty
        evidence = AchEvidence(
            key=f"fact:actor:{self.hyps.entries[name].id}", kind="fact", certainty=certainty,
            text=f"{reports} report(s) name {name} as the actor of this incident.",
            summary=f"reports name {name} as the actor", source=self._publishers(),
            date=self._first_reported(),
            weight=self.rules.weight(certainty))
        return Row(evidence, {name: "C"}, "I")

    def _mode_row(self) -> Row | None:
        mode = self.incident.mode
        if mode is None:
            return None
        spec = self.rules.modes.get(mode, {})
        cells: dict[str, str] = {}
        for name in self.hyps.names:
            sector = self.hyps.sector(name)
            cells[name] = next((c for c, sectors in spec.items() if sector in sectors), "N")
        weapons = f" ({', '.join(self.incident.weapons)})" if self.incident.weapons else ""
        evidence = AchEvidence(
            key="fact:mode", kind="fact", certainty=self.incident.certainty,
            text=f"Mode: {mode}{weapons}.", summary=f"mode: {mode}{weapons}",
            source=self._publishers(), date=self._first_reported(),
            weight=self.rules.mode_weight)
        return Row(evidence, cells)

    def _place_row(self) -> Row | None:
        location = self.incident.location
        if location is None or location.country is None:
            return None
        cells = {name: "C" for name in self.hyps.names
                 if (e := self.hyps.entries.get(name)) and e.country == location.country}
        place = ", ".join(dict.fromkeys(
            p for p in (location.name, location.admin1, location.country) if p))
        evidence = AchEvidence(
            key="fact:place", kind="fact", certainty=self.incident.certainty,
            text=f"Place: {place}.", summary=f"place: {place}", source=self._publishers(),
            date=self._first_reported(), weight=self.rules.place_weight)
        return Row(evidence, cells)

    def _victim_rows(self) -> Iterator[Row]:
        seen: set[str] = set()
        for actor in self.incident.actors:
            if actor.role != "recipient" or actor.kb_id is None or actor.kb_id in seen:
                continue
            entry = self.resolver.entries.get(actor.kb_id)
            if entry is None:
                continue
            seen.add(actor.kb_id)
            role = entry.role_on(self.on) if self.on else None
            cells = {name: "I" for name in self.hyps.names if self._member(entry, role, name)}
            about = f" ({role.role})" if role else ""
            yield Row(AchEvidence(
                key=f"fact:victim:{actor.kb_id}", kind="fact", certainty=self.incident.certainty,
                text=f"Victim: {entry.name}{about}.", summary=f"victim: {entry.name}{about}",
                source=self._publishers(), date=self._first_reported(),
                weight=self.rules.own_member_weight), cells)

    def _member(self, victim: Entry, role: Role | None, name: str) -> bool:
        party = self.hyps.entries.get(name)
        if party is None:
            return False
        if party.id == victim.id:
            return True
        held = f" {normalise(role.role)} " if role else ""
        return any(f" {alias} " in held for alias in _alias_keys(party))

    def _first_reported(self) -> str | None:
        """A fact's date: when the reports first made it known (Heuer's date of the evidence)."""
        return min((s.pub_date for s in self.incident.sources if s.pub_date), default=None)

    def _publishers(self) -> str | None:
        names = dict.fromkeys(s.publisher for s in self.incident.sources if s.publisher)
        return "; ".join(names) or None


def _alias_keys(entry: Entry) -> list[str]:
    # Short aliases ("IS", "US") are words too: only aliases of 3+ letters mark membership.
    keys = (normalise(a) for a in (entry.name, *entry.aliases))
    return [k for k in keys if len(k) >= 3]


def _numbered(claims: Sequence[IncidentClaim]) -> Iterator[tuple[IncidentClaim, int]]:
    counts: dict[str, int] = {}
    for claim in claims:
        n = counts.get(claim.event_id, 0)
        counts[claim.event_id] = n + 1
        yield claim, n
