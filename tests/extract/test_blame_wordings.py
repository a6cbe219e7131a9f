"""Blame worded through a spokesman, a launch site or a pronoun (extract/blame_wordings.py), and
killings and threats told without a killing or threatening verb (families.yaml)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from roydad.extract.blame_wordings import launch_sites_in, reworded
from roydad.extract.claims import claims_in
from roydad.extract.suppositions import suppositions_in
from roydad.extract.triggers import TriggerFinder, load_trigger_specs
from roydad.models import Claim


def _claims(nlp: Language, text: str) -> list[Claim]:
    return [fc.claim for sent in nlp(text).sents for fc in reworded(
        [*claims_in(sent), *suppositions_in(sent), *launch_sites_in(sent)])]


def _found(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    finder = TriggerFinder(nlp, list(load_trigger_specs()))
    return [(h.span.text, h.spec.event_type, h.spec.acled_sub) for h in finder.find(nlp(text))]


def test_spokesman_claims_for_his_group(nlp: Language) -> None:
    text = ("Omar Sadiq, a spokesman for the Mountain Lions Front, said the group carried out "
            "the raid on the customs post.")
    claims = _claims(nlp, text)
    assert any(c.kind == "responsibility" and c.attributed_to and "Mountain Lions Front"
               in c.attributed_to and c.claimant == c.attributed_to for c in claims)


def test_a_spokesman_reporting_another_party_is_no_claim(nlp: Language) -> None:
    text = ("Omar Sadiq, a spokesman for the provincial police, said the Mountain Lions Front "
            "carried out the raid on the customs post.")
    assert not any(c.kind == "responsibility" for c in _claims(nlp, text))


@pytest.mark.parametrize(("text", "blamed", "claimant"), [
    ("The garrison said the rockets were launched from rebel-held orchards north of the town.",
     "rebel", "garrison"),
    ("Officials said the shells were fired from villages controlled by the Northern Brigade.",
     "the Northern Brigade", "Officials"),
])
def test_launched_from_ground_a_party_holds(
    nlp: Language, text: str, blamed: str, claimant: str
) -> None:
    claims = [c for c in _claims(nlp, text) if c.kind == "attribution"]
    assert any(c.attributed_to == blamed and c.certainty == "speculated"
               and c.claimant is not None and claimant in c.claimant for c in claims)


def test_launched_from_a_plain_place_blames_nobody(nlp: Language) -> None:
    text = "The army said the rockets were launched from an orchard north of the town."
    assert not any(c.kind == "attribution" for c in _claims(nlp, text))


def test_it_denied_is_the_party_named_before(nlp: Language) -> None:
    text = ("The Sahel Herders Union answered on Tuesday. It denied that its members had killed "
            "the villagers.")
    denials = [c for c in _claims(nlp, text) if c.kind == "denial"]
    assert denials and denials[0].claimant is not None
    assert "Sahel Herders Union" in denials[0].claimant


@pytest.mark.parametrize(("text", "word"), [
    ("Shepherds found the bodies of four traders dumped in a dry riverbed.", "found"),
    ("The body of the village chief was found beside the road to the market.", "found"),
    ("Rescuers recovered the bodies of twelve farmers from the burned huts.", "recovered"),
])
def test_bodies_found_are_a_killing(nlp: Language, text: str, word: str) -> None:
    assert (word, "ASSAULT", "Attack") in _found(nlp, text)


@pytest.mark.parametrize(("text", "word", "event_type"), [
    ("The mayor vowed to hunt down the men who burned the market.", "vowed", "THREATEN"),
    ("The militia declared every driver who pays the toll a legitimate target.", "declared",
     "THREATEN"),
    ("The elders gave the district chief seven days to arrest the gunmen, failing which "
     "their sons would take up arms.", "gave", "THREATEN"),
])
def test_threats_without_threaten(nlp: Language, text: str, word: str, event_type: str) -> None:
    assert word in [f[0] for f in _found(nlp, text) if f[1] == event_type]


@pytest.mark.parametrize(("text", "word"), [
    ("The mayor vowed to rebuild the market before the rains.", "vowed"),
    ("The court declared the election result valid.", "declared"),
    ("The company gave its workers three days of leave.", "gave"),
    ("Divers found the body of a swimmer near the pier.", "nothing"),
])
def test_no_threat_without_its_words(nlp: Language, text: str, word: str) -> None:
    assert word not in [f[0] for f in _found(nlp, text) if f[1] == "THREATEN"]
