"""A short text whose triggers the rules dropped only for want of support is offered to the
classifier (extract/unsupported.py, `Extractor._proposal`); one whose trigger they read as no
event is not. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

from roydad.extract.claims import claims_in
from roydad.extract.numbers import Count, casualty_counts
from roydad.extract.suppositions import suppositions_in
from roydad.extract.unsupported import only_unsupported
from roydad.models import Document

UNSUPPORTED = [
    # ground taken with no place named
    "Government forces regained control of the town after a week of fighting.",
    # a weak word ("fight"), only threatened, with nobody it acts on
    "A new armed faction calling itself the Northern Front announced its formation, saying it "
    "would fight the government.",
    # a weak word ("ordered") with no party as its object
    "The district council ordered a review of the road budget on Monday.",
]
READ_AS_NONE = [
    # a toll of nothing
    "No attacks were reported during the vote in Jos on Saturday.",
    # a danger, not an attack anyone made
    "Embassies warned of a heightened risk of bombings in the capital over the holidays.",
    # a non-violent act only planned
    "The two countries will hold talks on trade next month.",
]


def _counts(sentence: Span, kind: str) -> Count | None:
    return casualty_counts(sentence)[kind]


def _gate(extractor: Any, text: str) -> tuple[int, bool]:
    doc = extractor.nlp(text)
    hits = extractor.finder.find(doc)
    claims = [c for s in doc.sents for c in (*claims_in(s), *suppositions_in(s))]
    return len(hits), only_unsupported(hits, _counts, claims)


@pytest.mark.parametrize("text", UNSUPPORTED)
def test_triggers_dropped_for_want_of_support_leave_the_text_open(extractor: Any,
                                                                  text: str) -> None:
    found, unsupported = _gate(extractor, text)
    assert found and unsupported


@pytest.mark.parametrize("text", READ_AS_NONE)
def test_triggers_read_as_no_event_keep_it_closed(extractor: Any, text: str) -> None:
    found, unsupported = _gate(extractor, text)
    assert found and not unsupported


def test_no_trigger_is_no_objection(extractor: Any) -> None:
    assert only_unsupported([], _counts, [])


@pytest.mark.parametrize(("text", "offered"), [
    *((t, True) for t in UNSUPPORTED), *((t, False) for t in READ_AS_NONE)])
def test_the_pipeline_offers_a_record_only_for_unsupported_triggers(
        extractor: Any, text: str, offered: bool) -> None:
    document = Document(id="t", text=text, origin="test")
    parsed = extractor.nlp(text)
    assert extractor.records(document, parsed) == []
    assert (extractor._proposal(document, parsed) is not None) is offered


def test_a_confident_reading_of_ground_retaken_becomes_a_model_record(extractor: Any) -> None:
    text = "Army units regained control of the district headquarters on Friday."
    [(_, records)] = list(extractor.extract([Document(id="t", text=text, origin="test")]))
    assert [(r.type_source, r.acled_event_type) for r in records] == [("model", "Battles")]
