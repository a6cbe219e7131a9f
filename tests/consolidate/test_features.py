"""What the matcher is told about a record, and the settings it reads."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from roydad.consolidate.match import features_of
from roydad.datafiles.consolidate import MatchConfig
from roydad.models import ActorRef, EventRecord, Evidence, Location, Mention


def _record(**fields: object) -> EventRecord:
    text = "Gunmen shot dead Maulana Ahmad in Peshawar, police said."
    return EventRecord.model_validate({
        "doc_id": "d", "event_id": "e", "event_type": "ASSAULT", "confidence": 0.8,
        "extractor": "test", "evidence": Evidence(text=text, start=0, end=len(text)), **fields,
    })


def test_features_keep_specific_parties_only() -> None:
    record = _record(actors=[
        ActorRef(text="Taliban", name="Taliban", role="actor", kind="organization",
                 kb_id="taliban"),
        ActorRef(text="Maulana Ahmad", name="Maulana Ahmad", role="recipient", kind="person"),
        ActorRef(text="police", name="Police Forces of Pakistan (2018-)", role="recipient",
                 kind="state", sector="COP", kb_id="pak_police_2018"),
        ActorRef(text="civilians", name="Civilians (Pakistan)", role="recipient", kind="group",
                 sector="CVL"),
        ActorRef(text="car", name="car", role="recipient"),
        ActorRef(text="147", name="147", role="recipient"),
    ])
    f = features_of(record, document_id="doc-hash", pub_date=date(2023, 1, 31))
    assert f.actors == frozenset({"taliban"})
    assert f.recipients == frozenset({"maulana ahmad"})
    assert (f.document_id, f.pub_date) == ("doc-hash", date(2023, 1, 31))


def test_features_of_dates_place_counts_and_text() -> None:
    record = _record(
        date="2023-01-30", date_precision="day", fatalities_low=3, fatalities_high=5,
        location=Location(name="Peshawar", admin1="Khyber Pakhtunkhwa", country="PAK",
                          lat=34.0, lon=71.5, precision="city"),
        mentions=[Mention(text="the killing of the cleric", start=60, end=85, trigger="killing")],
    )
    f = features_of(record, document_id="d", pub_date=None)
    assert (f.date, f.date_precision, f.fatalities) == (date(2023, 1, 30), "day", 4)
    assert (f.lat, f.lon, f.country, f.admin1, f.location_precision) == (
        34.0, 71.5, "PAK", "Khyber Pakhtunkhwa", "city")
    assert "Maulana Ahmad" in f.text and "killing of the cleric" in f.text


def test_a_bad_config_names_its_file(tmp_path: Path) -> None:
    path = tmp_path / "consolidate.yaml"
    path.write_text("families: {violent: [ASSAULT]}\nthreshold: 2\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"consolidate\.yaml"):
        MatchConfig.load(path)


def test_a_type_in_two_families_is_refused() -> None:
    data = MatchConfig.load().model_dump()
    data["families"]["threat"] = ["THREATEN", "ASSAULT"]
    with pytest.raises(ValueError, match="two families"):
        MatchConfig.model_validate(data)


def test_specific_words_must_say_more_as_they_get_rarer() -> None:
    data = MatchConfig.load().model_dump()
    data["text"]["specific"]["says_all"] = data["text"]["specific"]["says_nothing"]
    with pytest.raises(ValueError, match="says_all"):
        MatchConfig.model_validate(data)
