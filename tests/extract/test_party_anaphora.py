"""'The movement', 'its delegation', 'the apparatus': the organisation the text named before
(extract/party_anaphora.py), and claims placed on the deed an analysis is about."""

from __future__ import annotations

from typing import Any

from roydad.extract.context import DocumentParties
from roydad.extract.party_anaphora import refer_back
from roydad.models import Document


def _parties(names: dict[int, str]) -> DocumentParties:
    return DocumentParties(persons={}, orgs={}, groups={}, country=None, names=names)


def test_a_bare_noun_ending_a_name_is_that_name() -> None:
    parties = _parties({10: "Rapid Intervention Brigade", 80: "Civic Front"})
    assert refer_back("the brigade", 200, parties) == "Rapid Intervention Brigade"
    assert refer_back("front", 200, parties) == "Civic Front"


def test_a_group_word_or_owner_is_the_last_organisation_named_before() -> None:
    parties = _parties({10: "Mon National Liberation Army", 120: "Karen National Union"})
    assert refer_back("the movement", 100, parties) == "Mon National Liberation Army"
    assert refer_back("Its delegation", 300, parties) == "Karen National Union's delegation"
    assert refer_back("the movement's armed wing", 300, parties) == (
        "Karen National Union's armed wing")


def test_nothing_named_before_leaves_the_words() -> None:
    parties = _parties({500: "Karen National Union"})
    assert refer_back("the movement", 100, parties) == "the movement"
    assert refer_back("the police", 600, parties) == "the police"


_TEXT = (
    "Bomb in Tyre: the accounts\n\n"
    "A roadside bomb killed a municipal engineer in Tyre on 14 May 2024. "
    "Analysts recall the shooting in February that killed a local judge in Nabatieh, which is "
    "widely believed to have been carried out by a criminal gang. "
    "In Tyre, suspicion fell on the Popular Resistance Front, a small armed faction. "
    "The front dismissed the accusation as propaganda."
)


def test_suspicion_after_a_recalled_deed_is_on_the_deed_reported(extractor: Any) -> None:
    doc = Document(id="tyre", text=_TEXT, pub_date=None, origin="test")
    [(_, records)] = list(extractor.extract([doc]))
    tyre = next(r for r in records if r.date == "2024-05-14")
    blamed = {(c.kind, c.attributed_to) for c in tyre.claims}
    assert ("attribution", "Popular Resistance Front") in {
        (k, (a or "").removeprefix("the ")) for k, a in blamed}
    assert any(c.kind == "denial" and "Popular Resistance Front" in (c.claimant or "")
               for c in tyre.claims)
