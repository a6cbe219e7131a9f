"""A target named by 'on' keeps an 'at' site as the place ("fired on a van at a checkpoint");
without one, the 'at' object is the target ("fired at a checkpoint"). Sentences written for
these tests."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.helpers import only


def _recipients(nlp: Language, text: str) -> list[str]:
    return [r.text for r in only(nlp, text, "opened fire").recipients]


def test_at_site_after_a_target_is_where(nlp: Language) -> None:
    found = _recipients(nlp, "Soldiers opened fire on a taxi at a checkpoint outside Mandalay.")
    assert any("taxi" in r for r in found)
    assert not any("checkpoint" in r for r in found)


def test_at_site_alone_is_the_target(nlp: Language) -> None:
    found = _recipients(nlp, "Gunmen opened fire at a checkpoint outside Quetta.")
    assert any("checkpoint" in r for r in found)
