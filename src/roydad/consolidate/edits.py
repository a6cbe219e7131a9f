"""Checking an analyst's edit of an incident before it is saved.

An edit is refused, with the field named, when a value is not of the field's type ("abc" as a
fatality count), is out of range (a negative or absurd count, a latitude of 200, 30 February),
or contradicts the incident (a low count above the high one, an end before the start). An edit
that would change nothing is refused too: it would be recorded as a decision with no effect.

`check_edit` answers the changes to save (the validated values); the web API and the CLI use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Any

from pydantic import BaseModel, ValidationError, create_model

from roydad.consolidate.derive import EDITABLE
from roydad.models import Incident, Location

# No single incident has killed ten million people; anything above is a typing slip.
MAX_COUNT = 10_000_000
MAX_TEXT = 500
MAX_LIST = 50
COUNTS = ("fatalities_low", "fatalities_best", "fatalities_high", "injured_low", "injured_high")
# (low, high) pairs that must stay ordered. best between low and high is kept by widening the
# range (consolidate.derive), unless the edit sets both ends of the range itself.
ORDERED = (
    ("fatalities_low", "fatalities_high"), ("fatalities_low", "fatalities_best"),
    ("fatalities_best", "fatalities_high"), ("injured_low", "injured_high"),
    ("date_start", "date_end"),
)


class EditError(ValueError):
    """An edit that cannot be saved; `field` names the field at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:60] + "…"


@cache
def _model(name: str) -> type[BaseModel]:
    """A one-field model with the incident field's type and constraints."""
    info = Incident.model_fields[name]
    annotation: Any = info.annotation
    model: type[BaseModel] = create_model(f"Edit_{name}", value=(annotation, info))
    return model


def _value(name: str, raw: object) -> object:
    """The value of one field, validated, or EditError."""
    if name in COUNTS:
        if raw is not None and (isinstance(raw, bool) or not isinstance(raw, int)):
            raise EditError(name, f"must be a whole number, not {_shown(raw)}")
        if raw is not None and not 0 <= raw <= MAX_COUNT:
            raise EditError(name, f"must be between 0 and {MAX_COUNT:,}, not {_shown(raw)}")
        return raw
    try:
        checked = _model(name).model_validate({"value": raw}, strict=name != "location")
    except ValidationError as error:
        first = error.errors()[0]
        raise EditError(name, f"{first['msg']} (got {_shown(raw)})") from None
    value = getattr(checked, "value")  # noqa: B009 (the field of a model made at run time)
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise EditError(name, f"must be at most {MAX_TEXT} characters")
        if name.startswith("date_"):
            _calendar_day(name, value)
    if isinstance(value, list) and (
        len(value) > MAX_LIST or any(len(item) > MAX_TEXT for item in value)
    ):
        raise EditError(name, f"at most {MAX_LIST} items of {MAX_TEXT} characters")
    if isinstance(value, Location):
        _check_location(value)
    return value


def _calendar_day(name: str, value: str) -> None:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise EditError(name, f"{value!r} is not a day of the calendar") from None


def _check_location(location: Location) -> None:
    if location.lat is not None and not -90 <= location.lat <= 90:
        raise EditError("location", f"latitude must be between -90 and 90, not {location.lat}")
    if location.lon is not None and not -180 <= location.lon <= 180:
        raise EditError("location", f"longitude must be between -180 and 180, not {location.lon}")
    if (location.lat is None) != (location.lon is None):
        raise EditError("location", "give both latitude and longitude, or neither")


def _check_order(incident: Incident, changes: Mapping[str, object]) -> None:
    for low, high in ORDERED:
        if low not in changes and high not in changes:
            continue
        if "fatalities_best" in (low, high) and not (low in changes and high in changes):
            continue  # a new best alone widens the range to include it
        a = changes[low] if low in changes else getattr(incident, low)
        b = changes[high] if high in changes else getattr(incident, high)
        if a is not None and b is not None and a > b:  # type: ignore[operator]
            edited = high if high in changes and low not in changes else low
            raise EditError(edited, f"{low} ({a}) would be above {high} ({b})")


def check_edit(incident: Incident, changes: Mapping[str, object]) -> dict[str, object]:
    """The validated changes that differ from `incident`; EditError if any is invalid or if
    none changes anything."""
    unknown = sorted(set(changes) - EDITABLE)
    if unknown:
        raise EditError(unknown[0], f"cannot be edited; editable: {', '.join(sorted(EDITABLE))}")
    if not changes:
        raise EditError("changes", "name at least one field to change")
    values = {name: _value(name, raw) for name, raw in changes.items()}
    _check_order(incident, values)
    changed = {name: v for name, v in values.items() if v != getattr(incident, name)}
    if not changed:
        name = next(iter(values))
        raise EditError(
            name, f"the edit changes nothing: {name} is already {_shown(values[name])}"
        )
    return {
        name: v.model_dump(exclude_none=True) if isinstance(v, Location) else v
        for name, v in changed.items()
    }
