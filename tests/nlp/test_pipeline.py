"""The spaCy pipeline roydad builds: line breaks end sentences, known names are entities."""

from __future__ import annotations

from spacy.language import Language


def test_line_breaks_end_sentences(nlp: Language) -> None:
    # a UCDP dev text: two headlines of one event
    doc = nlp("Suicide bomber blows himself up in Pakistan\n3 killed, 20 injured")
    assert [s.text.strip() for s in doc.sents] == [
        "Suicide bomber blows himself up in Pakistan", "3 killed, 20 injured",
    ]


def test_a_line_without_a_full_stop_is_one_sentence(nlp: Language) -> None:
    # UCDP dev texts: the parser cut "one | killed" and lost the count of the second headline
    doc = nlp("Unidentified assailants fire at police van in Pakistan\none killed")
    assert [s.text.strip() for s in doc.sents] == [
        "Unidentified assailants fire at police van in Pakistan", "one killed",
    ]
    # a line with full stops inside is still cut at them
    doc = nlp("Blast kills 3 in Quetta. Police say the bomb was planted.\nNo group claimed it")
    assert [s.text.strip() for s in doc.sents] == [
        "Blast kills 3 in Quetta.", "Police say the bomb was planted.", "No group claimed it",
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


def test_wire_dateline_town_is_a_place(nlp: Language) -> None:
    # UCDP dev texts: a town opening a line before a date is a dateline, not a person or party
    doc = nlp("Peshawar, Jul 13 (PTI) At least four people were killed and 14 others injured")
    assert ("Peshawar", "GPE") in {(e.text, e.label_) for e in doc.ents}
    # a capitalised word opening a sentence without a date after it is no dateline
    doc = nlp("Police said the blast was heard across the city.")
    assert not any(e.label_ == "GPE" and e.text == "Police" for e in doc.ents)


def test_a_province_the_model_took_for_a_building_is_a_place(nlp: Language) -> None:
    # UCDP dev headline: the model tags "Khyber Pakhtunkhwa" a facility (FAC)
    doc = nlp("Pakistan: Gunmen kill five customs officials in Khyber Pakhtunkhwa")
    assert ("Khyber Pakhtunkhwa", "GPE") in {(e.text, e.label_) for e in doc.ents}


def test_a_dash_dateline_is_a_sentence_of_its_own(nlp: Language) -> None:
    # sample-01 style opening: with the dateline inside, the parser made "MAZAR" the subject
    # and the governor its apposition, and the victim was lost.
    doc = nlp("MAZAR-I-SHARIF, Afghanistan — The Taliban governor of Balkh province, Mohammad "
              "Dawood Muzammil, was killed on Sunday in an explosion in his office.")
    first, second = doc.sents
    assert first.text == "MAZAR-I-SHARIF, Afghanistan —"
    assert next(t for t in second if t.dep_ == "nsubjpass").text == "governor"
    agency = nlp("QUETTA, Pakistan (Reuters) - A suicide bomber blew himself up at the station.")
    assert next(s.text for s in agency.sents) == "QUETTA, Pakistan (Reuters) -"


def test_a_dash_inside_a_sentence_is_no_dateline(nlp: Language) -> None:
    for text in ("Pakistan-India talks - Officials met on Monday.",
                 "Militants attacked a post - Two soldiers died."):
        assert len(list(nlp(text).sents)) == 1


def test_a_province_whose_name_joins_two_words_with_and_is_one_place(nlp: Language) -> None:
    for text, name in [
        ("Agents detained two teachers in Chaharmahal and Bakhtiari province on Monday.",
         "Chaharmahal and Bakhtiari"),
        ("Riot police fired tear gas at marchers in Kohgiluyeh and Boyer-Ahmad.",
         "Kohgiluyeh and Boyer-Ahmad"),
        ("Gunmen shot dead a trader in Trinidad and Tobago on Sunday.", "Trinidad and Tobago"),
    ]:
        assert name in [e.text for e in nlp(text).ents if e.label_ == "GPE"], text
    # two places joined by "and" stay two
    doc = nlp("Protests were held in Herat and Kandahar on Friday.")
    assert {"Herat", "Kandahar"} <= {e.text for e in doc.ents if e.label_ == "GPE"}
