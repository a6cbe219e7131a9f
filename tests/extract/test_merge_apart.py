"""Two happenings are never one record (issue 13, section 8): mentions whose own days differ, an
anaphor of another kind, a summary of a year and an act told later, a toll word and the act of
its own clause. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from roydad.extract.merging import _night_apart
from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord
from roydad.resolve.dates import ResolvedDate, resolve_date

PUB = date(2024, 5, 6)  # a Monday


def _records(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=PUB)
    [(_, records)] = list(extractor.extract([doc]))
    return records


def _triggers(record: EventRecord) -> list[str]:
    return [m.trigger for m in record.mentions]


def _day(text: str, when: date) -> ResolvedDate:
    return ResolvedDate(start=when, end=None, precision="day", text=text)


def test_two_raids_on_two_plain_days_are_two_records(extractor: Extractor) -> None:
    text = ("On Tuesday, bandits raided a cattle market in Birnin Gwari, killing five traders. "
            "On Wednesday, bandits raided a church in Birnin Gwari, killing two worshippers.")
    records = [r for r in _records(extractor, text) if r.event_type == "ASSAULT"]
    assert sorted(r.date for r in records) == ["2024-04-30", "2024-05-01"]
    assert sorted(r.fatalities or 0 for r in records) == [2, 5]


def test_the_following_day_dates_a_bombing_of_its_own(extractor: Extractor) -> None:
    text = ("On 4 April 2024, rebels shelled a market in Goma, killing two traders. The "
            "following day, army jets bombed rebel positions near Rutshuru.")
    records = [r for r in _records(extractor, text) if r.event_type == "ASSAULT"]
    bombing = next(r for r in records if "bombed" in _triggers(r))
    assert bombing.date == "2024-04-05"
    assert not any("killing" in _triggers(r) for r in records if r is bombing)


def test_a_night_may_be_told_as_the_next_day_but_two_plain_days_may_not() -> None:
    assert _night_apart(_day("late on Sunday", date(2024, 5, 5)), _day("Monday", PUB))
    assert _night_apart(_day("Sunday night", date(2024, 5, 5)), _day("Monday", PUB))
    assert not _night_apart(_day("Tuesday", date(2024, 4, 30)), _day("Wednesday",
                                                                        date(2024, 5, 1)))
    assert not _night_apart(_day("the next day", date(2024, 5, 1)), _day("overnight",
                                                                          date(2024, 4, 30)))
    month = ResolvedDate(start=date(2024, 4, 1), end=None, precision="month", text="April")
    assert _night_apart(month, _day("Monday", PUB))


def test_a_day_counted_from_the_last_one_is_a_date(nlp: Language) -> None:
    doc = nlp("That same night, in Kasese, villagers caught two men. The following day, troops "
              "arrived.")
    dates = [e.text for e in doc.ents if e.label_ == "DATE"]
    assert dates == ["That same night", "The following day"]
    anchor = date(2024, 5, 1)
    assert resolve_date("That same night", PUB, anchor=anchor) == ResolvedDate(
        start=anchor, end=None, precision="day", text="That same night")


def test_a_toll_word_stays_with_the_shooting_of_its_clause(extractor: Extractor) -> None:
    text = ("Weekly note\n"
            "- 1 May: A drone struck a fuel depot at the airport in Malakal.\n"
            "- 4 May: Gunmen shot dead two drivers on the road between Malakal and Renk.")
    records = [r for r in _records(extractor, text) if r.event_type == "ASSAULT"]
    shooting = next(r for r in records if "shot" in _triggers(r))
    strike = next(r for r in records if "struck" in _triggers(r))
    assert shooting is not strike
    assert "dead" in _triggers(shooting) and "dead" not in _triggers(strike)


def test_a_lynching_is_mob_violence_and_the_march_is_not_it(extractor: Extractor) -> None:
    text = ("On Thursday evening, villagers in Kasese caught two men they accused of stealing "
            "goats and killed them.\n\n"
            "On Friday hundreds of people in Kasese joined the march to the district office.")
    records = [r for r in _records(extractor, text) if r.event_type == "PROTEST"]
    lynching = next(r for r in records if "killed" in _triggers(r))
    assert lynching.acled_sub_event_type == "Mob violence"
    assert "the march" not in _triggers(lynching)
    march = next(r for r in records if "the march" in _triggers(r))
    assert march.date == "2024-05-03"


def test_a_summary_of_the_year_takes_no_act_a_later_paragraph_tells(
    extractor: Extractor,
) -> None:
    text = ("Over the past year the militia has attacked Kiwanja, Rubare and Bunagana, one town "
            "after another.\n\n"
            "On Friday students marched through Goma to protest the fees. The police fired "
            "live rounds at the students, wounding three.")
    records = _records(extractor, text)
    summary = next(r for r in records if "attacked" in _triggers(r))
    assert "fired" not in _triggers(summary)


def test_an_anaphor_naming_a_place_joins_the_happening_there(extractor: Extractor) -> None:
    text = ("On Monday police arrested ten traders in Gondar. On Tuesday police arrested four "
            "students in Dessie.\n\n"
            "On Wednesday shopkeepers in Gondar closed their shops to protest against the "
            "arrests in Gondar.")
    arrests = [r for r in _records(extractor, text) if r.event_type == "COERCE"]
    dessie = next(r for r in arrests if r.location is not None and r.location.name == "Dessie")
    assert "the arrests" not in _triggers(dessie)


def test_a_denial_dated_by_its_message_joins_the_killing_it_denies(
    extractor: Extractor,
) -> None:
    text = ("On 3 March about twenty herders were killed near Djibasso. The governor blamed "
            "the militants for the massacre. The group denied killing them in a video on "
            "6 March.")
    assaults = [r for r in _records(extractor, text) if r.event_type == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].date == "2024-03-03"
