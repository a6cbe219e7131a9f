"""An analyst's edit checked before it is saved (roydad.consolidate.edits): a car bombing in
Mogadishu that reports put at 12 to 14 dead."""

from __future__ import annotations

import pytest

from roydad.consolidate.edits import EditError, check_edit
from roydad.models import Incident, Location

BOMBING = Incident(
    incident_id="inc-1", event_type="ASSAULT", mode="bombing", date_start="2024-03-06",
    date_end="2024-03-06", fatalities_low=12, fatalities_best=12, fatalities_high=14,
    location=Location(name="Mogadishu", country="SOM", lat=2.04, lon=45.34),
)


def test_a_hospital_figure_is_saved_as_given() -> None:
    assert check_edit(BOMBING, {"fatalities_best": 13}) == {"fatalities_best": 13}


def test_a_best_figure_above_the_range_widens_it_rather_than_failing() -> None:
    # The analyst knows of a later toll the reports did not have (derive widens the range).
    assert check_edit(BOMBING, {"fatalities_best": 20}) == {"fatalities_best": 20}


@pytest.mark.parametrize(("changes", "field"), [
    ({"fatalities_best": "twelve"}, "fatalities_best"),
    ({"fatalities_best": 12.5}, "fatalities_best"),
    ({"fatalities_best": True}, "fatalities_best"),
    ({"injured_high": -3}, "injured_high"),
    ({"fatalities_low": 15}, "fatalities_low"),  # above the reported high of 14
    ({"fatalities_low": 9, "fatalities_best": 8}, "fatalities_low"),
    ({"date_end": "2024-03-01"}, "date_end"),   # before the start
    ({"date_start": "6 March 2024"}, "date_start"),
    ({"certainty": "very sure"}, "certainty"),
    ({"weapons": "car bomb"}, "weapons"),
    ({"location": {"name": "Mogadishu", "lat": 2.04}}, "location"),
    ({"mode": "x" * 501}, "mode"),
])
def test_values_that_do_not_fit_name_their_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(EditError) as raised:
        check_edit(BOMBING, changes)
    assert raised.value.field == field
    assert str(raised.value).startswith(f"{field}: ")


def test_an_edit_that_changes_nothing_is_refused_and_unchanged_fields_dropped() -> None:
    with pytest.raises(EditError, match="changes nothing"):
        check_edit(BOMBING, {"fatalities_low": 12, "mode": "bombing"})
    assert check_edit(BOMBING, {"fatalities_low": 12, "weapons": ["car bomb"]}) == {
        "weapons": ["car bomb"]}


def test_a_new_place_is_stored_as_a_plain_object() -> None:
    moved = check_edit(BOMBING, {"location": {"name": "Afgooye", "country": "SOM",
                                              "lat": 2.14, "lon": 45.12}})
    assert moved == {"location": {"name": "Afgooye", "country": "SOM", "lat": 2.14, "lon": 45.12}}
