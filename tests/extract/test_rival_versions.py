"""Rival versions told as staging, claims spoken through a medium, a denial of "the
accusation" far from it (extract/rival_versions.py, claim_targets.py), and speech words that tell
no speech act (extract/speech_nonevents.py, spoken.py). Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from roydad.extract.claims import claims_in
from roydad.extract.pipeline import Extractor
from roydad.extract.rival_versions import spoken_for, staged_in
from roydad.extract.speech_nonevents import (
    accused_described,
    nobody_accused,
    purpose_of_meeting,
)
from roydad.extract.spoken import saying_verb
from roydad.models import Claim, Document


def _staged(nlp: Language, text: str) -> list[Claim]:
    return [f.claim for sent in nlp(text).sents for f in staged_in(sent)]


def _token(nlp: Language, text: str, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in nlp(text) if t.text == word)


def test_a_deed_staged_by_a_party_in_a_reported_clause_blames_it(nlp: Language) -> None:
    text = ('On Monday the rebels\' spokesman, Idris Kamara, said the ambush had been "staged by '
            'the security services to discredit the movement".')
    [claim] = _staged(nlp, text)
    assert claim.kind == "attribution" and claim.certainty == "alleged"
    assert claim.attributed_to is not None and "security services" in claim.attributed_to
    assert claim.claimant is not None and "Kamara" in claim.claimant


def test_staged_told_after_the_clause_is_still_told_by_its_speaker(nlp: Language) -> None:
    [claim] = _staged(nlp, "The bombing was staged by the secret police, the opposition said.")
    assert claim.claimant == "opposition"
    assert claim.attributed_to is not None and "secret police" in claim.attributed_to


def test_a_narrated_staging_is_no_rival_version(nlp: Language) -> None:
    assert _staged(nlp, "The ambush was staged by insurgents near the river crossing.") == []
    assert _staged(nlp, "Students staged a sit-in outside the ministry, a witness said.") == []


def test_a_false_flag_by_a_party_blames_it(nlp: Language) -> None:
    [claim] = _staged(nlp, "The separatists called the raid a false-flag operation by the army.")
    assert claim.claimant == "separatists" and claim.attributed_to is not None
    assert "army" in claim.attributed_to


def test_a_statement_in_the_name_of_a_group_claims_for_the_group(nlp: Language) -> None:
    sent = next(nlp("A statement posted in the name of the Kataib Sayyid group claimed the "
                    "shooting on Sunday.").sents)
    [found] = [spoken_for(f) for f in claims_in(sent)]
    assert found.claim.kind == "responsibility"
    assert found.claim.claimant is not None and "Kataib Sayyid" in found.claim.claimant
    assert found.claim.attributed_to == found.claim.claimant


def test_a_denial_of_the_accusation_concerns_the_deed_blamed(extractor: Extractor) -> None:
    filler = ("Residents of the district say they have learned to live with checkpoints and "
              "with the noise of trucks at night. ") * 3
    text = (
        "On 2 March gunmen killed six farmers in Koro.\n\n"
        "On 3 March the governor accused the Dozo militia of the killings.\n\n"
        "On 5 March a bomb killed two soldiers on the road to Bankass.\n\n" + filler + "\n\n"
        "On 8 March the Dozo militia rejected the accusation.\n\n" + filler
    )
    doc = Document(id="t", text=text, pub_date="2025-03-10", origin="test")
    (_, records), = extractor.extract([doc])
    koro = next(r for r in records if r.event_type == "ASSAULT" and r.date == "2025-03-02")
    bankass = next(r for r in records if r.event_type == "ASSAULT" and r.date == "2025-03-05")
    assert any(c.kind == "denial" for c in koro.claims)
    assert not any(c.kind == "denial" for c in bankass.claims)


def test_what_a_meeting_is_for_is_no_agreement(nlp: Language) -> None:
    assert purpose_of_meeting(_token(
        nlp, "The envoys met the rebel commander in Mopti to agree on a truce.", "agree"))
    assert purpose_of_meeting(_token(
        nlp, "The chiefs held talks with the prefect on Friday to sign a pact.", "sign"))
    assert not purpose_of_meeting(_token(
        nlp, "The envoys met the rebel commander and agreed on a truce.", "agreed"))


def test_people_described_as_accused_are_no_accusation(nlp: Language) -> None:
    assert accused_described(_token(
        nlp, "Soldiers detained nine herders accused of guiding the raiders.", "accused"))
    assert not accused_described(_token(
        nlp, "The mayor accused the police of guiding the raiders.", "accused"))


def test_a_saying_verb_joined_to_the_quote_is_its_speaker(nlp: Language) -> None:
    text = ('"We will rebuild the well, and those who poisoned it will pay for it," a village '
            "elder, Musa Diallo, said at the funeral.")
    said = saying_verb(_token(nlp, text, "pay"))
    assert said is not None and said.lemma_ == "say"


def test_a_dated_accusation_by_a_named_body_is_a_happening(extractor: Extractor) -> None:
    text = ("On 2 June gunmen killed eleven villagers in Tarka.\n\n"
            "On 4 June the Interior Ministry accused the Ansaru group of the massacre and "
            "asked the army to pursue them.")
    doc = Document(id="t", text=text, pub_date="2025-06-06", origin="test")
    (_, records), = extractor.extract([doc])
    assert any(r.event_type == "ACCUSE" and r.date == "2025-06-04" for r in records)


def test_nobody_charged_is_no_accusation(nlp: Language) -> None:
    assert nobody_accused(_token(nlp, "A week later, no one has been charged.", "charged"))
    assert nobody_accused(_token(nlp, "Nobody was accused of the looting.", "accused"))
    assert not nobody_accused(_token(nlp, "Two guards were charged with the looting.",
                                     "charged"))
