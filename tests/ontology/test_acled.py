"""ACLED typing rules as data (ontology/acled_map.yaml): who is hit decides the type."""

from __future__ import annotations

import pytest

from roydad.coding.rules import acled_rules
from roydad.ontology import AcledMapError, load_ontology
from roydad.ontology.acled import parse_party_kinds, parse_rules

ASSAULT = "ASSAULT"


def test_a_shooting_that_kills_soldiers_is_a_battle() -> None:
    # "Gunmen stormed a border-police post, killing four officers"
    ontology = load_ontology()
    assert ontology.acled(ASSAULT, "firearms", actors=["armed_group"],
                          targets=["state_forces"]) == ("Battles", "Armed clash")
    # "Nine insurgents died when troops repelled their raid"
    assert ontology.acled(ASSAULT, "firearms", actors=["state_forces"],
                          targets=["armed_group"]) == ("Battles", "Armed clash")


def test_a_shooting_that_kills_civilians_or_nobody_named_is_an_attack() -> None:
    ontology = load_ontology()
    # "Gunmen shot dead a shopkeeper and his son"
    assert ontology.acled(ASSAULT, "firearms", actors=["armed_group"],
                          targets=["civilians", "civilians"]) == (
        "Violence against civilians", "Attack")
    # the codebook's default: victims not reported as combatants
    assert ontology.acled(ASSAULT, "targeted", targets=["unknown"]) == (
        "Violence against civilians", "Attack")


def test_remote_means_decide_whoever_is_hit() -> None:
    ontology = load_ontology()
    assert ontology.acled(ASSAULT, "shelling", targets=["civilians"]) == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert ontology.acled(ASSAULT, "explosives", targets=["state_forces"]) == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert ontology.acled(ASSAULT, "explosives", weapon="grenade", targets=["civilians"]) == (
        "Explosions/Remote violence", "Grenade")
    assert ontology.acled(ASSAULT, "drone", targets=["armed_group"]) == (
        "Explosions/Remote violence", "Air/drone strike")


def test_demonstrators_and_force_against_them() -> None:
    ontology = load_ontology()
    # "Protesters clashed with police"
    assert ontology.acled(ASSAULT, "firearms", "Armed clash", actors=["protesters"],
                          targets=["state_forces"]) == ("Riots", "Violent demonstration")
    # "police fired live rounds at marchers"
    assert ontology.acled(ASSAULT, "firearms", actors=["state_forces"],
                          targets=["protesters"]) == (
        "Protests", "Excessive force against protesters")
    # "a mob lynched a man accused of blasphemy"
    assert ontology.acled(ASSAULT, "primitive", actors=["rioters"], targets=["civilians"]) == (
        "Riots", "Mob violence")


def test_a_clash_word_keeps_armed_clash_even_when_civilians_died() -> None:
    # "Two rival gangs exchanged fire; four men died"
    assert load_ontology().acled(ASSAULT, "firearms", "Armed clash", actors=["armed_group"],
                                 targets=["civilians"]) == ("Battles", "Armed clash")


def test_party_kinds_follow_the_export_inter_codes() -> None:
    ontology = load_ontology()
    kind = ontology.party_kind
    assert kind("Police Forces of Pakistan (2018-)", "state", "COP") == "state_forces"
    assert kind("TTP: Tehreek-i-Taliban Pakistan", "organization", "INS") == "armed_group"
    assert kind("Unidentified Armed Group (Iran)", "group", "UAF") == "armed_group"
    assert kind("Civilians (Iran)", "group", "CVL") == "civilians"
    # an unarmed official is a civilian; the ruling movement's forces are not
    assert kind("Abdul Karim", "person", "GOV") == "civilians"
    assert kind("Taliban", "organization", "GOV") == "state_forces"
    # the generic label beats the sector: protesters are OPP, but protesters
    assert kind("Protesters (Iran)", "group", "OPP") == "protesters"
    assert kind("Rioters", "group", "CVL") == "rioters"
    # an owner-less armed site stands for state forces; a word of no known kind is unknown
    assert kind("checkpoint", "unknown", None, "a police checkpoint") == "state_forces"
    assert kind("gate", "unknown", None, "the gate") == "unknown"
    # the table agrees with the exports' inter codes for every sector
    rules = acled_rules()
    for sector, inter in rules.sector_inter.items():
        assert kind("x", "group", sector) == ontology.party_kinds.of_inter(inter)


def test_ucdp_violence_uses_the_same_kinds() -> None:
    ontology = load_ontology()
    assert ontology.ucdp_violence("armed_group", "state_forces") == 1
    assert ontology.ucdp_violence("armed_group", "armed_group") == 2
    assert ontology.ucdp_violence("state_forces", "civilians") == 3
    assert ontology.ucdp_violence("armed_group", "unknown") == 3
    assert ontology.ucdp_violence("armed_group", None) == 3


def test_rules_that_name_nothing_known_fail_loudly() -> None:
    categories = {ASSAULT: frozenset({"firearms"})}
    subs = {"Armed clash": "Battles"}
    kinds = ["state_forces"]
    with pytest.raises(AcledMapError, match="unknown party kinds"):
        parse_rules([{"category": ASSAULT, "targets": ["soldiers"], "event_type": "Battles",
                      "sub_event_type": "Armed clash"}], categories, subs, kinds)
    with pytest.raises(AcledMapError, match="not a sub-event type"):
        parse_rules([{"category": ASSAULT, "event_type": "Riots",
                      "sub_event_type": "Armed clash"}], categories, subs, kinds)
    with pytest.raises(AcledMapError, match="unknown category/mode"):
        parse_rules([{"category": ASSAULT, "mode": "laser", "event_type": "Battles",
                      "sub_event_type": "Armed clash"}], categories, subs, kinds)
    with pytest.raises(AcledMapError, match="no generic group"):
        parse_party_kinds({"party_kinds": ["civilians"], "kind_by_inter": {7: "civilians"},
                           "kind_by_generic_group": {"villagers": "civilians"}}, {}, {})


def test_acled_other_covers_coups_curfews_and_displacement() -> None:
    ontology = load_ontology()
    other = ("Strategic developments", "Other")
    # "the army removed the president from power"
    assert ontology.acled("COERCE", "coup") == other
    # "authorities imposed a curfew": the trigger's own sub-event type
    assert ontology.acled("COERCE", "ban", "Other") == other
    # "the ministry banned the party" names no ACLED type
    assert ontology.acled("COERCE", "ban") == (None, None)
    # "2,000 families fled their villages"
    assert ontology.acled("RETREAT", "flee") == other
    assert ontology.acled("RETREAT", "withdraw") == (
        "Strategic developments", "Non-violent transfer of territory")


def test_a_mob_or_lynching_is_mob_violence_a_rioting_crowd_a_violent_demonstration() -> None:
    ontology = load_ontology()
    assert ontology.acled("PROTEST", "riot", "Mob violence") == ("Riots", "Mob violence")
    assert ontology.acled("PROTEST", "riot", actors=["protesters"],
                          targets=["state_forces"]) == ("Riots", "Violent demonstration")
