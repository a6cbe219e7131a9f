"""Long articles that are not running prose: explainers, interviews, risk notes and letters
(roydad.extract.discourse), on texts written for these tests."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from roydad.extract.discourse import Discourse, narrator_clause_place, narrator_visit
from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord
from tests.extract.helpers import only


def _document(text: str, published: date) -> Document:
    return Document(id="article", text=text, pub_date=published, origin="test")


def _records(extractor: Extractor, text: str, published: date) -> list[EventRecord]:
    return next(iter(extractor.extract([_document(text, published)])))[1]


def _with(records: list[EventRecord], trigger: str) -> EventRecord:
    found = [r for r in records if any(trigger in m.trigger for m in r.mentions)]
    assert found, [[m.trigger for m in r.mentions] for r in records]
    return found[0]


EXPLAINER = (
    "Explainer: the attack on the salt convoy\n\n"
    "The killing of three drivers has raised fears along the northern roads. Here is what we "
    "know.\n\n"
    "What happened in Agadez last Thursday?\n"
    "Armed men stopped a convoy of salt lorries outside the town at dusk and killed three "
    "drivers. The others fled on foot into the dunes.\n\n"
    "Who is blamed?\n"
    "The regional council blamed smugglers who want the road for themselves.\n\n"
    "What happened in Arlit two days earlier?\n"
    "Police officers arrested eleven miners at a gold site, saying they had sold fuel to "
    "traffickers.\n"
)


def test_an_answer_takes_the_date_and_place_of_its_question(extractor: Extractor) -> None:
    records = _records(extractor, EXPLAINER, date(2024, 6, 10))
    killing = _with(records, "killed")
    assert killing.date == "2024-06-06"
    assert killing.location is not None and killing.location.name == "Agadez"
    arrest = _with(records, "arrested")
    assert arrest.location is not None and arrest.location.name == "Arlit"


def test_question_lines_and_answers(nlp: Language) -> None:
    text = EXPLAINER
    lines = Discourse(nlp(text), _document(text, date(2024, 6, 10)))
    kinds = [line.kind for line in lines.lines if line.kind != "blank"]
    assert kinds[:2] == ["heading", "prose"]
    assert kinds.count("question") == 3
    answer = next(i for i, line in enumerate(lines.lines) if line.text.startswith("Armed men"))
    asked = lines.question_of[answer]
    assert asked is not None and lines.lines[asked].text.startswith("What happened in Agadez")


INTERVIEW = (
    "A mediator on the fighting in the hills\n\n"
    "We spoke to Ines Okafor, who mediated between the herders and the farmers. The "
    "interview has been edited.\n\n"
    "Q: Tell us about the clash at Kafanchan on Sunday.\n\n"
    "Okafor: Young men from both villages fought with machetes by the river, and four of them "
    "died. I arrived the next morning.\n\n"
    "Q: And what did the police do?\n\n"
    "Okafor: They detained nine men on Tuesday, most of them herders.\n"
)


def test_interview_turns_carry_the_question(extractor: Extractor, nlp: Language) -> None:
    text = INTERVIEW
    lines = Discourse(nlp(text), _document(text, date(2024, 9, 6)))
    turns = [line.kind for line in lines.lines if line.text.startswith(("Q:", "Okafor:"))]
    assert turns == ["question", "prose", "question", "prose"]
    records = _records(extractor, text, date(2024, 9, 6))
    fight = _with(records, "fought")
    assert fight.date == "2024-09-01"
    detention = _with(records, "detained")
    assert detention.date == "2024-09-03"


RISK_NOTE = (
    "Weekly security note: coastal provinces, 2-8 March\n\n"
    "For clients with port and fishing operations. Figures are those reported at the time.\n\n"
    "SUMMARY\n"
    "- Pirates attacked a fishing dhow off the coast; a crew member died.\n"
    "- A bomb exploded at a checkpoint near the port.\n\n"
    "KEY DEVELOPMENTS\n"
    "- 3 March: Pirates in two skiffs boarded a fishing dhow off Eyl and shot one crew member "
    "dead. The crew were released after two days.\n"
    "- 6 March: A roadside bomb exploded at a checkpoint outside Bosaso, wounding two soldiers. "
    "Residents blamed the Islamic State faction in the hills.\n\n"
    "OUTLOOK\n"
    "- Further boardings are likely while the sea stays calm; attacks on checkpoints may "
    "spread to Garowe.\n"
)


def test_a_bullet_lead_dates_it_and_summaries_and_outlooks_add_nothing(
        extractor: Extractor) -> None:
    records = _records(extractor, RISK_NOTE, date(2024, 3, 8))
    assert _with(records, "wounding").date == "2024-03-06"
    assert _with(records, "shot").date == "2024-03-03"
    # the summary's lines join the body's happenings, the outlook's make none
    assert not any(r.location is not None and r.location.name == "Garowe" for r in records)
    assert len([r for r in records if r.event_type == "ASSAULT"]) == 2


def test_an_outlook_keeps_what_it_tells_in_the_past(nlp: Language) -> None:
    from roydad.extract.discourse import _past

    assert _past(only(nlp, "The militia has attacked convoys every week since May.",
                      "attacked"))
    assert not _past(only(nlp, "Air strikes on the coast road are likely to continue.",
                          "Air strikes"))


def test_the_writer_going_somewhere_is_no_event(nlp: Language) -> None:
    text = ("When I visited Kadugli on Monday, soldiers had shelled the market at dawn, "
            "killing two women.")
    assert narrator_visit(only(nlp, text, "visited"))
    shelled = only(nlp, text, "shelled")
    assert not narrator_visit(shelled)
    assert narrator_clause_place(shelled) == "Kadugli"
    assert not narrator_visit(only(nlp, "She visited the wounded in hospital.", "visited"))


def test_a_letter_dates_what_the_writer_found(extractor: Extractor) -> None:
    text = (
        "Letter from the border: a week of fear\n\n"
        "I have reported from this valley for ten years, and I have never seen the villages "
        "so empty.\n\n"
        "When I reached Kurmuk on Saturday, gunmen had burned the clinic at dawn and killed "
        "a nurse. Her colleagues buried her that afternoon.\n\n"
        "On Monday the army sent two trucks of soldiers to the town.\n"
    )
    records = _records(extractor, text, date(2024, 2, 14))
    attack = _with(records, "killed")
    assert attack.date == "2024-02-10"
    assert not any(r.event_type == "CONSULT" for r in records)
