"""The country or province a text puts a place in (extract/qualifiers.py), end to end."""

from __future__ import annotations

from spacy.language import Language

from roydad.extract.pipeline import Extractor
from roydad.extract.qualifiers import containers, nationality_units
from roydad.models import Document, EventRecord, Location

PLACES = {"GPE", "LOC", "FAC"}


def _events(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    return records


def _where(extractor: Extractor, text: str) -> Location:
    [event] = [e for e in _events(extractor, text) if e.event_type == "ASSAULT"]
    assert event.location is not None
    return event.location


def test_district_comma_province(extractor: Extractor) -> None:
    loc = _where(extractor, "On 12 March 2023, Taliban fighters attacked a police checkpoint "
                            "in Nawur district, Ghazni, killing two policemen.")
    # the district, not Ghazni city: after a district, "Ghazni" is the province
    assert (loc.admin1, loc.admin2, loc.precision) == ("Ghazni", "Nawur", "admin2")


def test_district_of_province(extractor: Extractor) -> None:
    loc = _where(extractor, "On 3 May 2022, unidentified gunmen shot dead a shopkeeper in "
                            "Andar district of Ghazni province.")
    assert (loc.admin1, loc.admin2) == ("Ghazni", "Andar")


def test_province_rules_out_a_namesake_in_another_country(extractor: Extractor) -> None:
    # Sindh (Pakistan) has a town Chak; the district meant is Chak-e Wardak
    loc = _where(extractor, "On 5 June 2021, an IED exploded in Chak district, Wardak province, "
                            "wounding three civilians.")
    assert (loc.country, loc.admin1, loc.admin2) == ("AFG", "Wardak", "Chak-e Wardak")


def test_district_written_as_a_facility(extractor: Extractor) -> None:
    # the NER tags "Shinwar District" a facility; a unit word makes it a place to look up
    loc = _where(extractor, "On 7 July 2021, Taliban militants clashed with Afghan soldiers in "
                            "Shinwar District.")
    assert (loc.admin1, loc.precision) == ("Nangarhar", "admin2")


def test_nationality_puts_the_town_in_its_country(extractor: Extractor) -> None:
    loc = _where(extractor, "Gunmen killed five people in the Mexican border city of Nuevo "
                            "Laredo on Monday, a week after the United States deported a "
                            "cartel leader.")
    assert loc.country == "MEX"


def test_containers_shapes(nlp: Language) -> None:
    doc = nlp("Fighting was reported in Sangin, Helmand, and in the village of Kuz Kunar "
              "(Khewa, Nangarhar) as well as in Balochistan's Kech district.")
    pairs = {(x.text, y.text, loose) for x, y, loose in containers(doc, PLACES)}
    assert ("Sangin", "Helmand", True) in pairs  # a bare comma: loose
    assert ("Kuz Kunar", "Khewa", False) in pairs
    assert ("Khewa", "Nangarhar", True) in pairs
    assert ("Kech", "Balochistan", False) in pairs


def test_a_list_is_not_a_place_and_its_province(nlp: Language) -> None:
    for text in ("Protests were held in Kabul, Kandahar and Herat on Friday.",
                 "Protests were held in Kabul, Kandahar, Herat and Ghazni on Friday."):
        assert containers(nlp(text), PLACES) == []


def test_nationality_units(nlp: Language) -> None:
    doc = nlp("Gunmen attacked a checkpoint in the Pakistani border town of Chaman.")
    found = {x.text: c for x, c in nationality_units(doc, lambda e: "PAK", PLACES).items()}
    assert found == {"Chaman": "PAK"}


def test_a_village_the_gazetteer_lacks_takes_its_province(extractor: Extractor) -> None:
    # invented villages: the parenthesis still says which province the event was in
    for text, country, province in [
        ("On 4 March 2023, gunmen killed five farmers in Ngharbiwa (Borno) and stole their "
         "cattle.", "NGA", "Borno"),
        ("On 20 October 2022, soldiers shot dead three protesters in Kallokou (Centre-Nord, "
         "Burkina Faso).", "BFA", "Centre-Nord"),
        ("On 2 February 2024, troops clashed with bandits near Dankurmiya (Zamfara State, "
         "Nigeria); four bandits were killed.", "NGA", "Zamfara"),
        ("On 17 May 2021, a roadside bomb killed two soldiers near Wadi Kharzamit "
         "(Hadramawt).", "YEM", "Hadramawt"),
    ]:
        loc = _where(extractor, text)
        assert (loc.country, loc.admin1, loc.precision) == (country, province, "admin1"), text
        assert loc.name is not None and loc.name.split()[0] in text  # the village's name


def test_a_parenthesis_names_the_province_not_its_capital(extractor: Extractor) -> None:
    loc = _where(extractor, "On 11 July 2022, gunmen shot dead three traders in Kayes (Kayes).")
    assert (loc.name, loc.admin1, loc.precision) == ("Kayes", "Kayes", "city")
    loc = _where(extractor, "On 9 May 2021, militants stormed a checkpoint at Hajin "
                            "(Deir ez-Zor), killing four soldiers.")
    assert (loc.country, loc.admin1) == ("SYR", "Deir ez-Zor")


def test_a_parenthesis_the_ner_did_not_read_as_a_place(nlp: Language) -> None:
    doc = nlp("JNIM militants burned a school in Boulkessi (Sahel, Burkina Faso).")
    pairs = {(x.text, y.text) for x, y, _ in containers(doc, PLACES)}
    assert ("Boulkessi", "Sahel") in pairs


def test_quarter_named_with_its_town_is_not_a_namesake_abroad(extractor: Extractor) -> None:
    # "Barchi" is a village in Italy and "Kot" a district of Afghanistan; nothing else in
    # either report lies there, and the town each is named with says where it is
    loc = _where(extractor, "A suicide bomber struck a school in Dasht-e Barchi, Kabul, on "
                            "Friday, killing at least 19 students, police said.")
    assert (loc.country, loc.admin1) == ("AFG", "Kabul")
    loc = _where(extractor, "Militants attacked a checkpoint in Kot, Peshawar, on Sunday.")
    assert (loc.country, loc.admin1) == ("PAK", "Khyber Pakhtunkhwa")
