"""The memoised attribute ruler and lemmatizer give exactly what the model's own components give."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language

from roydad.nlp import MODEL_NAME
from roydad.nlp.fast_rules import FastAttributeRules, FastLemmas, speed_up

TEXTS = [
    "Gunmen killed three police officers and wounded five others in Peshawar on Monday.",
    "There is no sign that the militants have withdrawn; there were clashes again at dawn.",
    "I'd say y'all are gonna need more men, but it ain't over, the commander told us.",
    "Let's go, c'mon! They gotta leave before nothin' is left of 'em, he said.",
    "She wasn't hurt.   Her brother got shot and gets treatment in a hospital\n\nin Quetta.",
    "Nobody claimed responsibility; anything could've happened to those who'd been held.",
]


@pytest.fixture(scope="module")
def pair() -> tuple[Language, Language]:
    fast = spacy.load(MODEL_NAME)
    speed_up(fast)
    return spacy.load(MODEL_NAME), fast


def test_the_stand_ins_take_the_components_places(pair: tuple[Language, Language]) -> None:
    original, fast = pair
    assert fast.pipe_names == original.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRules)
    assert isinstance(fast.get_pipe("lemmatizer"), FastLemmas)


def test_same_tags_morphology_and_lemmas(pair: tuple[Language, Language]) -> None:
    original, fast = pair
    columns = [ORTH, TAG, POS, MORPH, LEMMA, DEP]
    # twice: the second time from the memos
    for _ in range(2):
        for want, got in zip(original.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
            assert [(t.pos_, str(t.morph), t.lemma_) for t in got] == [
                (t.pos_, str(t.morph), t.lemma_) for t in want]
            assert (got.to_array(columns) == want.to_array(columns)).all()


def test_multi_token_exceptions_apply(pair: tuple[Language, Language]) -> None:
    _, fast = pair
    doc = fast("We are gonna win.")
    assert [t.lemma_ for t in doc][2:4] == ["go", "to"]
    doc = fast("There is a checkpoint.")
    assert doc[1].pos_ == "VERB"


def test_inside_memory_zones(pair: tuple[Language, Language]) -> None:
    # a lemma first seen in a zone leaves the string store with it: the memo must add it again
    original, fast = pair
    text = "The Zorblaxians were zorblaxing the frobnicated outposts."
    for _ in range(2):
        with fast.memory_zone(), original.memory_zone():
            assert [t.lemma_ for t in fast(text)] == [t.lemma_ for t in original(text)]
