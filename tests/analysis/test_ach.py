"""Analysis of Competing Hypotheses: the sample corpus's contested killings and hand-built cases."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml
from rich.console import Console

from roydad.analysis.ach import (
    UNKNOWN,
    AchError,
    AchEvidence,
    AchMatrix,
    AchRules,
    build_ach,
    render_ach,
)
from roydad.analysis.ach_rules import RULES_PATH
from roydad.datafiles import DataFileError
from roydad.models import (
    Document,
    EventRecord,
    Evidence,
    Incident,
    IncidentActor,
    IncidentClaim,
    IncidentSource,
    Location,
)
from tests.conftest import SAMPLES

TALIBAN = "Taliban"
ISI = "Inter-Services Intelligence (ISI)"
ISKP = "Islamic State Khorasan Province (ISKP)"
TTP = "TTP: Tehreek-i-Taliban Pakistan"
TEHRAN_DOCS = ("sample-01-tehran-general-shot", "sample-02-tehran-killings-competing-blame")
BALKH_DOC = "sample-03-balkh-governor-office-blast"


# --------------------------------------------------------------------------- helpers
def _sample_documents(ids: Sequence[str]) -> list[Document]:
    docs = []
    with (SAMPLES / "reports.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            raw = json.loads(line)
            if raw["id"] in ids:
                raw.pop("note", None)
                docs.append(Document(origin=f"reports.jsonl:{raw['id']}", **raw))
    assert [d.id for d in docs] == list(ids)
    return docs


def _incident_from(incident_id: str, reports: Sequence[tuple[Document, EventRecord]]) -> Incident:
    """An incident made by hand from extracted records: every claim, actor and source kept."""
    claims, sources, actors = [], [], []
    for doc, record in reports:
        published = doc.pub_date.isoformat() if doc.pub_date else None
        claims += [IncidentClaim(**c.model_dump(), event_id=record.event_id, document_id=doc.id,
                                 publisher=doc.publisher, pub_date=published)
                   for c in record.claims]
        sources.append(IncidentSource(event_id=record.event_id, document_id=doc.id,
                                      publisher=doc.publisher, pub_date=published,
                                      certainty=record.certainty, evidence=record.evidence))
        actors += [IncidentActor(name=a.name, role=a.role, kind=a.kind, sector=a.sector,
                                 country=a.country, kb_id=a.kb_id) for a in record.actors]
    first = reports[0][1]
    return Incident(incident_id=incident_id, event_type=first.event_type, mode=first.mode,
                    date_start=first.date, location=first.location, actors=actors,
                    weapons=[first.weapon] if first.weapon else [], claims=claims,
                    sources=sources)


def _main_assault(records: Sequence[EventRecord]) -> EventRecord:
    """The report's own killing: its first ASSAULT (later ones are background events)."""
    return next(r for r in records if r.event_type == "ASSAULT")


def _claim(kind: str, attributed_to: str | None, *, claimant: str | None = None,
           certainty: str = "asserted", event_id: str = "ev-1", text: str = "") -> IncidentClaim:
    return IncidentClaim.model_validate({
        "kind": kind, "claimant": claimant, "attributed_to": attributed_to,
        "certainty": certainty, "text": text or f"{kind} {attributed_to}", "event_id": event_id,
        "document_id": "doc-1", "publisher": "Example Wire", "pub_date": "2023-03-10",
    })


def _incident(*claims: IncidentClaim, date: str | None = "2023-03-09", mode: str | None = None,
              actors: Sequence[IncidentActor] = (), country: str | None = None) -> Incident:
    source = IncidentSource(event_id="ev-1", document_id="doc-1", publisher="Example Wire",
                            pub_date="2023-03-10", evidence=Evidence(text="x", start=0, end=1))
    return Incident(incident_id="inc-1", event_type="ASSAULT", mode=mode, date_start=date,
                    location=Location(name="Somewhere", country=country) if country else None,
                    actors=list(actors), claims=list(claims), sources=[source])


def _row(matrix: AchMatrix, summary_part: str) -> AchEvidence:
    [row] = [e for e in matrix.evidence if summary_part in e.summary]
    return row


def _render(matrix: AchMatrix) -> str:
    console = Console(file=io.StringIO(), width=240, color_system=None)
    console.print(render_ach(matrix))
    return console.file.getvalue()  # type: ignore[attr-defined]


def _cells(matrix: AchMatrix, key: str) -> dict[str, str]:
    return {h: matrix.cells[(key, h)] for h in matrix.hypotheses}


# --------------------------------------------------------------------------- the sample corpus
@pytest.fixture(scope="module")
def extracted(extractor: Any) -> dict[str, tuple[Document, list[EventRecord]]]:
    docs = _sample_documents((*TEHRAN_DOCS, BALKH_DOC))
    return {doc.id: (doc, records) for doc, records in extractor.extract(docs)}


@pytest.fixture(scope="module")
def tehran(extracted: dict[str, tuple[Document, list[EventRecord]]]) -> Incident:
    """Sample-01 and sample-02: the same shooting of two former officers in Tehran."""
    return _incident_from("tehran-2025-12-24", [
        (extracted[d][0], _main_assault(extracted[d][1])) for d in TEHRAN_DOCS])


@pytest.fixture(scope="module")
def balkh(extracted: dict[str, tuple[Document, list[EventRecord]]]) -> Incident:
    doc, records = extracted[BALKH_DOC]
    return _incident_from("balkh-2023-03-09", [(doc, _main_assault(records))])


def test_tehran_rival_attributions_are_the_hypotheses(tehran: Incident) -> None:
    matrix = build_ach(tehran)
    assert matrix.hypotheses == [TALIBAN, ISI, UNKNOWN]
    # Every row judges every hypothesis.
    assert len(matrix.cells) == len(matrix.evidence) * 3


def test_tehran_rows_and_diagnosticity(tehran: Incident) -> None:
    matrix = build_ach(tehran)
    blame = _row(matrix, "Resistance Front of Afghanistan blames Taliban")
    assert blame.kind == "claim" and blame.source == "roydad sample wire"
    assert blame.date == "2025-12-25" and blame.key.startswith("claim:ev-")
    assert _cells(matrix, blame.key) == {TALIBAN: "C", ISI: "I", UNKNOWN: "I"}
    assert matrix.diagnosticity[blame.key] == 0.5
    # "No group has claimed": both reports say it; the Taliban (a government in 2025) and the ISI
    # do not claim covert killings, so it discriminates nothing.
    no_claims = [e for e in matrix.evidence if e.summary == "no group claimed it"]
    assert {e.source for e in no_claims} == {"roydad sample wire", "Sample Crossroads Daily"}
    for row in no_claims:
        assert set(_cells(matrix, row.key).values()) == {"C"}
        assert matrix.diagnosticity[row.key] == 0.0
    # The ISI enters through sample-02's "sources close to the Taliban said ... the ISI was
    # behind the attack": an alleged attribution, weaker than the NRF's asserted blame.
    named = _row(matrix, "blames Inter-Services Intelligence")
    assert (named.kind, named.certainty) == ("claim", "alleged")
    assert _cells(matrix, named.key) == {TALIBAN: "I", ISI: "C", UNKNOWN: "I"}
    assert 0 < matrix.diagnosticity[named.key] < matrix.diagnosticity[blame.key]
    assert "fact:actor:isi" not in {e.key for e in matrix.evidence}  # not counted twice
    # Facts that judge every hypothesis alike carry no diagnostic weight.
    for key in ("fact:mode", "fact:place", "fact:victim:ekramuddin_saree"):
        assert matrix.diagnosticity[key] == 0.0


def test_tehran_ranking_by_least_inconsistency(tehran: Incident) -> None:
    matrix = build_ach(tehran)
    # Taliban: I only on the weaker alleged ISI row; ISI: I on the two asserted blames;
    # unknown: I on all three.
    assert matrix.ranking == [TALIBAN, ISI, UNKNOWN]
    assert matrix.inconsistency == {TALIBAN: 0.6, ISI: 2.0, UNKNOWN: 2.6}
    # Sample-02's "opposition groups ... accused the Taliban of ordering the killings" is a
    # second asserted attribution of the same shooting.
    opposition = _row(matrix, "opposition groups blames Taliban")
    assert _cells(matrix, opposition.key) == {TALIBAN: "C", ISI: "I", UNKNOWN: "I"}
    assert matrix.overridden == set()


def test_override_changes_the_ranking_and_is_marked(tehran: Incident) -> None:
    plain = build_ach(tehran)
    blame = _row(plain, "Resistance Front of Afghanistan blames Taliban").key
    extra = AchEvidence(key="analyst:7", kind="analyst", certainty=None, source="Iranian MP",
                        date="2026-01-07",
                        text="The detained suspect is said to have acted on orders from abroad.")
    overrides = {(blame, ISI): "N", ("analyst:7", TALIBAN): "I"}
    matrix = build_ach(tehran, [extra], overrides)
    assert matrix.ranking[0] == ISI
    assert matrix.inconsistency[ISI] == 1.0 and matrix.inconsistency[TALIBAN] == 1.6
    assert matrix.overridden == set(overrides)
    assert matrix.cells[("analyst:7", UNKNOWN)] == "N"  # not judged yet
    assert matrix.evidence[-1] == extra
    row = next(r for r in matrix.to_dict()["evidence"] if r["key"] == blame)
    assert row["overridden"] == [ISI] and row["cells"][ISI] == "N"
    text = _render(matrix)
    assert "N*" in text and "I*" in text


def test_balkh_claim_of_responsibility(balkh: Incident) -> None:
    matrix = build_ach(balkh)
    [claimant] = [h for h in matrix.hypotheses if h != UNKNOWN]
    claim = _row(matrix, "claims responsibility")
    assert "Telegram" in claim.text and claim.certainty == "claimed"
    assert _cells(matrix, claim.key) == {claimant: "CC", UNKNOWN: "II"}
    assert matrix.diagnosticity[claim.key] == 1.0
    assert matrix.ranking == [claimant, UNKNOWN]
    assert matrix.inconsistency == {claimant: 0.0, UNKNOWN: 2.0}
    assert "Taliban governor of Balkh" in _row(matrix, "victim:").text


# --------------------------------------------------------------------------- hand-built cases
def test_no_claims_leaves_only_unknown(tehran: Incident) -> None:
    matrix = build_ach(_incident(mode="firearms", country="AFG"))
    assert matrix.hypotheses == [UNKNOWN] and matrix.ranking == [UNKNOWN]
    assert [e.key for e in matrix.evidence] == ["fact:mode", "fact:place"]
    assert set(matrix.diagnosticity.values()) == {0.0}
    # The real shooting with no claims and nobody named as its actor: only "unknown" is left.
    unnamed = [a for a in tehran.actors if a.role != "actor"]
    bare = build_ach(tehran.model_copy(update={"claims": [], "actors": unnamed}))
    assert bare.hypotheses == [UNKNOWN] and bare.inconsistency == {UNKNOWN: 0.0}


def test_knowledge_base_merges_names_of_one_actor() -> None:
    matrix = build_ach(_incident(
        _claim("responsibility", "ISIS-K", claimant="ISIS-K", certainty="claimed"),
        _claim("attribution", "Islamic State Khorasan", claimant="police", event_id="ev-2"),
        _claim("attribution", "unidentified gunmen", claimant="witnesses", event_id="ev-3"),
    ))
    assert matrix.hypotheses == [ISKP, UNKNOWN]
    assert [e.key for e in matrix.evidence[:3]] == ["claim:ev-1:0", "claim:ev-2:0",
                                                    "claim:ev-3:0"]
    assert _cells(matrix, "claim:ev-3:0") == {ISKP: "N", UNKNOWN: "C"}


def test_speculation_weighs_less_than_an_assertion() -> None:
    matrix = build_ach(_incident(
        _claim("attribution", "Taliban", claimant="NRF"),
        _claim("attribution", "Pakistan's intelligence service", claimant="some",
               certainty="speculated", event_id="ev-2"),
    ))
    assert matrix.hypotheses == [TALIBAN, ISI, UNKNOWN]
    assert matrix.inconsistency == {TALIBAN: 0.3, ISI: 1.0, UNKNOWN: 1.3}
    assert matrix.ranking == [TALIBAN, ISI, UNKNOWN]
    assert matrix.diagnosticity["claim:ev-2:0"] < matrix.diagnosticity["claim:ev-1:0"]


def test_claims_within_one_report_are_numbered() -> None:
    matrix = build_ach(_incident(_claim("attribution", "Taliban"), _claim("attribution", "ISI")))
    assert [e.key for e in matrix.evidence[:2]] == ["claim:ev-1:0", "claim:ev-1:1"]


def test_denial_is_weak_evidence_against_the_denier() -> None:
    # The extractor words every denial as certainty "negated".
    matrix = build_ach(_incident(
        _claim("attribution", "TTP", claimant="police"),
        _claim("denial", "TTP", claimant="TTP", certainty="negated", event_id="ev-2"),
    ))
    denial = matrix.evidence[1]
    assert denial.summary == f"{TTP} denies involvement" and denial.weight == 0.5
    assert _cells(matrix, denial.key) == {TTP: "I", UNKNOWN: "N"}
    assert matrix.inconsistency == {TTP: 0.5, UNKNOWN: 1.0}


def test_no_claim_counts_against_groups_that_claim_not_states() -> None:
    no_claim = _claim("responsibility", None, certainty="negated", event_id="ev-3")
    matrix = build_ach(_incident(
        _claim("attribution", "TTP"), _claim("attribution", "ISI", event_id="ev-2"), no_claim))
    assert _cells(matrix, "claim:ev-3:0") == {TTP: "I", ISI: "C", UNKNOWN: "C"}
    assert matrix.evidence[2].weight == 0.5


def test_no_claim_reads_the_actors_sector_on_the_incident_date() -> None:
    # The Taliban were an insurgency that claimed its attacks in 2018, a government in 2025.
    claims = (_claim("attribution", "Taliban"),
              _claim("responsibility", None, certainty="negated", event_id="ev-2"))
    before = build_ach(_incident(*claims, date="2018-10-18"))
    after = build_ach(_incident(*claims, date="2025-12-24"))
    assert before.cells[("claim:ev-2:0", TALIBAN)] == "I"
    assert after.cells[("claim:ev-2:0", TALIBAN)] == "C"


def test_mode_place_and_victim_facts() -> None:
    victim = IncidentActor(name="Mohammad Dawood Muzammil", role="recipient", kind="person",
                           kb_id="muzammil")
    matrix = build_ach(_incident(
        _claim("responsibility", "ISIS-K", claimant="ISIS-K", certainty="claimed"),
        _claim("attribution", "Taliban", claimant="a local outlet", certainty="speculated",
               event_id="ev-2"),
        _claim("attribution", "ISI", event_id="ev-3"),
        mode="suicide-attack", country="AFG", actors=[victim],
    ))
    assert matrix.hypotheses == [ISKP, TALIBAN, ISI, UNKNOWN]
    assert _cells(matrix, "fact:mode") == {ISKP: "C", TALIBAN: "I", ISI: "I", UNKNOWN: "N"}
    assert _cells(matrix, "fact:place") == {ISKP: "C", TALIBAN: "C", ISI: "N", UNKNOWN: "N"}
    # On 9 March 2023 the victim was the Taliban's governor of Balkh.
    assert _cells(matrix, "fact:victim:muzammil") == {
        ISKP: "N", TALIBAN: "I", ISI: "N", UNKNOWN: "N"}
    assert matrix.ranking[0] == ISKP


def test_named_actor_gets_no_row_when_a_claim_already_raises_it() -> None:
    isi = IncidentActor(name=ISI, role="actor", kind="organization", sector="SPY", kb_id="isi")
    gunmen = IncidentActor(name="Unidentified Armed Group (Iran)", role="actor", kind="group",
                           sector="UAF")
    raised = build_ach(_incident(_claim("attribution", "ISI"), actors=[isi, gunmen]))
    assert not [e for e in raised.evidence if e.key.startswith("fact:actor:")]
    alone = build_ach(_incident(actors=[isi, gunmen]))
    assert alone.hypotheses == [ISI, UNKNOWN]
    assert [e.key for e in alone.evidence] == ["fact:actor:isi"]


def test_unknown_names_and_placeholders_are_the_unknown_hypothesis() -> None:
    matrix = build_ach(_incident(
        _claim("attribution", "one suspect"), _claim("attribution", "they", event_id="ev-2"),
        _claim("attribution", "Sarbakaf Mohmand", event_id="ev-3"),
    ))
    # A proper name the knowledge base does not know is a hypothesis as written.
    assert matrix.hypotheses == ["Sarbakaf Mohmand", UNKNOWN]


def test_bad_and_stale_overrides() -> None:
    incident = _incident(_claim("attribution", "Taliban"))
    with pytest.raises(AchError, match="'maybe'"):
        build_ach(incident, overrides={("claim:ev-1:0", TALIBAN): "maybe"})
    matrix = build_ach(incident, overrides={("claim:ev-9:0", TALIBAN): "I",
                                            ("claim:ev-1:0", "Mossad"): "C"})
    assert matrix.overridden == set()
    assert matrix.ignored_overrides == {("claim:ev-9:0", TALIBAN), ("claim:ev-1:0", "Mossad")}
    duplicate = AchEvidence(key="claim:ev-1:0", text="x", source=None, date=None,
                            kind="analyst", certainty=None)
    with pytest.raises(AchError, match="duplicate evidence keys"):
        build_ach(incident, [duplicate])


def test_to_dict_is_json_ready() -> None:
    matrix = build_ach(_incident(_claim("attribution", "Taliban")),
                       overrides={("claim:ev-1:0", UNKNOWN): "II"})
    data = json.loads(json.dumps(matrix.to_dict()))
    assert data["hypotheses"] == [TALIBAN, UNKNOWN]
    assert data["ranking"] == [TALIBAN, UNKNOWN]
    [row] = data["evidence"]
    assert row["cells"] == {TALIBAN: "C", UNKNOWN: "II"} and row["overridden"] == [UNKNOWN]
    assert row["source"] == "Example Wire" and row["diagnosticity"] == 0.75
    assert data["inconsistency"] == {TALIBAN: 0.0, UNKNOWN: 2.0}


def test_render_shows_ranked_hypotheses_and_scores() -> None:
    matrix = build_ach(_incident(_claim("attribution", "ISI"), _claim("attribution", "Taliban",
                                                                      certainty="speculated")))
    table = render_ach(matrix)
    assert [c.header for c in table.columns][4:] == [f"1. {ISI}", f"2. {TALIBAN}", f"3. {UNKNOWN}"]
    assert table.row_count == len(matrix.evidence)
    assert "1.3" in _render(matrix)  # unknown's inconsistency in the footer


def test_rules_file_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(AchError, match=r"my-rules\.yaml: cells must be"):
        AchRules.from_data({"cells": {"C": {}}}, "my-rules.yaml")
    raw = yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))
    del raw["denial_factor"]
    broken = tmp_path / "ach.yaml"
    broken.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"ach\.yaml: denial_factor \(line 1\): Field required"):
        AchRules.load(broken)


def test_tuned_rules_change_the_matrix(tmp_path: Path) -> None:
    raw = yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))
    raw["denial_factor"] = 1.0
    tuned = tmp_path / "ach.yaml"
    tuned.write_text(yaml.safe_dump(raw), encoding="utf-8")
    denial = _claim("denial", "TTP", claimant="TTP", certainty="negated")
    assert build_ach(_incident(denial)).inconsistency[TTP] == 0.5
    assert build_ach(_incident(denial), rules=AchRules.load(tuned)).inconsistency[TTP] == 1.0
