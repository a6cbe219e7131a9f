"""Event families told by what a trigger acts on (families.yaml), on ACLED-style note wording."""

from __future__ import annotations

import pytest
from spacy.language import Language

from roydad.extract.pipeline import Extractor
from roydad.extract.triggers import TriggerFinder, load_trigger_specs
from roydad.models import Document, EventRecord


def _found(nlp: Language, text: str) -> list[tuple[str, str, str | None, str | None]]:
    finder = TriggerFinder(nlp, list(load_trigger_specs()))
    return [(h.span.text, h.spec.event_type, h.spec.mode, h.spec.acled_sub)
            for h in finder.find(nlp(text))]


def _records(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    return records


@pytest.mark.parametrize(
    ("text", "trigger", "event_type", "mode", "acled_sub"),
    [
        # Disrupted weapons use: seizures, finds, destruction, interception, foiled attacks
        ("Police seized 40 rifles and 2,000 rounds of ammunition in Mardan.",
         "seized", "COERCE", "disrupt", "Disrupted weapons use"),
        ("Security forces destroyed an arms cache belonging to the militants near Spin Boldak.",
         "destroyed", "COERCE", "disrupt", "Disrupted weapons use"),
        ("Soldiers recovered three IEDs and a suicide vest from a compound in Zhob.",
         "recovered", "COERCE", "disrupt", "Disrupted weapons use"),
        ("Air defences intercepted two drones over the city overnight.",
         "intercepted", "COERCE", "disrupt", "Disrupted weapons use"),
        ("Counter-terrorism police foiled a suicide attack on a mosque in Peshawar.",
         "foiled", "COERCE", "disrupt", "Disrupted weapons use"),
        # Territory changing hands
        ("Troops retook three villages from the insurgents in Hiraan region.",
         "retook", "ASSAULT", "territory", "Government regains territory"),
        ("The Taliban captured the district centre of Ghormach after days of fighting.",
         "captured", "ASSAULT", "territory", "Non-state actor overtakes territory"),
        ("The rebels seized control of the town's airport on Sunday.",
         "seized control", "ASSAULT", "territory", "Non-state actor overtakes territory"),
        ("The district fell to the militants late on Tuesday.",
         "fell", "ASSAULT", "territory", "Non-state actor overtakes territory"),
        # Change to group/activity, base established
        ("Twenty police officers joined the insurgents with their weapons in Kunduz.",
         "joined", "SUPPORT", "defect", "Change to group/activity"),
        ("A militia commander defected to the government with 40 of his men.",
         "defected", "SUPPORT", "defect", "Change to group/activity"),
        ("The militants set up a base in the forest near the border.",
         "set up", "MOBILIZE", "base", "Headquarters or base established"),
        # Armed clash and remote violence without a clash word
        ("The army fired with unspecified weapons at rebel positions near the village.",
         "fired", "ASSAULT", "firearms", None),
        ("A shoot-out took place in the old town between police and a gang.",
         "shoot-out", "ASSAULT", "firearms", "Armed clash"),
        ("The air force targeted rebel positions in the north of the province.",
         "targeted", "ASSAULT", "air", None),
        ("Militants targeted a police checkpoint with rockets overnight.",
         "targeted", "ASSAULT", None, None),
        # Sexual violence, grenades, abductions
        ("Armed men raped a woman in a village of Ituri province.",
         "raped", "ASSAULT", "sexual", None),
        ("Unidentified men hurled a grenade at a police station in Imphal.",
         "grenade", "ASSAULT", "explosives", "Grenade"),
        ("A journalist went missing after being taken by men in uniform in Turbat.",
         "went missing", "ASSAULT", "abduct", None),
        # Stones thrown, property burnt or pulled down, a vehicle bomb driven into its target
        # stones thrown are a crowd's (ACLED Riots / Violent demonstration), whoever is hit
        ("Youths hurled stones at a police van outside the court in Srinagar.",
         "hurled", "ASSAULT", "primitive", "Violent demonstration"),
        ("Al-Shabaab fighters burned three telecom towers and a clinic in Bakool.",
         "burned", "ASSAULT", "arson", None),
        ("Soldiers bulldozed the homes of thirty families near the market.",
         "bulldozed", "ASSAULT", "arson", None),
        ("A minibus packed with explosives rammed a military convoy near Gao.",
         "rammed", "ASSAULT", "suicide-attack", None),
        ("The bomber drove an explosives-laden truck into the gate of the base.",
         "drove", "ASSAULT", "suicide-attack", None),
        ("A teenager blew himself up outside a mosque in Peshawar.",
         "blew", "ASSAULT", "suicide-attack", None),
        # Aircraft and drones: an air or drone strike, whatever they fire
        ("Helicopter gunships fired rockets at rebel positions near Goma.",
         "fired", "ASSAULT", "air", None),
        ("Warplanes dropped bombs on a market in Idlib.",
         "dropped", "ASSAULT", "air", None),
        ("Russian forces launched Shahed drones at a power station in Odesa.",
         "launched", "ASSAULT", "drone", None),
        ("The militia launched rockets at the airport overnight.",
         "launched", "ASSAULT", "shelling", None),
        # ACLED's Other: a coup, mass displacement
        ("On Wednesday the army ousted President Kabore and suspended the constitution.",
         "ousted", "COERCE", "coup", None),
        ("The generals removed the president from power in a televised address.",
         "removed", "COERCE", "coup", None),
        ("About 3,000 families fled their villages after clashes between the militias.",
         "fled", "RETREAT", "flee", None),
        # A crowd blocking a road protests
        ("Hundreds of farmers blocked the Grand Trunk Road near Ludhiana on Monday.",
         "blocked", "PROTEST", "demonstrate", None),
    ],
)
def test_family_by_object(
    nlp: Language, text: str, trigger: str, event_type: str, mode: str | None,
    acled_sub: str | None,
) -> None:
    assert (trigger, event_type, mode, acled_sub) in _found(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # The same words without an object of the family mean something else.
        ("The striker recaptured his best form in the second half.", "recaptured"),
        ("She joined the board of the company in 2019.", "joined"),
        ("The company fired its chief executive on Friday.", "fired"),
        ("The campaign targeted young voters in the suburbs.", "targeted"),
        ("The hikers went missing in the mountains last week.", "went missing"),
        ("The ministry established a committee to review the law.", "established"),
        ("Investigators found a letter in the car.", "found"),
        ("He burned the midnight oil before the exam.", "burned"),
        ("The driver drove the children to school in the morning.", "drove"),
        ("The company launched a new phone in Karachi on Monday.", "launched"),
        ("The cleaners removed the posters from the walls.", "removed"),
        ("The minister threw his support behind the bill.", "threw"),
        ("Gunmen fled the scene on a motorcycle.", "fled"),
        ("Heavy snow blocked the pass for a week.", "blocked"),
    ],
)
def test_no_family_without_its_object(nlp: Language, text: str, word: str) -> None:
    assert word not in [f[0] for f in _found(nlp, text)]


def test_seized_property_is_looting_not_weapons(nlp: Language) -> None:
    # goods and aid taken are harm to property, read like "looted" (ACLED Looting/property
    # destruction), never a disrupted weapons use
    found = _found(nlp, "Militants seized two trucks of food aid on the highway.")
    assert ("seized", "ASSAULT", "arson", None) in found


def test_defused_bomb_is_no_explosion(extractor: Extractor) -> None:
    records = _records(
        extractor, "A roadside bomb was defused by the bomb disposal squad near a school in Quetta."
    )
    assert [(r.event_type, r.mode) for r in records] == [("COERCE", "disrupt")]


def test_seized_grenades_are_no_grenade_attack(extractor: Extractor) -> None:
    records = _records(extractor, "Police seized six hand grenades and a pistol from the suspects.")
    assert [r.event_type for r in records] == ["COERCE"]


def test_foiled_attack_is_disruption_not_negated_attack(extractor: Extractor) -> None:
    records = _records(
        extractor, "Police thwarted a bomb attack on a church in Lahore on Sunday."
    )
    assert [(r.event_type, r.mode, r.certainty) for r in records] == [
        ("COERCE", "disrupt", "asserted")
    ]


def test_chlorine_makes_a_chemical_attack(extractor: Extractor) -> None:
    records = _records(extractor, "Government forces used chlorine gas in an attack on Douma.")
    assert [(r.event_type, r.mode) for r in records] == [("ASSAULT", "chemical")]


def test_body_with_gunshot_wounds_is_an_attack(extractor: Extractor) -> None:
    records = _records(extractor, "A body with gunshot wounds was found in Culiacan on Monday.")
    assert [(r.event_type, r.mode) for r in records] == [("ASSAULT", "firearms")]


def test_prisoner_exchange_is_an_agreement(extractor: Extractor) -> None:
    records = _records(
        extractor, "The two sides completed a prisoner exchange in Geneva on Saturday."
    )
    assert [(r.event_type, r.acled_sub_event_type) for r in records] == [
        ("AGREE", "Agreement")
    ]


def test_ground_taken_is_its_own_happening_and_needs_a_place(extractor: Extractor) -> None:
    # a trend named in a later sentence is not how an earlier strike was done, nor an event
    text = ("A drone strike killed four fighters near Mosul on Monday. Officials said the "
            "government is retaking territory from the militants.")
    records = _records(extractor, text)
    assert [r.mode for r in records if r.event_type == "ASSAULT"] == ["drone"]
    # named ground taken in the same sentence as the fighting for it is one happening
    text = "After two days of heavy fighting, Taliban fighters captured Bazarak on Monday."
    [record] = [r for r in _records(extractor, text) if r.event_type == "ASSAULT"]
    assert record.mode == "territory"
