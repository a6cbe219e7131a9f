"""Spelling folds (resolve/places/folds.py, data/spelling_folds.yaml): two spellings of one
name meet under their fold, and the gazetteer reads the one it lacks as a variant of the other."""

from __future__ import annotations

import pytest

from roydad.resolve.places import Gazetteer, PlaceContext
from roydad.resolve.places.folds import fold, load_folds
from tests.resolve.places.gazetteer_session import session_gazetteer


@pytest.fixture(scope="session")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return session_gazetteer(tmp_path_factory)


@pytest.mark.parametrize(("one", "other"), [
    ("xarardheere", "harardhere"),  # Somali x is English h; long vowels written double
    ("ceel buur", "el bur"),  # Somali c (ayn) before a long vowel is dropped in English
    ("ceelasha biyaha", "elasha biyaha"),
    ("wanla weyn", "wanlaweyn"),  # words run together
    ("dhoobley", "dobley"),  # dh written d
    ("qoryooley", "qoryoley"),
])
def test_two_spellings_share_a_fold(one: str, other: str) -> None:
    assert fold(one) == fold(other) != ""


@pytest.mark.parametrize(("one", "other"), [
    ("kabul", "kabal"), ("cali", "ali"), ("bama", "pama"), ("mora", "moda"),
])
def test_different_names_keep_different_folds(one: str, other: str) -> None:
    assert fold(one) != fold(other)


def test_short_folds_and_other_scripts_are_not_folded() -> None:
    assert fold("el") == "" and fold("کابل") == ""


def test_an_honorific_head_is_cut_off() -> None:
    folds = load_folds()
    assert folds.without_honorific("heroica nogales") == "nogales"
    assert folds.without_honorific("heroica") is None
    assert folds.without_honorific("nogales") is None


@pytest.mark.parametrize(("written", "admin1"), [
    ("Harardhere", "Mudug"),
    ("El Buur", "Galguduud"),
    ("Bur Hakaba", "Bay"),
    ("Beled Xaawo", "Gedo"),
    ("Wanla Weyn", "Lower Shabeelle"),
])
def test_somali_spellings_resolve_in_somalia(gaz: Gazetteer, written: str, admin1: str) -> None:
    loc = gaz.resolve(written, PlaceContext(countries=frozenset({"SOM"})))
    assert loc is not None and (loc.country, loc.admin1) == ("SOM", admin1)


def test_a_town_known_by_its_honorific_name_is_its_plain_name(gaz: Gazetteer) -> None:
    # GeoNames: "Heroica Matamoros" (Tamaulipas, half a million people); Coahuila has a
    # small Matamoros too
    loc = gaz.resolve("Matamoros", PlaceContext(countries=frozenset({"MEX"})))
    assert loc is not None and loc.admin1 == "Tamaulipas"
