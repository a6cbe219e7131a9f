"""Texts that tell no event, fourth round: a nominal act done to a class of people (the topic of
a statement), acts dated only by a whole year or a long period (sums of acts), old acts named in
a compound ("an assassination attempt in 1989"), a court putting off a trial, and war words in
business, athletics and weapons tests; beside each, an event told in like words."""

from __future__ import annotations

import datetime as dt

import pytest

from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord


def _coded(extractor: Extractor, text: str, pub: dt.date) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=pub)
    [(_, records)] = list(extractor.extract([doc]))
    return [r for r in records if r.acled_event_type]


@pytest.mark.parametrize("text", [
    # a class of victims: a bare plural, no number, no date of the act's own
    "QUITO - The bishops' conference deplored the murders of prison guards in Guayaquil in a "
    "letter read out on Sunday.",
    "The African Union chairperson said on Monday that the abduction of schoolgirls in the "
    "northwest shamed the continent.",
    "TUNIS - Lawyers asked parliament on Thursday to open an inquiry into the torture of "
    "migrants held in detention centres near Sfax.",
    # a whole year or a long period: a sum of acts
    "According to a report released on Monday, at least 210 teachers were abducted in "
    "Cameroon's Anglophone regions in 2023.",
    "Between February and June, 44 rangers were killed in the park, the wildlife service said "
    "on Friday.",
    "MANILA - Police killed 31 suspects in anti-drug operations this year, a rights group said "
    "on Tuesday.",
    "Nepal's police put the murder toll for 2023 at 640, the lowest in a decade",
    # an old act named by a compound
    "The senator, who survived a car bomb attack in Medellin in 1989, died at home on Sunday.",
    # a court putting off its case
    "KAMPALA - The High Court postponed the murder trial of a businessman on Wednesday because "
    "the judge was ill.",
    # a sentence given with its term
    "LUSAKA - A former police officer was jailed for 12 years on Monday for robbing a bank "
    "in Kitwe.",
    # business, athletics, tests
    "Mining group launches hostile takeover raid on Zambian copper firm",
    "BERLIN - Kenya's sprinters shot down the favourites in the final stretch of the relay on "
    "Sunday.",
    "A new cruise missile fired its first live warhead over the test range near Karachi on "
    "Monday, the navy said.",
    # practice fire and blazes
    "Howitzers fired at targets on a range near Okara on Monday as cadets watched.",
    "Frigates fired torpedoes at a simulated enemy submarine during drills off Gwadar on "
    "Friday, the navy said.",
    "A fire at a chemical depot in Chattogram set off a chain of blasts on Saturday, injuring "
    "40 workers.",
    # a headline's bare "to" infinitive is a plan
    "Rangers to deploy 3,000 personnel for Muharram processions in Karachi",
    "Kenya to send 600 more police officers to Haiti",
    # an act judged to be a way to something is a view of it
    "The envoy told reporters on Friday that a truce was the only route to elections in Libya.",
    "A military offensive is no solution to the crisis in the Anglophone regions, the bishops "
    "said.",
])
def test_no_coded_record(extractor: Extractor, text: str) -> None:
    assert _coded(extractor, text, dt.date(2024, 6, 20)) == []


@pytest.mark.parametrize(("text", "sub"), [
    # a number or a day of its own makes the nominal act one event
    ("The UN condemned the killing of three nurses in Kadugli on Tuesday.", "Attack"),
    ("Security forces shot dead protesters in Mandalay on Saturday, witnesses said.",
     "Excessive force against protesters"),
    # a statistic followed by a dated act: the dated act stays
    ("At least 80 herders were killed in Plateau this year; on Sunday, gunmen killed six more "
     "near Bokkos.", "Attack"),
    # a month is precise enough for a coder
    ("In May, gunmen killed four traders at a market in Gao, local sources said.", "Attack"),
    # gunfire that comes from someone, and fire set to a place, are acts
    ("Heavy fire from the rebels destroyed two army trucks near Kidal on Sunday.",
     "Armed clash"),
    ("Soldiers fired at militants hiding in a village near Bikaner on Wednesday, killing two.",
     "Armed clash"),
    # a detention for some days is an arrest
    ("Security forces detained 12 opposition activists for two days in Kampala on Monday.",
     "Arrests"),
    # a headline's present tense tells what happened
    ("Gunmen abduct 14 passengers on Abuja-Kaduna highway", "Abduction/forced disappearance"),
    # a nominal act whose clause tells when it happened is what happened
    ("Kidnappings of aid workers recently shook the border districts of Darfur, the agency "
     "said.", "Abduction/forced disappearance"),
    # one act counted in a series of the year is one act
    ("Trade unionist shot dead in Valle del Cauca, 12th this year", "Attack"),
    ("Gunmen shot dead a tribal elder in Bajaur, the third such killing this year, police said.",
     "Attack"),
])
def test_events_told_in_like_words_stay(extractor: Extractor, text: str, sub: str) -> None:
    records = _coded(extractor, text, dt.date(2024, 6, 20))
    assert [r.acled_sub_event_type for r in records] == [sub]


def test_an_attack_on_people_at_a_game_stays(extractor: Extractor) -> None:
    text = "Gunmen ambushed a bus carrying football fans in Kaduna on Saturday, killing four."
    assert len(_coded(extractor, text, dt.date(2024, 6, 20))) == 1
