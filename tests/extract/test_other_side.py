"""The side ground is taken from is the territory event's recipient: the object of "from" and
the subject of a withdrawal joined to the taking."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from tests.extract.helpers import events_of


def _recipients(extractor: Extractor, text: str) -> list[str]:
    records = [r for r in events_of(extractor, text)
               if r.acled_sub_event_type and "territory" in r.acled_sub_event_type]
    assert records, [r.acled_sub_event_type for r in events_of(extractor, text)]
    return [a.name for r in records for a in r.actors if a.role == "recipient"]


@pytest.mark.parametrize(("text", "loser"), [
    ("Somali army units recaptured the village of Bulo Burde from al Shabaab on Thursday.",
     "Al Shabaab"),
    ("Taliban fighters seized the district headquarters of Jurm from the NRF last week.",
     "NRF"),
    ("Iraqi troops retook the town of Hit after Islamic State fighters withdrew overnight.",
     "Islamic State"),
])
def test_the_side_that_lost_the_ground_is_a_recipient(extractor: Extractor, text: str,
                                                      loser: str) -> None:
    names = _recipients(extractor, text)
    assert any(loser in n for n in names), names


def test_the_taker_is_not_its_own_loser(extractor: Extractor) -> None:
    names = _recipients(extractor, "On 5 March 2021, Taliban fighters seized the district centre "
                                   "of Khwaja Ghar from Afghan army troops.")
    assert not any("Taliban" in n for n in names), names
    assert any(n.startswith("Military Forces of Afghanistan") for n in names), names


@pytest.mark.parametrize(("text", "side"), [
    ("On 2 May 2021, 60 members of Al Shabaab surrendered to Somali army troops in Kismayo.",
     "Military Forces of Somalia"),
    ("On 9 June 2019, 12 Taliban commanders defected to the Afghan government in Herat.",
     "Government of Afghanistan"),
])
def test_the_side_fighters_go_over_to_is_a_recipient(extractor: Extractor, text: str,
                                                    side: str) -> None:
    records = [r for r in events_of(extractor, text)
               if r.acled_sub_event_type == "Change to group/activity"]
    assert records, [r.acled_sub_event_type for r in events_of(extractor, text)]
    names = [a.name for r in records for a in r.actors if a.role == "recipient"]
    assert any(n.startswith(side) for n in names), names


def test_ground_taken_at_a_name_the_ner_missed_is_kept(extractor: Extractor) -> None:
    """The NER reads "Malam Fatori" as a person; where it stands ("a base in X") the taking
    still names its ground, and the place keeps the text's name."""
    text = ("ISWAP fighters captured a military base in Malam Fatori after a fierce battle "
            "with soldiers.")
    found = [(r.acled_sub_event_type, r.location.name if r.location else None)
             for r in events_of(extractor, text)]
    assert ("Non-state actor overtakes territory", "Malam Fatori") in found, found


def test_a_trend_of_taking_ground_names_no_ground(extractor: Extractor) -> None:
    text = "Retaking territory from the Islamic State has been slow for the coalition."
    assert not [r for r in events_of(extractor, text)
                if r.acled_sub_event_type and "territory" in r.acled_sub_event_type]
