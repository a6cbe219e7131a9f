"""A named group inside a longer mention, with what reporting writes beside a group's name
("gang", "self-defence fighters", "security network"), and the generic militias ACLED names."""

from __future__ import annotations

import pytest

from roydad.resolve.actors import ActorResolver


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.load()


@pytest.mark.parametrize(("mention", "expected"), [
    ("fighters of the Koglweogo self-defence group", "Koglweogo Militia"),
    ("Koglweogo self-defence fighters", "Koglweogo Militia"),
    ("the Gran Grif gang", "Gran Grif"),
    ("operatives of the Amotekun security network", "Amotekun Corps"),
    ("Ambazonian separatist fighters", "Ambazonian Separatists"),
    ("suspected Wazalendo militiamen", "Wazalendo"),
    ("the Rapid Action Battalion", "Police Forces of Bangladesh"),
])
def test_a_named_group_with_its_descriptive_words(
        resolver: ActorResolver, mention: str, expected: str) -> None:
    assert resolver.resolve(mention).name == expected


@pytest.mark.parametrize(("mention", "hint", "expected"), [
    ("local vigilantes", "NGA", "Vigilante Militia (Nigeria)"),
    ("rival clan militias", "SOM", "Unidentified Clan Militia (Somalia)"),
    ("armed tribesmen", "PAK", "Unidentified Tribal Militia (Pakistan)"),
])
def test_militias_acled_names_apart(resolver: ActorResolver, mention: str, hint: str,
                                    expected: str) -> None:
    assert resolver.resolve(mention, country_hint=hint).name == expected


def test_a_numbered_brigade_is_not_the_army(resolver: ActorResolver) -> None:
    """"the 444 Brigade" is a force of its own, not the state's army."""
    assert not resolver.resolve("444 Brigade", country_hint="LBY").name.startswith("Military")


def test_a_gang_word_alone_names_no_known_group(resolver: ActorResolver) -> None:
    assert resolver.resolve("a rival gang", country_hint="HTI").name == "Unidentified Gang (Haiti)"
