"""Violence and threat words that report no event (`non_event_rules` in triggers.yaml)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from roydad.extract.pipeline import Extractor
from roydad.extract.triggers import TriggerFinder, load_trigger_specs
from roydad.models import Document, EventRecord


def _types(nlp: Language, text: str) -> list[tuple[str, str]]:
    finder = TriggerFinder(nlp, list(load_trigger_specs()))
    return [(h.span.text, h.spec.event_type) for h in finder.find(nlp(text))]


def _records(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    return records


def _assaults(extractor: Extractor, text: str) -> list[EventRecord]:
    return [r for r in _records(extractor, text) if r.event_type == "ASSAULT"]


# An attack told beside a non-event: the test fails, as it should, if nothing is extracted.
_SHOOTING = "Separately, gunmen shot dead two policemen in Peshawar on Tuesday."


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Journalists called the editor's detention an assault on press liberty.", "assault"),
        ("Critics said the new law was an attack on democracy.", "attack"),
        ("The opposition launched political attacks on the budget plan.", "attacks"),
        ("The finance minister shot down the proposal to raise fuel prices.", "shot"),
        ("The senator's verbal assault on the judiciary drew criticism.", "assault"),
        ("Activists denounced what they called an attack on women's rights.", "attack"),
    ],
)
def test_violence_against_an_idea_is_no_assault(nlp: Language, text: str, word: str) -> None:
    assert (word, "ASSAULT") not in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen launched an attack on a police post in Bannu.",
        "The attack on the governor's convoy killed two guards.",
        "Militants shot down a military helicopter over the valley.",
    ],
)
def test_violence_against_people_or_things_stays(nlp: Language, text: str) -> None:
    assert any(t == "ASSAULT" for _, t in _types(nlp, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officials said the IED threat will stay high along the highway.", "threat"),
        ("The bombing showed the threat posed by the group in the province.", "threat"),
    ],
)
def test_a_danger_is_no_threat(nlp: Language, text: str, word: str) -> None:
    assert (word, "THREATEN") not in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The commander's threat to storm the city alarmed residents.", "threat"),
        ("The journalist received a threat from the militia last week.", "threat"),
        ("Threats against election officials multiplied before the vote.", "Threats"),
    ],
)
def test_a_threat_someone_makes_stays(nlp: Language, text: str, word: str) -> None:
    assert (word, "THREATEN") in _types(nlp, text)


def test_a_boast_threatens_nobody(extractor: Extractor) -> None:
    """A boast of what someone could do is no threat (nor an attack); what someone says he will
    do to someone is."""
    text = "In the recording the warlord bragged that his gunmen could shoot anyone in the city."
    assert not _records(extractor, text)
    records = _records(extractor, "The warlord said his gunmen would shoot the mayor.")
    assert [(r.event_type, r.certainty) for r in records] == [("THREATEN", "hypothetical")]


def test_grievance_of_a_march_is_background(extractor: Extractor) -> None:
    records = _records(
        extractor, "Residents marched in Karachi on Friday over a shopkeeper's murder."
    )
    assert [r.event_type for r in records] == ["PROTEST"]


def test_dated_grievance_is_its_own_record(extractor: Extractor) -> None:
    records = _records(
        extractor,
        "Hundreds protested in Quetta on Tuesday against the killing of a tribal elder last week.",
    )
    assert sorted(r.event_type for r in records) == ["ASSAULT", "PROTEST"]


def test_protest_lodged_by_a_state_keeps_the_death(extractor: Extractor) -> None:
    records = _records(
        extractor, "Pakistan lodged a protest with India over a soldier's death at the border."
    )
    assert "ASSAULT" in [r.event_type for r in records]


def test_metaphor_in_a_protest_note_gives_only_the_protest(extractor: Extractor) -> None:
    records = _records(
        extractor,
        "Reporters rallied outside the court in Lahore on Monday against an editor's detention, "
        "calling it an assault on press liberty.",
    )
    assert [r.event_type for r in records] == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "Morocco earthquake kills more than 2,000 in Atlas villages",
    "Iran's president and the foreign minister were killed when their helicopter crashed in fog "
    "in the mountains, state media said.",
    "On 20 December 2022, a family of five died of carbon monoxide from a gas heater in Quetta.",
    "On 3 February 2020, two avalanches in Neelum valley buried a village; 74 people died.",
])
def test_harm_by_nature_or_accident_is_no_event(extractor: Extractor, text: str) -> None:
    assert not _assaults(extractor, text)
    # beside a real attack, only the attack is coded, with its own toll
    [attack] = _assaults(extractor, f"{text.rstrip('.')}. {_SHOOTING}")
    assert attack.fatalities == 2


@pytest.mark.parametrize("text", [
    "Shaheen Afridi led Pakistan's bowling attack in the Test match at Rawalpindi.",
    "Chess players know the Sicilian is an attacking defence.",
])
def test_a_games_attacks_are_no_event(extractor: Extractor, text: str) -> None:
    assert not _assaults(extractor, text)
    [attack] = _assaults(extractor, f"{text} {_SHOOTING}")
    assert attack.fatalities == 2


def test_a_crash_caused_by_an_attack_is_still_an_attack(extractor: Extractor) -> None:
    text = "Militants shot down an army helicopter in Orakzai, and both pilots died in the crash."
    assert [r for r in _records(extractor, text) if r.event_type == "ASSAULT"]


def test_violence_in_a_condition_or_a_forecast_has_not_happened(extractor: Extractor) -> None:
    # the violence words are kept, as what is threatened
    text = ("The minister threatened to bomb the rebels' depots if they shelled the port "
            "again.")
    assert [r.event_type for r in _records(extractor, text)] == ["THREATEN"]
    # ... but violence foreseen, feared or named as a danger, with nobody who would do it or
    # says so, is no event at all
    for text in (
        "Diplomats warn that without a deal, raids on the border villages might increase.",
        "Traders fear the risk of bomb attacks on the market will stay high until spring.",
        "Officials expect the threat of roadside bomb attacks on the road to remain high.",
    ):
        assert not _records(extractor, text), text


def test_a_toll_of_nothing_is_no_event_but_keeps_its_zero(extractor: Extractor) -> None:
    assert not _records(extractor, "A fire gutted a warehouse in the port city. No injuries.")
    text = ("Police fired tear gas at marchers in the capital on Sunday. There were no "
            "fatalities.")
    [record] = [r for r in _records(extractor, text) if r.acled_event_type is not None]
    assert record.fatalities == 0


def test_a_massacre_of_an_idea_is_no_assault(extractor: Extractor) -> None:
    text = "Opposition leaders called the verdict the murder of free speech."
    assert not _assaults(extractor, text)
    assert _assaults(extractor, "Rebels were blamed for the massacre of forty villagers.")


def test_what_is_called_for_has_not_happened(extractor: Extractor) -> None:
    text = "Church leaders called for a truce between the two clans."
    assert [r.event_type for r in _records(extractor, text)] == ["REQUEST"]
    # not what the wished thing is about: the fighting happened
    text = "Church leaders appealed for an end to the clashes between the two clans."
    assert "ASSAULT" in [r.event_type for r in _records(extractor, text)]
