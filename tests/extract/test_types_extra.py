"""Typing and non-event classes found with data/codebook/types_extra.jsonl and
negatives_extra2.jsonl (issue 13, sections 1 and 3), each on new sentences: harm by or to
animals, natural deaths, lightning and labour strikes, computer attacks, figurative fame, game
shoot-outs, feared violence, denials; a base or a picket attacked is a battle; a gunfight of
villagers is an armed clash; rioters who attack a police post riot."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from tests.extract.helpers import coded, events_of


@pytest.mark.parametrize(
    "text",
    [
        # animals
        "A tiger mauled a woodcutter to death in the Sundarbans on Tuesday, forest guards said.",
        "Crocodile attacks fisherman on the Zambezi, villagers say",
        "Two hunters shot a protected ibex in Gilgit and were fined by wildlife officials.",
        # natural deaths and lightning
        "The retired judge died of a heart attack in Quetta on Friday, aged 78.",
        "A lightning strike killed two herders in Dera Bugti during Sunday's storm.",
        # labour strikes
        "Police met striking nurses in Peshawar to hear their grievances.",
        # computer attacks
        "Hackers attacked the servers of the state electricity company in Kabul on Monday.",
        "Malware attack shuts down Nairobi port's billing database",
        # fame, games
        "The young poet shot to fame after a video of her recital spread online.",
        "Sri Lanka lost to Bangladesh in a penalty shoot-out in the football final in Colombo.",
        # feared violence and denials
        "Shopkeepers in Peshawar fear a bombing every time they open their stalls, a poll found.",
        "The militia denied on Monday that its fighters had burned a village near Beni.",
    ],
)
def test_no_coded_record(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A hunter's rifle killed the tribal elder in a dispute over grazing land in Kohlu.",
        "Militants shot dead two shepherds and stole their flock near Zhob on Sunday.",
        "Troops repelled an attack by insurgents on an army base in Kunar, killing five of them.",
        # a denial of involvement does not undo a bombing that killed people
        "A bomb killed four shoppers at a market in Kohat on Sunday; the TTP denied any role.",
    ],
)
def test_violence_stays(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) != []


def _subs(extractor: Extractor, text: str) -> list[str | None]:
    return [r.acled_sub_event_type for r in events_of(extractor, text) if r.acled_event_type]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # an armed side's base or positions hit: a battle, not an attack on civilians
        ("Insurgents stormed a militia base near Kalemie on Thursday, killing three "
         "defenders.", "Armed clash"),
        ("Gunmen attacked a border post near Chaman overnight, killing one guard.",
         "Armed clash"),
        # villagers who trade fire with bandits are armed: an armed clash, not a riot
        ("Villagers exchanged gunfire with bandits near Gusau for two hours, and four "
         "bandits died.", "Armed clash"),
        # a crowd that attacks a police post riots, even when a man it names was hurt
        ("Rioters burned a police post in Kasese after a man died in a cell there, "
         "police said.", "Violent demonstration"),
    ],
)
def test_sub_event_type(extractor: Extractor, text: str, sub_event_type: str) -> None:
    assert sub_event_type in _subs(extractor, text)
