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


@pytest.mark.parametrize(("text", "act", "instrument"), [
    ("A car bomb exploded outside the governor's office in Baidoa on Monday, killing four "
     "guards. Officials said the militants had built the car bomb in a workshop outside the "
     "town.", "exploded", "built the car bomb"),
    ("Two soldiers were killed in an ambush near Gao on Friday. Residents had warned the army "
     "about a suicide bomber seen in the market.", "killed", "about a suicide bomber"),
    ("Gunmen attacked a checkpoint in Zamfara state on Sunday, killing three police officers. "
     "Police later found grenades and rifles hidden in a nearby house.", "attacked",
     "found grenades"),
    ("A roadside bomb killed a district chief in Kunar on Tuesday. The Taliban have long used "
     "roadside bombs against government convoys.", "killed", "used roadside bombs"),
])
def test_a_weapon_only_talked_about_is_no_mention(
        extractor: Extractor, text: str, act: str, instrument: str) -> None:
    """A weapon or attacker built, found, feared or used as a habit is a thing its sentence
    talks about: that sentence tells no attack."""
    record = with_trigger(events_of(extractor, text), act)
    sentence = text.index(instrument)
    told = [m for m in record.mentions if m.start <= sentence < m.end]
    assert not told, [m.trigger for m in record.mentions]


@pytest.mark.parametrize(("text", "instrument"), [
    ("A roadside bomb tore through a minibus near Jalalabad on Wednesday, police said.",
     "roadside bomb"),
    # (a verb of the lexicon, "landed" or "went off", is the mention itself)
    ("Two hand grenades were hurled into a crowded market in Bujumbura.", "hand grenade"),
])
def test_a_weapon_that_acts_stands_for_the_act(
        extractor: Extractor, text: str, instrument: str) -> None:
    records = events_of(extractor, text)
    assert any(instrument in m.trigger for r in records for m in r.mentions), [
        [m.trigger for m in r.mentions] for r in records]


@pytest.mark.parametrize("text", [
    "Rebel gunners shelled a market in the town of Kadugli on Monday. Among the dead were "
    "three traders, a hospital official said.",
    "Government troops shelled the outskirts of Idlib overnight. Two farmers were among the "
    "dead, a monitor said.",
])
def test_the_verb_shelled_is_a_mention_of_the_act(extractor: Extractor, text: str) -> None:
    """'shell' is a weapon word as a noun ("a shell hit the house"); as a verb it tells the act,
    and the record lists it."""
    record = with_trigger(events_of(extractor, text), "shelled")
    assert any(m.trigger == "shelled" for m in record.mentions)
