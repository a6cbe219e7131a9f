"""Events told as the background of other news (`background_rules` in triggers.yaml): the topic
of a trial, an anniversary or a film, an event placed by the years since it, an era."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from tests.extract.helpers import coded


@pytest.mark.parametrize(
    "text",
    [
        # the topic of a trial or a verdict
        "A court in Karachi began the retrial of four men accused of planning the 2011 bombing "
        "of a naval base.",
        "Judges upheld the verdict against two brothers convicted over the 2017 siege of a hotel "
        "in which 19 guests were killed.",
        # an anniversary, a memorial, a film, a book
        "Ministers gathered in Kunduz for the fifth anniversary of the hospital bombing.",
        "A new exhibition opened in Erbil telling the story of the 1991 uprising, in which "
        "thousands of villagers were killed.",
        "The documentary follows three nurses through the siege of Marawi and the battle to "
        "retake the city.",
        "In his memoir, the former envoy describes the night militants stormed the embassy.",
        # years elapsed since it
        "Twelve years after insurgents bombed the market in Peshawar, traders say business has "
        "never recovered.",
        "Relatives gathered on Monday to mark thirty years since the massacre in which 60 "
        "pilgrims were shot.",
        "Twenty years on, survivors still wait for news of sons abducted by the militia.",
        # an era, not a happening
        "Tribal levies fought the colonial army in the valley throughout the 1920s.",
    ],
)
def test_background_gives_no_coded_record(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # today's attack beside a trial or an anniversary is an event
        "Gunmen shot dead a witness in the trial of a militant commander in Quetta on Monday.",
        "On the anniversary of the uprising, police fired tear gas at marchers in Khartoum.",
        "A bomb exploded near a war memorial in Kabul on Sunday, killing three people.",
        "Two years after the ceasefire, rebels attacked an army post near Goma on Friday.",
        # a person named by the attack stays the bombing's ("the bombing suspect")
        "The bombing suspect was arrested in Lahore on Tuesday after a raid on his house.",
    ],
)
def test_todays_event_beside_background_stays(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) != []
