"""ACLED export: the column layout, and every documented coding rule on sample happenings."""

from __future__ import annotations

import csv
import dataclasses
import io

import pandas as pd
import pytest

from roydad.coding.party_codes import knowledge_base_lookup
from roydad.coding.rules import acled_rules
from roydad.export.acled import COLUMNS, write_acled
from roydad.models import Incident, IncidentActor
from tests.export import incidents as sample

# ACLED's export columns, in ACLED's order (codebook 2023-2024).
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]


@pytest.fixture(scope="module")
def lookup():  # type: ignore[no-untyped-def]
    return knowledge_base_lookup()


def rows(incidents: list[Incident], lookup=None, **kw) -> dict[str, dict[str, str]]:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    write_acled(incidents, out, lookup=lookup, now=1700000000, **kw)
    found = csv.DictReader(io.StringIO(out.getvalue()))
    return {r["tags"].split(";")[0].split("=")[1]: r for r in found}


def test_columns_are_acled_and_pandas_reads_them(lookup) -> None:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    result = write_acled(sample.all_incidents(), out, lookup=lookup, now=1700000000)
    frame = pd.read_csv(io.StringIO(out.getvalue()), parse_dates=["event_date"])
    assert list(frame.columns) == ACLED_COLUMNS == list(COLUMNS)
    assert len(frame) == result.written == 6
    assert dict(result.skipped) == {"not coded by ACLED": 1, "without a date": 1}
    assert frame["inter1"].between(1, 8).all()
    assert frame["interaction"].between(10, 88).all()
    assert set(frame["time_precision"]) <= {1, 2, 3} and set(frame["geo_precision"]) <= {1, 2, 3}
    assert frame["event_id_cnty"].is_unique
    assert (frame["year"] == frame["event_date"].dt.year).all()
    assert frame["fatalities"].dtype.kind == "i"


def test_claimed_responsibility_is_actor1_and_rival_attribution_goes_to_notes(lookup) -> None:  # type: ignore[no-untyped-def]
    row = rows([sample.balkh()], lookup)["inc-0b1a1c2d3e4f5a6b"]
    assert row["actor1"] == "Islamic State Khorasan Province (ISKP)"  # ISIS-K, by the KB
    assert row["inter1"] == "2"
    assert row["actor2"] == "Civilians (Afghanistan)"  # the governor, an unarmed official
    assert (row["inter2"], row["interaction"]) == ("7", "27")
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["disorder_type"] == "Political violence"
    assert (row["iso"], row["region"], row["country"]) == ("4", "South Asia", "Afghanistan")
    assert row["event_id_cnty"] == "AFG0B1A1C2D3E4F5A6B"
    notes = row["notes"]
    assert notes.startswith("On 9 March 2023: Suicide bomb")
    assert "ISIS-K claimed responsibility" in notes
    assert "Unnamed sources attributed it to Taliban (speculated" in notes
    assert "Sources differ on fatalities" in notes and "Mohammad Dawood Muzammil" in notes


def test_no_claim_and_rival_attributions_give_unidentified_group(lookup) -> None:  # type: ignore[no-untyped-def]
    row = rows([sample.tehran()], lookup)["inc-7e4a0000c0ffee01"]
    # ISI is named as actor by one report of two, and blamed by the other: not actor1.
    assert row["actor1"] == "Unidentified Armed Group (Iran)"
    assert row["inter1"] == "3" and row["assoc_actor_1"] == ""
    assert row["interaction"] == "37"
    notes = row["notes"]
    assert "No group claimed responsibility (2 reports)." in notes
    assert "NRF: National Resistance Front of Afghanistan attributed it to Taliban" in notes
    assert "attributed it to Inter-Services Intelligence (ISI) (reported" in notes
    assert "Named as actor by 1 of 2 reports: Inter-Services Intelligence (ISI)." in notes
    assert row["source"] == "roydad sample wire; Sample Crossroads Daily"


def test_an_accused_party_is_never_made_actor1(lookup) -> None:  # type: ignore[no-untyped-def]
    row = rows([sample.chaman()], lookup)["inc-20c0000000000020"]
    assert row["actor1"] == "Unidentified Armed Group (Pakistan)"
    assert "accused Military Forces of Afghanistan (2021-)" in row["notes"]
    assert row["actor2"] == "Civilians (Pakistan)" and row["civilian_targeting"]


def test_named_actor_foreign_forces_and_protesters(lookup) -> None:  # type: ignore[no-untyped-def]
    found = rows([sample.zawahiri(), sample.kabul_protest()], lookup)
    strike = found["inc-08a0000000000008"]
    assert strike["actor1"] == "Military Forces of the United States (2021-2025)"
    assert strike["inter1"] == "8"  # state forces abroad: external/other
    protest = found["inc-14a0000000000014"]
    # ACLED: the crowd is "Protesters (Country)", who they are goes to the associated actor
    assert (protest["actor1"], protest["inter1"]) == ("Protesters (Afghanistan)", "6")
    assert protest["assoc_actor_1"] == "Women (Afghanistan)"
    assert (protest["actor2"], protest["interaction"]) == ("Taliban", "16")
    assert protest["disorder_type"] == "Demonstrations"
    assert protest["fatalities"] == "0" and "Fatalities not reported." in protest["notes"]
    assert protest["civilian_targeting"] == ""


def test_battle_puts_the_claimant_first_and_the_attacked_forces_second(lookup) -> None:  # type: ignore[no-untyped-def]
    row = rows([sample.zhob()], lookup)["inc-2b0b000000000009"]
    assert row["actor1"] == "TJP: Tehreek-e-Jihad Pakistan"
    assert row["assoc_actor_1"] == ""  # the army is the attacked side, not an ally
    assert (row["actor2"], row["inter2"], row["interaction"]) == (
        "Military Forces of Pakistan (2018-)", "1", "12")
    assert row["civilian_targeting"] == ""


def test_fatalities_best_by_default_low_when_configured() -> None:
    incident = sample.zhob().model_copy(update={"fatalities_best": 9})
    assert rows([incident])["inc-2b0b000000000009"]["fatalities"] == "9"
    low = dataclasses.replace(acled_rules(), fatalities="low")
    assert rows([incident], rules=low)["inc-2b0b000000000009"]["fatalities"] == "4"


def test_time_and_geo_precision_codes() -> None:
    week = sample.balkh().model_copy(update={
        "date_precision": "week",
        "location": sample.balkh().location.model_copy(update={"precision": "admin2"}),  # type: ignore[union-attr]
    })
    month = sample.tehran().model_copy(update={
        "date_precision": "month",
        "location": sample.tehran().location.model_copy(update={"precision": "admin1"}),  # type: ignore[union-attr]
    })
    found = rows([week, month])
    weekly, monthly = found[week.incident_id], found[month.incident_id]
    assert (weekly["time_precision"], weekly["geo_precision"]) == ("2", "2")
    assert (monthly["time_precision"], monthly["geo_precision"]) == ("3", "3")
    assert found[month.incident_id]["notes"].startswith("In December 2025:")


def test_unnamed_claimants_arrests_and_joint_actors() -> None:
    peshawar = sample.balkh().model_copy(update={
        "incident_id": "inc-11a0000000000011",
        "claims": [sample.claim("responsibility", "commander", "commander", "alleged",
                                "A commander of the TTP reportedly claimed the bombing",
                                sample.balkh().sources[0])],
    })
    arrest = sample.tehran().model_copy(update={
        "incident_id": "inc-02a0000000000002", "event_type": "COERCE", "mode": "arrest",
        "acled_event_type": "Strategic developments", "acled_sub_event_type": "Arrests",
        "actors": [], "claims": [], "conflicts": [],
    })
    joint = sample.zawahiri().model_copy(update={
        "incident_id": "inc-0ja0000000000000",
        "actors": [*sample.zawahiri().actors,
                   IncidentActor(name="Central Intelligence Agency", role="actor",
                                        kind="organization", sector="SPY", country="USA")],
    })
    found = rows([peshawar, arrest, joint])
    assert found[peshawar.incident_id]["actor1"] == "Unidentified Armed Group (Afghanistan)"
    assert "commander claimed responsibility (alleged" in found[peshawar.incident_id]["notes"]
    assert (found[arrest.incident_id]["actor1"], found[arrest.incident_id]["inter1"]) == (
        "Police Forces of Iran", "1")
    assert found[joint.incident_id]["actor1"] == "Military Forces of the United States (2021-2025)"
    assert found[joint.incident_id]["assoc_actor_1"] == "Central Intelligence Agency"


def test_summary_sentence_dates() -> None:
    from roydad.coding.countries import Countries
    from roydad.export.notes import summary_sentence

    week = sample.zhob().model_copy(update={"date_precision": "week"})
    span = sample.zhob().model_copy(update={"date_end": "2023-07-14"})
    assert summary_sentence(week, Countries()).startswith("In the week of 12 July 2023: Armed")
    assert summary_sentence(span, Countries()).startswith(
        "Between 12 July 2023 and 14 July 2023: Armed clash (assault, firearms) at Zhob, "
        "Balochistan, Pakistan.")
    assert summary_sentence(sample.undated(), Countries()).startswith("On an unknown date")
