"""Places outside Afghanistan, Pakistan and Iran written the way notes write them (issue 13,
section 5): a town named like its province, a unit word after the province, "the town of X",
spelling guesses abroad, and two gazetteer corrections (the West Bank, "Congo")."""

from __future__ import annotations

from roydad.extract.pipeline import Extractor
from roydad.models import Document, Location
from roydad.resolve.places import Gazetteer, PlaceContext


def _where(extractor: Extractor, text: str) -> Location:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    located = [r.location for r in records if r.location is not None]
    assert located
    return located[0]


def test_town_named_like_its_province_is_the_town(extractor: Extractor) -> None:
    # "Gao town (Gao region)": the unit word of the first mention says it is the town
    loc = _where(extractor, "On 2 April 2022, a landmine destroyed a truck on the outskirts of "
                            "Gao town (Gao region), killing its driver.")
    assert (loc.country, loc.admin1, loc.precision) == ("MLI", "Gao", "city")


def test_unit_word_after_the_province_rules_out_a_namesake_abroad(
        extractor: Extractor) -> None:
    # Koutougou is not Burkina Faso's Koudougou: the text puts it in Tillaberi region
    loc = _where(extractor, "On 9 May 2022, gunmen killed six herders near Koutougou, "
                            "Tillaberi region, close to the border with Burkina Faso.")
    assert (loc.country, loc.admin1) == ("NER", "Tillaberi")


def test_the_town_of_x_taken_for_a_person(extractor: Extractor) -> None:
    # the NER takes "Bosso" for a person; "the town of" says it is a place
    doc = extractor.nlp("Gunmen stormed the town of Bosso in Niger's Diffa region on "
                        "Tuesday, burning a market and killing two traders.")
    loc = extractor.places.read(doc).misread.get("Bosso")
    assert loc is not None
    assert (loc.country, loc.admin1, loc.precision) == ("NER", "Diffa", "city")


def test_west_bank_is_the_admin1_of_its_towns() -> None:
    loc = Gazetteer.load().resolve("Nablus", PlaceContext(countries=frozenset({"PSE"})))
    assert loc is not None and loc.admin1 == "West Bank"


def test_congo_in_a_dateline_of_a_kivu_town_is_the_drc() -> None:
    gazetteer = Gazetteer.load()
    [goma, congo] = gazetteer.resolve_many(["Goma", "Congo"])
    assert goma is not None and congo is not None
    assert (goma.country, congo.country) == ("COD", "COD")


def test_spelling_guess_abroad_yields_to_the_documents_country() -> None:
    # "Kouteguo" is no town of Niger; a spelling guess at Burkina Faso's Koudougou must not
    # win in a report about Niger
    loc = Gazetteer.load().resolve("Kouteguo", PlaceContext(countries=frozenset({"NER"})))
    assert loc is None or loc.country == "NER"
