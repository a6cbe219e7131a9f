"""Dates and places of a long article's events read from the paragraph around them
(roydad.extract.paragraph_context), on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from roydad.extract.paragraph_context import Paragraphs, event_relative, is_long
from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _records(extractor: Extractor, text: str, published: date) -> list[EventRecord]:
    doc = Document(id="article", text=text, pub_date=published, origin="test")
    return next(iter(extractor.extract([doc])))[1]


def test_a_day_counted_from_a_named_event(nlp: Language) -> None:
    sent = next(nlp("On the evening after the ambush, the mayor blamed the militia.").sents)
    days, precision, noun, _ = event_relative(sent) or (None, None, None, None)
    assert (days, precision, noun) == (1, "day", "ambush")
    sent = next(nlp("Three days before the raid, the village elders met the colonel.").sents)
    assert (event_relative(sent) or (None,))[0] == -3
    sent = next(nlp("A week after the bombing, the council voted to close the market.").sents)
    found = event_relative(sent)
    assert found is not None and found[:2] == (7, "week")


def test_a_date_phrase_is_no_event_to_count_from(nlp: Language) -> None:
    sent = next(nlp("The mayor resigned the day after 4 May.").sents)
    assert event_relative(sent) is None
    sent = next(nlp("The mayor resigned after the vote.").sents)
    assert event_relative(sent) is None  # no interval: no day to count


def test_paragraphs_are_lines() -> None:
    text = "Title\n\nFirst paragraph. Still first.\n\nSecond one.\n\nThird."
    paragraphs = Paragraphs(text)
    assert paragraphs.of(text.index("Still")) == paragraphs.of(text.index("First"))
    assert paragraphs.of(text.index("Second")) != paragraphs.of(text.index("First"))
    assert is_long(paragraphs)
    assert not is_long(Paragraphs("One short note. Two sentences."))


ARTICLE = (
    "A bombing in a river town and what followed\n\n"
    "A car bomb exploded outside the central bus station in Jalalabad on 4 April 2024, "
    "killing nine passengers. No group has said it carried out the bombing.\n\n"
    "On the morning after the bombing, the provincial police chief accused smugglers of "
    "hiring the driver.\n\n"
    "Elsewhere, gunmen shot dead a teacher in Herat city on 6 April 2024. Hours later, his "
    "students held a vigil.\n\n"
    "The governor travelled to Kunduz on 9 April and met the families of two kidnapped "
    "engineers.\n"
)


def test_a_statement_dated_from_the_event_it_follows(extractor: Extractor) -> None:
    accusation = next(r for r in _records(extractor, ARTICLE, date(2024, 4, 20))
                      if r.event_type == "ACCUSE")
    assert (accusation.date, accusation.date_precision) == ("2024-04-05", "day")


def test_a_city_named_with_its_unit_word_is_the_place(extractor: Extractor) -> None:
    shooting = next(r for r in _records(extractor, ARTICLE, date(2024, 4, 20))
                    if r.event_type == "ASSAULT" and r.date == "2024-04-06")
    assert shooting.location is not None and shooting.location.name == "Herat"


def test_a_meeting_is_where_its_speaker_travelled(extractor: Extractor) -> None:
    meeting = next(r for r in _records(extractor, ARTICLE, date(2024, 4, 20))
                   if r.event_type == "CONSULT")
    assert meeting.location is not None and meeting.location.name == "Kunduz"


def test_a_clause_keeps_its_own_month(extractor: Extractor) -> None:
    text = ("Killings of former soldiers\n\nThe pattern is old.\n\n"
            "In March 2023, a former soldier was found shot dead in a field in Surobi "
            "district, and in May 2023 gunmen killed a former judge in Kandahar city.\n\n"
            "Nobody was arrested.\n")
    dates = {r.date for r in _records(extractor, text, date(2024, 1, 10))
             if r.event_type == "ASSAULT"}
    assert {"2023-03-01", "2023-05-01"} <= dates


def test_an_undated_statement_takes_the_paragraphs_day(extractor: Extractor) -> None:
    text = ("Two versions of a raid\n\n"
            "Soldiers raided the village of Kalanga on 2 May 2024, and residents said eleven "
            "herders were killed. A farmers' union said on 5 May that the soldiers had shot the "
            "men at the well. The army rejected the accusation.\n\n"
            "The region has seen such raids before.\n")
    rejected = [r for r in _records(extractor, text, date(2024, 5, 30))
                if r.evidence.text.startswith("The army rejected")]
    assert all(r.date == "2024-05-05" for r in rejected)


def test_a_district_named_with_its_city_is_the_place(nlp: Language) -> None:
    from roydad.extract.places.mentions import place_of

    doc = nlp("Police detained four students in Lahore's Gulberg district on Friday.")
    trigger = next(t for t in doc if t.lemma_ == "detain")
    place = place_of(trigger, trigger.sent)
    assert place is not None and place.text in ("Lahore", "Gulberg")
