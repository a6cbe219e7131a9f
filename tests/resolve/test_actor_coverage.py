"""Parties of conflicts beyond Afghanistan, Pakistan and Iran: armed groups and state forces the
knowledge base names, and state forces of countries it does not hold, by ACLED's generic names."""

from __future__ import annotations

from datetime import date

import pytest

from roydad.resolve.actors import ActorResolver


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.load()


@pytest.mark.parametrize(("mention", "name"), [
    ("CODECO fighters", "CODECO: Cooperative for Development of Congo"),
    ("suspected ADF rebels", "ADF: Allied Democratic Forces"),
    ("the M23", "M23: March 23 Movement"),
    ("Mayi-Mayi militiamen", "Mai-Mai Militia"),
    ("FARDC troops", "Military Forces of the Democratic Republic of Congo"),
    ("Rapid Support Forces", "RSF: Rapid Support Forces"),
    ("RSF troops", "RSF: Rapid Support Forces"),
    ("Sudanese Armed Forces", "Military Forces of Sudan"),
    ("Amhara Fano militiamen", "Fano Militia"),
    ("Oromo Liberation Army", "OLA: Oromo Liberation Army"),
    ("FAMa soldiers", "Military Forces of Mali"),
    ("the Tatmadaw", "Military Forces of Myanmar"),
    ("People's Defence Force fighters", "PDF: People's Defense Force"),
    ("Arakan Army", "AA: Arakan Army"),
    ("New People's Army guerrillas", "NPA: New People's Army"),
    ("ELN rebels", "ELN: National Liberation Army"),
    ("dissidents of the FARC", "FARC Dissidents"),
    ("Gulf Clan", "Clan del Golfo"),
    ("Jalisco New Generation Cartel", "CJNG: Jalisco New Generation Cartel"),
    ("Cartel de Sinaloa", "Sinaloa Cartel"),
    ("Anglophone separatists", "Ambazonian Separatists"),
    ("Russian mercenaries", "Wagner Group"),
    ("the Pakistani Taliban", "TTP: Tehreek-i-Taliban Pakistan"),
])
def test_armed_groups_and_forces_beyond_the_region(resolver: ActorResolver, mention: str,
                                                   name: str) -> None:
    assert resolver.resolve(mention).name == name


@pytest.mark.parametrize(("mention", "hint", "name"), [
    ("Ukrainian troops", None, "Military Forces of Ukraine"),
    ("Colombian police", None, "Police Forces of Colombia"),
    ("Burkinabe gendarmes", None, "Military Forces of Burkina Faso"),
    ("Mexican marines", None, "Military Forces of Mexico"),
    ("Filipino soldiers", None, "Military Forces of the Philippines"),
    ("government troops", "SSD", "Military Forces of South Sudan"),
    ("Somali government forces", None, "Military Forces of Somalia"),
    ("riot police", "KEN", "Police Forces of Kenya"),
    ("the anti-riot unit", "CHL", "Police Forces of Chile"),
    ("the bomb disposal squad", "LBN", "Police Forces of Lebanon"),
    ("junta forces", "MMR", "Military Forces of Myanmar"),
])
def test_state_forces_named_by_demonym_or_context(resolver: ActorResolver, mention: str,
                                                  hint: str | None, name: str) -> None:
    found = resolver.resolve(mention, country_hint=hint, on_date=date(2023, 6, 1))
    assert found.name == name


def test_a_specific_group_wins_over_its_parent(resolver: ActorResolver) -> None:
    assert resolver.resolve("FARC dissidents").name == "FARC Dissidents"
    assert resolver.resolve("FARC guerrillas").name.startswith("FARC: ")
    assert resolver.resolve("AQAP militants").name != resolver.resolve("al-Qaeda").name
