"""A weapon named in the sentences after an event, said of its doers (extract/instruments.py).

Sentences are plain news English written for these tests.
"""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from tests.extract.helpers import events_of, with_trigger


@pytest.mark.parametrize(("text", "trigger", "weapon"), [
    ("Militants stormed a border post before dawn. They killed three guards. The attackers "
     "used rifles and a rocket-propelled grenade, a local official said.", "stormed", "RPG"),
    ("Two men attacked a shopkeeper in the market on Tuesday, wounding him badly. They were "
     "armed with machetes, witnesses said.", "attacked", "machete"),
])
def test_the_weapon_the_doers_used_after_the_event(
        extractor: Extractor, text: str, trigger: str, weapon: str) -> None:
    assert with_trigger(events_of(extractor, text), trigger).weapon == weapon


def test_a_weapon_someone_else_used_later_is_not_the_events(extractor: Extractor) -> None:
    text = ("Unknown assailants beat a journalist outside his home on Monday. Hours later, "
            "soldiers at a checkpoint nearby carried rifles through the market.")
    assert with_trigger(events_of(extractor, text), "beat").weapon is None


def test_a_weapon_told_three_sentences_later_is_too_far(extractor: Extractor) -> None:
    text = ("Gunmen attacked a bus in the hills on Friday. Nine passengers were hurt. The road "
            "was closed for hours. Traffic resumed on Saturday. The attackers used grenades.")
    record = with_trigger(events_of(extractor, text), "attacked")
    assert record.weapon in (None, "firearm")  # 'Gunmen' may say firearm; never the grenades
