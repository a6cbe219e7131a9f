"""What a party fires or flies, and what it holds: "a Kenyan drone struck", "the army camp was
overrun" name the party behind the weapon and the party that holds the target."""

from __future__ import annotations

import pytest

from roydad.resolve.actors import ActorResolver


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.load()


@pytest.mark.parametrize(("mention", "hint", "expected"), [
    # "A Kenyan drone struck a vehicle near Mandera."
    ("Kenyan drone", None, "Military Forces of Kenya"),
    # "Pakistani aircraft bombed hideouts in Khost."
    ("Pakistani aircraft", "AFG", "Military Forces of Pakistan"),
    # "Government helicopters dropped barrel bombs on Daraya."
    ("Government helicopters", "SYR", "Military Forces of Syria"),
    # "Saudi air defences intercepted a missile over Jizan."
    ("Saudi air defences", None, "Military Forces of Saudi Arabia"),
    # "US and British aircraft struck positions near Hodeidah."
    ("US and British aircraft", "YEM", "Military Forces of the United States"),
    # "RSF drones struck a power station in Omdurman": the group, read in its country
    ("RSF drones", "SDN", "RSF: Rapid Support Forces"),
])
def test_a_named_party_s_platform_is_that_party(
        resolver: ActorResolver, mention: str, hint: str | None, expected: str) -> None:
    assert resolver.resolve(mention, country_hint=hint).name.startswith(expected)


@pytest.mark.parametrize("mention", ["drone", "aircraft", "helicopters", "missile"])
def test_a_bare_platform_names_no_state(resolver: ActorResolver, mention: str) -> None:
    """"A drone struck a car": anyone's drone, whatever country the report is about."""
    found = resolver.resolve(mention, country_hint="SDN")
    assert not found.name.startswith(("Military", "Government"))


@pytest.mark.parametrize(("mention", "hint", "expected"), [
    # "Militants overran an army camp near Gao."
    ("army camp", "MLI", "Military Forces of Mali"),
    # "Gunmen looted a UN warehouse in Bunia."
    ("UN warehouse", "COD", "United Nations"),
    # "Rioters set fire to a Taliban checkpoint in Badakhshan."
    ("Taliban checkpoint", "AFG", "Taliban"),
    # "A roadside bomb hit a federal police patrol near Kirkuk."
    ("federal police patrol", "IRQ", "Police Forces of Iraq"),
    # "Gang members fired on police stations in Cap-Haitien."
    ("police stations", "HTI", "Police Forces of Haiti"),
])
def test_a_target_is_hit_through_its_owner(
        resolver: ActorResolver, mention: str, hint: str, expected: str) -> None:
    assert resolver.resolve(mention, country_hint=hint).name.startswith(expected)


@pytest.mark.parametrize("mention", ["Saravan outpost", "Lahore bank", "civilian vehicle",
                                     "Kabul University"])
def test_a_target_without_a_party_keeps_its_words(resolver: ActorResolver, mention: str) -> None:
    found = resolver.resolve(mention, country_hint="PAK")
    assert found.name == mention and found.kb_id is None


@pytest.mark.parametrize(("mention", "hint", "expected"), [
    # "About 3,500 families fled Tirah after the fighting."
    ("About 3,500 families", "PAK", "Civilians (Pakistan)"),
    # "Thirty police officers in Helmand surrendered."
    ("Thirty police officers", "AFG", "Police Forces of Afghanistan"),
    # "The last British troops left the base."
    ("last British troops", "AFG", "Military Forces of the United Kingdom"),
    # "Angry mobs burned shops in Meiktila."
    ("angry mobs", "MMR", "Rioters (Myanmar)"),
    # "Armed gangs blocked the road to Croix-des-Bouquets." / "Suspected cartel gunmen ..."
    ("armed gangs", "HTI", "Unidentified Gang (Haiti)"),
    ("suspected cartel gunmen", "MEX", "Unidentified Gang (Mexico)"),
    # "Three reporters were beaten outside the court in Dhaka."
    ("three reporters", "BGD", "Journalists (Bangladesh)"),
    # "Al-Shabaab remnants attacked the village": the group, not an unknown
    ("al-Shabaab remnants", "SOM", "Al Shabaab"),
])
def test_counted_and_named_kinds_of_people(
        resolver: ActorResolver, mention: str, hint: str, expected: str) -> None:
    assert resolver.resolve(mention, country_hint=hint).name.startswith(expected)


@pytest.mark.parametrize(("mention", "hint", "expected"), [
    # "Ukrainian guns pounded Russian positions east of Siversk."
    ("Russian positions", "UKR", "Military Forces of Russia"),
    # "Pakistani troops fired on an Indian post in Poonch."
    ("an Indian post", "IND", "Military Forces of India"),
    # "The 221 Battalion base outside Monguno was overrun."
    ("221 Battalion base", "NGA", "Military Forces of Nigeria"),
])
def test_a_target_named_by_its_state_or_unit_is_that_state_s_forces(
        resolver: ActorResolver, mention: str, hint: str, expected: str) -> None:
    assert resolver.resolve(mention, country_hint=hint).name.startswith(expected)
