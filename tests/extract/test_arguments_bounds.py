"""Which words are parties, and where an argument's words begin and end: institutions that act,
spans of time and weapons that never do, subjects a reduced relative hides from the parser,
reference markers and words run together in scraped text.

Sentences are plain news English written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from roydad.extract.arguments import roles
from roydad.extract.syntax import _clean_bounds


def _roles(nlp: Language, text: str, word: str) -> tuple[list[str], list[str]]:
    trigger = next(t for t in nlp(text) if t.text == word)
    actors, recipients = roles(trigger)
    return [a.text for a in actors], [r.text for r in recipients]


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("A military tribunal sentenced three activists to ten years in prison.", "sentenced",
     "military tribunal"),
    ("The court convicted the former mayor of ordering the attack.", "convicted", "court"),
    ("The two officers were sentenced by a court in the capital on Monday.", "sentenced",
     "court"),
])
def test_an_institution_in_the_doers_place_acts(
        nlp: Language, text: str, trigger: str, actor: str) -> None:
    assert actor in _roles(nlp, text, trigger)[0]


def test_an_institution_that_is_only_where_it_happened_does_not_act(nlp: Language) -> None:
    actors, _ = _roles(nlp, "Two lawyers were arrested outside the court on Monday.", "arrested")
    assert actors == []
    actors, recipients = _roles(nlp, "Gunmen stormed the court and killed a judge.", "stormed")
    assert actors == ["Gunmen"]
    assert "court" in recipients


def test_a_span_of_time_is_no_party(nlp: Language) -> None:
    text = "The caller gave the newspaper and the police twenty minutes before the blast."
    _, recipients = _roles(nlp, text, "gave")
    assert not [r for r in recipients if "minutes" in r]


@pytest.mark.parametrize("text", [
    "Several shoppers were wounded by shrapnel.",
    "A boy was killed by a stray bullet near the checkpoint.",
])
def test_what_did_the_harm_is_not_who_did_it(nlp: Language, text: str) -> None:
    trigger = "wounded" if "wounded" in text else "killed"
    actors, recipients = _roles(nlp, text, trigger)
    assert actors == []
    assert recipients


def test_a_subject_hidden_by_a_reduced_relative_is_the_victim(nlp: Language) -> None:
    text = ("The shell brought down part of the roof, and families sheltering in the hall "
            "below were injured by the falling beams.")
    _, recipients = _roles(nlp, text, "injured")
    assert recipients == ["families"]


@pytest.mark.parametrize(("text", "kept"), [
    ("Sergeant Ana P. Ruiz[14", "Sergeant Ana P. Ruiz"),
    ("Lieutenant Omar Haddad[3]", "Lieutenant Omar Haddad"),
    ("earlier similar incidentsGerman police", "German police"),
    ("Curfew DeclaredThe governor", "governor"),
    ("Ronan McBride", "Ronan McBride"),
    ("PetroChina workers", "PetroChina workers"),
    ("[7]", "[7]"),
])
def test_argument_text_ends_at_a_reference_and_starts_after_a_run_together_word(
        text: str, kept: str) -> None:
    start, end = _clean_bounds(text)
    assert text[start:end] == kept


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Thousands joined anti-government protests in the capital on Friday.", "protests",
     "government"),
    ("Police dispersed an anti-Taliban demonstration in the city.", "demonstration", "Taliban"),
])
def test_an_anti_stance_names_whom_the_event_is_against(
        nlp: Language, text: str, trigger: str, target: str) -> None:
    actors, recipients = _roles(nlp, text, trigger)
    assert target in " ".join(recipients)
    assert not [a for a in actors if target in a]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Students staged anti-American rallies outside the embassy.", "rallies"),
    ("Supporters held pro-government rallies in three cities.", "rallies"),
    ("The convoy struck an anti-personnel mine near the border.", "mine"),
])
def test_a_stance_is_never_the_doer_and_a_device_has_no_target(
        nlp: Language, text: str, trigger: str) -> None:
    actors, recipients = _roles(nlp, text, trigger)
    assert not [a for a in actors if "American" in a or "government" in a]
    if "mine" in text:
        assert recipients == []


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients"), [
    # a shot aimed at someone: the subject fired, whoever it was aimed at was the target
    ("Guards shot at fuel smugglers crossing the border.", "shot", ["Guards"],
     ["fuel smugglers"]),
    ("Gunmen shot at a passenger van near the toll plaza.", "shot", ["Gunmen"],
     ["passenger van"]),
    ("Troops fired on the crowd outside the palace.", "fired", ["Troops"], ["crowd"]),
    # a note's clause that drops its 'were' is passive wherever it stands
    ("Police repelled the raid; 3 constables killed, 2 injured.", "killed", [],
     ["3 constables"]),
    # the short passive of a full sentence stays passive, where it happened is no target
    ("Two policemen shot in Peshawar.", "shot", [], ["Two policemen"]),
    ("One villager killed on the eastern side of the river.", "killed", [], ["One villager"]),
    ("A woman detained at a police station was beaten.", "detained", [], ["woman"]),
])
def test_whom_a_shot_was_aimed_at_and_passives_without_were(
        nlp: Language, text: str, trigger: str, actors: list[str],
        recipients: list[str]) -> None:
    assert _roles(nlp, text, trigger) == (actors, recipients)


@pytest.mark.parametrize(("text", "trigger", "sides"), [
    ("A clash took place between police and suspected robbers near the river.", "clash",
     ["police", "suspected robbers"]),
    ("Fighting broke out between the army and tribesmen in the valley.", "Fighting",
     ["army", "tribesmen"]),
])
def test_the_sides_of_a_clash_hung_on_its_verb(
        nlp: Language, text: str, trigger: str, sides: list[str]) -> None:
    assert _roles(nlp, text, trigger)[0] == sides


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    ("Rebels ambushed a patrol of soldiers on the mountain road.", "ambushed", "soldiers"),
    ("Militants stopped a busload of pilgrims and abducted them.", "stopped", "pilgrims"),
    ("A roadside bomb went off under a convoy of aid workers.", "went", "aid workers"),
    ("A hand grenade exploded among worshippers leaving the shrine.", "exploded",
     "worshippers"),
])
def test_the_people_a_body_or_a_blast_reached(
        nlp: Language, text: str, trigger: str, recipient: str) -> None:
    assert recipient in _roles(nlp, text, trigger)[1]


def test_a_blast_at_a_place_has_no_target_named_by_the_place(nlp: Language) -> None:
    assert _roles(nlp, "A bomb exploded at a crowded market.", "exploded")[1] == []


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("The Indian army shelled villages across the frontier.", "shelled", "Indian army"),
    ("Guards of the Islamic Revolutionary Guard Corps shot at fuel porters.", "shot",
     "the Islamic Revolutionary Guard Corps"),
])
def test_a_state_organ_keeps_its_nationality_and_members_stand_for_their_body(
        nlp: Language, text: str, trigger: str, actor: str) -> None:
    assert _roles(nlp, text, trigger)[0] == [actor]
