"""ACLED typing by what a verb of taking acts on, and families that were rarely found (issue 13
§1-2): people taken are abducted (by the police or troops, arrested), goods, aid and animals
taken are looted, weapons are disrupted weapons use; ground lost "to" someone is ground that
someone took; formations merged or formed are a change to a group; a grave found is Other; a
charge worn under clothes is a suicide bomb; artillery rounds that fall are shelling. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document


def _records(extractor: Extractor, text: str) -> list[tuple[str | None, list[str]]]:
    doc = Document(id="t", text=text, origin="test", pub_date="2024-06-10")
    [(_, records)] = list(extractor.extract([doc]))
    return [(r.acled_sub_event_type, [a.name for a in r.actors if a.role == "actor"])
            for r in records if r.acled_sub_event_type]


def _subs(extractor: Extractor, text: str) -> list[str | None]:
    return [sub for sub, _ in _records(extractor, text)]


ABDUCTION = "Abduction/forced disappearance"
LOOTING = "Looting/property destruction"
GOVERNMENT = "Government regains territory"
NON_STATE = "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people taken by armed men: an abduction, whatever the verb of taking
        ("Masked men took a pharmacist and his nephew from their shop in Tillaberi on Monday.",
         [ABDUCTION]),
        ("Gunmen took four seminarians from a parish house near Ondo on Sunday night.",
         [ABDUCTION]),
        ("Militia members seized a market headman in Beni on Tuesday and drove off with him.",
         [ABDUCTION]),
        ("Unknown men picked up a journalist outside his office in Quetta on Friday.",
         [ABDUCTION]),
        # ... by the police or troops: an arrest
        ("Police picked up three student leaders at a hostel in Lahore on Thursday.",
         ["Arrests"]),
        # the wounded taken to hospital are not taken away
        ("Volunteers took two shopkeepers to hospital in Quetta on Friday.", []),
        # goods, aid and animals taken: looting, not weapons seized
        ("Armed men took about 200 goats from herders near Gao on Wednesday.", [LOOTING]),
        ("Bandits rustled 60 cows from a village outside Sokoto on Saturday.", [LOOTING]),
        # a theft a crowd accuses its victim of is no event of its own
        ("A crowd in Jinja beat to death a man accused of stealing a bicycle on Sunday.",
         ["Mob violence"]),
        ("Rebels made off with the seed stock of a farmers' union in Bambari on Monday.",
         [LOOTING]),
        ("Militants seized two lorries of food aid near Mora on Thursday.", [LOOTING]),
        # weapons taken: disrupted weapons use
        ("Soldiers took possession of an arms depot the insurgents had left in Palma on Monday.",
         ["Disrupted weapons use"]),
        # formations merged or formed: a change to the group
        ("Three armed factions in Darfur said on Monday they had merged into a single front.",
         ["Change to group/activity"]),
        ("A band of deserters formed their own militia near Kalemie on Tuesday.",
         ["Change to group/activity"]),
        # a mass grave found tells of old killings: Other
        ("A mass grave holding about thirty bodies was found near Bucha on Tuesday.", ["Other"]),
        # a charge worn by the one who set it off: a suicide bomb
        ("A young man set off explosives hidden under his coat and strapped to his body at a "
         "wedding in Mardan on Friday, killing five guests.", ["Suicide bomb"]),
        ("A woman detonated explosives concealed under her dress at a market in Konduga on "
         "Sunday, killing two traders.", ["Suicide bomb"]),
        # artillery rounds that fall on a place: shelling
        ("Artillery rounds fired from the east bank fell on a clinic in Kherson on Monday, "
         "killing a nurse.", ["Shelling/artillery/missile attack"]),
    ],
)
def test_taking_and_families(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert _subs(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "sub", "taker"),
    [
        # ground lost "to" someone: that someone took it, its kind decides the sub-type
        ("The army lost the town of Kamituga to M23 rebels on Tuesday after heavy fighting.",
         NON_STATE, "M23"),
        ("Al-Shabaab lost the town of Bulo Burde to government troops on Monday.", GOVERNMENT,
         "government troops"),
        ("The junta lost Hpakant to the KIA on Friday after a week of clashes.", NON_STATE,
         "KIA"),
    ],
)
def test_ground_lost_to_a_taker(extractor: Extractor, text: str, sub: str, taker: str) -> None:
    records = _records(extractor, text)
    assert [s for s, _ in records] == [sub]
    assert any(taker in name for name in records[0][1])


def test_a_vote_lost_is_no_territory(extractor: Extractor) -> None:
    assert _subs(extractor, "The senator lost Arizona to his rival on Tuesday.") == []


@pytest.mark.parametrize("text", [
    # those who took part are the doers of the relative clause, not people taken
    "Dozens of students who had taken part in a sit-in were later sent home.",
    # an imperative gives an example or a direction, not a taking
    "Take, for instance, Amina Bello, a 40-year-old trader from Maiduguri.",
    # what is taken is the head noun: a "phone order" is an order, no phone
    "The cashier said she took a phone order for two pizzas shortly before the shop closed.",
])
def test_no_one_is_taken(extractor: Extractor, text: str) -> None:
    takings = {"Abduction/forced disappearance", "Arrests", "Looting/property destruction"}
    assert not takings & set(_subs(extractor, text))


@pytest.mark.parametrize(("text", "expected"), [
    # the simple present of "form" tells a standing state; a formation is formed in the past
    ("The Tuareg form the largest community in the Kidal region.", []),
    ("Dissident commanders formed a new militia in Ituri on Monday.",
     ["Change to group/activity"]),
    # a tanker taken is goods taken
    ("Fighters seized a fuel tanker near Gao on Friday.", ["Looting/property destruction"]),
])
def test_forming_and_vehicles(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert _subs(extractor, text) == expected
