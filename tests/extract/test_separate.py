"""Long analyses: one record per happening, never two happenings in one record; and the opposite
in short reports: one riot with its deaths and arrests is one event (issue 13, section 8)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord

TEXTS = Path(__file__).parent / "texts"


def _records(
    extractor: Extractor, text: str, pub: date | None = None, calendar: str | None = None
) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=pub, calendar=calendar)
    [(_, records)] = list(extractor.extract([doc]))
    return records


def _place(record: EventRecord) -> str | None:
    return record.location.name if record.location else None


def _triggers(record: EventRecord) -> list[str]:
    return [m.trigger for m in record.mentions]


@pytest.fixture(scope="module")
def balkh(extractor: Extractor) -> list[EventRecord]:
    text = (TEXTS / "governor_balkh.txt").read_text("utf-8")
    return _records(extractor, text, date(2023, 3, 18))


@pytest.fixture(scope="module")
def generals(extractor: Extractor) -> list[EventRecord]:
    text = (TEXTS / "generals_iran.txt").read_text("utf-8")
    return _records(extractor, text, date(2023, 12, 10), "solar-hijri")


def _on(records: list[EventRecord], event_type: str, day: str) -> list[EventRecord]:
    return [r for r in records if r.event_type == event_type and r.date and r.date.startswith(day)]


def test_main_bombing_is_one_record_with_its_anaphors(balkh: list[EventRecord]) -> None:
    [main] = _on(balkh, "ASSAULT", "2023-03-09")
    assert "Mazar" in (_place(main) or "")
    # later "the attack", "the bombing" refer to the governor's killing, not to the
    # last example of earlier attacks listed before them
    assert {"the bombing", "the attack"} <= set(_triggers(main))
    assert any(c.kind == "responsibility" for c in main.claims)


def test_earlier_attacks_are_their_own_records(balkh: list[EventRecord]) -> None:
    [main] = _on(balkh, "ASSAULT", "2023-03-09")
    assert not {"Sikh temples", "Mujib Rahman Ansari"} & {a.text for a in main.actors}
    [mosque] = _on(balkh, "ASSAULT", "2022-10")
    assert _place(mosque) == "Kabul"
    [police_chief] = _on(balkh, "ASSAULT", "2023-01")
    # the province the sentence names, not a district a later paragraph names in it
    assert police_chief.location is not None
    assert police_chief.location.admin1 == "Sar-e Pol"
    assert police_chief.location.precision != "admin2"
    # the police chief's shooting keeps no mention of the governor's bombing
    assert "the bombing" not in _triggers(police_chief)


def test_two_meetings_with_different_people(balkh: list[EventRecord]) -> None:
    meetings = [r for r in balkh if r.event_type == "CONSULT"]
    assert len(meetings) == 2
    assert {_place(m) for m in meetings} == {"Kabul", "Mazar-e Sharif"}


def test_arrest_has_its_own_date_and_place(balkh: list[EventRecord]) -> None:
    [arrest] = _on(balkh, "COERCE", "2023-03-12")
    assert "Balkhab" in (_place(arrest) or "")


def test_no_assault_with_the_spokesman_as_victim(balkh: list[EventRecord]) -> None:
    for record in balkh:
        if record.event_type == "ASSAULT":
            assert "Zabihullah Mujahid" not in {a.text for a in record.actors}


def test_threat_does_not_merge_into_the_killing(balkh: list[EventRecord]) -> None:
    threats = [r for r in balkh if r.event_type == "THREATEN"]
    assert threats and all("kill" not in _triggers(r) or r.certainty == "asserted"
                           for r in threats)
    [main] = _on(balkh, "ASSAULT", "2023-03-09")
    assert "threatened" not in _triggers(main)


def test_balkh_record_count(balkh: list[EventRecord]) -> None:
    # nine key happenings (bombing, listed attacks, mosque bombing, police chief's killing,
    # arrest, statement, threat, two meetings), and no more than a couple of stray records
    assert 9 <= len(balkh) <= 12


def test_two_killings_three_weeks_apart_are_two_records(generals: list[EventRecord]) -> None:
    [mashhad] = _on(generals, "ASSAULT", "2023-10-02")
    [tehran] = _on(generals, "ASSAULT", "2023-10-24")
    assert _place(mashhad) == "Mashhad"
    assert _place(tehran) == "Tehran"
    assert tehran.injured == 1 or "wounded" in _triggers(tehran)


def test_arrests_are_their_own_records(generals: list[EventRecord]) -> None:
    [first] = _on(generals, "COERCE", "2023-10-05")
    assert _place(first) == "Mashhad"
    # "November this year" in an Iranian article is November of the Gregorian year
    [second] = _on(generals, "COERCE", "2023-11")
    assert second is not first


def test_meetings_with_different_people_in_exile(generals: list[EventRecord]) -> None:
    meetings = [r for r in generals if r.event_type == "CONSULT"]
    assert sorted((m.date or "")[:7] for m in meetings) == ["2023-08", "2023-09"]
    assert {_place(m) for m in meetings} == {"Mashhad", "Tehran"}


def test_generals_record_count(generals: list[EventRecord]) -> None:
    assert 7 <= len(generals) <= 11


RIOT = (
    "LAHORE, 12 May: Hundreds of protesters clashed with police in Lahore on Friday after the "
    "arrest of a party leader. Three people were killed and dozens injured when police opened "
    "fire, hospital officials said. Police arrested 40 protesters and the party blamed the "
    "government for the deaths."
)


def test_deaths_in_a_riot_belong_to_it(extractor: Extractor) -> None:
    records = _records(extractor, RIOT, date(2023, 5, 13))
    [riot] = [r for r in records if r.event_type == "PROTEST"]
    assert riot.mode == "riot" and riot.fatalities == 3
    assert not [r for r in records if r.event_type == "ASSAULT"]


def test_arrests_at_a_riot_take_its_date_and_place(extractor: Extractor) -> None:
    records = _records(extractor, RIOT, date(2023, 5, 13))
    [arrest] = [r for r in records if r.event_type == "COERCE"]
    assert arrest.date == "2023-05-12" and _place(arrest) == "Lahore"


def test_a_bombing_beside_a_riot_stays_apart(extractor: Extractor) -> None:
    text = ("Protesters clashed with police in Quetta on Monday. Hours later a bomb exploded "
            "near the provincial assembly, killing two guards.")
    records = _records(extractor, text, date(2023, 5, 9))
    assert sorted(r.event_type for r in records) == ["ASSAULT", "PROTEST"]


def test_two_threats_by_two_officials(extractor: Extractor) -> None:
    text = ("On Monday the interior minister threatened to expel the militants' families. "
            "On Tuesday a rebel commander threatened to attack the capital.")
    records = _records(extractor, text, date(2023, 5, 10))
    assert len([r for r in records if r.event_type == "THREATEN"]) == 2


def test_two_meetings_in_adjacent_sentences(extractor: Extractor) -> None:
    text = ("The foreign minister met the Chinese ambassador in Islamabad on Monday. "
            "The army chief met Saudi officials in Riyadh.")
    records = _records(extractor, text, date(2023, 5, 10))
    assert len([r for r in records if r.event_type == "CONSULT"]) == 2


def test_claims_about_the_killings_concern_each_killing(extractor: Extractor) -> None:
    text = ("A former police chief was shot dead in Quetta on 3 May. A former judge was gunned "
            "down in Karachi on 21 May. Nobody has claimed the killings. Relatives blamed the "
            "Lashkar-e-Jhangvi for the killings.")
    records = _records(extractor, text, date(2023, 6, 1))
    killings = [r for r in records if r.event_type == "ASSAULT"]
    assert len(killings) == 2
    for killing in killings:
        assert any(c.attributed_to and "Lashkar" in c.attributed_to for c in killing.claims)


def test_an_abduction_and_a_bombing_a_day_apart_are_two_happenings(
    extractor: Extractor,
) -> None:
    text = ("On Tuesday, 8 October 2024, gunmen abducted twelve farmers from a village near "
            "Gusau. On Wednesday, 9 October, a bomb exploded at a bus park in Maiduguri, "
            "killing four people.")
    doc = Document(id="t", text=text, origin="test", pub_date=date(2024, 10, 12))
    [(_, records)] = list(extractor.extract([doc]))
    violent = sorted(r.date for r in records if r.event_type == "ASSAULT")
    assert violent == ["2024-10-08", "2024-10-09"]
