"""Triggers → PLOVER category and mode, on real headline and news wording."""

from __future__ import annotations

import pytest
from spacy.language import Language

from roydad.extract.triggers import TriggerFinder, load_trigger_specs
from roydad.ontology import load_ontology


def _found(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    finder = TriggerFinder(nlp, list(load_trigger_specs()))
    return [(h.span.text, h.spec.event_type, h.spec.mode) for h in finder.find(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UCDP dev headline
        ("Suicide bombing at southwest Pakistan checkpoint kills 3",
         ("Suicide bombing", "ASSAULT", "suicide-attack")),
        ("Police arrested three men at the border crossing on Saturday.",
         ("arrested", "COERCE", "arrest")),
        ("The foreign ministers met in Doha on Monday.", ("met", "CONSULT", "meet")),
        ("The US Treasury imposed sanctions on two Taliban officials.",
         ("sanctions", "SANCTION", "economic")),
        ("A US drone strike killed the al-Qaeda leader in Kabul.",
         ("drone strike", "ASSAULT", "drone")),
        ("The group pledged allegiance to the Islamic State.",
         ("pledged allegiance", "SUPPORT", "pledge")),
    ],
)
def test_trigger_types(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(nlp, text)


def test_longest_trigger_wins(nlp: Language) -> None:
    found = _found(nlp, "A suicide bombing hit the market.")
    assert ("suicide bombing", "ASSAULT", "suicide-attack") in found
    assert not any(text == "bombing" for text, _, _ in found)


def test_fixed_phrases_are_not_events(nlp: Language) -> None:
    assert _found(nlp, "He suffered a heart attack on Monday.") == []


def test_lexicon_modes_exist_in_ontology() -> None:
    ontology = load_ontology()
    for spec in load_trigger_specs():
        assert spec.event_type in ontology.categories
        assert ontology.is_mode(spec.event_type, spec.mode), spec


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # WikiEvents dev sentences: harm, damage, coercion, requests, investigations.
        ("On December 21, 2015 in Bagram, a suicide bomber blew himself up, killing six NATO "
         "service members.", ("blew", "ASSAULT", "suicide-attack")),
        ("The explosion caused significant damage to nearby buildings.",
         ("damage", "ASSAULT", None)),
        ("They deplored the slaughter and maiming of men, women and children.",
         ("maiming", "ASSAULT", None)),
        ("Russian forces had suppressed the insurrection.", ("suppressed", "COERCE", "disrupt")),
        ("The government is pressuring public employees to vote.",
         ("pressuring", "THREATEN", "attack")),
        ("Pro-government supporters holding Venezuela's flag march in Caracas.",
         ("march", "PROTEST", "demonstrate")),
        ("French police are hunting a suspect believed to have deposited a paper bag.",
         ("hunting", "ACCUSE", "investigate")),
        ("Civilians have been sent into the military court system, where they can face lengthy "
         "prison sentences.", ("prison sentences", "SANCTION", "convict")),
        ("The minister said he has instructed all police prefects to reinforce security.",
         ("instructed", "REQUEST", "demand")),
    ],
)
def test_more_trigger_types(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # UCDP dev headlines: the month "March" and a banned party are no events.
        "Pakistan police kill five terrorists in Karachi 5 March",
        "Pakistan  MARCH 2017",
        "Deadly clashes as banned Pakistan party continues protest",
    ],
)
def test_months_and_statuses_are_not_triggers(nlp: Language, text: str) -> None:
    found = _found(nlp, text)
    assert not any(t in ("PROTEST", "COERCE") and w.lower() in ("march", "banned")
                   for w, t, _ in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Illness, not violence (WikiEvents dev, Venezuelan outbreak reporting).
        ("It allows for the allocation of resources to attack the virus.", "attack"),
        ("However, there may not be any disease to battle.", "battle"),
        ("The deceased died of different causes, including an old man dying of diabetes.",
         "died"),
        # A danger named, not a threat made.
        ("He awaits trial on charges that carry the threat of execution if he is convicted.",
         "threat"),
        ("We will not relent in our mission to counter the threat of terrorism.", "threat"),
    ],
)
def test_figurative_and_generic_uses_are_not_triggers(nlp: Language, text: str, word: str) -> None:
    assert word not in [w for w, _, _ in _found(nlp, text)]


def test_real_threat_and_killing_remain(nlp: Language) -> None:
    found = [w for w, _, _ in _found(nlp, "The militants threatened to attack the school, and "
                                          "two guards died in the shooting.")]
    assert "threatened" in found and "died" in found


def test_hit_with_sanctions_is_figurative(nlp: Language) -> None:
    # WikiEvents dev headline.
    found = _found(nlp, "Trump administration hits 13 Venezuelans with sanctions.")
    assert not [w for w, t, _ in found if t == "ASSAULT"]
    assert ("hit", "ASSAULT", None) in _found(nlp, "The army claimed to have hit three gunmen.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Violence against journalists has drastically curbed the press.",
         ("curbed", "COERCE", "disrupt")),
        ("Federal troops were deployed to repel incursions by militants.",
         ("repel", "COERCE", "disrupt")),
        ("They're obliging us to vote, said the young father.",
         ("obliging", "THREATEN", "attack")),
    ],
)
def test_impede_and_coerce(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(nlp, text)


def test_with_the_aid_of_is_no_aid_event(nlp: Language) -> None:
    # WikiEvents dev sentence.
    text = "The government, likely with the aid of Russia and China, will manage to hold on."
    assert not [t for _, t, _ in _found(nlp, text) if t == "AID"]
    assert ("aid", "AID", "humanitarian") in _found(nlp, "The UN sent aid to Gaza on Monday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UCDP dev headlines: a misspelling common in the region's press, a body found shot
        ("Unidentified men gundown policeman in Pakistan", ("gundown", "ASSAULT", "firearms")),
        ("PAF officer's bullet-riddled body found in Balochistan",
         ("bullet-riddled body", "ASSAULT", "firearms")),
    ],
)
def test_regional_wording(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(nlp, text)


def test_phrases_match_by_lemma_and_by_form(nlp: Language) -> None:
    finder = TriggerFinder(nlp, list(load_trigger_specs()))
    doc = nlp("Gunmen gunned down a judge; troops exchanged fire with militants.")
    words = [doc[start:end].text for start, end, _ in finder.matches(doc)]
    # "gunned down" as written (the lemma pattern "gun down" also matches it), and a lemma
    # sequence whose form differs ("exchanged fire" for "exchange fire")
    assert "gunned down" in words and "exchanged fire" in words
    # in document order
    starts = [start for start, _, _ in finder.matches(doc)]
    assert starts == sorted(starts)


def test_opened_fire_when_the_parser_makes_the_verb_a_modifier(nlp: Language) -> None:
    # The small model parses "opened" as an adjective of "fire" here (tagged VBN all the same).
    doc = nlp("Gunmen on a motorcycle opened fire on their car near a market in the west of "
              "the city.")
    finder = TriggerFinder(nlp, list(load_trigger_specs()))
    assert [(h.span.text, h.spec.event_type) for h in finder.find(doc)] == [
        ("opened fire", "ASSAULT")
    ]


@pytest.mark.parametrize("text, expected", [
    ("Pakistani military aircraft struck suspected hideouts of the Pakistani Taliban inside "
     "Afghanistan early on Monday, killing eight people.", ["struck", "killing"]),
    ("The two countries struck a deal on border trade.", []),
    ("The government struck a conciliatory tone.", []),
])
def test_strike_senses(nlp: Language, text: str, expected: list[str]) -> None:
    finder = TriggerFinder(nlp, list(load_trigger_specs()))
    assert [h.span.text for h in finder.find(nlp(text))] == expected


@pytest.mark.parametrize("text, set_aside", [
    # read and set aside as no event: background of other news, a figure of speech, a game
    ("Ministers gathered on Sunday for the tenth anniversary of the hospital bombing.", True),
    ("Doctors say the new vaccine will help the body attack the virus.", True),
    ("The striker shot twice in the first half of the cup final.", True),
    # nothing of the lexicon read as no event: the classifier may still be asked
    ("Herders set the grain stores of two villages near Mopti alight overnight.", False),
    ("Two soldiers were killed when their patrol came under fire near Gao.", False),
])
def test_sets_aside_tells_a_trigger_read_as_no_event(nlp: Language, text: str,
                                                      set_aside: bool) -> None:
    finder = TriggerFinder(nlp, list(load_trigger_specs()))
    assert finder.sets_aside(nlp(text)) is set_aside
