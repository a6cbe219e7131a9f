"""The spaCy pipeline roydad builds: line breaks end sentences, known names are entities."""

from __future__ import annotations

from spacy.language import Language


def test_line_breaks_end_sentences(nlp: Language) -> None:
    # a UCDP dev text: two headlines of one event
    doc = nlp("Suicide bomber blows himself up in Pakistan\n3 killed, 20 injured")
    assert [s.text.strip() for s in doc.sents] == [
        "Suicide bomber blows himself up in Pakistan", "3 killed, 20 injured",
    ]


def test_known_places_and_actors_become_entities(nlp: Language) -> None:
    doc = nlp("General Ekramuddin Saree, former Takhar and Baghlan police commander, was shot "
              "dead in Tehran. ISIS-K claimed the bombing in Mazar-i-Sharif; police arrested "
              "two men at the Dogharun crossing.")
    ents = {(e.text, e.label_) for e in doc.ents}
    for place in ("Takhar", "Baghlan", "Tehran", "Mazar-i-Sharif", "Dogharun"):
        assert (place, "GPE") in ents
    assert ("ISIS-K", "ORG") in ents


def test_numbers_stay_numbers(nlp: Language) -> None:
    doc = nlp("One killed, five injured in blast in northwest Pakistan")
    assert all(e.label_ != "GPE" for e in doc.ents if e.text == "One")


def test_run_together_sentences_split_without_changing_the_text(nlp: Language) -> None:
    # WikiEvents dev text lost the space after a full stop
    text = "Seven militants were killed.Twenty insurgents died in the U.S. raid."
    doc = nlp(text)
    assert doc.text == text
    assert [s.text for s in doc.sents] == [
        "Seven militants were killed.", "Twenty insurgents died in the U.S. raid.",
    ]


def test_common_nouns_are_not_places_and_towns_after_in_are(nlp: Language) -> None:
    doc = nlp("Gunmen opened fire on a bus in Manchester on Monday.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Manchester", "GPE") in ents
    assert not any(text == "Gunmen" for text, _ in ents)
