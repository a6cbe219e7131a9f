"""Who acted, however the sentence puts it: the attacker after "came under attack by", the
members of a group the tagger took for a facility, and the party that fired "a barrage of"
rockets. Sentences written for these tests."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document


def _actors(extractor: Extractor, text: str) -> list[str]:
    doc = Document(id="t", text=text, pub_date="2024-05-10", origin="t")
    records = next(iter(extractor.extract([doc])))[1]
    return [a.name for r in records for a in r.actors if a.role == "actor"]


@pytest.mark.parametrize(("text", "party"), [
    ("An army checkpoint in Tank (Khyber Pakhtunkhwa) came under attack by TTP fighters on "
     "2 May 2024; one soldier was killed.", "TTP"),
    ("Two traders were gunned down by suspected members of the Clan del Golfo near Apartado "
     "(Antioquia) on 6 May 2024.", "Clan del Golfo"),
    ("Officers of the Rapid Action Battalion shot dead a man they accused of smuggling in "
     "Teknaf on 4 May 2024.", "Police Forces of Bangladesh"),
    ("The Houthis fired a salvo of missiles at Jizan on Wednesday, wounding three people.",
     "Houthi"),
])
def test_the_doer_is_found(extractor: Extractor, text: str, party: str) -> None:
    found = _actors(extractor, text)
    assert any(party in name for name in found), found
