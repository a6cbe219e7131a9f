"""Actors, recipients and places from the dependency parse.

Sentences are short dev sentences (WikiEvents dev, UCDP dev headlines) or plain news English of
the kinds the rules are written for; each test names the construction it checks.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Token

from roydad.extract.arguments import Argument, place_of, roles
from roydad.extract.pipeline import Extractor
from roydad.models import Document
from tests.extract.helpers import only


def _texts(args: list[Argument]) -> list[str]:
    return [a.text for a in args]


def _trigger(nlp: Language, text: str, word: str, nth: int = 0) -> Token:
    """The `nth` token spelled `word` in the parsed text."""
    found = [t for t in nlp(text) if t.text == word]
    assert len(found) > nth, (word, [t.text for t in nlp(text)])
    return found[nth]


def _roles(nlp: Language, text: str, word: str) -> tuple[list[str], list[str]]:
    actors, recipients = roles(_trigger(nlp, text, word))
    return _texts(actors), _texts(recipients)


def _place(nlp: Language, text: str, word: str) -> str | None:
    trigger = _trigger(nlp, text, word)
    found = place_of(trigger, trigger.sent)
    return found.text if found is not None else None


# --- through the candidate stage (events.py) ---------------------------------------------------


def test_active_subject_and_object(nlp: Language) -> None:
    # UCDP dev headline
    cand = only(nlp, "Gunmen kill constable protecting polio team in Pakistan", "kill")
    assert _texts(cand.actors) == ["Gunmen"]
    assert [r.text for r in cand.recipients if "constable" in r.text]
    assert cand.place is not None and cand.place.text == "Pakistan"


def test_passive_with_agent_in_relative_clause(nlp: Language) -> None:
    text = "Noor Zaman, who was assassinated by ISKP in Wana, was a member of the Haqqani network."
    cand = only(nlp, text, "assassinated")
    assert _texts(cand.actors) == ["ISKP"]
    assert _texts(cand.recipients) == ["Noor Zaman"]
    assert cand.place is not None and cand.place.text == "Wana"


def test_conjoined_attackers_and_target(nlp: Language) -> None:
    # WikiEvents dev sentence
    text = ("On the morning of 1 March 2019, Taliban gunmen and suicide bombers attacked Camp "
            "Shorabak in Helmand Province, Afghanistan.")
    cand = only(nlp, text, "attacked")
    assert _texts(cand.actors) == ["Taliban gunmen", "suicide bombers"]
    assert _texts(cand.recipients) == ["Camp Shorabak"]
    assert cand.mode == "suicide-attack"


# --- verbs -------------------------------------------------------------------------------------


def test_participial_headline(nlp: Language) -> None:
    # "7 militants killed in blasts": the participle describes its victims.
    assert _roles(nlp, "7 militants killed in blasts in Afghanistan", "killed") == (
        [], ["7 militants"])


def test_subject_of_a_death_verb_is_the_victim(nlp: Language) -> None:
    assert _roles(nlp, "Scores died in the attacks.", "died") == ([], ["Scores"])
    assert _roles(nlp, "Tamerlan, 26, died after a gunfight with police.", "died") == (
        [], ["Tamerlan"])


def test_subject_of_an_intransitive_device_verb_is_no_actor(nlp: Language) -> None:
    text = ("Major General Vyacheslav Gladkikh died after a roadside IED detonated under a convoy "
            "of Russian soldiers.")
    # (what it went off under was hit: see test_arguments_bounds.py)
    assert _roles(nlp, text, "detonated") == ([], ["Russian soldiers"])
    # ...and the bombs a brigade detonates are not its victims
    text = "By the end of the day, the IRA's Belfast brigade had detonated at least 20 bombs."
    actors, recipients = _roles(nlp, text, "detonated")
    assert actors == ["IRA's Belfast brigade"] and recipients == []


def test_device_verbs_with_a_person_subject(nlp: Language) -> None:
    text = "Unknown assailants hurled a grenade at the police station in Srinagar."
    assert _roles(nlp, text, "hurled") == (["Unknown assailants"], ["police station"])
    # WikiEvents dev sentence: 'began to explode' shares its subject, a device
    assert _roles(nlp, "The bombs began to explode before 3pm.", "explode") == ([], [])


def test_target_of_a_light_verb(nlp: Language) -> None:
    text = "Gunmen opened fire on a police van in Mastung, killing 8."
    assert _roles(nlp, text, "opened") == (["Gunmen"], ["police van"])
    # the participle shares the gunmen; a misparsed participle on 'hunting' does not
    assert _roles(nlp, text, "killing") == (["Gunmen"], ["8"])
    text = ("French police are hunting a suspect believed to have deposited a paper bag containing "
            "a device that exploded on Friday, wounding 13 people.")
    assert _roles(nlp, text, "wounding") == ([], ["13 people"])


def test_bare_counts_are_victims(nlp: Language) -> None:
    text = "The attack at the Rolando cafe killed 13 people and wounded 71."
    assert _roles(nlp, text, "wounded")[1] == ["71"]
    assert _roles(nlp, "By the end of 1972, 496 had been killed.", "killed") == ([], ["496"])


def test_elided_passive_in_a_conjunction(nlp: Language) -> None:
    text = "Three policemen were martyred and two injured in a terrorist attack."
    assert _roles(nlp, text, "injured") == ([], ["two"])
    assert _roles(nlp, text, "attack")[1] == ["two", "Three policemen"]


def test_shot_dead_by_police_names_the_person_not_the_description(nlp: Language) -> None:
    # WikiEvents dev sentence: the apposition's name, the agent of 'shot'
    text = ("The alleged killer, Chérif Chekatt – shot dead by police – had pledged allegiance "
            "to Islamic State.")
    assert _roles(nlp, text, "shot") == (["police"], ["Chérif Chekatt"])
    assert _roles(nlp, text, "dead") == (["police"], ["Chérif Chekatt"])


def test_quantity_and_list_heads(nlp: Language) -> None:
    text = "In 1995 and 1996, they seized hundreds of hostages in hospitals."
    assert _roles(nlp, text, "seized") == (["they"], ["hostages"])
    text = ("Leftists known to be sympathetic to ETA were arrested, including Eva Forest, wife of "
            "the communist playwright Alfonso Sastre, Mari Luz Fernandez and her relatives.")
    recipients = _roles(nlp, text, "arrested")[1]
    assert "Eva Forest" in recipients and "Mari Luz Fernandez" in recipients
    assert "Alfonso Sastre" not in recipients  # only describes Eva Forest


def test_reported_speech_pronoun_is_the_speaker(nlp: Language) -> None:
    assert _roles(nlp, "The army said it killed five militants.", "killed") == (
        ["army"], ["five militants"])
    # In quoted speech 'they' are others, not the speaker.
    actors = _roles(nlp, '"They have tried to assassinate me today," Maduro said.',
                    "assassinate")[0]
    assert actors == ["They"]


def test_where_clause_antecedent_is_no_victim(nlp: Language) -> None:
    text = ("The worst explosion was at the busy Oxford Street bus station, where at least six "
            "people were killed.")
    assert _roles(nlp, text, "killed") == ([], ["at least six people"])


# --- nouns -------------------------------------------------------------------------------------


def test_possessor_and_of_object_of_a_bombing(nlp: Language) -> None:
    text = "From the outset, the IRA's bombing of the city caused widespread chaos."
    # the IRA did it; the city is where, not whom
    assert _roles(nlp, text, "bombing") == (["IRA"], [])


def test_possessor_of_an_assassination_is_the_victim(nlp: Language) -> None:
    assert _roles(nlp, "His assassination shocked the country.", "assassination") == (
        [], ["His"])


def test_perpetration_and_responsibility_clauses(nlp: Language) -> None:
    text = "The Taliban claimed responsibility for the attack."
    assert _roles(nlp, text, "attack")[0] == ["Taliban"]
    text = ("Though no claim of responsibility was made, the attack is widely believed to have "
            "been carried out by the armed Basque separatist group ETA.")
    assert _roles(nlp, text, "attack")[0] == ["ETA"]
    text = "Islamic State militants launched a series of attacks across Paris."
    assert _roles(nlp, text, "attacks")[0] == ["Islamic State militants"]
    assert _roles(nlp, "He said no group had yet claimed responsibility for the explosion.",
                  "explosion") == ([], [])


def test_event_noun_aimed_at_a_target(nlp: Language) -> None:
    text = "The republic has seen numerous bombings targeted at the Russian military."
    assert _roles(nlp, text, "bombings")[1] == ["Russian military"]
    text = "Five people were killed on 11 December in an attack on the Christmas market."
    assert _roles(nlp, text, "attack") == ([], ["Christmas market", "Five people"])
    text = "The explosion targeted a bakery on the central street."
    assert _roles(nlp, text, "explosion")[1] == ["bakery"]


def test_modifier_names_the_doer_only_when_it_is_a_party(nlp: Language) -> None:
    assert _roles(nlp, "IRA bombings killed nine.", "bombings")[0] == ["IRA"]
    assert _roles(nlp, "Israeli airstrikes killed 10 people.", "airstrikes")[0] == ["Israeli"]
    # a hotel's name is the target or the place, not who bombed it
    assert _roles(nlp, "The Marriott bombing killed 50.", "bombing")[0] == []


def test_two_sides_of_a_battle(nlp: Language) -> None:
    text = ("In one incident, a man was killed and five more were wounded, in a battle between "
            "troops and terrorists in the Markets area.")
    # both sides fought: both are actors, the first named first (export: actor1, actor2)
    assert _roles(nlp, text, "battle")[0] == ["troops", "terrorists"]
    assert "terrorists" not in _roles(nlp, text, "battle")[1]


def test_the_injured_as_a_group(nlp: Language) -> None:
    text = "Two of the 12 initially killed and 11 of the injured were members of the police force."
    assert _roles(nlp, text, "injured") == ([], ["11"])


# --- places ------------------------------------------------------------------------------------


def test_place_attached_to_the_event_clause(nlp: Language) -> None:
    text = ("Five people were killed on 11 December in an attack on the Christmas market in "
            "Strasbourg.")
    assert _place(nlp, text, "attack") == "Strasbourg"
    assert _place(nlp, "Shootings in Belfast had continued last night.", "Shootings") == "Belfast"


def test_a_place_that_only_qualifies_a_party_is_not_where(nlp: Language) -> None:
    text = ("Paris' counterterrorism authority announced that it has opened a probe into the "
            "explosion.")
    assert _place(nlp, text, "explosion") is None
    text = "Lyon authorities said the explosion injured 13 people."
    assert _place(nlp, text, "explosion") is None


def test_dateline_place(nlp: Language) -> None:
    text = "KABUL — Two soldiers were killed on Sunday, officials said."
    assert _place(nlp, text, "killed") == "KABUL"
    # WikiEvents dev: the parser cuts the dateline off as a sentence of its own
    text = ("KANDAHAR, Afghanistan, Oct. 3 (Xinhua) -- Seven Taliban militants were killed in two "
            "accidental explosions.")
    assert _place(nlp, text, "killed") == "KANDAHAR"
    # a capitalised place that runs on into the sentence is no dateline, and a state that
    # strikes is who, not where
    text = "U.S. drone strike in Pakistan kills four."
    assert _place(nlp, text, "strike") == "Pakistan"
    assert _roles(nlp, text, "strike")[0] == ["U.S."]


def test_a_count_is_not_part_of_who() -> None:
    from roydad.extract.party_phrases import countless

    assert countless("nine paramilitary personnel") == "paramilitary personnel"
    assert countless("At least one soldier") == "soldier"
    assert countless("6 soldiers") == "soldiers"
    assert countless("Four") == "Four"  # a bare count stays what it is


def test_counted_soldiers_resolve_to_the_state_forces(extractor) -> None:  # type: ignore[no-untyped-def]
    from roydad.models import Document

    doc = Document(id="t", text="At least one soldier was killed in a bomb attack in Quetta, "
                   "police said", origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    [event] = [r for r in records if r.event_type == "ASSAULT"]
    soldier = next(a for a in event.actors if "soldier" in a.text)
    assert soldier.text == "At least one soldier"
    assert soldier.name.startswith("Military Forces of Pakistan")


def test_a_headline_claim_is_no_party(nlp: Language) -> None:
    # UCDP dev headline: the parser takes "claims" for a noun next to the trigger
    cand = only(nlp, "IS claims killing Taliban commander in Pakistan", "killing")
    assert "claims" not in _texts(cand.actors) + _texts(cand.recipients)


def test_an_attacked_belonging_stands_for_its_owner(extractor) -> None:  # type: ignore[no-untyped-def]
    from roydad.models import Document

    # UCDP dev headline: the bikes are the Frontier Corps', who were attacked
    doc = Document(id="t", text="FC patrol bikes attacked in Quetta, armed group claims "
                   "responsibility", origin="test", pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    [event] = [r for r in records if r.event_type == "ASSAULT"]
    [target] = [a for a in event.actors if a.role == "recipient"]
    assert (target.text, target.name) == ("FC patrol bikes", "Frontier Corps (FC)")


def test_a_belonging_of_no_known_party_stays_as_written(extractor) -> None:  # type: ignore[no-untyped-def]
    from roydad.models import Document

    doc = Document(id="t", text="Gunmen attacked a polio team in Pakistan", origin="test",
                   pub_date=None)
    [(_, records)] = list(extractor.extract([doc]))
    [event] = [r for r in records if r.event_type == "ASSAULT"]
    assert any(a.name == "a polio team" or a.name == "polio team" for a in event.actors)


# --- the attacker inside a weapon phrase ---------------------------------------------------------


def test_who_laid_the_mine_is_the_actor(nlp: Language) -> None:
    actors, _ = _roles(
        nlp, "Three soldiers were killed when a landmine planted by the Taliban exploded near "
             "their post in Zabul.", "exploded")
    assert "Taliban" in actors


def test_a_party_written_into_the_device_is_the_actor(nlp: Language) -> None:
    actors, recipients = _roles(
        nlp, "A TTP-planted bomb killed two policemen in Lakki Marwat on Friday.", "killed")
    assert "TTP" in actors and "two policemen" in recipients


def test_a_written_date_is_not_part_of_the_party(extractor: Extractor) -> None:
    # the parser hangs a date without a comma on the subject: "On 3 Farvardin 1402 armed men"
    doc = Document(id="d", origin="test", pub_date=date(2023, 3, 27),
                   text="On 3 Farvardin 1402 armed men stopped a minibus near Saravan and shot "
                        "two passengers.")
    [(_, records)] = list(extractor.extract([doc]))
    texts = [a.text for r in records for a in r.actors if a.role == "actor"]
    assert texts and not any("1402" in t for t in texts), texts
