"""The components know only the names they are handed (roydad.nlp.name_lists)."""

from __future__ import annotations

import pytest
import spacy

from roydad.nlp.dates import ExplicitDates
from roydad.nlp.known_names import KnownNames


def test_known_names_without_names_refuses_to_run() -> None:
    doc = spacy.blank("en")("Gunmen attacked a checkpoint in Kabul.")
    with pytest.raises(RuntimeError, match="set_names"):
        KnownNames()(doc)


def test_explicit_dates_read_the_months_they_are_given() -> None:
    nlp = spacy.blank("en")
    text = "On 6 June 2021 and on 3 Farvardin 1402 gunmen attacked."
    found = ExplicitDates(["june"], ["farvardin"]).explicit_dates(nlp(text))
    assert [s.text for s in found] == ["6 June 2021", "3 Farvardin 1402"]
    assert ExplicitDates(["may"], []).explicit_dates(nlp(text)) == []
