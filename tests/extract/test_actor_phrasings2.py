"""Who acted in phrasings of issue 13 §6 (second round): an ambush fought off names its
attackers first, a member noun reaches through "of" to its group, and a community's militia
is named as ACLED names it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document


def _sides(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, pub_date="2024-05-10", origin="t")
    records = next(iter(extractor.extract([doc])))[1]
    return [(a.role, a.name) for r in records for a in r.actors]


@pytest.mark.parametrize(("text", "attacker"), [
    ("On 3 May 2024, a Burkinabe army unit repulsed an ambush by Ansaroul Islam fighters near "
     "Arbinda, killing six of them.", "Ansaroul Islam"),
    ("Police in Zamfara repelled an ambush by bandits on a highway near Gusau on 4 May 2024.",
     "Unidentified Armed Group"),
])
def test_an_ambush_fought_off_names_its_attackers_as_actors(
        extractor: Extractor, text: str, attacker: str) -> None:
    sides = _sides(extractor, text)
    assert any(role == "actor" and attacker in name for role, name in sides), sides


@pytest.mark.parametrize(("text", "group"), [
    ("Agents of the Basij opened fire on students outside a dormitory in Tabriz on 2 May 2024.",
     "Basij"),
    ("Elements of the Malian army executed seven herders near Diafarabe on 6 May 2024.",
     "Military Forces of Mali"),
])
def test_members_of_a_named_group_are_the_group(
        extractor: Extractor, text: str, group: str) -> None:
    sides = _sides(extractor, text)
    assert any(role == "actor" and group in name for role, name in sides), sides


def test_a_community_militia_is_named_as_acled_names_it(extractor: Extractor) -> None:
    sides = _sides(extractor, "Suspected Tiv militiamen killed nine traders on the road to "
                   "Makurdi (Benue) on 5 May 2024.")
    assert ("actor", "Tiv Ethnic Militia (Nigeria)") in sides, sides


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Chadian soldiers killed nine Boko Haram fighters who attacked their base near Bol on "
     "4 May 2024.", "Boko Haram", "Military Forces of Chad"),
    ("Vigilantes in Katsina fought off bandits who raided a village on 3 May 2024, killing "
     "four of them.", "Unidentified Armed Group", "Vigilante Militia"),
])
def test_those_who_attacked_are_the_first_side(
        extractor: Extractor, text: str, first: str, second: str) -> None:
    actors = [name for role, name in _sides(extractor, text) if role == "actor"]
    assert actors and first in actors[0] and any(second in n for n in actors[1:]), actors
