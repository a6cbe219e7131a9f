"""More things that are not events (`non_event_rules` in triggers.yaml): markets and figures,
speech, games, accidents, crime, exercises, statistics, reports of no violence, and violence
someone is only able to do."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from tests.extract.helpers import coded


@pytest.mark.parametrize(
    "text",
    [
        # markets and figures as doer or sufferer
        "Bank shares were hit hard in Lahore on Monday as the rupee slid.",
        "Rising interest rates killed the planned takeover of the cement maker.",
        "Textile stocks took a beating in Karachi while energy stocks rallied.",
        "A drought and poor rains hit wheat production across Sindh this year.",
        # "on Thursday" is a date, not what the bill-killing was aimed at
        "Lawmakers shot down the finance bill on Thursday after a stormy session.",
        # violence done in words
        "The prime minister attacked the opposition leader in a fiery speech in Multan.",
        "The challenger torched the governor's economic record in a radio interview.",
        # games
        "Lahore Qalandars stormed to victory in the final against Multan Sultans.",
        "The visitors launched a fierce assault on the home goal but the goalkeeper held firm.",
        # accidents and crime
        "A gas cylinder exploded at a bakery in Faisalabad, killing three workers.",
        "A blaze tore through a timber market in Peshawar overnight, destroying 200 stalls; "
        "firefighters blamed a short circuit.",
        "A pharmacist was shot in a robbery at his shop in Hyderabad.",
        # exercises
        "Navy ships carried out live-fire drills off the coast of Gwadar this week.",
        "Fighter jets flew night bombing drills over the desert near Jacobabad.",
        # statistics, and no violence at all
        "Kidnappings of traders have doubled in the province since last year, a report found.",
        "No attacks were reported in Quetta during the Ashura processions.",
        # able to do it, not done
        "Intelligence officials say the group is still capable of suicide bombings in Kabul.",
        # what is released is a text
        "A damning audit released on Monday found that half the relief funds were missing.",
    ],
)
def test_no_coded_record(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a coach carrying pilgrims near Mastung, killing four passengers.",
        "Militants opened fire on a police van in Bannu on Tuesday, killing two officers.",
        "A bomb planted in a gas cylinder exploded in a market in Parachinar, killing five.",
        "Police clashed with armed robbers in Kashmore, killing two of the gang.",
        "Attackers stormed a checkpoint near the range where troops were training.",
        "Insurgents released twelve hostages in Helmand on Sunday.",
        "The group carried out three suicide bombings in Kabul last month.",
        "A mortar shell hit a house in Khost, wounding two children.",
    ],
)
def test_violence_stays(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) != []
