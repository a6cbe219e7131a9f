"""A toll told in a sentence of its own after the event (extract/aftermath.py)."""

from __future__ import annotations

from roydad.extract.pipeline import Extractor
from tests.extract.helpers import events_of, with_trigger


def test_no_casualties_after_the_attack(extractor: Extractor) -> None:
    text = ("Militants fired rockets at a border post in Chitral on Sunday night. No casualties "
            "were reported, officials said.")
    record = with_trigger(events_of(extractor, text), "fired")
    assert (record.fatalities, record.fatalities_low, record.fatalities_high) == (0, 0, 0)
    assert record.injured == 0


def test_a_stated_toll_is_kept(extractor: Extractor) -> None:
    text = ("Gunmen attacked a polio team in Bajaur on Monday, killing a policeman. No one else "
            "was hurt.")
    record = with_trigger(events_of(extractor, text), "attacked")
    assert record.fatalities == 1


def test_a_zero_far_from_the_event_is_not_its_toll(extractor: Extractor) -> None:
    text = ("Gunmen shot at a police van in Kohat on Monday. The van was later towed away. "
            "The officers went back to their station. Traffic resumed in the evening. "
            "No casualties were reported from the rest of the district.")
    record = with_trigger(events_of(extractor, text), "shot")
    assert record.fatalities is None
