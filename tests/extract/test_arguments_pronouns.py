"""Pronoun parties: the pronoun is what the text wrote, its antecedent the party it names.

Sentences are WikiEvents dev sentences or plain news English of the same kind.
"""

from __future__ import annotations

from spacy.language import Language

from roydad.extract.arguments import Argument, roles
from roydad.models import Document


def _roles(nlp: Language, text: str, word: str) -> tuple[list[Argument], list[Argument]]:
    trigger = next(t for t in nlp(text) if t.text == word)
    return roles(trigger)


def _written(args: list[Argument]) -> list[tuple[str, str | None]]:
    return [(a.text, a.pronoun) for a in args]


def test_relative_pronoun_keeps_its_word_and_names_its_antecedent(nlp: Language) -> None:
    text = ("Maduro — the anointed successor of firebrand leader Hugo Chávez, who died in 2013 — "
            "strongly defends the new assembly.")
    assert _written(_roles(nlp, text, "died")[1]) == [("Hugo Chávez", "who")]
    text = "Noor Zaman, who was assassinated by ISKP in Wana, was a member of the Haqqani network."
    actors, recipients = _roles(nlp, text, "assassinated")
    assert _written(actors) == [("ISKP", None)]
    assert _written(recipients) == [("Noor Zaman", "who")]


def test_relative_pronoun_of_an_event_is_no_party(nlp: Language) -> None:
    # 'which' stands for the blast, an event, not a party
    text = ("Police were searching for a man believed to be responsible for a blast which "
            "injured several people.")
    actors, recipients = _roles(nlp, text, "injured")
    assert actors == [] and [a.text for a in recipients] == ["several people"]


def test_took_part_in_names_the_relative_clause_antecedent(nlp: Language) -> None:
    text = ("In recent months, scores of civilians who have taken part in demonstrations have "
            "been sent into the military court system.")
    assert _written(_roles(nlp, text, "demonstrations")[0]) == [("civilians", "who")]


def test_he_of_reported_speech_is_the_person_speaking(nlp: Language) -> None:
    text = ("French Interior Minister Christophe Castaner said he has instructed all police "
            "prefects to \"reinforce the security of public sites and events.\"")
    assert _written(_roles(nlp, text, "instructed")[0]) == [("Christophe Castaner", "he")]
    # an organisation's 'it' stays as before, now with its word
    assert _written(_roles(nlp, "The army said it killed five militants.", "killed")[0]) == [
        ("army", "it")]
    # quoted speech: 'he' is someone else
    text = '"He shot my brother," Ahmed Khan said.'
    assert _written(_roles(nlp, text, "shot")[0]) == [("He", None)]


def test_record_text_is_the_pronoun_and_name_the_antecedent(extractor: object) -> None:
    from roydad.extract.pipeline import Extractor

    assert isinstance(extractor, Extractor)
    text = ("Hugo Chávez, who died in 2013, was succeeded by Maduro. Police said gunmen killed "
            "two men, three women and four children in Quetta on Monday.")
    document = Document(id="t", text=text, origin="test")
    records = [r for _, recs in extractor.extract([document]) for r in recs]
    refs = [(a.text, a.name, a.role) for r in records for a in r.actors]
    assert ("who", "Hugo Chávez", "recipient") in refs
    # one party per wording, even when the words resolve to one group
    victims = {t for t, _, role in refs if role == "recipient"}
    assert {"two men", "three women", "four children"} <= victims


def test_count_of_whom_stands_for_the_antecedent(nlp: Language) -> None:
    text = "Police detained 40 protesters, six of whom were later charged."
    assert _written(_roles(nlp, text, "charged")[1]) == [("40 protesters", "whom")]
    # a relative clause the parser hangs on an event keeps the count
    text = ("More than 300 people were eating in the neighbouring El Tobogan restaurant at the "
            "time of the explosion, two of whom were among the dead.")
    assert _written(_roles(nlp, text, "dead")[1]) == [("two", None)]
