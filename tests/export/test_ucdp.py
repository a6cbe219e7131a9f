"""UCDP GED-style export: sides, type of violence, best/low/high, which incidents qualify."""

from __future__ import annotations

import io

import pandas as pd

from roydad.coding.party_codes import knowledge_base_lookup
from roydad.export.ucdp import COLUMNS, write_ucdp
from tests.export import incidents as sample

# UCDP GED's columns, in the order of a GED CSV download (GEDEvent_v*.csv).
GED_COLUMNS = [
    "id", "relid", "year", "active_year", "code_status", "type_of_violence",
    "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id",
    "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id",
    "side_b", "number_of_sources", "source_article", "source_office", "source_date",
    "source_headline", "source_original", "where_prec", "where_coordinates",
    "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid",
    "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
    "gwnoa", "gwnob",
]


def frame() -> tuple[pd.DataFrame, dict[str, int]]:
    out = io.StringIO()
    result = write_ucdp(sample.all_incidents(), out, lookup=knowledge_base_lookup())
    return pd.read_csv(io.StringIO(out.getvalue())).set_index("id"), dict(result.skipped)


def test_only_deadly_dated_assaults_with_ged_columns() -> None:
    rows, skipped = frame()
    assert list(rows.reset_index().columns) == GED_COLUMNS == list(COLUMNS)
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
