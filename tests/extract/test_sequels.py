"""A fight told after one-sided violence is a record of its own (extract/sequels.py); a fight
that is how the attack went on stays one record. Typed by the rules alone, so that what is
tested is the grouping, not the classifier's reading of the sentence."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord

PUB = date(2024, 7, 3)


@pytest.fixture(scope="module")
def rules(nlp: Language) -> Extractor:
    return Extractor(nlp=nlp, types="rules")


def _assaults(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=PUB)
    [(_, records)] = list(extractor.extract([doc]))
    return [r for r in records if r.event_type == "ASSAULT"]


def _triggers(record: EventRecord) -> set[str]:
    return {m.trigger for m in record.mentions}


def test_killing_of_farmers_then_a_firefight_with_the_killers_is_two_records(
    rules: Extractor,
) -> None:
    text = ("On 30 June 2024, armed men shot dead five farmers near Tangaza (Sokoto). Police "
            "officers sent to the village later came upon the gang and a firefight broke out.")
    attack, clash = _assaults(rules, text)
    assert attack.acled_sub_event_type == "Attack"
    assert clash.acled_sub_event_type == "Armed clash"
    assert "a firefight" in _triggers(clash) and "a firefight" not in _triggers(attack)
    assert clash.date == "2024-06-30"


def test_hunters_who_pursued_raiders_fight_them_in_a_record_of_their_own(
    rules: Extractor,
) -> None:
    text = ("On 29 June 2024, gunmen raided Tudun Wada (Kano), killing nine residents; local "
            "hunters pursued them into the forest and clashed with them until nightfall.")
    attack, clash = _assaults(rules, text)
    assert attack.acled_sub_event_type == "Attack" and attack.fatalities == 9
    assert clash.acled_sub_event_type == "Armed clash"


def test_roadside_bomb_then_fire_on_the_convoy_is_two_records(rules: Extractor) -> None:
    text = ("On 1 July 2024, a buried bomb exploded under a police pickup near Tank (Khyber "
            "Pakhtunkhwa), killing an officer; the attackers then opened fire on the patrol "
            "and the policemen returned fire.")
    blast, fight = _assaults(rules, text)
    assert blast.acled_sub_event_type == "Remote explosive/landmine/IED"
    assert fight.acled_sub_event_type == "Armed clash"
    assert _triggers(fight) == {"opened fire", "returned fire"}


def test_attack_on_a_post_with_the_gunfight_it_set_off_stays_one_clash(
    rules: Extractor,
) -> None:
    text = ("On 30 June 2024, militants stormed a checkpoint in Jandola (Khyber Pakhtunkhwa), "
            "killing two soldiers. The gunfight that followed lasted for an hour.")
    [clash] = _assaults(rules, text)
    assert clash.acled_sub_event_type == "Armed clash"


def test_a_fight_in_the_same_clause_as_the_killing_is_not_told_apart(rules: Extractor) -> None:
    text = ("On 27 June 2024, bandits killed a herder and later exchanged fire with vigilantes "
            "near Dansadau (Zamfara).")
    assert len(_assaults(rules, text)) == 1
