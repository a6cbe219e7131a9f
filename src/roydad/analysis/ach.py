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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.table import Table
from rich.text import Text

from roydad.analysis.ach_rows import UNKNOWN, AchEvidence, Row, RowBuilder
from roydad.analysis.ach_rules import CELL_VALUES, AchError, AchRules
from roydad.models import Incident
from roydad.resolve.actors import ActorResolver

__all__ = [
    "CELL_VALUES", "UNKNOWN", "AchError", "AchEvidence", "AchMatrix", "AchRules", "build_ach",
    "render_ach",
]

_STYLES = {"CC": "bold green", "C": "green", "N": "dim", "I": "red", "II": "bold red"}


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
    builder = RowBuilder(incident, resolver or ActorResolver.load(), rules)
    rows = builder.rows()
    rows += [Row(e, {}) for e in analyst_evidence]
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
