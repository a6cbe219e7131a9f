"""A face-off that turned lethal is a clash of its two sides (families.yaml `outcome`)."""

from __future__ import annotations

from roydad.extract.pipeline import Extractor
from tests.extract.helpers import events_of


def test_confrontation_that_turned_deadly_is_an_armed_clash(extractor: Extractor) -> None:
    text = ("A confrontation between Misseriya and Rizeigat militiamen over water points turned "
            "deadly near Babanusa on Tuesday, leaving four dead.")
    records = events_of(extractor, text)
    clash = next(r for r in records if any("confrontation" in m.trigger for m in r.mentions))
    assert clash.acled_sub_event_type == "Armed clash"
    assert sum(a.role == "actor" for a in clash.actors) >= 2


def test_standoff_that_turned_bloody_names_both_sides(extractor: Extractor) -> None:
    text = "A standoff between soldiers and rebels turned bloody outside Bunia on Sunday."
    records = events_of(extractor, text)
    clash = next(r for r in records if any("standoff" in m.trigger for m in r.mentions))
    assert clash.acled_sub_event_type == "Armed clash"
    assert {a.text for a in clash.actors if a.role == "actor"} >= {"soldiers", "rebels"}


def test_confrontation_that_stayed_verbal_is_no_event(extractor: Extractor) -> None:
    text = "The governor's confrontation with striking doctors turned tense in Enugu on Monday."
    records = events_of(extractor, text)
    assert not any(any("confrontation" in m.trigger for m in r.mentions) for r in records)


def test_clash_of_two_named_communities_crowd_is_no_riot(extractor: Extractor) -> None:
    text = "A confrontation between Tiv and Jukun youths turned deadly near Wukari on Sunday."
    records = events_of(extractor, text)
    clash = next(r for r in records if any("confrontation" in m.trigger for m in r.mentions))
    assert clash.acled_sub_event_type == "Armed clash"


def test_one_crowd_fighting_police_still_riots(extractor: Extractor) -> None:
    records = events_of(extractor, "Youths clashed with police in Kisumu on Monday.")
    assert records[0].acled_sub_event_type == "Violent demonstration"
