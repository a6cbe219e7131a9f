"""The combination rules, on records as the rules build them and predictions made up to sit on
either side of the thresholds of combine.yaml."""

from __future__ import annotations

from roydad.classify.combine import combined, load_policy, model_only, rule_strength
from roydad.classify.labels import NONE, load_labels
from roydad.classify.model import Prediction
from roydad.models import EventRecord, Evidence

LABELS = load_labels()
POLICY = load_policy()


def _record(text: str, event_type: str = "ASSAULT", mode: str | None = "firearms",
            etype: str | None = "Violence against civilians", sub: str | None = "Attack",
            certainty: str = "asserted") -> EventRecord:
    return EventRecord.model_validate({
        "doc_id": "d", "event_id": "e", "event_type": event_type, "mode": mode,
        "acled_event_type": etype, "acled_sub_event_type": sub, "certainty": certainty,
        "evidence": Evidence(text=text, start=0, end=len(text)), "confidence": 0.8,
        "extractor": "test",
    })


def _prediction(sub: str, p_sub: float, plover: str = "ASSAULT",
                p_plover: float = 0.8) -> Prediction:
    rest = [s for s in LABELS.acled_subs if s != sub]
    acled = {sub: p_sub, **{s: (1 - p_sub) / len(rest) for s in rest}}
    others = [c for c in LABELS.plover if c != plover]
    categories = {plover: p_plover, **{c: (1 - p_plover) / len(others) for c in others}}
    return Prediction(acled=acled, plover=categories)


POST_RAID = "Gunmen stormed a Levies checkpost near Turbat, killing four personnel."


def test_model_decides_over_a_default_attack() -> None:
    rec = _record(POST_RAID)
    assert rule_strength(rec, POLICY) == "weak"
    out = combined(rec, _prediction("Armed clash", 0.75), LABELS, POLICY)
    assert (out.acled_event_type, out.acled_sub_event_type) == ("Battles", "Armed clash")
    assert out.type_source == "model"
    assert out.type_confidence == 0.75


def test_an_unsure_model_leaves_the_rules_type() -> None:
    out = combined(_record(POST_RAID), _prediction("Armed clash", 0.45), LABELS, POLICY)
    assert out.acled_sub_event_type == "Attack"
    assert out.type_source == "rule"
    assert out.type_confidence is not None and out.type_confidence < 0.1


def test_never_overrides_a_hypothetical_or_negated_reading() -> None:
    for certainty in ("hypothetical", "negated"):
        rec = _record("Officials feared the militants could storm the post.",
                      certainty=certainty)
        out = combined(rec, _prediction("Armed clash", 0.99, "ASSAULT", 0.99), LABELS, POLICY)
        assert out.acled_sub_event_type == "Attack" and out.type_source == "rule"
    threat = _record("The commander threatened to attack the city.", "THREATEN", "attack",
                     None, None, "hypothetical")
    out = combined(threat, _prediction("Armed clash", 0.99, "ASSAULT", 0.99), LABELS, POLICY)
    assert (out.event_type, out.acled_sub_event_type) == ("THREATEN", None)


def test_a_specific_trigger_is_kept_unless_the_model_is_very_sure() -> None:
    text = "Unidentified men hurled an explosive device at a police checkpoint in Quetta."
    rec = _record(text, mode="explosives", etype="Explosions/Remote violence", sub="Grenade")
    assert rule_strength(rec, POLICY) == "strong"
    kept = combined(rec, _prediction("Remote explosive/landmine/IED", 0.8), LABELS, POLICY)
    assert kept.acled_sub_event_type == "Grenade" and kept.type_source == "rule"
    changed = combined(rec, _prediction("Remote explosive/landmine/IED", 0.97), LABELS, POLICY)
    assert changed.acled_sub_event_type == "Remote explosive/landmine/IED"


def test_fills_a_type_the_rules_leave_empty_only_for_a_fitting_category() -> None:
    seize = _record("Police recovered 40 rifles from a hideout in Kohat.", "COERCE", "seize",
                    None, None)
    out = combined(seize, _prediction("Disrupted weapons use", 0.6, "COERCE"), LABELS, POLICY)
    assert out.acled_sub_event_type == "Disrupted weapons use" and out.type_source == "model"
    accuse = _record("The minister blamed the TTP for the raid on the post.", "ACCUSE",
                     "allege", None, None)
    out = combined(accuse, _prediction("Armed clash", 0.8, "ACCUSE"), LABELS, POLICY)
    assert out.acled_sub_event_type is None and out.type_source == "rule"


def test_model_none_never_removes_the_rules_type() -> None:
    out = combined(_record(POST_RAID), _prediction(NONE, 0.99, "NONE", 0.99), LABELS, POLICY)
    assert (out.event_type, out.acled_sub_event_type) == ("ASSAULT", "Attack")


def test_agreement_is_recorded() -> None:
    out = combined(_record(POST_RAID), _prediction("Attack", 0.9), LABELS, POLICY)
    assert out.type_source == "agree" and out.type_confidence == 0.9


def test_plover_changes_only_when_very_sure_and_not_another_records_event() -> None:
    text = "Hundreds of teachers marched in Lahore to demand higher wages."
    request = _record(text, "REQUEST", "demand", None, None)
    sure = _prediction("Peaceful protest", 0.95, "PROTEST", 0.99)
    alone = combined(request, sure, LABELS, POLICY)
    assert (alone.event_type, alone.mode, alone.acled_sub_event_type) == (
        "PROTEST", None, "Peaceful protest")
    beside = combined(request, sure, LABELS, POLICY, others=frozenset({"PROTEST"}))
    assert (beside.event_type, beside.acled_sub_event_type) == ("REQUEST", None)
    unsure = combined(request, _prediction("Peaceful protest", 0.95, "PROTEST", 0.9),
                      LABELS, POLICY)
    assert unsure.event_type == "REQUEST"


def test_model_only_takes_the_models_top_labels() -> None:
    rec = _record("Suspected militants fired on a polio team in Bajaur, killing a guard.",
                  mode="suicide-attack", sub="Suicide bomb", etype="Explosions/Remote violence")
    out = model_only(rec, _prediction("Attack", 0.3, "ASSAULT"), LABELS)
    assert (out.acled_event_type, out.acled_sub_event_type) == (
        "Violence against civilians", "Attack")
    assert out.type_source == "model"


def test_plover_changes_only_to_a_category_its_sub_type_agrees_with() -> None:
    rec = _record("Security forces gunned down three suspected militants in Karachi.")
    arrest_heads = _prediction("Armed clash", 0.9, "COERCE", 0.99)
    assert combined(rec, arrest_heads, LABELS, POLICY).event_type == "ASSAULT"


def test_a_record_with_deaths_is_not_retyped_as_a_strategic_development() -> None:
    text = "Militants gunned down a police officer in Peshawar."
    lethal = _record(text).model_copy(update={"fatalities": 1})
    seizure = _prediction("Disrupted weapons use", 0.95, "COERCE", 0.99)
    out = combined(lethal, seizure, LABELS, POLICY)
    assert (out.event_type, out.acled_sub_event_type) == ("ASSAULT", "Attack")
    # the same reading of a record without deaths is taken
    out = combined(_record(text), seizure, LABELS, POLICY)
    assert (out.event_type, out.acled_sub_event_type) == ("COERCE", "Disrupted weapons use")


def test_a_new_category_brings_the_models_sub_type_with_it() -> None:
    riot = _record("Protesters hurled stones at police and set a police van on fire in Najaf.")
    unsure_sub = _prediction("Violent demonstration", 0.45, "PROTEST", 0.99)
    out = combined(riot, unsure_sub, LABELS, POLICY)
    assert (out.event_type, out.acled_event_type, out.acled_sub_event_type) == (
        "PROTEST", "Riots", "Violent demonstration")


def test_the_weapon_decides_the_sub_type_of_a_suicide_bombing_or_an_air_strike() -> None:
    remote = "Explosions/Remote violence"
    gunships = _record("Helicopter gunships fired rockets at rebel positions near the border.",
                       mode="air", etype=remote, sub="Air/drone strike")
    out = combined(gunships, _prediction("Shelling/artillery/missile attack", 0.95), LABELS,
                   POLICY)
    assert out.acled_sub_event_type == "Air/drone strike" and out.type_source == "rule"
    rammed = _record("A van packed with explosives rammed the gate of the base.",
                     mode="suicide-attack", etype=remote, sub="Suicide bomb")
    out = combined(rammed, _prediction("Remote explosive/landmine/IED", 0.95), LABELS, POLICY)
    assert out.acled_sub_event_type == "Suicide bomb"
    # a bombing whose mode names no such weapon is still the model's to retype
    bombing = _record("A bomber blew himself up near the gate of the base.",
                      mode="explosives", etype=remote, sub="Remote explosive/landmine/IED")
    out = combined(bombing, _prediction("Suicide bomb", 0.95), LABELS, POLICY)
    assert out.acled_sub_event_type == "Suicide bomb"


def test_a_drone_or_missile_attack_is_not_retyped_as_a_foiled_one_without_words_that_say_so(
) -> None:
    remote = "Explosions/Remote violence"
    text = "Russian forces sent a swarm of Shahed drones against the port of Izmail overnight."
    drones = _record(text, mode="drone", etype=remote, sub="Air/drone strike")
    out = combined(drones, _prediction("Disrupted weapons use", 0.93, "COERCE"), LABELS, POLICY,
                   text=text)
    assert (out.acled_event_type, out.acled_sub_event_type) == (remote, "Air/drone strike")
    shells = _record("Artillery pounded the outskirts of the town at dawn.", mode="shelling",
                     etype=remote, sub="Shelling/artillery/missile attack")
    out = combined(shells, _prediction("Armed clash", 0.95), LABELS, POLICY)
    assert out.acled_sub_event_type == "Shelling/artillery/missile attack"
    # ... but an attack the text says was stopped may be typed so
    stopped = "The rebels fired drones at the airport; air defences intercepted every one."
    out = combined(_record(stopped, mode="drone", etype=remote, sub="Air/drone strike"),
                   _prediction("Disrupted weapons use", 0.93, "COERCE"), LABELS, POLICY,
                   text=stopped)
    assert out.acled_sub_event_type == "Disrupted weapons use"


def test_a_bomb_stays_remote_violence_and_an_arrest_an_arrest() -> None:
    text = "Police detained two men in Karachi and recovered a pistol and a grenade from them."
    arrest = _record(text, "COERCE", "arrest", "Strategic developments", "Arrests")
    for sub in ("Grenade", "Abduction/forced disappearance"):
        out = combined(arrest, _prediction(sub, 0.95), LABELS, POLICY, text=text)
        assert out.acled_sub_event_type == "Arrests"
    bomb = _record("A bomb tore through a bus in Parachinar.", mode="explosives",
                   etype="Explosions/Remote violence", sub="Remote explosive/landmine/IED")
    out = combined(bomb, _prediction("Attack", 0.97), LABELS, POLICY)
    assert out.acled_event_type == "Explosions/Remote violence"


def test_a_chemical_payload_may_make_shells_a_chemical_attack() -> None:
    remote = "Explosions/Remote violence"
    text = "Howitzers lobbed shells with a chlorine payload into the northern suburbs."
    shells = _record(text, mode="shelling", etype=remote, sub="Shelling/artillery/missile attack")
    out = combined(shells, _prediction("Chemical weapon", 0.9), LABELS, POLICY, text=text)
    assert out.acled_sub_event_type == "Chemical weapon"
    plain = "Howitzers lobbed shells into the northern suburbs."
    out = combined(_record(plain, mode="shelling", etype=remote,
                           sub="Shelling/artillery/missile attack"),
                   _prediction("Chemical weapon", 0.9), LABELS, POLICY, text=plain)
    assert out.acled_sub_event_type == "Shelling/artillery/missile attack"


def test_an_intervention_or_force_needs_words_that_tell_it() -> None:
    protest, peaceful = "Protests", "Peaceful protest"
    quiet = "Cotton growers staged a sit-in outside the ginning board in Multan on Thursday."
    sit_in = _record(quiet, "PROTEST", "demonstrate", protest, peaceful)
    for sub in ("Protest with intervention", "Excessive force against protesters"):
        out = combined(sit_in, _prediction(sub, 0.9, "PROTEST"), LABELS, POLICY, text=quiet)
        assert out.acled_sub_event_type == peaceful
    broken_up = ("Cotton growers staged a sit-in outside the ginning board in Multan until "
                 "police dispersed them with batons.")
    out = combined(_record(broken_up, "PROTEST", "demonstrate", protest, peaceful),
                   _prediction("Protest with intervention", 0.9, "PROTEST"), LABELS, POLICY,
                   text=broken_up)
    assert out.acled_sub_event_type == "Protest with intervention"


def test_a_weapon_sub_type_needs_its_weapon_in_the_text() -> None:
    text = "Two men on a motorcycle shot dead a tribal elder outside his home in Wana."
    shooting = _record(text)
    for sub in ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
                "Shelling/artillery/missile attack", "Air/drone strike"):
        out = combined(shooting, _prediction(sub, 0.9), LABELS, POLICY, text=text)
        assert out.acled_sub_event_type == "Attack", sub
    bomb = "A device strapped to a motorcycle went off near a tribal elder's home in Wana."
    out = combined(_record(bomb, mode=None), _prediction("Remote explosive/landmine/IED", 0.9),
                   LABELS, POLICY, text=bomb)
    assert out.acled_sub_event_type == "Remote explosive/landmine/IED"
