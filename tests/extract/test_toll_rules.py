"""Fatalities as ACLED counts them (issue 13 §7): number words joined by a hyphen, pronouns
that stand for a counted group (the attackers' dead count too), an earlier event's dead told to
place the reported one, denied deaths, people who came out unhurt, one of the wounded dying
later, lives lost, a toll whose number its verb leads to, and the dead of a lynching."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from roydad.extract.numbers import casualty_counts
from roydad.extract.pipeline import Extractor
from roydad.models import Document


def _dead(nlp: Language, text: str) -> int | None:
    count = casualty_counts(next(nlp(text).sents))["dead"]
    return None if count is None else count.value


def _tolls(extractor: Extractor, text: str) -> list[int | None]:
    doc = Document(id="t", text=text, pub_date=date(2024, 5, 20), origin="test")
    records = next(iter(extractor.extract([doc])))[1]
    return [r.fatalities for r in records if r.acled_event_type is not None]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Forty-one miners died when the raiders blew up the shaft.", 41),
        ("Twenty-six villagers and some 12 raiders were killed in the fighting.", 38),
        # a pronoun after a counted group counts that group, once
        ("Three raiders shot dead two herders before they were killed by the villagers.", 5),
        ("Four bombers blew themselves up at the depot, killing themselves and two guards.", 6),
        ("The crowd seized three men at the market and beat them to death.", 3),
        ("Five pilgrims died after they were shot dead at the shrine.", 5),
        # people of a hyphenated noun, and a life lost
        ("The shells killed a farmer and a passer-by near the bridge.", 2),
        ("Eight fishermen lost their lives when the boat was shelled.", 8),
        ("Soldiers neutralised 14 insurgents near the border post.", 14),
        ("A toll from the market bombing in the old city centre climbed to 31 by night.", 31),
    ],
)
def test_deaths_as_written(nlp: Language, text: str, dead: int) -> None:
    assert _dead(nlp, text) == dead


@pytest.mark.parametrize(
    "text",
    [
        "Engineers neutralised a landmine on the road to the airport.",
        "They said they were looking for work in the city.",
        # deaths of an earlier event, told to place this one
        "The shop was torched two weeks after a raid on the street that killed 12 traders.",
        "Marches go on in the capital despite a death toll of more than 300.",
        # denied deaths
        "The navy denied rebel claims that nine sailors had been killed.",
    ],
)
def test_no_death_of_this_event(nlp: Language, text: str) -> None:
    assert _dead(nlp, text) is None


def test_a_denied_doer_leaves_the_dead(nlp: Language) -> None:
    assert _dead(nlp, "The police denied that officers killed four farmers.") == 4


def test_unhurt_is_a_zero_toll(nlp: Language) -> None:
    assert _dead(nlp, "A mine hit the patrol truck; the crew escaped unhurt.") == 0
    assert _dead(nlp, "The bomb killed two guards, but the judge escaped unharmed.") == 2


def test_a_later_sentence_adds_one_of_the_wounded(extractor: Extractor) -> None:
    text = ("Gunmen raided a tea shop in Garissa on Friday, killing two men and wounding four. "
            "One of the wounded died in hospital the next morning.")
    assert _tolls(extractor, text) == [3]


def test_an_earlier_event_keeps_its_own_dead(extractor: Extractor) -> None:
    text = ("A drone struck a pickup near Marib on Sunday, killing three fighters, four days "
            "after rebels killed 9 soldiers in an ambush in the same district.")
    assert sorted(t for t in _tolls(extractor, text) if t is not None) == [3, 9]


def test_a_lynching_carries_its_dead(extractor: Extractor) -> None:
    assert _tolls(extractor, "A mob lynched two men accused of theft in Mzuzu on Sunday.") == [2]
