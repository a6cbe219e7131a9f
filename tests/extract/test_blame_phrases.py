"""Blame said without a verb of blaming (extract/blame_phrases.py), and the blame verbs whose
party hangs on the deed or after 'either' (extract/claims.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from roydad.extract.blame_phrases import blame_phrases_in
from roydad.extract.claims import claims_in
from roydad.models import Claim


def _phrased(nlp: Language, text: str) -> list[Claim]:
    return [fc.claim for sent in nlp(text).sents for fc in blame_phrases_in(sent)]


def _claimed(nlp: Language, text: str) -> list[Claim]:
    return [fc.claim for sent in nlp(text).sents for fc in claims_in(sent)]


@pytest.mark.parametrize(("text", "claimant", "blamed", "certainty"), [
    ("After the ambush near Gao, suspicion fell on a splinter faction of the MNLA.", None,
     "splinter faction of the MNLA", "speculated"),
    ("In Quetta, fingers were pointed at the Baloch Liberation Front.", None,
     "the Baloch Liberation Front", "alleged"),
    ("Local officials pointed the finger at the Shining Path.", "Local officials",
     "the Shining Path", "alleged"),
    ("The massacre was laid at the door of the Wagner Group by the opposition.", "opposition",
     "the Wagner Group", "alleged"),
    ("The bombing of the pipeline bears the hallmarks of the ELN.", None, "ELN",
     "speculated"),
    ("For diplomats in Bamako, the ambush had all the hallmarks of a Russian operation.",
     "diplomats", "Russian", "speculated"),
    ("The army's attribution of the attack to the Arakan Army surprised nobody.", "army",
     "the Arakan Army", "alleged"),
])
def test_blame_without_a_blaming_verb(
    nlp: Language, text: str, claimant: str | None, blamed: str, certainty: str
) -> None:
    [claim] = _phrased(nlp, text)
    assert (claim.kind, claim.claimant, claim.attributed_to, claim.certainty) == (
        "attribution", claimant, blamed, certainty)


@pytest.mark.parametrize(("text", "blamed"), [
    ("A claim carried by the group's news agency named two of the attackers.", "group"),
    ("A claim posted in the name of the Mujahideen Shura Council was deleted within hours.",
     "the Mujahideen Shura Council"),
    ("A claim issued by a Telegram channel close to Ansar al-Sunna appeared that night.",
     "Ansar al-Sunna"),
])
def test_a_claim_told_as_a_noun_is_a_claim_of_responsibility(
    nlp: Language, text: str, blamed: str
) -> None:
    [claim] = _phrased(nlp, text)
    assert (claim.kind, claim.attributed_to, claim.certainty) == (
        "responsibility", blamed, "claimed")


def test_a_medium_linked_to_a_group_blames_nobody(nlp: Language) -> None:
    text = "A claim issued by a website linked to a faction of the Abu Sayyaf Group was withdrawn."
    kinds = {c.kind for c in _claimed(nlp, text) + _phrased(nlp, text)}
    assert kinds == {"responsibility"}


@pytest.mark.parametrize(("text", "claimant", "blamed"), [
    ("It cannot be ruled out, a police chief admitted, that cattle rustlers ordered the "
     "killing.", "police chief", "cattle rustlers"),
    ("It cannot be excluded that the Mai-Mai militia carried out the raid.", None,
     "the Mai-Mai militia"),
])
def test_a_guess_left_open_is_a_speculated_attribution(
    nlp: Language, text: str, claimant: str | None, blamed: str
) -> None:
    [claim] = _phrased(nlp, text)
    assert (claim.claimant, claim.attributed_to, claim.certainty) == (
        claimant, blamed, "speculated")


@pytest.mark.parametrize("text", [
    "The rain fell on the market in the afternoon.",
    "Investigators pointed at the crater and took photographs.",
    "The minister rejected the accusations against the police.",
    "The claim that the army shelled the village was rejected by the ministry.",
    "The new mosque bears the hallmarks of Ottoman architecture.",
    "It cannot be ruled out that talks will resume in May.",
])
def test_words_that_blame_nobody(nlp: Language, text: str) -> None:
    assert _phrased(nlp, text) == []


def test_the_party_may_hang_on_the_deed(nlp: Language) -> None:
    claims = _claimed(nlp, "The governor attributed the explosion to the Islamic State in "
                           "Somalia on Tuesday.")
    assert [(c.kind, c.attributed_to) for c in claims] == [
        ("attribution", "the Islamic State")]


def test_either_names_two_parties(nlp: Language) -> None:
    claims = _claimed(nlp, "Police in Guayaquil suspect either the Choneros gang of the port "
                           "or dissidents within the Lobos.")
    assert sorted(c.attributed_to or "" for c in claims) == [
        "Choneros gang of the port", "dissidents within the Lobos"]


def test_a_remark_dismissed_is_a_denial(nlp: Language) -> None:
    [claim] = _claimed(nlp, "The Chadian army dismissed the remark as slander.")
    assert (claim.kind, claim.claimant) == ("denial", "Chadian army")
