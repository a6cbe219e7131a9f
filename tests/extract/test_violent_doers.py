"""A state named as the doer of violence acts through its armed forces; a pronoun nothing
resolves is an unidentified armed group."""

from __future__ import annotations

from datetime import date

import pytest

from roydad.extract.pipeline import Extractor
from roydad.extract.violent_doers import violent_doer
from roydad.resolve.actors import ActorResolver
from tests.extract.helpers import events_of


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.load()


@pytest.mark.parametrize(("text", "name"), [
    ("Armenia", "Military Forces of Armenia"),
    ("Ukrainian", "Military Forces of Ukraine"),
    ("Turkey", "Military Forces of Turkey"),
])
def test_a_state_doing_violence_is_its_military(resolver: ActorResolver, text: str,
                                                name: str) -> None:
    read = resolver.resolve(text)
    assert violent_doer(resolver, text, read, None, date(2023, 9, 19)).name == name


def test_a_dangling_pronoun_is_an_unidentified_armed_group(resolver: ActorResolver) -> None:
    found = violent_doer(resolver, "they", resolver.resolve("they"), "MLI", None)
    assert found.name == "Unidentified Armed Group (Mali)"


def test_a_named_group_is_left_as_it_is(resolver: ActorResolver) -> None:
    read = resolver.resolve("M23 rebels")
    assert violent_doer(resolver, "M23 rebels", read, "COD", None) is read


def test_a_state_firing_missiles_is_coded_as_its_armed_forces(extractor: Extractor) -> None:
    records = events_of(extractor, "Azerbaijan shelled Armenian border villages on Tuesday, "
                                   "wounding four people, officials in Yerevan said.")
    names = [a.name for r in records for a in r.actors if a.role == "actor"]
    assert any(n.startswith("Military Forces of Azerbaijan") for n in names), names


def test_a_target_named_by_a_states_adjective_is_its_military(resolver: ActorResolver) -> None:
    from roydad.extract.violent_doers import attacked_state

    read = resolver.resolve("Ethiopian")
    assert attacked_state(resolver, "Ethiopian", read, date(2023, 8, 30)).name.startswith(
        "Military Forces of Ethiopia")


def test_a_known_target_stays_as_read(resolver: ActorResolver) -> None:
    from roydad.extract.violent_doers import attacked_state

    read = resolver.resolve("Al Shabaab")
    assert attacked_state(resolver, "Al Shabaab", read, None) is read
