"""Analysis of Competing Hypotheses (Heuer, *Psychology of Intelligence Analysis*, ch. 8) for one
incident: who did it, weighed against everything its reports say.

Heuer's method works against "pick the likeliest story, then look for support": list every
hypothesis and every piece of evidence, judge each pair, and rank hypotheses by how much evidence
is *inconsistent* with them, because consistent evidence usually fits several hypotheses and
proves little, while a solid inconsistency can rule one out.

Hypotheses: every party a claim of the incident names as the one who did it (or did not): the
party a responsibility claim puts forward (attributed_to, else the claimant), the target of an
attribution or accusation, the party a denial is about (attributed_to, else the denier); and the
parties the reports themselves name as the incident's actor (with a knowledge-base id): the
reports' own voice. Those get a row only if no claim already puts them forward, since the
extractor often codes a claimed or blamed party as the actor of the claim's sentence, and one
sentence must not count twice. Names are resolved with the actor knowledge base, so "ISIS-K" and
"Islamic State Khorasan" are one hypothesis, named as the knowledge base names it; a name it does
not know is a hypothesis as written; unnamed parties ("unidentified gunmen", "they") are
"unknown / unattributed", which is always a hypothesis.

Cell rules ("others" = every other hypothesis, unknown included; numbers in data/ach.yaml):
  responsibility claim for X     CC with X, II with others when the claim is stated (asserted,
                                 claimed); C / I when only reported, alleged, speculated
  attribution/accusation to X    C with X, I with others; to an unnamed party: C with unknown,
                                 N with others
  denial by/about X              I with X, N with others, weight x denial_factor: the guilty
                                 deny as readily as the innocent (a denial's certainty is
                                 "negated" by wording; it weighs as a stated claim)
  negated attribution to X       I with X, N with others ("police said X was not behind it")
  no group claimed               C with unknown and with parties that do not claim covert
                                 violence; I (weak) with parties whose practice is to claim
                                 (sector on the incident's date, per the knowledge base's roles)
  X did not claim                that judgement for X alone, N with others
  named actor X (fact)           an attribution to X with certainty `named_actor_certainty`
  mode (fact)                    per `modes`: e.g. a suicide attack I with state forces
  place (fact)                   C with parties of the incident's country, N with others
  victim (fact)                  I (weak) with the party whose member or official the victim
                                 was (the knowledge base's dated role names it), N with others
  analyst evidence               N everywhere until the analyst sets its cells
Analyst overrides replace computed cells and are listed in `overridden`; overrides naming a row
or hypothesis the matrix does not have are kept out and listed in `ignored_overrides`.

Scores: a row's weight is Heuer's credibility (certainty_weight of its certainty, times
denial_factor etc.). inconsistency(H) = sum over rows of weight x penalty(cell) (I = 1, II = 2);
the ranking is least inconsistent first (ties: more weighted consistency, then the order the
hypotheses were raised in). diagnosticity(row) = weight x (max - min cell score) / (CC - II):
0 for a row that judges every hypothesis alike, which Heuer says has no diagnostic value.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rich.table import Table
from rich.text import Text

from roydad.analysis.ach_rules import CELL_VALUES, AchError, AchRules
from roydad.models import Incident, IncidentClaim
from roydad.resolve.actors import ActorResolver, Entry, Role, normalise

__all__ = [
    "CELL_VALUES", "UNKNOWN", "AchError", "AchEvidence", "AchMatrix", "AchRules", "build_ach",
    "render_ach",
]

UNKNOWN = "unknown / unattributed"
_STYLES = {"CC": "bold green", "C": "green", "N": "dim", "I": "red", "II": "bold red"}


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


@dataclass(frozen=True, slots=True)
class AchMatrix:
    incident_id: str
    hypotheses: list[str]
    evidence: list[AchEvidence]
    cells: dict[tuple[str, str], str]
    overridden: set[tuple[str, str]]
    diagnosticity: dict[str, float]
    inconsistency: dict[str, float]
    ranking: list[str]
    ignored_overrides: set[tuple[str, str]] = field(default_factory=set)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: rows carry their cells by hypothesis and which of them an analyst set."""
        rows = [{
            "key": e.key, "kind": e.kind, "summary": e.summary, "text": e.text,
            "source": e.source, "date": e.date, "certainty": e.certainty, "weight": e.weight,
            "document_id": e.document_id, "diagnosticity": self.diagnosticity[e.key],
            "cells": {h: self.cells[(e.key, h)] for h in self.hypotheses},
            "overridden": [h for h in self.hypotheses if (e.key, h) in self.overridden],
        } for e in self.evidence]
        return {
            "incident_id": self.incident_id, "hypotheses": list(self.hypotheses),
            "evidence": rows, "inconsistency": dict(self.inconsistency),
            "ranking": list(self.ranking),
            "ignored_overrides": [list(k) for k in sorted(self.ignored_overrides)],
        }


# --------------------------------------------------------------------------- hypotheses
class _Hypotheses:
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
class _Row:
    evidence: AchEvidence
    cells: Mapping[str, str]  # hypothesis -> cell; every other hypothesis gets `others`
    others: str = "N"


class _Builder:
    """The computed rows of one incident's matrix (before analyst overrides)."""

    def __init__(self, incident: Incident, resolver: ActorResolver, rules: AchRules) -> None:
        self.incident, self.rules = incident, rules
        self.on = date.fromisoformat(incident.date_start) if incident.date_start else None
        self.hyps = _Hypotheses(resolver, rules, self.on)
        self.resolver = resolver

    def rows(self) -> list[_Row]:
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

    def _claim_row(self, claim: IncidentClaim, n: int) -> _Row:
        target = self._target(claim)
        cells, others, weight = self._judge(claim, target)
        evidence = AchEvidence(
            key=f"claim:{claim.event_id}:{n}", text=claim.text.strip(), source=claim.publisher,
            date=claim.pub_date, kind="claim", certainty=claim.certainty,
            summary=self._claim_summary(claim, target), weight=round(weight, 4),
            document_id=claim.document_id)
        return _Row(evidence, cells, others)

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

    def _named_actor_row(self, name: str, reports: int) -> _Row:
        certainty = self.rules.named_actor_certainty
        evidence = AchEvidence(
            key=f"fact:actor:{self.hyps.entries[name].id}", kind="fact", certainty=certainty,
            text=f"{reports} report(s) name {name} as the actor of this incident.",
            summary=f"reports name {name} as the actor", source=self._publishers(),
            date=self._first_reported(),
            weight=self.rules.weight(certainty))
        return _Row(evidence, {name: "C"}, "I")

    def _mode_row(self) -> _Row | None:
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
        return _Row(evidence, cells)

    def _place_row(self) -> _Row | None:
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
        return _Row(evidence, cells)

    def _victim_rows(self) -> Iterator[_Row]:
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
            yield _Row(AchEvidence(
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


# --------------------------------------------------------------------------- the matrix
def build_ach(
    incident: Incident,
    analyst_evidence: Sequence[AchEvidence] = (),
    overrides: Mapping[tuple[str, str], str] | None = None,
    *,
    resolver: ActorResolver | None = None,
    rules: AchRules | None = None,
) -> AchMatrix:
    """The ACH matrix of `incident`, with an analyst's extra rows and cell judgements applied."""
    rules = rules or AchRules.load()
    builder = _Builder(incident, resolver or ActorResolver.load(), rules)
    rows = builder.rows()
    rows += [_Row(e, {}) for e in analyst_evidence]
    hypotheses = builder.hyps.all()
    keys = [r.evidence.key for r in rows]
    if len(set(keys)) != len(keys):
        dup = sorted({k for k in keys if keys.count(k) > 1})
        raise AchError(f"incident {incident.incident_id}: duplicate evidence keys {dup}")
    cells = {(r.evidence.key, h): r.cells.get(h, r.others) for r in rows for h in hypotheses}
    overridden: set[tuple[str, str]] = set()
    ignored: set[tuple[str, str]] = set()
    for cell, value in (overrides or {}).items():
        if value not in CELL_VALUES:
            raise AchError(f"incident {incident.incident_id}: cell {cell} set to {value!r}, "
                           f"expected one of {CELL_VALUES}")
        if cell in cells:
            cells[cell] = value
            overridden.add(cell)
        else:
            ignored.add(cell)
    evidence = [r.evidence for r in rows]
    inconsistency = _inconsistency(evidence, hypotheses, cells, rules)
    consistency = _consistency(evidence, hypotheses, cells, rules)
    return AchMatrix(
        incident_id=incident.incident_id, hypotheses=hypotheses, evidence=evidence, cells=cells,
        overridden=overridden, diagnosticity=_diagnosticity(evidence, hypotheses, cells, rules),
        inconsistency=inconsistency, ranking=_ranking(inconsistency, consistency, hypotheses),
        ignored_overrides=ignored,
    )


Cells = Mapping[tuple[str, str], str]


def _diagnosticity(evidence: Sequence[AchEvidence], hypotheses: Sequence[str], cells: Cells,
                   rules: AchRules) -> dict[str, float]:
    span = rules.score["CC"] - rules.score["II"]
    out = {}
    for e in evidence:
        scores = [rules.score[cells[(e.key, h)]] for h in hypotheses]
        out[e.key] = round(e.weight * (max(scores) - min(scores)) / span, 4)
    return out


def _inconsistency(evidence: Sequence[AchEvidence], hypotheses: Sequence[str], cells: Cells,
                   rules: AchRules) -> dict[str, float]:
    return {h: round(sum(e.weight * rules.penalty[cells[(e.key, h)]] for e in evidence), 4)
            for h in hypotheses}


def _consistency(evidence: Sequence[AchEvidence], hypotheses: Sequence[str], cells: Cells,
                 rules: AchRules) -> dict[str, float]:
    return {h: round(sum(e.weight * max(rules.score[cells[(e.key, h)]], 0) for e in evidence), 4)
            for h in hypotheses}


def _ranking(inconsistency: Mapping[str, float], consistency: Mapping[str, float],
             hypotheses: Sequence[str]) -> list[str]:
    order = {h: i for i, h in enumerate(hypotheses)}
    return sorted(hypotheses, key=lambda h: (inconsistency[h], -consistency[h], order[h]))


# --------------------------------------------------------------------------- rendering
def render_ach(matrix: AchMatrix) -> Table:
    """The matrix as a terminal table: hypotheses in ranking order, cells coloured, analyst
    overrides starred, diagnosticity per row and the inconsistency score in the footer."""
    table = Table(title=f"Competing hypotheses — incident {matrix.incident_id}",
                  caption="cells: CC/C consistent, N neutral, I/II inconsistent; * set by an "
                          "analyst. Ranked by weighted inconsistency, least first (Heuer).",
                  show_footer=True, show_lines=True)
    table.add_column("evidence", footer="inconsistency (lower = more likely)", ratio=3)
    table.add_column("source / date", ratio=1)
    table.add_column("weight", justify="right")
    table.add_column("diag.", justify="right")
    for rank, hypothesis in enumerate(matrix.ranking, 1):
        table.add_column(f"{rank}. {hypothesis}", justify="center",
                         footer=f"{matrix.inconsistency[hypothesis]:g}")
    for e in matrix.evidence:
        what = Text(e.summary or e.text, style="bold" if e.kind == "analyst" else "")
        if e.summary and e.text != e.summary:
            what.append(f"\n{e.text}", style="dim")
        when = "\n".join(p for p in (e.source, e.date) if p) or "—"
        table.add_row(what, when, f"{e.weight:g}", f"{matrix.diagnosticity[e.key]:.2f}",
                      *(_cell(matrix, e.key, h) for h in matrix.ranking))
    return table


def _cell(matrix: AchMatrix, key: str, hypothesis: str) -> Text:
    value = matrix.cells[(key, hypothesis)]
    star = "*" if (key, hypothesis) in matrix.overridden else ""
    return Text(value + star, style=_STYLES[value])
