"""ACLED typing, fourth round (issue 13 §1): bombs dropped from aircraft and strikes on vehicles
are air strikes; fire traded between two armed sides is an armed clash; riot-control force on a
crowd is a protest with intervention and stones thrown at troops a riot; ground entered "without
firing a shot" is one non-violent transfer; an arrest with weapons seized stays an arrest; an
attack on civilians the rules read stays an attack. Sentences written for these tests."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document


def _subs(extractor: Extractor, text: str) -> list[str | None]:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    return [r.acled_sub_event_type for r in records if r.acled_sub_event_type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bombs released from aircraft, and the noun "strike" done by an air force or on a
        # vehicle: Air/drone strike
        ("A guided bomb hit a depot on the outskirts of Orikhiv, officials said.",
         ["Air/drone strike"]),
        ("Government jets carried out strikes on militia hideouts near Kutum.",
         ["Air/drone strike"]),
        ("A strike on a pickup truck near Marib killed three fighters.",
         ["Air/drone strike"]),
        # ... and a bomb planted on the ground stays an IED
        ("A bomb hidden in a parked van went off near the market in Baidoa, killing two.",
         ["Remote explosive/landmine/IED"]),
        # fire traded between armed sides
        ("Border guards and smugglers traded gunfire near Saravan, killing one smuggler.",
         ["Armed clash"]),
        # riot-control force: a protest broken up
        ("Police fired tear gas at students gathered outside the ministry in Kinshasa.",
         ["Protest with intervention"]),
        ("Officers used pepper spray to push back demonstrators at the port gates in Durres.",
         ["Protest with intervention"]),
        # stones thrown at troops by a crowd: a riot, not a battle
        ("Angry farmers hurled stones at soldiers guarding the land registry in Mbarara.",
         ["Violent demonstration"]),
        # ground entered without a fight: one transfer, no shooting record
        ("Rebel fighters entered Bossangoa without firing a shot after the garrison left.",
         ["Non-violent transfer of territory"]),
    ],
)
def test_codebook_types(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert _subs(extractor, text) == expected


def test_an_arrest_with_weapons_seized_stays_one_arrest(extractor: Extractor) -> None:
    text = ("Navy commandos detained four members of a smuggling cell in Tumaco and seized "
            "assault rifles and explosives.")
    assert _subs(extractor, text) == ["Arrests"]


def test_passengers_shot_by_gunmen_stay_an_attack(extractor: Extractor) -> None:
    text = ("Gunmen ambushed a minibus on the road to Beni, killing five passengers, local "
            "officials said.")
    assert "Armed clash" not in _subs(extractor, text)
    assert "Attack" in _subs(extractor, text)
