from __future__ import annotations

import pytest

from roydad.eval.vocab import head_word, load_vocabulary


@pytest.mark.parametrize(("gold", "predicted"), [
    ("Khyber Pakhtunkwa", "Khyber Pakhtunkhwa"),
    ("Khyber Pakhtunkhwa", "North-West Frontier Province"),
    ("Federally Administered Tribal Areas", "FATA"),
    ("Azad Jammu & Kashmir", "Azad Kashmir"),
    ("Balochistan", "Baluchistan"),
    ("Punjab", "punjab province"),
])
def test_admin1_variants_are_equal(gold: str, predicted: str) -> None:
    vocabulary = load_vocabulary()
    assert vocabulary.admin1_key(gold) == vocabulary.admin1_key(predicted)


def test_fata_is_not_khyber_pakhtunkhwa() -> None:
    vocabulary = load_vocabulary()
    assert vocabulary.admin1_key("FATA") != vocabulary.admin1_key("Khyber Pakhtunkhwa")


def test_fata_is_in_khyber_pakhtunkhwa_today() -> None:
    vocabulary = load_vocabulary()
    assert vocabulary.admin1_current("FATA") == vocabulary.admin1_key("Khyber Pakhtunkhwa")
    assert vocabulary.admin1_current("Tribal Areas") == "Khyber Pakhtunkhwa"
    assert vocabulary.admin1_current("Baluchistan") == "Balochistan"  # no merger: unchanged


@pytest.mark.parametrize(("gold", "predicted", "same"), [
    ("Government of Pakistan", "Pakistani soldiers", True),
    ("Government of Pakistan", "Tehrik-i-Taliban Pakistan", False),
    ("Government of India", "Government of Pakistan", False),
    ("TTP", "Pakistani Taliban", True),
    ("IS", "Islamic State", True),
    ("IS", "it is", False),  # an acronym variant matches only the capitalised word
    ("Civilians", "villagers", True),
    ("Lashkar-e-Islam", "Lashkar-e-Taiba", False),
    ("Mir Ali town", "Mir Ali", True),
    ("Government of United States of America", "US drone operators", True),
    # a state's forces by any name are the state side UCDP calls "Government of X"
    ("Government of Pakistan", "Military Forces of Pakistan (2018-)", True),
    ("Government of Pakistan", "Police Forces of Pakistan (2018-)", True),
    ("Government of Pakistan", "Frontier Corps (FC)", True),
    ("Government of Pakistan", "FC personnel", True),
    ("Government of India", "Indian troops", True),
    ("Government of India", "Military Forces of Pakistan (2018-)", False),
    # ... but a Pakistani who is not the state is not, nor is ACLED's country qualifier
    ("Government of Pakistan", "Pakistani girl", False),
    ("Government of Pakistan", "Civilians (Pakistan)", False),
    ("Government of Pakistan", "Unidentified Armed Group (Pakistan)", False),
    ("Civilians", "Civilians (Pakistan)", True),
    ("TTP", "TTP: Tehreek-i-Taliban Pakistan", True),
    ("BLA", "BLA: Balochistan Liberation Army", True),
])
def test_names_match(gold: str, predicted: str, same: bool) -> None:
    assert load_vocabulary().names_match(gold, predicted) is same


def test_kairos_types_map_by_longest_prefix() -> None:
    vocabulary = load_vocabulary()
    assert vocabulary.kairos_category("Conflict.Attack.DetonateExplode") == "ASSAULT"
    assert vocabulary.kairos_category("Contact.Contact.Meet") == "CONSULT"
    assert vocabulary.kairos_category("Contact.Contact.Broadcast") is None
    assert vocabulary.kairos_category("Unheard.Of") is None


def test_head_word() -> None:
    assert head_word("Major General Vyacheslav Gladkikh") == "gladkikh"
    assert head_word("Elliott’s") == "elliott"
    assert head_word("U.S. State Department") == "department"
    assert head_word("  ") is None


def test_head_word_folds_number() -> None:
    assert head_word("some 21 bombs") == head_word("bomb") == "bomb"
    assert head_word("three gunmen") == "gunman"
    assert head_word("pro-regime militias") == "militia"
    assert head_word("casualties") == "casualty"
    assert head_word("witnesses") == "witness"
    # not plurals: kept as written
    for word in ("IS", "us", "Abbas", "police", "press", "Marcos", "bus"):
        assert head_word(word) == word.casefold()


@pytest.mark.parametrize(("gold", "predicted", "same"), [
    # one movement under ACLED's and the actor KB's names (the KB's bracket is a qualifier)
    ("Ansar Allah", "Houthi Movement (Ansar Allah)", True),
    ("Houthis: Ansar Allah", "Houthi rebels", True),
    ("Ansar Allah", "Hezbollah", False),
    # the Revolutionary Guards are an organ of Iran's state side, not of any other state's
    ("IRGC: Islamic Revolutionary Guard Corps",
     "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", True),
    ("Military Forces of Iran", "Revolutionary Guards", True),
    ("Military Forces of Iraq", "Islamic Revolutionary Guard Corps", False),
])
def test_names_of_one_party_match(gold: str, predicted: str, same: bool) -> None:
    assert load_vocabulary().names_match(gold, predicted) is same
