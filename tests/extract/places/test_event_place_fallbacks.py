"""The place of a happening is where it happened: the place attached to its clause, then its
sentence's, then the report's dateline — not a country named in a list of reactions, nor the
dateline of a report that recalls older history."""

from __future__ import annotations

from roydad.extract.pipeline import Extractor
from tests.extract.helpers import events_of as _events
from tests.extract.helpers import with_trigger as _with_trigger


def test_a_country_in_a_list_of_reactions_is_not_where(extractor: Extractor) -> None:
    # sample-14: the detentions happened in Kabul (the dateline), not in the last country of
    # the list of those who condemned the ban
    text = ("KABUL — A small group of women marched in a Kabul street on Thursday to protest "
            "against the Taliban's decision to bar women from universities.\n\n"
            "Some said they were pushed and threatened, and several protesters were reportedly "
            "detained; whether they had been released could not be confirmed.\n\n"
            "The ban drew condemnation from the United Nations, the United States and several "
            "Muslim-majority countries, including Turkey and Saudi Arabia.")
    detained = _with_trigger(_events(extractor, text), "detained")
    assert detained.location is not None
    assert (detained.location.name or "").casefold() == "kabul"


def test_recalled_history_does_not_take_the_dateline(extractor: Extractor) -> None:
    # sample-05: the strike that killed Soleimani (in January 2020, at Baghdad airport) is
    # history the Washington report recalls; the charges were brought in the United States
    text = ("WASHINGTON — The US Justice Department has charged a member of Iran's Islamic "
            "Revolutionary Guard Corps with plotting to have former national security adviser "
            "John Bolton killed, saying the scheme was probably meant as revenge for the US "
            "drone strike that killed Qassem Soleimani in January 2020.")
    records = _events(extractor, text)
    strike = _with_trigger(records, "drone strike")
    assert strike.location is None or strike.location.name != "Washington"
    charged = _with_trigger(records, "charged")
    assert charged.location is not None and charged.location.country == "USA"


def test_the_dateline_places_a_report_s_later_sentences(extractor: Extractor) -> None:
    text = ("KABUL — Taliban fighters broke up a women's protest on Thursday.\n\n"
            "Several protesters were detained, witnesses said.")
    detained = _with_trigger(_events(extractor, text), "detained")
    assert detained.location is not None and detained.location.name == "Kabul"


def test_a_dated_event_is_in_the_division_of_its_day(extractor: Extractor) -> None:
    # UCDP dev headline, dated: North Waziristan was a tribal agency until May 2018
    text = "Pakistani army kills 22 militants in North Waziristan on 11 October 2015"
    [event] = _events(extractor, text)
    assert event.location is not None
    assert (event.location.admin2, event.location.admin1) == (
        "North Waziristan", "Federally Administered Tribal Areas")
    [event] = _events(extractor, "Pakistani army kills 22 militants in North Waziristan")
    assert event.location is not None  # undated: today's division
    assert event.location.admin1 == "Khyber Pakhtunkhwa"


def test_a_district_the_gazetteer_lacks_is_no_town_abroad(extractor: Extractor) -> None:
    # WikiEvents dev: "the Old Park" district of Belfast is not Park Hills, Missouri
    text = ("Later, a man was shot dead when he answered a knock at his door in Deerpark Road, "
            "in the Old Park district of the city.")
    records = _events(extractor, text)
    assert records, "the shooting is an event"
    for record in records:
        assert record.location is None or record.location.country in (None, "GBR")


def test_a_capital_that_speaks_is_not_where(extractor: Extractor) -> None:
    for text, country in [
        ("Afghan jets struck what Kabul called militant hideouts in Nimroz, killing six.", "AFG"),
        ("Nigerian warplanes bombed what Abuja called a bandit camp in Zamfara, killing 12.",
         "NGA"),
    ]:
        [event] = [e for e in _events(extractor, text) if e.event_type == "ASSAULT"]
        assert event.location is not None, text
        assert event.location.country == country
        assert event.location.name not in ("Kabul", "Abuja"), text


def test_a_town_the_ner_took_for_a_building_is_the_town(extractor: Extractor) -> None:
    text = ("On 9 April 2022, militants drove a truck bomb into a police station in Mir Ali, "
            "killing five Pakistani policemen.")
    [event] = [e for e in _events(extractor, text) if e.event_type == "ASSAULT"]
    assert event.location is not None and event.location.country == "PAK"
    assert event.location.admin2 == "North Waziristan"
