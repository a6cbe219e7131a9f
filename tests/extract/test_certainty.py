"""Certainty of an event from the wording around its trigger."""

from __future__ import annotations

import pytest
from spacy.language import Language

from roydad.extract.certainty import certainty_of, strongest
from roydad.extract.triggers import TriggerFinder, load_trigger_specs
from tests.extract.helpers import only


@pytest.mark.parametrize(
    ("text", "trigger", "certainty"),
    [
        ("Gunmen killed a police officer in Quetta on Sunday.", "killed", "asserted"),
        ("The commander was killed in the raid, police said.", "killed", "reported"),
        ("The commander was reportedly killed in a drone strike.", "killed", "alleged"),
        ("The commander may have been killed in the strike.", "killed", "speculated"),
        ("No one was killed in the blast, police said.", "killed", "negated"),
        ("The militants did not attack the base.", "attack", "negated"),
        # `no` as a determiner negates its noun (certainty.yaml quotes it: bare, YAML reads
        # a boolean and the cue never matched)
        ("No protests were held in the provincial capital on Friday.", "protests", "negated"),
        # a relative clause's negation describes its noun, even where the parser hangs the
        # deed under it ("since March protested" read as a clause of "received")
        ("Teachers who have not received salaries since March protested outside the "
         "education ministry in Harare on Tuesday.", "protested", "asserted"),
        ("Nurses who had not been paid for months marched to the ministry.", "marched",
         "asserted"),
        ("Two men who did not stop at a checkpoint were shot dead by soldiers.", "shot",
         "asserted"),
        ("The man who did not attack the guards was released.", "attack", "negated"),
    ],
)
def test_certainty(nlp: Language, text: str, trigger: str, certainty: str) -> None:
    assert only(nlp, text, trigger).certainty == certainty


def test_hypothetical_assassination_is_a_threat(nlp: Language) -> None:
    cand = only(nlp, "A militant said he could carry out an assassination for 500 rupees.",
                "assassination")
    assert (cand.event_type, cand.certainty) == ("THREATEN", "hypothetical")


def test_sister_clause_does_not_hedge(nlp: Language) -> None:
    text = ("Police said gunmen killed the cleric, while a local outlet suggested an internal "
            "feud.")
    assert only(nlp, text, "killed").certainty == "reported"


def test_strongest() -> None:
    assert strongest(["asserted", "alleged"]) == "asserted"
    assert strongest(["reported", "alleged"]) == "alleged"
    assert strongest(["asserted", "negated"]) == "asserted"
    assert strongest(["hypothetical", "negated"]) == "negated"


def test_a_trial_is_not_an_attempt(nlp: Language) -> None:
    # WikiEvents dev sentence
    text = ("However, neither Forest nor Luz Fernandez were tried for the Rolando bombing, as "
            "they were released in June 1977.")
    cand = only(nlp, text, "bombing")
    assert (cand.event_type, cand.certainty) == ("ASSAULT", "asserted")


def test_planned_attack_is_hypothetical(nlp: Language) -> None:
    cand = only(nlp, "The cell planned to attack the embassy next month.", "attack")
    assert (cand.event_type, cand.certainty) == ("THREATEN", "hypothetical")


def test_requested_act_has_not_happened(nlp: Language) -> None:
    # WikiEvents dev: the investigation is only asked for.
    cand = only(nlp, "The governor urged the Attorney General's office to investigate Sarmiento.",
                "investigate")
    assert cand.certainty == "hypothetical"


def test_naming_an_attack_is_not_hypothetical(nlp: Language) -> None:
    cand = only(nlp, "On Friday, the French president called the explosion an attack.",
                "explosion")
    assert cand.certainty != "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # WikiEvents dev sentences.
        ("He awaits trial on charges that carry the death penalty if he is convicted.",
         "convicted"),
        ("The governor called on the Attorney General's office to investigate Sarmiento.",
         "investigate"),
    ],
)
def test_conditions_and_calls_are_hypothetical(nlp: Language, text: str, trigger: str) -> None:
    assert only(nlp, text, trigger).certainty == "hypothetical"


def test_a_deed_someone_is_accused_of_ordering_happened(nlp: Language) -> None:
    accused = only(nlp, "Opposition groups have accused the Taliban of ordering the killings.",
                   "killings")
    assert (accused.event_type, accused.certainty) != ("THREATEN", "hypothetical")
    assert accused.certainty != "hypothetical"
    # An order to act, without an accusation, is still about the future.
    ordered = only(nlp, "The commander ordered his men to attack the checkpoint.", "attack")
    assert ordered.certainty == "hypothetical"


def test_a_hedge_on_a_party_does_not_hedge_the_event(nlp: Language) -> None:
    # UCDP dev wording: the suspicion is about who the dead are, not whether they were killed
    for text, word, expected in (
        ("Pakistan security forces gun down four alleged Baloch militants", "gun", "asserted"),
        ("Security forces killed five suspected militants, officials said.", "killed",
         "reported"),
        ("The militants reportedly attacked a police post.", "attacked", "alleged"),
        ("Suspected Boko Haram militants killed at least 18 people in Gwoza on Saturday.",
         "killed", "asserted"),
        ("Police said the alleged attack was staged.", "attack", "alleged"),
    ):
        doc = nlp(text)
        trigger = next(t for t in doc if t.text == word)
        assert certainty_of(trigger, trigger.sent) == expected, text


def test_a_plotted_or_paid_for_killing_has_not_happened(nlp: Language) -> None:
    # sample-05 (the Bolton murder-for-hire plot)
    for text, word in (
        ("The Justice Department has charged a member of Iran's Revolutionary Guard with "
         "plotting to have former national security adviser John Bolton killed.", "killed"),
        ("Prosecutors said that Poursafi offered $300,000 to people in the United States to "
         "carry out the killing in Washington or Maryland.", "killing"),
    ):
        doc = nlp(text)
        trigger = next(t for t in doc if t.text == word)
        assert certainty_of(trigger, trigger.sent) == "hypothetical", text


def test_a_negation_of_an_act_on_a_noun_is_not_of_that_nouns_complement(nlp: Language) -> None:
    """'did not open an investigation into the threats': the investigation is negated, not the
    threats; the negated verb's own object still is ('did not carry out the attack')."""
    text = "Police did not open an investigation into the threats against the reporter."
    assert only(nlp, text, "threats").certainty == "asserted"
    text = "The prosecutor has not launched an inquiry into the killing of the activist."
    assert only(nlp, text, "killing").certainty == "asserted"
    text = "The militants did not carry out the attack on the convoy, their spokesman said."
    assert only(nlp, text, "attack").certainty == "negated"


def test_a_modifier_of_an_event_noun_is_as_sure_as_it(nlp: Language) -> None:
    """'the risk of roadside bomb attacks': 'bomb' names the same, feared, attack."""
    doc = nlp("Drivers face the risk of roadside bomb attacks on the mountain road.")
    hits = TriggerFinder(nlp, list(load_trigger_specs())).find(doc)
    assert {h.span.text for h in hits} == {"roadside bomb", "attacks"}
    assert {certainty_of(h.head, h.head.sent) for h in hits} == {"hypothetical"}


def test_an_act_that_had_been_planned_by_someone_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    from tests.extract.helpers import only

    told = only(nlp, "The spokesman said the attack had been planned by handlers abroad.",
                "attack")
    assert told.certainty != "hypothetical"
    planned = only(nlp, "Militants planned an attack on the checkpoint.", "attack")
    assert planned.certainty == "hypothetical"
