"""UCDP GED-style export: sides, type of violence, best/low/high, which incidents qualify."""

from __future__ import annotations

import io

import pandas as pd

from roydad.coding.party_codes import knowledge_base_lookup
from roydad.export.ucdp import COLUMNS, write_ucdp
from tests.export import incidents as sample


def frame() -> tuple[pd.DataFrame, dict[str, int]]:
    out = io.StringIO()
    result = write_ucdp(sample.all_incidents(), out, lookup=knowledge_base_lookup())
    return pd.read_csv(io.StringIO(out.getvalue())).set_index("id"), dict(result.skipped)


def test_only_deadly_dated_assaults_with_ged_columns() -> None:
    rows, skipped = frame()
    assert list(rows.reset_index().columns) == list(COLUMNS)
    assert skipped == {"not organised violence": 2, "without a reported death": 1}
    assert set(rows.index) == {"inc-0b1a1c2d3e4f5a6b", "inc-7e4a0000c0ffee01",
                               "inc-2b0b000000000009", "inc-08a0000000000008",
                               "inc-20c0000000000020"}
    assert (rows["low"] <= rows["best"]).all() and (rows["best"] <= rows["high"]).all()


def test_state_based_battle_puts_the_state_on_side_a() -> None:
    zhob = frame()[0].loc["inc-2b0b000000000009"]
    assert zhob["type_of_violence"] == 1
    assert zhob["side_a"] == "Military Forces of Pakistan (2018-)"
    assert zhob["side_b"] == "TJP: Tehreek-e-Jihad Pakistan"
    assert (zhob["gwnoa"], zhob["country_id"], zhob["region"]) == (770, 770, "Asia")
    assert (zhob["best"], zhob["low"], zhob["high"]) == (4, 4, 14)
    assert zhob["number_of_sources"] == 2
    assert zhob["event_clarity"] == 1
    assert "Tehreek-e-Jihad Pakistan claimed responsibility" in zhob["source_original"]


def test_one_sided_violence_against_civilians() -> None:
    tehran = frame()[0].loc["inc-7e4a0000c0ffee01"]
    assert tehran["type_of_violence"] == 3
    assert (tehran["side_a"], tehran["side_b"]) == ("Unidentified Armed Group (Iran)",
                                                    "Civilians")
    assert (tehran["date_start"], tehran["date_end"], tehran["date_prec"]) == (
        "2025-12-24", "2025-12-24", 1)
    assert (tehran["where_prec"], tehran["country"], tehran["region"]) == (1, "Iran",
                                                                          "Middle East")
    assert tehran["geom_wkt"] == "POINT (51.421 35.694)"
    chaman = frame()[0].loc["inc-20c0000000000020"]
    assert chaman["event_clarity"] == 2  # alleged by one side
