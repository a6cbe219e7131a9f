"""A weapon or attacker noun is the instrument of the act its sentence tells, not a second
mention of it (extract/mention_list.py). Sentences are plain news English written for these
tests."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from tests.extract.helpers import events_of, with_trigger


@pytest.mark.parametrize(("text", "act", "instrument"), [
    ("A suicide bomber blew himself up outside a police academy on Sunday, killing nine "
     "cadets.", "killing", "suicide bomber"),
    ("A roadside bomb exploded under an army truck near the border town, killing two "
     "soldiers.", "exploded", "roadside bomb"),
    ("Insurgents planted an IED on the highway and detonated it as a convoy passed.",
     "detonated", "IED"),
])
def test_the_weapon_noun_is_no_mention_beside_the_act(
        extractor: Extractor, text: str, act: str, instrument: str) -> None:
    record = with_trigger(events_of(extractor, text), act)
    triggers = [m.trigger for m in record.mentions]
    assert not any(instrument in t for t in triggers), triggers
    assert record.weapon is not None


@pytest.mark.parametrize(("text", "instrument"), [
    ("Police said a grenade was thrown into a crowded bus station in the city.", "grenade"),
])
def test_alone_in_its_sentence_it_stands_for_the_act(
        extractor: Extractor, text: str, instrument: str) -> None:
    records = events_of(extractor, text)
    assert any(instrument in m.trigger for r in records for m in r.mentions), [
        [m.trigger for m in r.mentions] for r in records]
