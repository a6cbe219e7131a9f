"""No-event texts of the third round (issue 13 §3): acts placed only long ago, acts only possible,
figures of speech, accidents and natural deaths, and acts named as a court's case; each with
texts of real events the rule must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord
from tests.extract.helpers import coded


def coded_on(extractor: Extractor, text: str, pub: str) -> list[EventRecord]:
    """The ACLED-coded records of one document published on `pub`."""
    doc = Document(id="t", text=text, origin="test", pub_date=dt.date.fromisoformat(pub))
    [(_, records)] = list(extractor.extract([doc]))
    return [r for r in records if r.acled_event_type is not None]


@pytest.mark.parametrize(
    "text",
    [
        # a year, a decade or "years ago" long before publication: recalled, not told
        "The town council renamed the square after the 31 traders killed there by a car bomb "
        "in 2016.",
        "Relatives gathered indoors at the mayor's office to read the names of those who died "
        "in the 2009 bombing of the bus depot.",
        "Survivors told the inquiry how soldiers burned their fields three decades ago.",
        "A new clinic stands where the 1998 rocket attack on the market flattened a row of shops.",
    ],
)
def test_acts_placed_long_ago_are_no_event(extractor: Extractor, text: str) -> None:
    assert coded_on(extractor, text, "2024-05-20") == []


@pytest.mark.parametrize(
    "text",
    [
        # a day keeps a recalled act an event (analyses recall attacks with their own dates)
        "A suicide bomber killed 19 worshippers at a mosque in Peshawar on 4 March 2022.",
        # a month ago is recent
        "Gunmen killed four customs officers at a border post near Torkham last month.",
        # a date of another clause is not the act's
        "Police arrested six protesters in Lahore on Monday under a law passed in 2015.",
        # a month less than a year before is news; a period that runs to now is no past
        "In October 2023, gunmen killed a retired judge outside his house in Kandahar city.",
        "Rebels have shelled army posts near Rutshuru almost every night since March.",
        # a brief of several paragraphs recalls earlier acts as events of their own
        "Attacks on the Tororo road\n\nIn 2021, militiamen killed nine traders on the road "
        "to Tororo.\n\nThe road has been quiet since.",
    ],
)
def test_recent_or_dated_acts_stay(extractor: Extractor, text: str) -> None:
    assert coded_on(extractor, text, "2024-05-20") != []


@pytest.mark.parametrize(
    "text",
    [
        # only possible
        "The British embassy warned of a possible bomb attack on hotels in the capital.",
        "Had the dam guards not raised the alarm, the raiders could have killed dozens of "
        "villagers.",
        "Should the rebels cross the river, the army will shell the bridges, a commander said.",
        "The police chief said any gang that attacks a school bus will be tracked down.",
        # figures of speech
        "The veteran striker shot the hosts dead with a late header in the second half.",
        "Opposition senators say the new levy has murdered small businesses in the port city.",
        "Bourse massacre as bank shares crash on rate fears",
        "The by-election is a battle of two families, and both are fighting for the same votes.",
        "The cabinet minister fired the opening salvo in his campaign against tax evaders.",
        # banned or counted, not done
        "The district administration banned all rallies in the city until after the vote.",
        "Police recorded 1,204 murders in the province in the first quarter, officials said.",
        # accidents, nature, natural death
        "A methane explosion at a coal pit in Zonguldak killed seven miners.",
        "A tanker overturned on the motorway and exploded, killing three drivers.",
        "A powerful earthquake struck the mountain villages of Herat, killing 40 people.",
        "The former governor dies peacefully at 91 in his home town",
        # a court's case, a known act's culprits, a part denied
        "A high court jailed two policemen for ten years for beating a prisoner to death.",
        "A judicial commission began hearings into the shooting of miners at the pit gate.",
        "The minister said the men behind the bus station bombing would be found.",
        "The rebel group denied any involvement in the grenade attack on the market.",
    ],
)
def test_no_coded_record(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a football coach outside the stadium after the derby.",
        "A bomb hidden in a gas cylinder exploded at a bus stop in Quetta, killing five.",
        "Militants fired rockets at an army post during the night, killing two soldiers.",
        "Police opened fire on protesters who had defied a ban on rallies, killing one.",
        "Suspected rebels killed three villagers and burned their shops near Beni.",
        "A court clerk was shot dead by two men on a motorcycle outside the court in Lahore.",
        "Armed men ambushed a convoy of judges on the road to Sibi, wounding two guards.",
        "Should I stay or go? Gunmen attacked a checkpoint in Bannu, killing a policeman.",
    ],
)
def test_real_events_stay(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) != []
