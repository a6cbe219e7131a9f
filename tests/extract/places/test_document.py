"""A document's place names as the report writes them (extract/places/document.py): names the
NER missed or mislabelled, names run on into other words, acronyms, facilities and named sites."""

from __future__ import annotations

from datetime import date

from roydad.extract.pipeline import Extractor
from roydad.models import Document
from tests.extract.helpers import events_of as _events
from tests.extract.helpers import with_trigger as _with_trigger


def test_headline_dateline_the_tagger_missed_is_the_place(extractor: Extractor) -> None:
    # UCDP dev headline: "Turbat" is tagged a noun, and no entity; "Pakistani" gives the country
    [event] = _events(extractor, "Turbat: Militant attack on Pakistani forces, armed group "
                                 "claims responsibility")
    assert event.location is not None
    assert (event.location.name, event.location.admin1) == ("Turbat", "Balochistan")


def test_province_the_ner_took_for_an_organisation(extractor: Extractor) -> None:
    # UCDP dev headline: NER reads "Khyber Pakhtunkhwa: Police" as one ORG
    [event] = _events(extractor, "Terrorists kill security official, civilian in Pakistan's "
                                 "Khyber Pakhtunkhwa: Police")
    assert event.location is not None
    assert event.location.admin1 == "Khyber Pakhtunkhwa"


def test_a_capitalised_word_is_not_a_town_of_another_country(extractor: Extractor) -> None:
    # "Young" is a town in Uruguay, "Police" one in Poland: not places in a report on Pakistan
    [event] = _events(extractor, "Young boy killed as Police fire at protesters in Pakistan")
    assert event.location is not None
    assert event.location.country == "PAK"


def test_place_names_run_on_into_a_date(extractor: Extractor) -> None:
    # UCDP dev headline: the NER reads "Karachi 5 March" as one facility
    [event] = _events(extractor, "Pakistan police kill five terrorists in Karachi 5 March")
    assert event.location is not None
    assert (event.location.name, event.location.admin1) == ("Karachi", "Sindh")


def test_an_acronym_is_not_geocoded(extractor: Extractor) -> None:
    # "GNA" is a government, not Guna (India); the place is Tripoli
    [event] = _events(extractor, "LNA forces shelled positions of the GNA south of Tripoli, "
                                 "killing three fighters.")
    assert event.location is not None and event.location.country == "LBY"


def test_a_place_the_ner_took_for_a_person(extractor: Extractor) -> None:
    # WikiEvents dev: "Badia al-Sukhnah" is tagged PERSON; the gazetteer knows As Sukhnah
    text = ("Syria's eastern Badia, or desert, remains the country's last significant hot spot "
            "of IS activity. In April, more than two dozen Syrian pro-regime fighters were "
            "killed in IS attacks in Badia al-Sukhnah and Badia al-Sham, prompting Russian "
            "airstrikes.")
    killed = _with_trigger(_events(extractor, text), "killed")
    assert killed.location is not None
    assert (killed.location.name, killed.location.country) == ("As Sukhnah", "SYR")


def test_a_town_that_owns_a_named_building(extractor: Extractor) -> None:
    # UCDP dev headline: the NER reads "Quetta's Serena Hotel" as one organisation
    text = "Four killed, over a dozen wounded in Pakistan blast in Quetta’s Serena Hotel"
    [event] = _events(extractor, text)
    assert event.location is not None
    assert (event.location.name, event.location.admin1) == ("Quetta", "Balochistan")


def test_a_town_the_ner_ran_into_the_next_line(extractor: Extractor) -> None:
    # UCDP dev headlines: the NER reads "Lahore\n" as an organisation; the second headline's
    # "tribal area" is another strike
    text = ("3 Pak Taliban militants killed in Lahore\n"
            "Report says three Uzbeks killed in drone strike in Pakistan's tribal area")
    lahore = _with_trigger(_events(extractor, text), "killed")
    assert lahore.location is not None
    assert (lahore.location.name, lahore.location.admin1) == ("Lahore", "Punjab")


def test_a_facility_named_after_its_town_is_in_that_town(extractor: Extractor) -> None:
    text = ("A US drone strike near Baghdad International Airport killed Iran's top general, "
            "Qassem Soleimani, early on Friday, the Pentagon said. The strike also killed the "
            "deputy commander of Iraq's Popular Mobilisation Forces.")
    doc = Document(id="t", text=text, origin="test", pub_date=date(2020, 1, 4))
    [(_, [record])] = list(extractor.extract([doc]))
    assert record.location is not None
    assert (record.location.name, record.location.country, record.location.precision) == (
        "Baghdad International Airport", "IRQ", "city"
    )


def test_a_named_site_keeps_its_name_inside_its_country(extractor: Extractor) -> None:
    # the gazetteer knows the airfield under Bagram's entry; the record names the airfield
    for text in ("Insurgents fired three rockets at Bagram Airfield in Afghanistan on Sunday, "
                 "wounding two contractors.",
                 "A suicide car bomber struck a convoy outside Bagram Airfield in Afghanistan "
                 "on Monday, killing three soldiers."):
        [event] = [e for e in _events(extractor, text) if e.event_type == "ASSAULT"]
        assert event.location is not None
        assert (event.location.name, event.location.admin1) == ("Bagram Airfield", "Parwan")


def test_the_town_named_stays_though_a_site_named_after_it_follows(extractor: Extractor) -> None:
    # "in Bagram" is the town by the district's point (not the district, nor the air base the
    # next sentence names after it)
    text = ("A suicide bomber blew himself up in Bagram on Monday, killing four soldiers. "
            "The blast hit a foreign patrol outside Bagram Air Base.")
    bombing = _with_trigger(_events(extractor, text), "blew")
    assert bombing.location is not None
    assert (bombing.location.name, bombing.location.admin1) == ("Bagram", "Parwan")
    assert bombing.location.precision in ("city", "point")


def test_a_unit_word_after_a_country_describes_the_next_place(extractor: Extractor) -> None:
    # "Pakistan city of Quetta": the country stays the country for every mention of it
    text = ("Suicide bomber kills 8 at rally in Pakistan\n"
            "10 killed in suicide blast in southwestern Pakistan city of Quetta")
    doc = extractor.nlp(text)
    places = extractor.places.read(doc).names
    assert (places["Pakistan"].country, places["Pakistan"].precision) == ("PAK", "country")
    assert places["Quetta"].admin1 == "Balochistan"


def _placed(extractor: Extractor, text: str, published: date) -> list[tuple[str, str]]:
    doc = Document(id="note", text=text, pub_date=published, origin="test")
    records = next(iter(extractor.extract([doc])))[1]
    return [(r.location.name or "", r.location.admin1 or "") for r in records if r.location]


def test_an_address_quarter_town_province_is_placed_in_the_town(extractor: Extractor) -> None:
    # "Gulshan" alone spells a town in Iran: inside "Karachi (Sindh)" it is a quarter of Karachi
    text = ("On 6 May 2021, a grenade exploded outside a bakery in Gulshan-e-Iqbal, Karachi "
            "(Sindh), wounding four people.")
    assert ("Karachi", "Sindh") in _placed(extractor, text, date(2021, 5, 8))


def test_a_note_town_the_model_took_for_a_person_is_placed(extractor: Extractor) -> None:
    text = "On 2 May 2022, a bomb went off at a bus stand in Tirin Kot (Uruzgan), killing two."
    assert _placed(extractor, text, date(2022, 5, 3))[0] == ("Tarinkot", "Uruzgan")


def test_a_nationality_is_not_a_province_abroad(extractor: Extractor) -> None:
    # "Somali" is also Ethiopia's Somali region; here it is the army's nationality
    text = ("On 5 March 2023, the Somali army set up a checkpoint in Buulo Barde (Hiraan) "
            "after al Shabaab fighters withdrew.")
    assert all(admin1 != "Somali" for _, admin1 in _placed(extractor, text, date(2023, 3, 7)))
