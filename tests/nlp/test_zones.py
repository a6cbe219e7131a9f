"""Memory zones keep the words the batches share, and forget the others."""

from __future__ import annotations

import spacy

from roydad.nlp.zones import memory_zone


def test_words_of_two_batches_stay_others_leave() -> None:
    nlp = spacy.blank("en")
    first = ["Qarvazi militants attacked Dolmenk.", "The Qarvazi said so."]
    second = ["Qarvazi fighters left Zintaruk."]
    with memory_zone(nlp, first):
        assert [t.text for t in nlp(first[0])][:2] == ["Qarvazi", "militants"]
    assert "Qarvazi" not in nlp.vocab  # seen in one batch: gone with its zone
    with memory_zone(nlp, second):
        tokens = [t.text for t in nlp(second[0])]
    assert tokens == ["Qarvazi", "fighters", "left", "Zintaruk", "."]
    assert "Qarvazi" in nlp.vocab  # seen in two batches: kept
    assert "Zintaruk" not in nlp.vocab and "Dolmenk" not in nlp.vocab
    # the kept words tokenize as before
    with memory_zone(nlp, second):
        assert [t.text for t in nlp(second[0])] == tokens


def test_a_nested_zone_is_the_outer_ones() -> None:
    nlp = spacy.blank("en")
    with nlp.memory_zone(), memory_zone(nlp, ["Velkaran Velkaran"]):
        nlp("Velkaran")
    assert "Velkaran" not in nlp.vocab
