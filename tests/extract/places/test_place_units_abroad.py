"""Places written with the units of countries other than Afghanistan, Pakistan and Iran: a
parenthesis that names the unit, a state named like a country, a province that GeoNames files
under its region, a province named by a listed spelling beside a village the gazetteer reads
as a town abroad."""

from __future__ import annotations

from roydad.extract.pipeline import Extractor
from roydad.models import Document, Location


def _place(extractor: Extractor, text: str) -> Location | None:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    assert records
    return records[0].location


def test_a_town_with_its_oblast_in_a_parenthesis(extractor: Extractor) -> None:
    loc = _place(extractor, "On 9 June 2024, Russian shells hit Marhanets (Dnipropetrovsk "
                            "oblast), killing two civilians.")
    assert loc is not None
    assert (loc.country, loc.admin1) == ("UKR", "Dnipropetrovsk")


def test_a_nigerian_state_named_like_a_country_is_the_state(extractor: Extractor) -> None:
    loc = _place(extractor, "On 4 May 2023, bandits killed six farmers in Kagara town, Rafi "
                            "LGA, Niger state.")
    assert loc is not None
    assert (loc.country, loc.admin1) == ("NGA", "Niger")


def test_a_philippine_province_puts_a_town_in_its_region(extractor: Extractor) -> None:
    loc = _place(extractor, "On 2 June 2023, soldiers clashed with rebels in Balabagan, "
                            "Lanao del Sur. Three fatalities.")
    assert loc is not None
    assert (loc.country, loc.admin1) == ("PHL", "Autonomous Region in Muslim Mindanao")


def test_a_province_is_kept_beside_a_village_read_as_a_town_abroad(
        extractor: Extractor) -> None:
    # a village whose name is an alternate name of a Greek town: the province still holds it
    loc = _place(extractor, "On 7 July 2023, gunmen killed three traders in Gida woreda "
                            "(Oromia).")
    assert loc is not None
    assert (loc.country, loc.admin1) == ("ETH", "Oromiya")
