"""Headlines parsed again in a normalised grammar (extract/headline_grammar.py): a bare present
verb, a bare participle of harm and Title Case no longer hide the event."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from roydad.extract.headline_grammar import HeadlineGrammar, past_form, rewrite
from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _records(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="h", text=text, origin="test", pub_date=date(2024, 4, 9))
    [(_, records)] = list(extractor.extract([doc]))
    return [r for r in records if r.acled_event_type is not None]


def _normalised(nlp: Language, text: str) -> str | None:
    found = rewrite(nlp(text), HeadlineGrammar(nlp).lower_words)
    return None if found is None else found.text


def test_past_forms_regular_and_listed() -> None:
    assert past_form("torch") == "torched"
    assert past_form("seize") == "seized"
    assert past_form("overrun") == "overran"
    assert past_form("pelt") == "pelted"


def test_a_bare_present_verb_read_as_a_noun_is_put_in_the_past(nlp: Language) -> None:
    assert _normalised(nlp, "Rioters torch bank branch in Ouagadougou over fuel prices") == (
        "Rioters torched bank branch in Ouagadougou over fuel prices")


def test_a_bare_participle_gets_its_auxiliary(nlp: Language) -> None:
    assert _normalised(nlp, "Farmer hacked to death in Benue village") == (
        "Farmer was hacked to death in Benue village")
    assert _normalised(nlp, "Three traders shot dead near Gao market") == (
        "Three traders were shot dead near Gao market")


def test_a_sentence_of_prose_is_left_alone(nlp: Language) -> None:
    assert _normalised(nlp, "Rioters torched a bank branch in Ouagadougou on Monday.") is None


def test_a_noun_before_a_preposition_stays_a_noun(nlp: Language) -> None:
    # "attack on" is the noun; the verb is "wounds"
    found = _normalised(nlp, "Grenade attack on bus station in Bujumbura wounds six")
    assert found is None or "attack on" in found


def test_arson_headline_in_the_present_gives_a_record(extractor: Extractor) -> None:
    records = _records(extractor, "Rioters torch bank branch in Ouagadougou over fuel prices")
    assert records
    assert records[0].location is not None and records[0].location.country == "BFA"


def test_police_fire_tear_gas_headline_gives_a_record(extractor: Extractor) -> None:
    # detection only: who "striking teachers" are is typing's business
    records = _records(extractor, "Police fire tear gas at striking teachers in Harare")
    assert len(records) == 1


def test_victim_of_a_bare_participle_is_not_the_doer(extractor: Extractor) -> None:
    records = _records(extractor, "Farmer hacked to death in Benue village")
    assert len(records) == 1
    assert records[0].acled_event_type == "Violence against civilians"
    assert not any(a.role == "actor" and "Farmer" in a.text for a in records[0].actors)


def test_title_case_headline_with_martyred(extractor: Extractor) -> None:
    records = _records(extractor, "Two Levies Personnel Martyred In Attack On Checkpost In Kalat")
    assert records
    assert records[0].fatalities == 2
    assert not any(a.role == "actor" and "Martyred" in a.text for a in records[0].actors)
