"""Classes of place misses in long analyses (issue 13, sections 5 and 8): a numbered
neighbourhood, a region the text names around towns the gazetteer lacks, a town the NER missed
in a report that names a foreign capital as a party, a town the NER took for a person after
"through" or as the owner of a site, and a spelling guess in a country the text never names."""

from __future__ import annotations

from spacy.language import Language

from roydad.extract.pipeline import Extractor
from roydad.extract.places.mentions import misread_position
from roydad.extract.places.namesakes import without_namesakes
from roydad.models import Document, Location


def _places(extractor: Extractor, text: str) -> list[Location | None]:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    return [r.location for r in records]


def test_towns_the_gazetteer_lacks_lie_in_the_region_the_text_names(
        extractor: Extractor) -> None:
    # "Segou region": Segou is the region here, not its town; the road's first end is kept
    [loc] = _places(extractor, "A patrol was ambushed on the road between Mondoro and Dogofry, "
                               "in Mali's Segou region, on 2 May 2023, killing four soldiers.")
    assert loc is not None
    assert (loc.name, loc.admin1, loc.country, loc.precision) == (
        "Mondoro", "Segou", "MLI", "admin1")


def test_a_town_the_ner_missed_is_looked_up_where_the_reports_places_lie(
        extractor: Extractor) -> None:
    # Paris is a party to a quarrel, not where the report's places lie
    text = ("The junta in Niamey accused Paris of backing the rebels. Niger's army said gunmen "
            "killed a trader in Ouallam and another in Abala on 2 June 2024. On 4 June 2024 a "
            "roadside bomb near Téra killed two soldiers.")
    last = _places(extractor, text)[-1]
    assert last is not None
    # (read as a town before anything else, it takes the gazetteer's spelling)
    assert (last.name, last.admin1, last.country) in {("Téra", "Tillaberi", "NER"),
                                                      ("Tera", "Tillaberi", "NER")}


def test_a_town_taken_for_a_person_after_through(extractor: Extractor) -> None:
    text = ("Niger's army said gunmen killed a trader in Ayorou on 2 June 2024. On 6 June 2024, "
            "hundreds of women marched through Bankilaré to demand protection.")
    protest = _places(extractor, text)[1]
    assert protest is not None and (protest.admin1, protest.country) == ("Tillaberi", "NER")


def test_the_owner_of_a_site_after_a_locative_preposition(nlp: Language) -> None:
    doc = nlp("Gendarmes detained four men at Kolo's cattle market on Friday.")
    owner = next(t for t in doc if t.text == "Kolo")
    assert misread_position(owner)
    doc = nlp("The attack on Kolo's brother was condemned.")
    assert not misread_position(next(t for t in doc if t.text == "Kolo"))


def _city(name: str, country: str) -> Location:
    return Location(name=name, country=country, precision="city")


def test_a_spelling_guess_in_a_country_never_named_stays_unresolved() -> None:
    found = {"Gao": _city("Gao", "MLI"), "Ansongo": _city("Ansongo", "MLI"),
             "Kerou": _city("Kehl", "DEU"), "Lille": _city("Lille", "FRA")}
    # the report names Mali and France (a party), never Germany
    out = without_namesakes(found, {"MLI", "FRA"})
    assert out["Kerou"] is None and out["Gao"] is not None
    assert out["Lille"] is not None  # spelled as the gazetteer spells it


def test_a_spelling_guess_alone_stays() -> None:
    # nothing else named: nothing says it lies elsewhere
    assert without_namesakes({"Kerou": _city("Kehl", "DEU")}, ())["Kerou"] is not None


def test_a_province_read_from_its_acronym_is_no_spelling_guess() -> None:
    found = {"AJK": Location(name="Azad Kashmir", admin1="Azad Kashmir", country="PAK",
                             precision="admin1"),
             "Neelum": _city("Nilum", "PAK"), "Srinagar": _city("Srinagar", "IND")}
    out = without_namesakes(found, {"IND"})
    assert out["AJK"] is not None and out["Neelum"] is None


def test_a_numbered_neighbourhood_places_the_arrest(extractor: Extractor) -> None:
    text = ("Haitian police said on 3 May 2024 that they arrested three men in Tabarre 27 who "
            "had guided a gang.")
    [loc] = _places(extractor, text)
    assert loc is not None and loc.name == "Tabarre 27"
