"""How rival attributions are worded in long analyses (issue 13, section 8): verbs of hinting
and speaking of, pronouns claimed, hedges, blame held back, whole blamed phrases, claimants of
a message, plain reports of who did a deed told before, and blames of nobody. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from roydad.extract.claims import claims_in
from roydad.extract.pipeline import Extractor
from roydad.extract.suppositions import suppositions_in
from roydad.models import Claim, Document


def _claims(nlp: Language, text: str) -> list[Claim]:
    return [fc.claim for sent in nlp(text).sents
            for fc in (*claims_in(sent), *suppositions_in(sent))]


def _blames(nlp: Language, text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(c.kind, c.claimant, c.attributed_to, c.certainty) for c in _claims(nlp, text)]


@pytest.mark.parametrize(("text", "claimant", "blamed"), [
    ("Relatives hint at a land dispute.", "Relatives", "land dispute"),
    ("Opposition deputies speak of hit squads run from the capital.", "Opposition deputies",
     "hit squads"),
    ("A human rights group points, cautiously, to the state militia.", "human rights group",
     "state militia"),
])
def test_hinting_and_speaking_of_a_party_is_a_guess(
    nlp: Language, text: str, claimant: str, blamed: str
) -> None:
    assert _blames(nlp, text) == [("attribution", claimant, blamed, "speculated")]


def test_speaking_of_a_deed_blames_nobody(nlp: Language) -> None:
    assert _claims(nlp, "Witnesses spoke of the massacre at the river crossing.") == []


def test_the_blamed_party_keeps_what_qualifies_it(nlp: Language) -> None:
    [claim] = _claims(nlp, "The dead man's brothers hint at a quarrel over water.")
    assert claim.attributed_to == "quarrel over water"
    [feud] = _claims(nlp, "Others point to a feud with a commander he had sacked.")
    assert feud.attributed_to is not None and "commander" in feud.attributed_to


@pytest.mark.parametrize(("text", "blamed"), [
    ("Some villagers point to relatives of a herder whom the chief had fined.",
     "relatives of a herder"),
    ("Others point to a quarrel with a transport boss, who denies it.",
     "quarrel with a transport boss"),
])
def test_the_blamed_phrase_ends_before_a_clause_or_an_aside(
    nlp: Language, text: str, blamed: str
) -> None:
    assert [c.attributed_to for c in _claims(nlp, text) if c.kind == "attribution"] == [blamed]


def test_a_pronoun_claimed_is_a_claim_of_responsibility(nlp: Language) -> None:
    assert _blames(nlp, "Al-Shabaab claimed it through its Radio Andalus station.") == [
        ("responsibility", "Al-Shabaab", "Al-Shabaab", "claimed")]
    assert _claims(nlp, "The minister claimed it was an accident.") == []


@pytest.mark.parametrize(("text", "certainty"), [
    ("Farmers privately blame the police for the killing.", "alleged"),
    ("The mayor accused the cartel, without evidence, of ordering the attack.", "alleged"),
])
def test_a_hedge_on_the_blame(nlp: Language, text: str, certainty: str) -> None:
    [claim] = _claims(nlp, text)
    assert (claim.kind, claim.certainty) == ("attribution", certainty)


def test_blame_held_back_blames_nobody(nlp: Language) -> None:
    claims = _claims(nlp, "Western diplomats believe a splinter faction planted the bomb, "
                          "though they stopped short of blaming its leadership.")
    assert [c.attributed_to for c in claims] == ["splinter faction"]
    assert _claims(nlp, "The governor declined to blame the army for the shooting.") == []


def test_a_blame_after_a_denial_is_not_negated(nlp: Language) -> None:
    assert _blames(nlp, "The rebels denied involvement and blamed a criminal network.") == [
        ("denial", "rebels", "rebels", "negated"),
        ("attribution", "rebels", "criminal network", "asserted"),
    ]


def test_blaming_the_deed_on_a_party(nlp: Language) -> None:
    [claim] = _claims(nlp, "Many residents blamed the bombing on a breakaway faction.")
    assert (claim.kind, claim.attributed_to) == ("attribution", "breakaway faction")


def test_both_sides_blaming_the_other_blames_nobody(nlp: Language) -> None:
    assert _claims(nlp, "Both sides blame the other for the shelling.") == []


def test_the_speaker_of_a_message_claims(nlp: Language) -> None:
    [claim] = _claims(nlp, "A spokesman for the Arakan Army posted a message claiming the "
                           "ambush.")
    assert claim.kind == "responsibility"
    assert claim.claimant is not None and "Arakan Army" in claim.claimant


@pytest.mark.parametrize(("text", "blamed"), [
    ("The police said that the coalition's fighters had carried out the attack.",
     "coalition's fighters"),
    ("The police said that the brigade's gunmen had carried out the attack.",
     "brigade's gunmen"),
])
def test_a_report_of_who_did_a_deed_told_before(nlp: Language, text: str, blamed: str) -> None:
    assert _blames(nlp, text) == [("attribution", "police", blamed, "alleged")]


def test_a_report_of_a_new_act_is_no_claim(nlp: Language) -> None:
    assert _claims(nlp, "Officials said insurgents attacked a checkpoint near the border.") == []


def test_a_supposed_killing_is_the_killing_told_before(extractor: Extractor) -> None:
    text = ("The district chief of Kalat was shot dead on 14 March outside his office. "
            "Some elders think he may have been killed by rivals inside his own tribe. "
            "Others point to a dispute with a contractor he had fired.")
    doc = Document(id="w", text=text, origin="test", pub_date=date(2025, 3, 20))
    [(_, records)] = list(extractor.extract([doc]))
    blamed = [{c.attributed_to or "" for c in r.claims} for r in records
              if r.event_type == "ASSAULT" and r.claims]
    assert len(blamed) == 1
    assert any("rivals" in b for b in blamed[0]) and any("contractor" in b for b in blamed[0])


def test_a_late_denial_is_about_the_deed_not_the_last_blame(extractor: Extractor) -> None:
    text = ("Gunmen killed a trader in Sibi on 10 March. Some residents suspect a rival clan. "
            "On 12 March an air strike hit a wedding party near Kohlu, killing nine guests. "
            "The bride's father, a schoolteacher, said the guests had been dancing in the "
            "courtyard when the roof came down, and that the village had no fighters in it. "
            "Survivors carried the wounded on tractors to the hospital in the district town, "
            "where doctors said two children were in a critical condition and more blood was "
            "needed. Elders asked the provincial government for compensation and a visit. "
            "The air force denied that it had carried out any strike near Kohlu.")
    doc = Document(id="d", text=text, origin="test", pub_date=date(2025, 3, 20))
    [(_, records)] = list(extractor.extract([doc]))
    denied = [r for r in records if any(c.kind == "denial" for c in r.claims)]
    assert len(denied) == 1
    assert denied[0].location is not None and denied[0].location.name != "Sibi"
