"""Rival accounts of who did it read as attribution claims (extract/suppositions.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from roydad.extract.suppositions import suppositions_in
from roydad.models import Claim


def _supposed(nlp: Language, text: str) -> list[Claim]:
    return [fc.claim for sent in nlp(text).sents for fc in suppositions_in(sent)]


@pytest.mark.parametrize(("text", "claimant", "blamed", "certainty"), [
    ("Some diplomats suggest that Syrian intelligence wanted to punish the defector for "
     "talking to reporters.", "diplomats", "Syrian intelligence", "speculated"),
    ("A second view, common among traders in the bazaar, is that the Haqqani network is "
     "settling a debt.", "traders", "Haqqani network", "speculated"),
    ("Others say the Wagner Group carried out the massacre.", "Others", "Wagner Group",
     "alleged"),
    ("There is a theory that the Kurdistan Workers' Party ordered the bombing.", None,
     "the Kurdistan Workers' Party", "speculated"),
    ("A senator hinted that elements of the army may have looked the other way.", "senator",
     "elements of the army", "speculated"),
])
def test_a_supposition_blames_the_party_of_its_clause(
    nlp: Language, text: str, claimant: str | None, blamed: str, certainty: str
) -> None:
    [claim] = _supposed(nlp, text)
    assert (claim.kind, claim.claimant, claim.attributed_to, claim.certainty) == (
        "attribution", claimant, blamed, certainty)


def test_in_their_telling_is_the_account_of_the_sentence_before(nlp: Language) -> None:
    text = ("Three shopkeepers told reporters that the mayor had many enemies. In their telling, "
            "the device was planted by agents of the Interior Ministry.")
    [claim] = _supposed(nlp, text)
    assert (claim.claimant, claim.attributed_to) == (
        "Three shopkeepers", "agents of the Interior Ministry")


@pytest.mark.parametrize(("text", "blamed", "certainty"), [
    ("The ambush may have been led by a commander of the Islamic State.",
     "commander of the Islamic State", "speculated"),
    ("The raid was probably carried out by Hamas fighters.", "Hamas fighters", "speculated"),
    ("Police said the attack had been ordered by a cell of al-Shabaab in Mogadishu.",
     "cell of al-Shabaab in Mogadishu", "alleged"),
])
def test_a_hedged_or_planning_passive_names_who_is_behind(
    nlp: Language, text: str, blamed: str, certainty: str
) -> None:
    [claim] = _supposed(nlp, text)
    assert (claim.attributed_to, claim.certainty) == (blamed, certainty)


def test_a_perpetrator_tied_to_a_group_blames_the_group(nlp: Language) -> None:
    [claim] = _supposed(nlp, "Police said the gunmen belonged to the Baloch Liberation Army.")
    assert (claim.claimant, claim.attributed_to) == ("Police", "the Baloch Liberation Army")


@pytest.mark.parametrize("text", [
    # a guess that names no deed
    "Analysts suggest that the government will struggle to hold elections next year.",
    # an asserted doer is the actor, not a supposition
    "Police said militants carried out the attack.",
    "The bombing was carried out by the Pakistani Taliban, officials said.",
    # a perpetrator near a name he is not tied to
    "Police said the gunmen fled towards the United Nations compound.",
    # no party: a cause
    "The blast was probably caused by a gas leak.",
    # a fear for the future, and an obligation, are no attribution of a deed done
    "Officials believe cheap drones could one day be used by smugglers to carry explosives.",
    "Some members argued that the movement had to admit responsibility for raids carried out "
    "in its name.",
])
def test_no_supposition(nlp: Language, text: str) -> None:
    assert _supposed(nlp, text) == []


def test_a_report_which_suggests_is_the_report(nlp: Language) -> None:
    text = ("A leaked memo which suggested that the militia had ordered the shelling was "
            "published in May.")
    [claim] = _supposed(nlp, text)
    assert (claim.claimant, claim.attributed_to) == ("leaked memo", "militia")


def test_an_unnamed_person_blames_no_one(nlp: Language) -> None:
    text = ("A provincial lawmaker told a radio station on Monday that the man believed to have "
            "carried out the shooting had been detained in Mardan.")
    assert not [c.attributed_to for c in _supposed(nlp, text)]
