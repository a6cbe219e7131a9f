"""'Members of X', 'fighters of X': the party is X when X names one (a name, a phrase the actor
knowledge base knows, or the named owner of a unit), never the bare word 'members'.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document


def _actors(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, pub_date="2024-01-10", origin="t")
    records = next(iter(extractor.extract([doc])))[1]
    return [(a.text, a.name) for r in records for a in r.actors if a.role == "actor"]


@pytest.mark.parametrize(("text", "party"), [
    ("On 16 October 2023, 40 members of an Ansaru cell turned themselves in to the army in "
     "Birnin Gwari.", "Ansaru"),
    ("Members of the Taliban's morality police detained three men at a market in Kunduz on "
     "Monday.", "Taliban"),
    ("Gunmen of the Tren de Aragua gang shot dead two shopkeepers in Maracaibo on Monday.",
     "Tren de Aragua"),
])
def test_the_group_the_members_belong_to(extractor: Extractor, text: str, party: str) -> None:
    found = _actors(extractor, text)
    assert any(party in t or party in n for t, n in found), found
    assert not any(t.lower() in ("members", "gunmen") for t, _ in found)


def test_members_of_no_party_stay_as_written(extractor: Extractor) -> None:
    text = "Members of a family were killed when a shell hit their home in Kharkiv on Monday."
    doc = Document(id="t", text=text, pub_date="2024-01-10", origin="t")
    records = next(iter(extractor.extract([doc])))[1]
    assert all(a.name != "family" for r in records for a in r.actors)


def test_members_of_a_party_later_in_a_list(extractor: Extractor) -> None:
    """"Taliban fighters and members of the AFF": the parser may hang the 'of' on the first
    member of the list; the party belongs to the member right before it."""
    text = ("On 5 May 2023, Taliban fighters and members of the Afghanistan Freedom Front "
            "exchanged fire in Kohistanat district (Sar-e Pol).")
    found = _actors(extractor, text)
    names = [n for _, n in found]
    assert names[0] == "Taliban" and any("Afghanistan Freedom Front" in n for n in names[1:])
    assert not any(t.lower() == "members" for t, _ in found)
