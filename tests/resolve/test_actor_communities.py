"""Militias named by their community, forces named by their own state's demonym, and the
armed groups added for issue 13 §6. Mentions written for these tests."""

from __future__ import annotations

import pytest

from roydad.resolve.actors import ActorResolver
from roydad.resolve.community_militias import CommunityMilitias


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.load()


@pytest.mark.parametrize(("mention", "country", "name"), [
    ("alleged Fulani gunmen", "NGA", "Fulani Ethnic Militia (Nigeria)"),
    ("heavily armed Dinka militiamen", "SSD", "Dinka Ethnic Militia (South Sudan)"),
    ("armed Nuer youths", "SSD", "Nuer Ethnic Militia (South Sudan)"),
    ("Lendu militia fighters", "COD", "Lendu Ethnic Militia (Democratic Republic of Congo)"),
    ("rival Pokot raiders", "KEN", "Pokot Ethnic Militia (Kenya)"),
])
def test_a_community_with_an_armed_head_is_its_militia(
        resolver: ActorResolver, mention: str, country: str, name: str) -> None:
    assert resolver.resolve(mention, country_hint=country).name == name


@pytest.mark.parametrize("mention", [
    "Fulani herdsmen",          # a community at work, not armed
    "Nuer youths",              # youths without "armed" may be a crowd
    "Hema and Lendu fighters",  # two communities are two parties
    "Dinka",                    # a community alone
])
def test_a_community_alone_names_no_militia(resolver: ActorResolver, mention: str) -> None:
    assert "Ethnic Militia" not in resolver.resolve(mention, country_hint="SSD").name


def test_the_label_needs_words_of_the_table_only() -> None:
    table = CommunityMilitias.from_lexicon({"community_militias": {
        "name": "{community} Ethnic Militia ({country})",
        "name_no_country": "{community} Ethnic Militia", "sector": "UAF",
        "communities": {"tiv": "Tiv"}, "heads": ["militiamen"], "armed_heads": ["youths"],
        "qualifiers": ["armed", "suspected"]}})
    assert table is not None
    militia = table.label(["suspected", "tiv", "militiamen"], "Nigeria")
    assert militia == "Tiv Ethnic Militia (Nigeria)"
    assert table.label(["tiv", "militiamen"], None) == "Tiv Ethnic Militia"
    assert table.label(["armed", "tiv", "youths"], None) == "Tiv Ethnic Militia"
    assert table.label(["tiv", "youths"], None) is None
    assert table.label(["tiv", "farmers", "militiamen"], None) is None
    assert CommunityMilitias.from_lexicon({}) is None


@pytest.mark.parametrize(("mention", "name"), [
    ("Indonesian rangers", "Military Forces of Indonesia"),
    ("Colombian army platoon", "Military Forces of Colombia"),
    ("Brazilian military policemen", "Police Forces of Brazil"),
])
def test_a_state_named_by_its_demonym_keeps_its_own_forces(
        resolver: ActorResolver, mention: str, name: str) -> None:
    assert resolver.resolve(mention).name == name


def test_a_bare_rangers_in_pakistan_stays_the_kb_entry(resolver: ActorResolver) -> None:
    assert resolver.resolve("Sindh Rangers", country_hint="PAK").name == "Pakistan Rangers"


@pytest.mark.parametrize(("mention", "name"), [
    ("SSPDF soldiers", "Military Forces of South Sudan"),
    ("South Sudan People's Defence Forces", "Military Forces of South Sudan"),
    ("Naxals", "CPI (Maoist): Communist Party of India (Maoist)"),
    ("RED Tabara rebels", "RED-Tabara: Resistance for the Rule of Law in Burundi"),
    ("3R fighters", "3R: Return, Reclamation, Rehabilitation"),
    ("Mara Salvatrucha members", "MS-13: Mara Salvatrucha"),
    ("Barrio 18 gang members", "Barrio 18"),
    ("Ahlu Sunnah wal Jama'a insurgents", "Islamic State (Mozambique)"),
    ("NSCN-Khaplang cadres", "NSCN-K: National Socialist Council of Nagaland-Khaplang"),
    ("Assam Rifles troops", "Military Forces of India (2014-)"),
])
def test_groups_the_knowledge_base_now_holds(
        resolver: ActorResolver, mention: str, name: str) -> None:
    assert resolver.resolve(mention).name == name


@pytest.mark.parametrize(("mention", "country", "name"), [
    # a state's own force that the knowledge base holds keeps its entry
    ("Pak Rangers", "PAK", "Pakistan Rangers"),
    ("Pakistani Rangers", None, "Pakistan Rangers"),
    # another state's rangers are that state's forces, not Pakistan's entry
    ("Thai rangers", "THA", "Military Forces of Thailand"),
])
def test_rangers_belong_to_the_state_named(
        resolver: ActorResolver, mention: str, country: str | None, name: str) -> None:
    assert resolver.resolve(mention, country_hint=country).name == name
