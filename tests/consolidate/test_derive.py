"""Incident fields from several reports: agreement kept, disagreement shown, never collapsed."""

from __future__ import annotations

from datetime import date

import pytest

from roydad.consolidate.derive import derive_incident
from roydad.models import ActorRef, Claim, Location, Report
from tests.store.factories import full_event

KABUL = Location(name="Kabul", admin1="Kabul", country="AFG", lat=34.53, lon=69.17,
                 precision="city")
KABUL_PROVINCE = Location(admin1="Kabul", country="AFG", precision="admin1")
PESHAWAR = Location(name="Peshawar", admin1="Khyber Pakhtunkhwa", country="PAK",
                    precision="city")


def report(event_id: str, doc: str, published: str, **changes: object) -> Report:
    record = full_event(doc, event_id, **changes)
    return Report(record=record, document_id=doc, publisher=f"paper {doc}",
                  pub_date=date.fromisoformat(published))


def test_one_report_gives_its_own_values() -> None:
    incident = derive_incident("inc-1", [report("e1", "d1", "2024-03-06")])
    assert incident.event_type == "ASSAULT"
    assert (incident.date_start, incident.date_end) == ("2024-03-05", "2024-03-06")
    assert incident.location is not None and incident.location.name == "Mogadishu"
    assert (incident.fatalities_low, incident.fatalities_best, incident.fatalities_high) == (
        12, 12, 12
    )
    assert incident.conflicts == []
    assert incident.source_count == 1
    assert [c.kind for c in incident.claims] == ["responsibility", "denial"]
    assert incident.rules["fatalities"].startswith("low = smallest")


def test_fatalities_are_a_range_with_every_source_kept() -> None:
    reports = [
        report("e1", "d1", "2024-03-06", fatalities=1, fatalities_low=None),
        report("e2", "d2", "2024-03-06", fatalities=2, fatalities_low=None),
        report("e3", "d3", "2024-03-07", fatalities=None, fatalities_low=3, fatalities_high=5),
    ]
    incident = derive_incident("inc-1", reports)
    assert (incident.fatalities_low, incident.fatalities_best, incident.fatalities_high) == (
        1, 2, 5
    )
    conflict = next(c for c in incident.conflicts if c.field == "fatalities")
    assert {v.value: v.event_ids for v in conflict.values} == {1: ["e1"], 2: ["e2"], 4: ["e3"]}


def test_the_most_precise_consistent_place_wins() -> None:
    reports = [
        report("e1", "d1", "2024-03-06", location=KABUL_PROVINCE),
        report("e2", "d2", "2024-03-06", location=KABUL),
        report("e3", "d3", "2024-03-06", location=KABUL_PROVINCE),
    ]
    incident = derive_incident("inc-1", reports)
    assert incident.location == KABUL


def test_a_precise_place_in_another_country_does_not_win_over_the_majority() -> None:
    reports = [
        report("e1", "d1", "2024-03-06", location=KABUL_PROVINCE),
        report("e2", "d2", "2024-03-06", location=PESHAWAR),
        report("e3", "d3", "2024-03-06", location=KABUL_PROVINCE),
    ]
    incident = derive_incident("inc-1", reports)
    assert incident.location == KABUL_PROVINCE
    assert any(c.field == "location" for c in incident.conflicts)


def test_day_precise_reports_decide_the_date() -> None:
    reports = [
        report("e1", "d1", "2024-03-20", date="2024-03-01", date_end=None,
               date_precision="month"),
        report("e2", "d2", "2024-03-06", date="2024-03-05", date_end=None),
        report("e3", "d3", "2024-03-07", date="2024-03-06", date_end=None),
    ]
    incident = derive_incident("inc-1", reports)
    assert (incident.date_start, incident.date_end, incident.date_precision) == (
        "2024-03-05", "2024-03-06", "day"
    )
    dates = next(c for c in incident.conflicts if c.field == "date")
    assert len(dates.values) == 3


def test_rival_claims_from_different_reports_are_all_kept() -> None:
    taliban = Claim(kind="attribution", claimant="opponents", attributed_to="Taliban",
                    certainty="alleged", text="opponents blame the Taliban")
    isi = Claim(kind="attribution", claimant=None, attributed_to="Inter-Services Intelligence",
                certainty="speculated", text="others point to Pakistani intelligence")
    reports = [
        report("e1", "d1", "2024-03-06", claims=[taliban]),
        report("e2", "d2", "2024-03-07", claims=[isi, taliban]),
    ]
    incident = derive_incident("inc-1", reports)
    assert [(c.attributed_to, c.event_id) for c in incident.claims] == [
        ("Taliban", "e1"), ("Inter-Services Intelligence", "e2"), ("Taliban", "e2"),
    ]
    assert incident.claims[1].publisher == "paper d2"


def test_actors_are_counted_per_report() -> None:
    extra = ActorRef(text="gunmen", name="unidentified gunmen", role="actor")
    reports = [
        report("e1", "d1", "2024-03-06"),
        report("e2", "d2", "2024-03-06", actors=[*full_event("d2").actors, extra]),
    ]
    incident = derive_incident("inc-1", reports)
    counts = {(a.name, a.role): a.reports for a in incident.actors}
    assert counts[("Al-Shabaab", "actor")] == 2
    assert counts[("unidentified gunmen", "actor")] == 1


def test_certainty_is_the_most_certain_report_and_confidence_corroborates() -> None:
    reports = [
        report("e1", "d1", "2024-03-06", certainty="alleged", confidence=0.5),
        report("e2", "d2", "2024-03-06", certainty="reported", confidence=0.5),
    ]
    incident = derive_incident("inc-1", reports)
    assert incident.certainty == "reported"
    assert incident.confidence == 0.75


def test_overrides_are_applied_last_and_named_in_the_rules() -> None:
    incident = derive_incident(
        "inc-1", [report("e1", "d1", "2024-03-06")],
        overrides={"fatalities_best": 13, "location": KABUL.model_dump()},
    )
    assert incident.fatalities_best == 13
    assert incident.location == KABUL
    assert incident.rules["fatalities_best"] == "set by an analyst"


def test_unknown_override_fields_are_refused() -> None:
    with pytest.raises(ValueError, match="cannot be edited"):
        derive_incident("inc-1", [report("e1", "d1", "2024-03-06")],
                        overrides={"sources": []})


def test_an_incident_needs_a_report() -> None:
    with pytest.raises(ValueError, match="no reports"):
        derive_incident("inc-1", [])


def test_an_analysts_best_figure_outside_the_range_widens_it() -> None:
    incident = derive_incident("inc-1", [report("e1", "d1", "2024-03-06")],
                               overrides={"fatalities_best": 20})
    assert (incident.fatalities_low, incident.fatalities_best, incident.fatalities_high) == (
        12, 20, 20
    )
    assert incident.rules["fatalities_high"] == "widened to the analyst's best figure"
