"""Blaming as an event of its own (extract/accusations.py) and warnings told of a speaker."""

from __future__ import annotations

import datetime as dt

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord

_BOMBING = ("A car bomb killed nine people at a bus station in Herat on 2 March 2024, and "
            "police said the toll could rise. ")


def _events(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=dt.date(2024, 3, 10))
    [(_, records)] = list(extractor.extract([doc]))
    return records


def test_a_named_official_accusing_on_a_day_of_his_own_is_an_event(
    extractor: Extractor,
) -> None:
    text = _BOMBING + (
        "The provincial governor, Ismail Qaderi, said on 3 March that the bombers had come "
        "from abroad, and he accused a neighbouring state's intelligence agency of arming them.")
    records = _events(extractor, text)
    accusations = [r for r in records if r.event_type == "ACCUSE"]
    assert [r.date for r in accusations] == ["2024-03-03"]
    # the claim stays on the bombing too
    [bombing] = [r for r in records if r.event_type == "ASSAULT"]
    assert any("intelligence agency" in (c.attributed_to or "") for c in bombing.claims)


def test_a_coordinated_accusation_takes_the_first_verbs_speaker_and_day(
    extractor: Extractor,
) -> None:
    text = _BOMBING + ("The interior minister, Farida Momand, went further on 5 March and "
                       "accused the militants' allies in the city council of helping them.")
    accusations = [r for r in _events(extractor, text) if r.event_type == "ACCUSE"]
    assert [r.date for r in accusations] == ["2024-03-05"]


def test_blame_by_an_unnamed_body_is_only_a_claim(extractor: Extractor) -> None:
    text = _BOMBING + "Police blamed the Islamic State for the attack on 3 March."
    assert not [r for r in _events(extractor, text) if r.event_type == "ACCUSE"]


def test_undated_blame_by_a_named_person_is_only_a_claim(extractor: Extractor) -> None:
    text = _BOMBING + "The mayor, Hamid Sadat, accused the Islamic State of the bombing."
    assert not [r for r in _events(extractor, text) if r.event_type == "ACCUSE"]


def test_a_warning_whose_that_the_parse_misreads_is_a_threat(extractor: Extractor) -> None:
    text = _BOMBING + (
        "On 6 March Abu Tariq al-Hassan, the commander of a local militia, warned in a radio "
        "broadcast that officials who helped the army \"would pay for it after the holidays\".")
    threats = [r for r in _events(extractor, text) if r.event_type == "THREATEN"]
    assert [r.date for r in threats] == ["2024-03-06"]


def test_a_claim_on_a_later_day_dates_the_claim_not_the_attack(extractor: Extractor) -> None:
    text = ("Fighters of Jama'at Nusrat al-Islam wal-Muslimin attacked an army base in Djibo on "
            "5 October 2024. JNIM claimed the raid on 8 October through its az-Zallaqa outlet.")
    attacks = [r for r in _events(extractor, text) if r.event_type == "ASSAULT"]
    assert [r.date for r in attacks] == ["2024-10-05"]
    # "the raid" the claim names is the attack: its party joins the attack's record
    assert any("JNIM" in (a.name or "") for a in attacks[0].actors if a.role == "actor")


def test_a_person_named_inside_the_speakers_phrase_is_not_the_speaker(
    extractor: Extractor,
) -> None:
    text = _BOMBING + ("On 4 March relatives of Ahmad Zia Haidari accused the police of "
                       "ignoring their warnings.")
    assert not [r for r in _events(extractor, text) if r.event_type == "ACCUSE"]
