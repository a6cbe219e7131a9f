"""actor1/actor2 against ACLED-style gold: generic labels, the ACLED coding of a record that
names no doer, and the second side of an armed clash."""

from __future__ import annotations

import json
from pathlib import Path

from eval_builders import record

from roydad.eval import load_gold, score
from roydad.eval.coded import same_label
from roydad.models import ActorRef, Location


def _gold(tmp_path: Path, text: str, **gold: object) -> list:  # type: ignore[type-arg]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "g1", "text": text, "gold": gold}) + "\n",
                    encoding="utf-8")
    return load_gold(path)


def test_same_generic_label_matches_only_itself() -> None:
    assert same_label("Unidentified Armed Group (Mali)", "unidentified armed group  (Mali)")
    assert not same_label("Unidentified Armed Group (Mali)", "Unidentified Armed Group (Niger)")
    assert not same_label("Unidentified Armed Group (Mali)", None)


def test_a_record_naming_no_doer_is_scored_by_its_acled_coding(tmp_path: Path) -> None:
    text = "A roadside bomb struck a police van in Quetta on Monday, killing two officers."
    gold = _gold(tmp_path, text, event_type="Explosions/Remote violence",
                 sub_event_type="Remote explosive/landmine/IED",
                 actor1="Unidentified Armed Group (Pakistan)", actor2="Police Forces of Pakistan")
    found = record(gold[0], 2, 15, "bomb", acled_event_type="Explosions/Remote violence",
                   acled_sub_event_type="Remote explosive/landmine/IED",
                   location=Location(name="Quetta", country="PAK", precision="city"),
                   actors=[ActorRef(text="police van", name="Police Forces of Pakistan",
                                    role="recipient", kind="state", sector="COP",
                                    country="PAK")])
    report = score(gold, {"g1": [found]})
    assert report.row("actor1").recall == 1.0  # the record itself invents no actor
    assert not any(a.role == "actor" for a in found.actors)


def test_second_side_of_a_clash_is_actor2(tmp_path: Path) -> None:
    text = "Taliban fighters clashed with NRF militants in Rokha on Sunday."
    gold = _gold(tmp_path, text, event_type="Battles", sub_event_type="Armed clash",
                 actor1="Taliban", actor2="NRF: National Resistance Front")
    sides = [ActorRef(text="Taliban fighters", name="Taliban", role="actor", kind="group"),
             ActorRef(text="NRF militants", name="NRF: National Resistance Front",
                      role="actor", kind="group")]
    clash = record(gold[0], 17, 24, "clashed", acled_event_type="Battles",
                   acled_sub_event_type="Armed clash", actors=sides)
    report = score(gold, {"g1": [clash]})
    assert report.row("actor1").recall == 1.0 and report.row("actor2").recall == 1.0
    # not in a one-sided attack: there the second actor is an associate of the first
    attack = clash.model_copy(update={"acled_sub_event_type": "Attack",
                                      "acled_event_type": "Violence against civilians"})
    assert score(gold, {"g1": [attack]}).row("actor2").recall == 0.0
