"""Actors, recipients and places from the dependency parse."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.helpers import only


def _texts(args: list) -> list[str]:  # type: ignore[type-arg]
    return [a.text for a in args]


def test_active_subject_and_object(nlp: Language) -> None:
    # UCDP dev headline
    cand = only(nlp, "Gunmen kill constable protecting polio team in Pakistan", "kill")
    assert _texts(cand.actors) == ["Gunmen"]
    assert [r.text for r in cand.recipients if "constable" in r.text]
    assert cand.place is not None and cand.place.text == "Pakistan"


def test_passive_with_agent_in_relative_clause(nlp: Language) -> None:
    text = "Noor Zaman, who was assassinated by ISKP in Wana, was a member of the Haqqani network."
    cand = only(nlp, text, "assassinated")
    assert _texts(cand.actors) == ["ISKP"]
    assert _texts(cand.recipients) == ["Noor Zaman"]
    assert cand.place is not None and cand.place.text == "Wana"


def test_conjoined_attackers_and_target(nlp: Language) -> None:
    # WikiEvents dev sentence
    text = ("On the morning of 1 March 2019, Taliban gunmen and suicide bombers attacked Camp "
            "Shorabak in Helmand Province, Afghanistan.")
    cand = only(nlp, text, "attacked")
    assert _texts(cand.actors) == ["Taliban gunmen", "suicide bombers"]
    assert _texts(cand.recipients) == ["Camp Shorabak"]
    assert cand.mode == "suicide-attack"


def test_weapon_from_the_sentence(nlp: Language) -> None:
    cand = only(nlp, "He was shot dead with a handgun equipped with a silencer.", "shot")
    assert cand.weapon == "silenced handgun"
