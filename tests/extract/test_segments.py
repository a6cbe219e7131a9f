"""Sentences read as clause segments: split at semicolons and before a coordinated clause with a
subject of its own, never inside one clause."""

from __future__ import annotations

from spacy.language import Language

from roydad.extract.segments import same_segment, segment_of, segmented, segments_before


def _token(doc_text: str, nlp: Language, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(doc_text)
    return next(t for t in doc if t.text == word)


def test_semicolon_splits_two_clauses(nlp: Language) -> None:
    doc = nlp("Gunmen killed four men in Culiacan; the next night, soldiers shot three guards.")
    killed = next(t for t in doc if t.text == "killed")
    shot = next(t for t in doc if t.text == "shot")
    assert not same_segment(killed, shot)
    assert segment_of(shot).text.startswith("the next night")
    assert [s.text for s in segments_before(shot)] == [segment_of(killed).text]


def test_and_before_a_clause_with_its_own_subject_splits(nlp: Language) -> None:
    doc = nlp("A grenade wounded two guards in Hebron and settlers torched a car in Huwara.")
    wounded = next(t for t in doc if t.text == "wounded")
    torched = next(t for t in doc if t.text == "torched")
    assert not same_segment(wounded, torched)


def test_verbs_sharing_one_subject_stay_one_segment(nlp: Language) -> None:
    doc = nlp("Fighters stormed the village of Tillia and burned dozens of homes.")
    stormed = next(t for t in doc if t.text == "stormed")
    burned = next(t for t in doc if t.text == "burned")
    assert same_segment(stormed, burned)
    assert not segmented(stormed.sent)


def test_a_participle_clause_stays_with_its_verb(nlp: Language) -> None:
    token = _token("A bomb hit a bus in Quetta, killing nine passengers.", nlp, "killing")
    assert segment_of(token).text.startswith("A bomb hit")


def test_two_sides_of_one_clash_are_not_two_clauses(nlp: Language) -> None:
    doc = nlp("Officials said Taliban fighters and NRF militants clashed in Panjshir.")
    said = next(t for t in doc if t.text == "said")
    clashed = next(t for t in doc if t.text == "clashed")
    assert same_segment(said, clashed)


def test_two_places_of_one_subject_are_not_two_clauses(nlp: Language) -> None:
    for text in (
        "Residents said checkpoints in Gao and the Ansongo road came under fire overnight.",
        "Police said that after dark their posts in Lurgan and the Portadown Road came under "
        "sustained gunfire.",
    ):
        doc = nlp(text)
        said = next(t for t in doc if t.text == "said")
        came = next(t for t in doc if t.text == "came")
        assert same_segment(said, came), text
