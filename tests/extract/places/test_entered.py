"""Places the text says the actors went into or calls a place (places/entered.py, unlisted.py)."""

from __future__ import annotations

import datetime as dt

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _events(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=dt.date(2024, 9, 20))
    [(_, records)] = list(extractor.extract([doc]))
    return records


def _of_type(records: list[EventRecord], event_type: str) -> EventRecord:
    return next(r for r in records if r.event_type == event_type)


def test_the_village_the_gunmen_rode_into_is_where_they_shot(extractor: Extractor) -> None:
    text = ("Residents of Niger's Tillaberi region said on Friday that bandits on motorbikes "
            "rode into Kouragou, some 30 km east of Ouallam, on Wednesday night and shot "
            "seven farmers.")
    record = _of_type(_events(extractor, text), "ASSAULT")
    assert record.location is not None and record.location.name == "Kouragou"
    assert record.location.country == "NER"


def test_the_department_the_text_gives_is_the_district(extractor: Extractor) -> None:
    text = ("On Tuesday gendarmes from the Filingue post drove into Tamakoye, in Abala "
            "department, and arrested five men.")
    record = _of_type(_events(extractor, text), "COERCE")
    assert record.location is not None and record.location.name == "Tamakoye"
    assert record.location.admin2 == "Abala"


def test_a_place_called_a_village_is_read_whole(extractor: Extractor) -> None:
    text = ("An air strike on Monday hit a clinic in Nyaung Kyi Taw, a village some 15 km "
            "north of Gangaw, in Myanmar's Magway region, killing four patients.")
    record = _of_type(_events(extractor, text), "ASSAULT")
    assert record.location is not None and record.location.name == "Nyaung Kyi Taw"


def test_a_listed_town_entered_keeps_the_gazetteer_reading(extractor: Extractor) -> None:
    text = "On 2 May 2024 militants drove into Peshawar and shot two policemen."
    record = _of_type(_events(extractor, text), "ASSAULT")
    assert record.location is not None
    assert (record.location.name, record.location.precision) == ("Peshawar", "city")


def test_a_weekday_after_a_movement_verb_is_no_place(extractor: Extractor) -> None:
    text = ("Gunmen stormed a police post in Ghazni province and killed three officers, "
            "officials said; the attackers fled towards Monday market roads.")
    record = _of_type(_events(extractor, text), "ASSAULT")
    assert record.location is not None and record.location.admin1 == "Ghazni"


def test_the_events_own_place_read_only_inside_its_province_is_kept(
    extractor: Extractor,
) -> None:
    text = ("In April 2024, gunmen shot dead a member of the Kech district council as he "
            "walked out of a shop in Bolan Kaur, Balochistan.")
    record = _of_type(_events(extractor, text), "ASSAULT")
    assert record.location is not None and record.location.name == "Bolan Kaur"
    assert record.location.admin1 == "Balochistan"


def test_a_county_after_the_village_does_not_replace_it(extractor: Extractor) -> None:
    text = ("On 3 June 2024 soldiers raided fishing camps near Panyikang Pool, in the south of "
            "Fangak County, Jonglei, and killed six men.")
    records = [r for r in _events(extractor, text) if r.event_type == "ASSAULT"]
    assert any(r.location is not None and r.location.name == "Panyikang Pool" for r in records)


def test_a_town_marched_through_is_where_the_march_was(extractor: Extractor) -> None:
    text = ("Violence in Myanmar's Sagaing region.\n\nOn Friday hundreds of residents marched "
            "through Mingin town holding pictures of the dead, witnesses said.")
    record = _of_type(_events(extractor, text), "PROTEST")
    assert record.location is not None and record.location.name == "Mingin"


def test_a_dateline_does_not_place_a_town_named_as_a_town(extractor: Extractor) -> None:
    text = ("NAIROBI (Reuters) - Somali troops and allied militias retook the town of "
            "Ceel Dhuubo from al Shabaab on Monday after a day of fighting, an official said.")
    records = [r for r in _events(extractor, text) if r.location is not None
               and r.location.name == "Ceel Dhuubo"]
    assert records and all(r.location is not None and r.location.country != "KEN"
                           for r in records)


def test_a_part_of_a_long_name_is_not_its_place(extractor: Extractor) -> None:
    text = ("Families in Tamu township mourned on Friday after an army helicopter fired on a "
            "clinic in Kyaung Taik Gyi, a village some 10 km east of Tamu, on Wednesday.")
    records = [r for r in _events(extractor, text) if r.event_type == "ASSAULT"]
    assert any(r.location is not None and r.location.name == "Kyaung Taik Gyi"
               for r in records)
