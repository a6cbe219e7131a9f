"""Claims in long analyses (issue 13, section 8): a denial of the deed itself, "was the work
of X", and a party named as part of another."""

from __future__ import annotations

import pytest
from spacy.language import Language

from roydad.extract.claims import claims_in
from roydad.models import Claim


def _claims(nlp: Language, text: str) -> list[Claim]:
    return [fc.claim for sent in nlp(text).sents for fc in claims_in(sent)]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The militia denied shooting the two farmers near the dam.", "militia"),
        ("Police denied that their officers had fired on the crowd.", "Police"),
        ("The rebel command denied on Friday that its fighters had been in the village.",
         "rebel command"),
        ("A provincial official denied that any government unit had taken part in the raid.",
         "provincial official"),
    ],
)
def test_a_denied_deed_is_a_denial(nlp: Language, text: str, denier: str) -> None:
    claims = _claims(nlp, text)
    assert [(c.kind, c.claimant, c.certainty) for c in claims] == [("denial", denier, "negated")]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied that the negotiations had collapsed.",
        "Border guards denied the reporters entry to the camp.",
    ],
)
def test_a_denial_of_something_else_is_no_claim(nlp: Language, text: str) -> None:
    assert _claims(nlp, text) == []


def test_what_a_denial_says_is_not_an_attribution(nlp: Language) -> None:
    claims = _claims(nlp, "The movement denied that its men were behind the ambush.")
    assert [c.kind for c in claims] == ["denial"]


def test_the_work_of_a_party(nlp: Language) -> None:
    [claim] = _claims(nlp, "Investigators believe the ambush was the work of a bandit gang.")
    assert (claim.kind, claim.claimant, claim.attributed_to, claim.certainty) == (
        "attribution", "Investigators", "bandit gang", "speculated")
    [said] = _claims(nlp, "Traders say the bombing of the depot was the work of a rival cartel.")
    assert (said.attributed_to, said.certainty) == ("rival cartel", "alleged")


def test_the_work_of_someone_is_no_claim_without_a_deed(nlp: Language) -> None:
    assert _claims(nlp, "The new mural was the work of two local painters.") == []


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        ("The mayor blamed remnants of the old militia for the blast.",
         "remnants of the old militia"),
        ("Prosecutors accused members of Boko Haram of planting the mine.",
         "members of Boko Haram"),
    ],
)
def test_a_part_of_a_party_keeps_the_party(nlp: Language, text: str, blamed: str) -> None:
    [claim] = _claims(nlp, text)
    assert (claim.kind, claim.attributed_to) == ("attribution", blamed)
