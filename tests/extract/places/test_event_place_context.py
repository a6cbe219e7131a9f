"""Where the text around a happening places it: a dateline is where the reporter was, a place
that only says whose a party is gives way to the place the event is located in, a container
with namesakes is the one the place lies in, and "nearby", "there", "the same village" carry
the previous event's place into the next sentence."""

from __future__ import annotations

from roydad.extract.pipeline import Extractor
from roydad.models import EventRecord
from tests.extract.helpers import events_of as _events


def _placed(records: list[EventRecord]) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.location.name, r.location.country, r.location.admin1) if r.location else
            (None, None, None) for r in records]


def test_a_dateline_gives_only_the_country_when_the_report_names_another_place(
        extractor: Extractor) -> None:
    text = ("DAKAR, Senegal (Reuters) - Jihadist fighters killed nine villagers in an attack "
            "on Gossi in central Mali on Sunday, a local official said.")
    for record in _events(extractor, text):
        assert record.location is not None
        assert record.location.name != "Dakar"


def test_a_dateline_gives_the_one_other_country_the_report_names(extractor: Extractor) -> None:
    text = ("NAIROBI (Reuters) - Somali troops and clan fighters recaptured a village from al "
            "Shabaab on Monday after heavy fighting, a regional official said.")
    records = _events(extractor, text)
    assert records
    assert all(r.location is not None and r.location.country == "SOM" for r in records)


def test_a_dateline_alone_still_places_the_report(extractor: Extractor) -> None:
    text = ("ISLAMABAD (Reuters) - Police fired tear gas at opposition supporters outside "
            "parliament on Friday, witnesses said.")
    records = _events(extractor, text)
    assert records
    assert all(r.location is not None and r.location.name == "Islamabad" for r in records)


def test_the_dateline_country_is_the_one_its_town_lies_in(extractor: Extractor) -> None:
    # "Congo" names two countries; Kalemie lies in DR Congo
    text = ("KALEMIE, Congo (AP) - Militiamen burned houses in Nyunzu on Sunday, killing four "
            "villagers, local officials said.")
    records = _events(extractor, text)
    assert records
    assert all(r.location is not None and r.location.country == "COD" for r in records)


def test_a_place_that_qualifies_a_party_is_not_where(extractor: Extractor) -> None:
    text = ("On 14 May 2023, two armed groups of Zliten and Bani Walid fought with heavy "
            "weapons near the Misrata port. 3 fighters were killed.")
    records = _events(extractor, text)
    assert records
    assert _placed(records)[0][0] == "Misratah"


def test_a_container_with_namesakes_is_the_one_the_town_lies_in(extractor: Extractor) -> None:
    # Cameroon's North-West region, not South Africa's North West province
    text = ("On 4 March 2021, separatist fighters attacked a gendarmerie post in Ndop "
            "(North-West), killing 2 gendarmes.")
    [record] = _events(extractor, text)
    assert record.location is not None
    assert (record.location.name, record.location.country) == ("Ndop", "CMR")


def test_nearby_carries_the_previous_event_s_place(extractor: Extractor) -> None:
    text = ("On 12 February 2023, soldiers clashed with militiamen near Bunia (Ituri). The next "
            "day, the militia retaliated by attacking a camp nearby, killing 5 civilians.")
    records = _events(extractor, text)
    assert len(records) == 2
    assert _placed(records)[1][:2] == ("Bunia", "COD")


def test_a_new_place_is_not_carried_over(extractor: Extractor) -> None:
    text = ("On 4 May 2022, gunmen killed a teacher in Chaman. In a separate incident, police "
            "arrested 4 protesters in Lahore.")
    records = _events(extractor, text)
    assert [p[0] for p in _placed(records)] == ["Chaman", "Lahore"]
