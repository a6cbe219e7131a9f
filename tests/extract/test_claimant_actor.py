"""A group that claims the deed in the report's own account is its actor1 (ACLED codes the
claimant), also when the tagger misreads its acronym ("IS" as 'is') or the report refers to it
by a pronoun ("It claimed the bombing"). A party only blamed, or one that denied, stays a claim.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from roydad.eval.coded import RecordCoder
from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _records(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, pub_date="2024-01-10", origin="t")
    return [r for r in next(iter(extractor.extract([doc])))[1] if r.acled_event_type]


@pytest.mark.parametrize(("text", "group"), [
    ("On 6 May 2023, gunmen shot dead five Shia pilgrims near Balad (Salah al-Din). "
     "IS claimed the killings.", "Islamic State"),
    ("On 2 June 2022, a roadside bomb killed four soldiers near Diffa. IS claimed the attack "
     "on its news agency.", "Islamic State"),
    ("Al Shabaab has grown bolder around Kismayo. It claimed a bombing at a hotel there on "
     "3 March that killed nine guests.", "Al Shabaab"),
    ("The BLA says the pipeline is a legitimate target. On 12 April they claimed a blast on it "
     "near Dera Bugti that killed two guards.", "BLA"),
])
def test_the_claiming_group_is_actor1(extractor: Extractor, text: str, group: str) -> None:
    records = _records(extractor, text)
    assert records
    claimants = [c.claimant or "" for r in records for c in r.claims
                 if c.kind == "responsibility"]
    assert any(group in c for c in claimants), claimants
    assert any(group in RecordCoder().sides(r)[0] for r in records)


def test_a_group_that_denied_stays_out_of_the_actors(extractor: Extractor) -> None:
    text = ("On 9 May 2023, a bomb killed six people at a bus stop in Peshawar. "
            "The TTP denied any role in it.")
    records = _records(extractor, text)
    assert records
    assert all("TTP" not in RecordCoder().sides(r)[0] for r in records)
    assert all(a.role != "actor" or "TTP" not in a.name for r in records for a in r.actors)
