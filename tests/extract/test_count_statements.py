"""Fatality counts as a coder reads them (issue 13 section 7, data/codebook/README.md
`fatalities`): a bound keeps its figure, a ceiling and a vague quantity give none, a toll revised
up or told by two sources is one toll, and deaths told across sentences add up unless restated."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from roydad.extract.numbers import Count, casualties
from roydad.extract.pipeline import Extractor
from roydad.extract.records import Fatalities, combine_counts
from roydad.models import Document


def _count(nlp: Language, text: str) -> Count | None:
    return casualties(next(nlp(text).sents), "dead")


def _tolls(extractor: Extractor, text: str) -> list[tuple[int | None, int | None, int | None]]:
    doc = Document(id="t", text=text, pub_date=date(2024, 3, 6), origin="test")
    records = next(iter(extractor.extract([doc])))[1]
    return [(r.fatalities, r.fatalities_low, r.fatalities_high) for r in records
            if r.acled_event_type is not None]


# A bound before a number word keeps the number as the figure.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than sixty villagers died when the raiders set the huts alight.",
         Count(60, 60, None)),
        ("Well over thirty pilgrims were killed in the stampede the gunfire caused.",
         Count(30, 30, None)),
        ("The militia killed nearly forty herders near the river.", Count(40, None, 40)),
        ("About fifty people were killed in the night raid.", Count(50, 50, 50)),
    ],
)
def test_a_bound_keeps_its_figure(nlp: Language, text: str, expected: Count) -> None:
    assert _count(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of passengers were killed when the train was shelled.",
        "Scores of fishermen died in the attack on the harbour.",
        "Hundreds of people are feared to have died in the bombardment.",
    ],
)
def test_a_vague_plural_gives_no_figure(nlp: Language, text: str) -> None:
    count = _count(nlp, text)
    assert count is None or count.value is None


# A ceiling is how high the toll may go: the upper bound only.
@pytest.mark.parametrize(
    ("text", "high"),
    [
        ("The rockets killed up to 25 people in the camp, aid workers said.", 25),
        ("As many as 70 worshippers died in the blast.", 70),
        ("Doctors put the death toll as high as 45.", 45),
    ],
)
def test_a_ceiling_is_only_the_upper_bound(nlp: Language, text: str, high: int) -> None:
    assert _count(nlp, text) == Count(None, None, high)


def test_a_ceiling_leaves_the_reported_figure() -> None:
    # "… killing 12 people. Medics said the toll could be as high as 30."
    assert combine_counts([Count(12, 12, 12), Count(None, None, 30)]) == Fatalities(12, 12, 30)


# A vague quantity beside a number adds nothing to it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine soldiers and several insurgents were killed in the ambush.", Count(9, 9, None)),
        ("Four guards and a number of the raiders died in the shootout.", Count(4, 4, None)),
        ("Some villagers and two teachers were killed when the school was attacked.",
         Count(2, 2, None)),
    ],
)
def test_a_vague_quantity_is_not_a_number(nlp: Language, text: str, expected: Count) -> None:
    assert _count(nlp, text) == expected


# Two reporting clauses in one sentence state one toll twice: never a sum.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said six soldiers died, while local officials said nine were killed.",
         Count(9, 6, 9)),
        ("Police initially reported four deaths; the hospital later said more than twenty "
         "bodies had been brought in.", Count(20, 4, 20)),
    ],
)
def test_two_sources_state_one_toll(nlp: Language, text: str, expected: Count) -> None:
    assert _count(nlp, text) == expected


def test_a_count_in_the_lines_own_voice_and_a_reported_one_still_add(nlp: Language) -> None:
    text = "Gunmen killed three guards, and police said two of the attackers also died."
    assert _count(nlp, text) == Count(5, 5, 5)


def test_a_toll_revised_up_is_the_new_figure() -> None:
    # "officials first said 10 had died … the hospital later counted more than 50"
    assert combine_counts([Count(10, 10, 10), Count(50, 50, None)]) == Fatalities(50, 10, 50)
    # a lower bound stated before the point count does not revise it
    assert combine_counts([Count(100, 100, None), Count(9, 9, 9)]) == Fatalities(9, 9, 100)


# Whole reports: a toll that rises, deaths told across sentences, attackers among the dead.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen raided a police post in Kohat on Monday, killing 12 constables. By nightfall "
         "the toll had risen to 19, a spokesman said.", (19, 12, 19)),
        ("A landmine hit a truck carrying labourers near Khost on Sunday, killing 14 of them. "
         "The toll rose to 16 after two of the injured died in hospital.", (16, 14, 16)),
        ("A shopkeeper was shot dead by two men on a motorbike in Peshawar on Friday. His "
         "nephew, who was hit in the chest, died hours later.", (2, 2, 2)),
        ("Gunmen fired on two lawyers outside the district court in Quetta on Tuesday. Both "
         "men died on the way to hospital.", (2, 2, 2)),
        ("Two policemen were killed when gunmen attacked their van in Tank on Monday. A "
         "passer-by died too.", (3, 3, 3)),
        ("A grenade hit a police post in Quetta on Monday, killing a constable. Two "
         "passers-by were killed as well.", (3, 3, 3)),
        ("Militants stormed an army camp in Zhob on Wednesday, killing seven soldiers. Three "
         "militants were also killed in the gunfight.", (10, 10, 10)),
        ("A car bomb tore through a market in Mogadishu on Monday, killing 12 people. Medics "
         "said the toll could be as high as 30.", (12, 12, 30)),
        # the attackers' dead are added to the others', told with or without "also"
        ("Insurgents ambushed a supply convoy near Parachinar on Monday, killing five soldiers. "
         "The army said eight insurgents were killed in the return fire.", (13, 13, 13)),
        ("Robbers attacked a bank in Karachi on Monday, killing two guards. Both attackers "
         "were shot dead by police.", (4, 4, 4)),
        # a count of people, on no side, may be the total of both
        ("Fighting broke out at a checkpoint in Khyber on Monday. Seven people were killed. "
         "Five soldiers died and two militants were killed.", (7, 7, 7)),
        ("Fighting broke out at a checkpoint in Khyber on Monday. Seven people were killed. "
         "Two militants were killed, the army said.", (7, 2, 7)),
        # one side's dead restated are not added
        ("Troops killed six militants in a raid in North Waziristan on Monday. Six militants "
         "were killed, the military said.", (6, 6, 6)),
    ],
)
def test_report_tolls(extractor: Extractor, text: str,
                      expected: tuple[int | None, int | None, int | None]) -> None:
    assert _tolls(extractor, text)[0] == expected


def test_the_dead_of_both_sides_are_added() -> None:
    soldiers, militants = Count(5, 5, 5, attackers=False), Count(8, 8, 8, attackers=True)
    assert combine_counts([soldiers, militants]) == Fatalities(13, 13, 13)
    # a statement that does not tell the side (a toll, "killing 13") may be the total
    assert combine_counts([soldiers, militants, Count(13, 13, 13)]) == Fatalities(13, 5, 13)


def _injured(nlp: Language, text: str) -> Count | None:
    return casualties(next(nlp(text).sents), "injured")


# Headline verbs the tagger misreads still count their victims.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police fire on marchers in Lagos, two hurt", Count(2, 2, 2)),
        ("Troops open fire on rally in Dhaka, five hurt", Count(5, 5, 5)),
        ("Mob attacks bus in Kano, three hurt", Count(3, 3, 3)),
        ("Grenade hurled at bus stand in Quetta, 4 hurt in blast", Count(4, 4, 4)),
        ("Mortar fire wounds 4 children in Kotli", Count(4, 4, 4)),
    ],
)
def test_headline_injuries(nlp: Language, text: str, expected: Count) -> None:
    assert _injured(nlp, text) == expected


def test_a_headline_verb_with_victims_after_it_is_active(nlp: Language) -> None:
    assert _count(nlp, "UPDATE 3-Gunmen kill 9 at wedding party in Swat") == Count(9, 9, 9)


# A death that caused a crowd to act is an earlier event's, not the crowd's toll.
@pytest.mark.parametrize(
    "text",
    [
        "Protesters stoned a police station in Sanandaj during rallies over the death of a "
        "young woman in custody.",
        "Villagers torched a police post in Kasur after two boys were killed in a raid.",
        "Students blocked the highway in Swat on Monday after a classmate was shot dead by "
        "police.",
        "Hundreds of villagers staged a sit-in in Chaman against the killing of a shopkeeper.",
    ],
)
def test_a_death_that_caused_a_crowd_to_act_is_not_its_toll(nlp: Language, text: str) -> None:
    assert _count(nlp, text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one fight: the deaths that started it are its own
        ("Troops returned fire after militants killed two soldiers at a post in Tank.",
         Count(2, 2, 2)),
        # a protest a state lodges reports the death
        ("Pakistan lodges protest with India over soldier's death at LoC", Count(1, 1, 1)),
        ("Clashes over the killing of a tribal elder left five people dead in Kurram.",
         Count(5, 5, 5)),
    ],
)
def test_deaths_told_with_their_cause_still_count(nlp: Language, text: str,
                                                  expected: Count) -> None:
    assert _count(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal in digits counts all the victims up to it
        ("A 13th victim died in hospital on Tuesday.", Count(13, 13, 13)),
        ("An eleventh miner was pulled dead from the rubble.", Count(11, 11, 11)),
        # the bomber among those he killed
        ("The bomber detonated his vest at the gate, killing three guards and himself.",
         Count(4, 4, 4)),
        # a vague group beside a number told with another death word adds nothing either
        ("At least five civilians were killed, and several soldiers died.", Count(5, 5, None)),
        # "the number of dead": a toll
        ("Village elders said the number of dead was more than twenty.", Count(20, 20, None)),
        ("By Tuesday the tally of deaths stood at 9.", Count(9, 9, 9)),
    ],
)
def test_more_ways_of_telling_a_count(nlp: Language, text: str, expected: Count) -> None:
    assert _count(nlp, text) == expected
