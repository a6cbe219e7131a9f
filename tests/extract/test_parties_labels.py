"""Parties named through a member noun ("gunmen of the Arakan Army") and the source label a
note opens with ("Zan Times: on 3 May ...", never a party)."""

from __future__ import annotations

from spacy.language import Language

from roydad.extract.arguments import roles


def _actors(nlp: Language, text: str, verb: str) -> list[str]:
    trigger = next(t for t in nlp(text) if t.text == verb)
    return [a.text.removeprefix("the ") for a in roles(trigger)[0]]


def test_members_of_a_multiword_group_are_the_group(nlp: Language) -> None:
    text = ("Witnesses said fighters of the Kachin Independence Army ambushed a convoy "
            "near Hpakant on Friday.")
    assert _actors(nlp, text, "ambushed") == ["Kachin Independence Army"]


def test_the_source_before_a_colon_is_no_party(nlp: Language) -> None:
    text = "Zan Times: on 3 May gunmen attacked a girls' school in Ghazni, wounding a guard."
    assert "Zan Times" not in _actors(nlp, text, "attacked")

