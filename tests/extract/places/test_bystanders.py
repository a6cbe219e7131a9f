"""Where the speakers or a crowd were is not where the happening they tell of happened
(extract/places/place_roles.py `bystanders_place`); and a village named in a chain of units,
or with an appositive, lies in the province the chain ends with (extract/qualifiers.py)."""

from __future__ import annotations

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord, Location


def _records(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    return records


def _place_of(extractor: Extractor, text: str, sub_type: str) -> Location:
    [record] = [r for r in _records(extractor, text) if r.acled_sub_event_type == sub_type]
    assert record.location is not None
    return record.location


def test_a_spokesman_s_town_is_not_the_place_of_what_he_reports(extractor: Extractor) -> None:
    loc = _place_of(extractor, "A military spokesman in Maiduguri said on Sunday that "
                               "insurgents had burned houses in Gwoza.", "Attack")
    assert loc.name == "Gwoza"


def test_traders_arriving_somewhere_tell_of_another_place(extractor: Extractor) -> None:
    loc = _place_of(extractor, "Traders arriving in Goma said M23 fighters had looted shops "
                               "in Rutshuru on Friday.", "Looting/property destruction")
    assert loc.name == "Rutshuru"


def test_an_official_s_city_gives_way_to_the_shelled_town(extractor: Extractor) -> None:
    loc = _place_of(extractor, "An official in Mogadishu said Al Shabaab fighters had shelled "
                               "a market in Afgooye on Sunday.",
                    "Shelling/artillery/missile attack")
    assert (loc.name, loc.admin1) == ("Afgooye", "Lower Shabeelle")


def test_a_rally_and_the_killing_it_answers_keep_their_own_places(
        extractor: Extractor) -> None:
    text = "Students rallied in Bamenda on Monday after gunmen killed a teacher in Kumbo."
    assert _place_of(extractor, text, "Peaceful protest").name == "Bamenda"
    assert _place_of(extractor, text, "Attack").name == "Kumbo"


def test_a_march_and_the_attack_it_mourns_keep_their_own_places(extractor: Extractor) -> None:
    text = ("Hundreds marched in Kano on Saturday to mourn nine farmers killed in an attack "
            "on Tsafe.")
    assert _place_of(extractor, text, "Peaceful protest").name == "Kano"
    assert (_place_of(extractor, text, "Attack").name,
            _place_of(extractor, text, "Attack").admin1) == ("Tsafe", "Zamfara")


def test_a_crowd_attacked_where_it_gathered_is_placed_there(extractor: Extractor) -> None:
    # the killing governs the gathering: the crowd's place is the attack's
    records = _records(extractor, "Gunmen killed five mourners who had gathered in Kano on "
                                  "Friday.")
    assert records and all(r.location is not None and r.location.name == "Kano"
                           for r in records)


def test_a_village_in_a_chain_through_an_unknown_township(extractor: Extractor) -> None:
    loc = _place_of(extractor, "Soldiers shot dead two farmers in Thit Gyi village, Yinmabin "
                               "township, Sagaing region, on 3 March 2024.", "Attack")
    assert (loc.name, loc.admin1, loc.country) == ("Thit Gyi", "Sagaing", "MMR")


def test_a_village_in_a_chain_through_an_unknown_department(extractor: Extractor) -> None:
    loc = _place_of(extractor, "Gunmen killed three herders near Wuro Bokki, Mayo-Tsanaga "
                               "department, Far North region, on 2 May 2024.", "Attack")
    assert (loc.admin1, loc.country) == ("Far North", "CMR")


def test_a_village_described_by_an_appositive(extractor: Extractor) -> None:
    loc = _place_of(extractor, "Militants burned a clinic in Tawasso, a farming village in the "
                               "south of Mopti region, on 9 April 2024.",
                    "Looting/property destruction")
    assert (loc.name, loc.admin1) == ("Tawasso", "Mopti")


def test_an_appositive_picks_the_namesake_of_the_named_region(extractor: Extractor) -> None:
    # GeoNames has a Kyauktan in Yangon (the larger) and one in Sagaing
    loc = _place_of(extractor, "On 2 February 2024, resistance fighters attacked an army post "
                               "in Kyauktan, a village in the north of Sagaing region. 4 "
                               "fatalities.", "Armed clash")
    assert loc.admin1 == "Sagaing"


def test_a_village_inside_a_town_named_as_its_unit_keeps_its_name(
        extractor: Extractor) -> None:
    loc = _place_of(extractor, "On 3 May 2024, soldiers burned houses in Nyaung Pin village of "
                               "Kanbalu township, Sagaing region.",
                    "Looting/property destruction")
    # the village, at the point of the township's seat, in its region
    assert (loc.name, loc.admin1, loc.country) == ("Nyaung Pin", "Sagaing", "MMR")
