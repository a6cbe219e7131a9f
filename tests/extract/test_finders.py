"""Whoever finds the bodies a killing left is not its doer (arguments.yaml `finder_verbs`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from roydad.models import Document


def _records(extractor: Any, text: str) -> list[Any]:
    doc = Document(id="f", text=text, pub_date=dt.date(2025, 2, 3), origin="test")
    return [r for _, records in extractor.extract([doc]) for r in records]


def test_the_finders_of_bodies_are_not_the_killers(extractor: Any) -> None:
    [record] = _records(extractor, "Shepherds discovered the bodies of four traders in a ravine "
                                   "near Garowe on 1 February 2025.")
    assert record.event_type == "ASSAULT"
    assert not [a for a in record.actors if a.role == "actor"]


def test_the_finders_of_weapons_still_did_the_seizing(extractor: Any) -> None:
    [record] = _records(extractor, "Police found a cache of grenades in a house in Quetta on "
                                   "1 February 2025.")
    assert [a for a in record.actors if a.role == "actor"]


def test_remains_exhumed_from_a_mass_grave_are_no_attack_of_that_day(extractor: Any) -> None:
    [record] = _records(extractor, "Forensic teams exhumed the remains of 23 people from a mass "
                                   "grave outside Kherson on 2 February 2025.")
    assert record.acled_sub_event_type == "Other"
    [fresh] = _records(extractor, "Villagers found the bodies of two herders beside a road near "
                                  "Kherson on 2 February 2025.")
    assert fresh.acled_sub_event_type == "Attack"
