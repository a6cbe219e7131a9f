"""The main happening of a long article (issue 13, section 8, round 7): which date anchors it
when a flashback stands beside it, what "N days after the ambush" counts from, the accused's
trial as the setting of a killing, the places of speakers, and a village named as a site's.
Articles written for these tests."""

from __future__ import annotations

from datetime import date

from roydad.extract.headline import headline_end
from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord

_FILLER = (" The district has seen little aid this year, and most families now depend on "
           "what their relatives send from the cities. Schools have been closed since the rains.")


def _records(extractor: Extractor, text: str, published: date) -> list[EventRecord]:
    doc = Document(id="article", text=text, pub_date=published, origin="test")
    return next(iter(extractor.extract([doc])))[1]


def _assaults(records: list[EventRecord]) -> set[tuple[str | None, str | None]]:
    return {(r.date, r.location.name if r.location else None)
            for r in records if r.event_type == "ASSAULT"}


def test_short_lines_between_headline_and_lede_leave_the_headline_a_headline(
        extractor: Extractor) -> None:
    lede = ("On 3 May gunmen burned the market at Kolondo, killing four traders, and fled "
            "towards the river before soldiers arrived from the garrison at Sirakoro that evening.")
    for between in ("Policy note, Nairobi", "Long read", "Weekly brief, 1 - 7 May 2025",
                    "From the courtroom\n\nSummary"):
        doc = extractor.nlp(f"The Kolondo market fire and what it means\n\n{between}\n\n{lede}")
        end = headline_end(doc)
        assert end > 0 and doc[:end].text.strip().endswith("means"), between
        assert "Kolondo" not in doc[end:].text.split("On 3 May")[0], between
    # a list of headlines is no article with a headline
    listed = extractor.nlp("Bomb kills three in Kolondo\n\nTroops retake a bridge\n\nTalks stall")
    assert headline_end(listed) == 0
    # a first paragraph of two sentences is the lede, not a headline
    lede_first = extractor.nlp(
        "KANO — A former councillor was shot dead at his home on Tuesday night. Police said they "
        f"had no suspects.\n\n{lede}")
    assert headline_end(lede_first) == 0


def test_a_lede_under_a_summary_heading_keeps_its_date_and_its_flashback(
        extractor: Extractor) -> None:
    text = ("The Dorra bridge bombing\n\nPolicy note, Addis Ababa\n\nSummary\n\n"
            "On 12 April a car bomb exploded on the bridge at Dorra, killing six policemen. "
            "It was the worst attack in the area since the bombing of a wedding party in "
            "Dorra in June 2021.\n\nThe attack and its aftermath\n\n"
            "Police closed the bridge for three days." + _FILLER)
    days = {d for d, _ in _assaults(_records(extractor, text, date(2025, 4, 20)))}
    assert "2025-04-12" in days
    assert "2021-06-01" in days


def test_a_flashback_in_the_pluperfect_does_not_absorb_an_undated_lede(
        extractor: Extractor) -> None:
    text = ("A village emptied\n\n"
            "The worst incident of the month was the raid on the militia post at Bougou, a "
            "hamlet some 20 kilometres west of Kolondo. Bougou had been attacked once before, "
            "in March 2023, when fighters burned its granary. At dawn on Sunday 9 February, "
            "about forty gunmen surrounded the post and killed seven militiamen." + _FILLER)
    records = _records(extractor, text, date(2025, 2, 14))
    found = _assaults(records)
    assert "2023-03-01" in {d for d, _ in found}
    # the lede's raid, told again to the day, keeps the lede's village
    assert ("2025-02-09", "Bougou") in found


def test_days_after_a_bare_event_noun_count_from_the_main_happening(
        extractor: Extractor) -> None:
    text = ("The road through Tabora\n\n"
            "On the morning of 8 June a bomb exploded under the lead truck of a 4th Brigade "
            "convoy outside Tabora and gunmen opened fire, killing nine soldiers.\n\n"
            "Twelve days before the ambush, soldiers had raided a camp near Mwanga and killed "
            "five fighters.\n\n"
            "Four days after the ambush, the army shelled the hills around Kisima for most of "
            "a day." + _FILLER)
    days = {d for d, _ in _assaults(_records(extractor, text, date(2025, 6, 20)))}
    assert {"2025-06-08", "2025-05-27", "2025-06-12"} <= days


def test_a_named_attack_is_not_one_placed_only_beside_it_nor_one_dated_by_it(
        extractor: Extractor) -> None:
    text = ("The Lalibela road\n\n"
            "On 2 September a bomb hit a minibus near Gashena, killing eight passengers.\n\n"
            "Five days before the bombing, gunmen stopped a lorry near Dilb, a village east of "
            "Gashena, and shot two drivers. Two days before the Gashena attack, police had "
            "fired on a crowd in Woldia.\n\n"
            "Three days after the Gashena attack, soldiers raided a house in Weldiya's "
            "northern quarter and killed four men." + _FILLER)
    days = {d for d, _ in _assaults(_records(extractor, text, date(2025, 9, 12)))}
    assert "2025-09-05" in days
    assert "2025-09-02" in days


def test_a_killing_the_accused_stand_trial_for_is_not_dated_by_the_trial(
        extractor: Extractor) -> None:
    for text in ("Two men went on trial in Arusha on Monday for the killing of a ranger.",
                 "Four soldiers stood trial on Tuesday over the shelling of a school in Goma.",
                 "A policeman appeared in court in Mombasa over the shooting of a boy who was "
                 "killed at a rally in Kilifi."):
        records = _records(extractor, text, date(2025, 3, 20))
        assert not [r for r in records if r.event_type == "ASSAULT"], text


def test_the_place_of_speakers_is_not_the_place_of_what_they_tell(
        extractor: Extractor) -> None:
    text = ("A wedding shelled\n\n"
            "On Friday shells struck a wedding party at Ndala, a village 12 km north of "
            "Mweso, killing nine guests.\n\n"
            "Traders in Goma said the road had been closed since the shelling. Speaking by "
            "phone from Kinshasa, a minister accused the rebels of firing the shells. A rights "
            "group based in Bukavu said the dead included four children." + _FILLER)
    places = {p for _, p in _assaults(_records(extractor, text, date(2025, 7, 7)))}
    assert not places & {"Goma", "Kinshasa", "Bukavu"}


def test_a_village_named_as_the_place_of_the_site_hit(extractor: Extractor) -> None:
    text = ("Raids in the north\n\n"
            "The attack on the police post at Kambou, a farming village near Tougan, was the "
            "worst of the week. On Saturday 14 June about thirty gunmen overran the post, "
            "killing six policemen.\n\n"
            "Two days after the Kambou attack, jets struck a camp near Gassan and killed "
            "dozens of fighters." + _FILLER)
    found = _assaults(_records(extractor, text, date(2025, 6, 20)))
    assert ("2025-06-14", "Kambou") in found
    assert ("2025-06-16", "Gassan") in found


def test_what_the_accused_did_is_not_the_courts_case(extractor: Extractor) -> None:
    # the relative clause tells another act of the man the witness points out: the bombing
    # stays a mention of its own
    text = ("A mechanic identified the defendant in court on Monday as the man who bought the "
            "fertiliser used in the bombing of the provincial governor's office.")
    doc = Document(id="t", text=text, origin="test", pub_date=date(2024, 5, 2))
    [(_, records)] = list(extractor.extract([doc]))
    assert any("the bombing" in [m.trigger for m in r.mentions] for r in records)
