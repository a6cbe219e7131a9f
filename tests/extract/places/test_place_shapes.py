"""Shapes of short reports that name a small place with what holds it (issue 13, section 5):
a town or tehsil written with its unit word, "the town of X" as the object of the event's
verb, a headline's "CITY:" dateline, initials of a town ("D.G. Khan"), a parenthesis that places
the district a village lies in, and a reference point ("south of Gardez")."""

from __future__ import annotations

from datetime import date

from roydad.extract.pipeline import Extractor
from roydad.models import Document, Location


def _place(extractor: Extractor, text: str) -> Location:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    assert records and records[0].location is not None
    return records[0].location


def test_a_tehsil_of_a_district_is_the_place_not_the_district(extractor: Extractor) -> None:
    loc = _place(extractor, "On 14 July 2023, a landmine killed two shepherds in Kurram's "
                            "Sadda tehsil.")
    assert (loc.name, loc.admin1) == ("Sadda", "Khyber Pakhtunkhwa")


def test_a_town_with_its_unit_and_province_is_the_town(extractor: Extractor) -> None:
    loc = _place(extractor, "On 2 June 2022, Al Shabaab fighters overran an army camp in Bulo "
                            "Burte town (Hiraan). 5 fatalities.")
    assert (loc.admin1, loc.country, loc.precision) == ("Hiiraan", "SOM", "city")


def test_the_town_a_verb_acts_on_is_the_place(extractor: Extractor) -> None:
    loc = _place(extractor, "NIAMEY (AFP) - Gunmen raided the town of Ouallam in Niger's "
                            "Tillaberi region on Sunday, killing four villagers, the mayor said.")
    assert (loc.admin1, loc.precision) == ("Tillaberi", "city")


def test_a_headline_dateline_gives_way_to_the_place_it_names(extractor: Extractor) -> None:
    loc = _place(extractor, "Kabul: Taliban disperse women's protest in Chaghcharan")
    assert (loc.admin1, loc.country) == ("Ghor", "AFG")
    loc = _place(extractor, "Peshawar: Levies official injured in grenade attack on Zhob "
                            "checkpost")
    assert (loc.name, loc.admin1) == ("Zhob", "Balochistan")


def test_initials_of_a_town_are_the_town(extractor: Extractor) -> None:
    loc = _place(extractor, "Two soldiers were killed when gunmen opened fire on a checkpoint "
                            "in D.G. Khan on 5 May 2024.")
    assert (loc.name, loc.admin1) == ("Dera Ghazi Khan", "Punjab")


def test_a_reference_point_gives_way_to_the_district(extractor: Extractor) -> None:
    loc = _place(extractor, "On 3 March 2024, a roadside bomb hit an army truck in Sharana "
                            "district, south of Gardez, killing 3.")
    assert (loc.admin1, loc.precision) == ("Paktika", "admin2")


def test_the_outer_container_decides_the_district(extractor: Extractor) -> None:
    # Poonch is a district on both sides of the Line of Control: the parenthesis says which
    loc = _place(extractor, "On 8 August 2023, gunmen ambushed an army vehicle in the "
                            "Mendhar area of Poonch district (Jammu and Kashmir), killing two.")
    assert (loc.admin1, loc.country) == ("Jammu and Kashmir", "IND")


def test_a_local_press_town_heading_a_headline_bundle_places_it(extractor: Extractor) -> None:
    # UCDP GED Pakistan dev, event 390461 (CC BY 4.0): four source headlines; the first is
    # headed by the town it reports from and on ("Sibi: ..."), the others name only the
    # country. The event is in Sibi, not only "in Pakistan".
    text = ("Sibi: Bomb blast kills 5 Pakistani labourers, wounds security personnel\n"
            "Roadside bombing kills 5 Pakistani workers, wounds 2 troops\n"
            "5 Baloch militants killed in Pakistan\n"
            "Gunmen ambush Pakistan Navy vehicle, killing 1, wounding 2")
    doc = Document(id="t", text=text, origin="test", pub_date=date(2021, 3, 5))
    [(_, records)] = list(extractor.extract([doc]))
    places = [r.location.name for r in records if r.event_type == "ASSAULT" and r.location]
    assert "Sibi" in places, places
