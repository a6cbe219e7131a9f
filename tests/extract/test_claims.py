"""Claims of responsibility, denials and rival attributions."""

from __future__ import annotations

from spacy.language import Language

from roydad.extract.claims import claims_in
from roydad.models import Claim


def _claims(nlp: Language, text: str) -> list[Claim]:
    return [fc.claim for sent in nlp(text).sents for fc in claims_in(sent)]


def test_responsibility(nlp: Language) -> None:
    [claim] = _claims(nlp, "ISIS-K claimed responsibility for the explosion in Mazar-i-Sharif.")
    assert (claim.kind, claim.claimant, claim.attributed_to, claim.certainty) == (
        "responsibility", "ISIS-K", "ISIS-K", "claimed"
    )


def test_no_group_claimed(nlp: Language) -> None:
    [claim] = _claims(nlp, "No group has claimed responsibility for the killings.")
    assert (claim.kind, claim.claimant, claim.certainty) == ("responsibility", None, "negated")


def test_denial(nlp: Language) -> None:
    [claim] = _claims(nlp, "The Taliban denied any involvement in the attack.")
    assert (claim.kind, claim.claimant, claim.certainty) == ("denial", "Taliban", "negated")


def test_rival_attributions(nlp: Language) -> None:
    text = "Opponents blame the Taliban, while some point to Pakistan's intelligence service."
    claims = _claims(nlp, text)
    assert [(c.kind, c.attributed_to) for c in claims] == [
        ("attribution", "Taliban"),
        ("attribution", "Pakistan's intelligence service"),
    ]
    assert claims[0].claimant == "Opponents"
    assert claims[1].certainty == "speculated"
    assert all(c.text == text for c in claims)


def test_claim_attaches_to_the_event_in_its_sentence(extractor) -> None:  # type: ignore[no-untyped-def]
    from roydad.models import Document

    # Two attacks; the claim names the first one, after the second was reported.
    text = ("A bomb exploded in Quetta on Monday, killing five people. On Tuesday gunmen shot "
            "dead two policemen in Peshawar. The Pakistani Taliban claimed responsibility for "
            "the Quetta bombing on Monday.")
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    claimed = [r for r in records if r.claims]
    assert len(claimed) == 1
    assert any("Quetta" in m.text and "exploded" in m.text for m in claimed[0].mentions)


def test_culprit_named_in_a_reported_clause(nlp: Language) -> None:
    [claim] = _claims(nlp, "Sources close to the Taliban said last week that Pakistan's "
                           "Inter-Services Intelligence (ISI) was behind the attack.")
    assert (claim.kind, claim.attributed_to, claim.certainty) == (
        "attribution", "Inter-Services Intelligence", "alleged"
    )
    assert claim.claimant is not None and claim.claimant.startswith("Sources")


def test_responsible_for_and_a_guess(nlp: Language) -> None:
    [said] = _claims(nlp, "Police said the Pakistani Taliban were responsible for the bombing.")
    assert (said.claimant, said.attributed_to, said.certainty) == (
        "Police", "Pakistani Taliban", "alleged"
    )
    [guess] = _claims(nlp, "Officials believe the Baloch Liberation Army was behind the blast.")
    assert (guess.attributed_to, guess.certainty) == ("the Baloch Liberation Army", "speculated")
    [part] = _claims(nlp, "One local outlet suggested that a feud inside the movement could "
                          "have played a part in the killing.")
    assert (part.claimant, part.certainty) == ("One local outlet", "speculated")


def test_being_behind_something_else_is_no_claim(nlp: Language) -> None:
    assert _claims(nlp, "The car was behind the bus when the light changed.") == []
    assert _claims(nlp, "No group was behind the attack, officials said.") == []


def test_a_blamed_party_keeps_an_owner_the_name_leaves_out(nlp: Language) -> None:
    # Without "the group's", the service would resolve to the event country's intelligence.
    text = ("Opponents of the Taliban blamed the group's intelligence service for the attack, "
            "while others blamed its fighters.")
    assert [c.attributed_to for c in _claims(nlp, text)] == [
        "group's intelligence service", "its fighters"
    ]


def test_a_party_blamed_that_denies_it_in_a_relative_clause(nlp: Language) -> None:
    text = "No group claimed the attack, but officials blamed the Taliban, who denied it."
    claims = [(c.kind, c.claimant, c.attributed_to, c.certainty) for c in _claims(nlp, text)]
    assert claims == [
        ("responsibility", None, None, "negated"),
        ("attribution", "officials", "Taliban", "asserted"),
        ("denial", "Taliban", "Taliban", "negated"),
    ]


def test_a_named_group_claims_not_its_description(nlp: Language) -> None:
    [claim] = _claims(nlp, "The Baluch militant group Jaish al-Adl claimed responsibility on "
                           "Friday.")
    assert (claim.claimant, claim.attributed_to) == ("Jaish al-Adl", "Jaish al-Adl")


def test_each_party_accused_is_a_claim(nlp: Language) -> None:
    claims = _claims(nlp, "The minister accused Israel and the United States of arming the "
                          "gunmen.")
    assert [c.attributed_to for c in claims] == ["Israel", "the United States"]
    assert {c.claimant for c in claims} == {"minister"}


def test_holding_a_meeting_or_a_funeral_blames_nobody(nlp: Language) -> None:
    assert _claims(nlp, "Funeral prayers for the victims were held on 12 May in the stadium.") == []
    assert _claims(nlp, "The two sides agreed to hold a meeting of their border commission.") == []
    [claim] = _claims(nlp, "Villagers held the militia responsible for the massacre.")
    assert claim.attributed_to == "militia"


def test_a_question_or_a_date_is_not_a_party(nlp: Language) -> None:
    assert _claims(nlp, "Nobody knows who was behind the bombing.") == []
    assert _claims(nlp, "Its leaders attacked clerics whom it accuses of treason.") == []


def test_the_attribution_verbs_are_those_of_the_lexicon(nlp: Language) -> None:
    """claims.yaml's attribution.verbs decides which verbs attribute: a verb taking its party as
    object ("implicated"), one with a preposition ("tied ... to"), and a guessing one."""
    from roydad.extract.claims import lexicon

    assert {"implicate", "tie", "blame"} <= lexicon().attribution_verbs
    [claim] = _claims(nlp, "Investigators implicated a local militia in the ambush.")
    assert (claim.kind, claim.attributed_to, claim.certainty) == (
        "attribution", "local militia", "asserted")
    [claim] = _claims(nlp, "Prosecutors tied the bombing to a banned separatist faction.")
    assert (claim.attributed_to, claim.certainty) == ("banned separatist faction", "alleged")
    assert not _claims(nlp, "Investigators questioned a local militia about the ambush.")


def test_an_attribution_preposition_needs_its_verb_listed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from roydad.datafiles import DataFileError, data_path, load
    from roydad.datafiles.lexicons import ClaimsFile

    text = data_path("data/lexicons/claims.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "claims.yaml"
    broken.write_text(text.replace("preps: {link: to,", "preps: {connect: to, link: to,"), "utf-8")
    with pytest.raises(DataFileError, match=r"\['connect'\] are not among attribution.verbs"):
        load(broken, ClaimsFile)


def test_a_relative_or_passive_claim_of_the_attack(nlp: Language) -> None:
    [relative] = _claims(nlp, "In March a car bomb killed nine guards near Chabahar, an attack "
                              "the group later claimed.")
    assert (relative.kind, relative.certainty) == ("responsibility", "claimed")
    [passive] = _claims(nlp, "The ambush was claimed by the Baloch Liberation Army.")
    assert (passive.kind, passive.claimant) == ("responsibility", "the Baloch Liberation Army")
    [unclaimed] = _claims(nlp, "Neither killing has been claimed.")
    assert unclaimed.certainty == "negated"


def test_rejecting_a_suggestion_is_a_denial(nlp: Language) -> None:
    [claim] = _claims(nlp, "The ministry rejected any suggestion that its soldiers had crossed "
                           "the border.")
    assert (claim.kind, claim.claimant) == ("denial", "ministry")
