"""Places a long article names only by pointing back ("gunmen there", "the same city", "the
town's eastern suburbs", "the provincial capital"), a dateline town that is not where the
paragraph's events happened, and a country across a border ("near the border with X")."""

from __future__ import annotations

from datetime import date

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord
from tests.extract.helpers import with_trigger


def _records(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=date(2024, 5, 20))
    [(_, records)] = list(extractor.extract([doc]))
    return records


def _place(extractor: Extractor, text: str, trigger: str) -> str | None:
    record = with_trigger(_records(extractor, text), trigger)
    return record.location.name if record.location else None


def test_there_points_at_the_town_named_before(extractor: Extractor) -> None:
    text = ("A district spared no longer\n"
            "OUAGADOUGOU — The north has suffered for years.\n"
            "Dori has been spared so far. On 9 May, however, gunmen there killed two traders.\n"
            "In Ouagadougou, officials met on 10 May.\n")
    assert _place(extractor, text, "killed") == "Dori"


def test_the_towns_suburbs_are_the_town_not_the_dateline(extractor: Extractor) -> None:
    text = ("A quiet town no longer\n"
            "GOMA — Beni, the largest town of the territory, had been calm for a month.\n"
            "Aid workers said so on 1 May. But on 4 May gunmen killed six farmers in the "
            "town's eastern suburbs.\n"
            "Officials in Goma said nothing.\n")
    assert _place(extractor, text, "killed") == "Beni"


def test_the_same_city_is_the_city_named_before(extractor: Extractor) -> None:
    text = ("Two bombs in one city\n"
            "ABUJA — The north-east has seen a new wave of bombings.\n"
            "On 2 May a bomb exploded in a market in Maiduguri, killing three traders. On 4 May "
            "another bomb hit the same city, wounding five people at a bus station.\n"
            "In Abuja, ministers met on 6 May.\n")
    assert _place(extractor, text, "wounding") == "Maiduguri"


def test_there_that_opens_a_clause_points_at_nothing(extractor: Extractor) -> None:
    text = ("Quiet in the south\n"
            "Fighting flared in Kismayo on 2 May, residents said.\n"
            "In Baidoa, there were clashes between clan militias on 3 May.\n"
            "Elders met the next day.\n")
    assert _place(extractor, text, "clashes") == "Baidoa"


def test_the_county_capital_is_the_capital_of_the_county_named(extractor: Extractor) -> None:
    text = ("Two attacks in the north-east\n"
            "On 9 June a roadside bomb struck a police lorry in Wajir county, killing two "
            "officers.\n"
            "Two days later, on 11 June, gunmen shot dead a nurse in the county capital.\n"
            "Police made no arrests.\n")
    record = with_trigger(_records(extractor, text), "shot")
    assert record.location is not None
    assert (record.location.name, record.location.precision) == ("Wajir", "city")


def test_the_capital_the_text_names_is_the_provincial_capital(extractor: Extractor) -> None:
    text = ("Talks in the west\n"
            "The province of Herat has been calm. Herat, the provincial capital, hosts the "
            "governor's office.\n"
            "On 5 May the governor of Herat met tribal elders in the provincial capital.\n"
            "On 7 May a bomb killed two men in Shindand.\n")
    record = with_trigger(_records(extractor, text), "met")
    assert record.location is not None
    assert record.location.precision == "city"


def test_a_dateline_town_gives_way_to_the_paragraph(extractor: Extractor) -> None:
    text = ("Rebels and soldiers in western Uganda\n"
            "KAMPALA — The fighting in the west has a long history.\n"
            "On 3 May rebels attacked an army post in Kasese and killed four soldiers. The next "
            "day, 4 May, soldiers raided camps in the hills and said they had killed ten "
            "fighters.\n"
            "Analysts in Kampala say the army's answer has done little.\n")
    assert _place(extractor, text, "raided") == "Kasese"


def test_the_country_across_a_border_is_not_the_place(extractor: Extractor) -> None:
    text = ("Raids in the west\n"
            "On 3 May rebels attacked an army post in Kasese and killed four soldiers. On 4 May "
            "soldiers raided camps near the border with Congo and said they had killed ten "
            "fighters.\n"
            "Analysts say the army's answer has done little.\n")
    record = with_trigger(_records(extractor, text), "raided")
    assert record.location is not None and record.location.country == "UGA"


def test_a_dateline_town_a_paragraph_does_not_place_gives_its_country(
        extractor: Extractor) -> None:
    text = ("Ministers talk\n"
            "BAGHDAD — Security in the west has improved.\n"
            "Iraq and Syria are talking. On 6 November the two interior ministers met at a "
            "border post and agreed to share intelligence.\n"
            "Officials in Baghdad said on 7 November that the border would stay open.\n")
    record = with_trigger(_records(extractor, text), "met")
    assert record.location is not None and record.location.name != "Baghdad"


def test_his_press_conference_is_where_it_was_held(extractor: Extractor) -> None:
    text = ("A governor on tour\n"
            "Bandits have raided several villages of the state this year.\n"
            "The governor of Katsina, Dikko Radda, travelled to Funtua on 14 May and spoke to "
            "reporters in a hotel hall there.\n"
            "At his press conference the Katsina governor warned that any herder found arming "
            "the bandits would be arrested.\n"
            "Farmers in the state capital had asked for more police the week before.\n")
    assert _place(extractor, text, "warned") == "Funtua"


def test_at_the_funeral_is_where_the_mourners_met(extractor: Extractor) -> None:
    text = ("A killing in the hills\n"
            "NAIROBI — The north has been calm for months.\n"
            "On 12 May gunmen shot a chief in Maralal, the county's main town.\n"
            "At the funeral on 14 May his brother threatened to kill the men who did it.\n"
            "Officials in Nairobi said the police were looking for the gunmen.\n")
    assert _place(extractor, text, "threatened") == "Maralal"
