"""Speech acts told in quotes: a quoted "I accuse ..." and a quoted promise of harm are the
speaker's accusation and threat, on the speaker's verb of saying (extract/spoken.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from roydad.extract.spoken import day_of_saying, menace, quoted, saying_verb


@pytest.fixture(scope="module")
def nlp() -> Language:
    from roydad.extract.pipeline import Extractor

    return Extractor().nlp


def _token(nlp: Language, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_a_quoted_promise_to_hunt_the_hearers_is_a_menace(nlp: Language) -> None:
    text = ('"We will hunt you down in every village," the militia leader, Omar Sadiq, said '
            "on Monday.")
    hunt = _token(nlp, text, "hunt")
    assert quoted(hunt) and menace(hunt)
    said = saying_verb(hunt)
    assert said is not None and said.lemma_ == "say"
    day = day_of_saying(said)
    assert day is not None and "Monday" in day.text


def test_a_promise_without_a_hearer_or_negated_is_no_menace(nlp: Language) -> None:
    assert not menace(_token(nlp, '"We will rebuild the clinic," the mayor said.', "rebuild"))
    assert not menace(_token(nlp, '"We will find a way to peace," the elder said.', "find"))
    assert not menace(_token(nlp, '"You will not pay for the water," the mayor said.', "pay"))


def test_the_scene_of_saying_dates_it(nlp: Language) -> None:
    text = ('Leaving the court on Friday evening, Amina Bello told reporters: "I accuse the '
            'police of hiding my husband."')
    accuse = _token(nlp, text, "accuse")
    assert quoted(accuse)
    said = saying_verb(accuse)
    assert said is not None and said.lemma_ == "tell"
    day = day_of_saying(said)
    assert day is not None and "Friday" in day.text


def test_records_of_quoted_speech() -> None:
    from roydad.extract.pipeline import Extractor
    from roydad.models import Document

    filler = ("The district has seen many such incidents over the years, and residents say "
              "they no longer expect an inquiry to name anyone. ") * 3
    text = (
        "Gunmen shot dead a trader in Kasanga on 3 May.\n\n" + filler + "\n\n"
        'Standing outside the hospital on 4 May, his brother Joseph Mwale told reporters: "I '
        'accuse the district police of leaving the market unguarded."\n\n'
        '"Those who shelter the killers will pay for it," the regional commander, Peter Banda, '
        "said in Mansa on 6 May.\n\n" + filler
    )
    doc = Document(id="t", text=text, pub_date="2024-05-10", origin="test")
    (_, records), = Extractor().extract([doc])
    kinds = {(r.event_type, str(r.date)) for r in records}
    assert ("ACCUSE", "2024-05-04") in kinds
    assert ("THREATEN", "2024-05-06") in kinds
