"""Long analyses (issue 13, section 8): a pattern of acts told in the present perfect is one
record of its own, never the dated attack told beside it; an act a later paragraph introduces
is a new one; two clauses with their own month and town are two records; a claim of "the
attack" is about the act told just before it, not about a list. New sentences, not the dev
texts."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from roydad.extract.patterns import is_pattern
from roydad.extract.pipeline import Extractor
from roydad.models import Document, EventRecord
from tests.extract.helpers import only

PUB = date(2024, 3, 15)


def _records(extractor: Extractor, text: str) -> list[EventRecord]:
    doc = Document(id="t", text=text, origin="test", pub_date=PUB)
    [(_, records)] = list(extractor.extract([doc]))
    return records


def _assaults(extractor: Extractor, text: str) -> list[EventRecord]:
    return [r for r in _records(extractor, text)
            if r.event_type == "ASSAULT" and r.certainty not in ("hypothetical", "negated")]


def _place(record: EventRecord) -> str:
    return record.location.name if record.location else ""


# --- what a pattern is -------------------------------------------------------------------------


def test_present_perfect_on_bare_plurals_is_a_pattern(nlp: Language) -> None:
    text = "The militia has burned granaries and looted cattle markets across the plateau."
    assert is_pattern(only(nlp, text, "burned"))


def test_habitual_adverb_makes_a_pattern(nlp: Language) -> None:
    assert is_pattern(only(nlp, "The rebels have repeatedly ambushed the supply road.",
                           "ambushed"))


def test_a_news_lead_in_the_present_perfect_is_one_act(nlp: Language) -> None:
    text = "Gunmen have killed 14 villagers in an overnight raid on Kauru, officials said."
    assert not is_pattern(only(nlp, text, "killed"))


def test_simple_past_list_is_no_pattern(nlp: Language) -> None:
    assert not is_pattern(only(nlp, "Bandits attacked farmers near Gusau on Friday.",
                               "attacked"))


# --- a pattern and an act are two records ------------------------------------------------------


# An article of several paragraphs: a note would tell a pattern only as background.
_OPENING = ("The northern highway, one year on\n\n"
            "The war in the north has changed its shape over the past twelve months, and the "
            "towns along the highway have felt every part of that change, from the markets to the "
            "schools and the clinics.\n\n")
_CLOSING = ("\n\nNone of the parties has agreed to talks, and the roads stay closed to most "
            "traffic while the rainy season approaches and the prices of grain and fuel keep "
            "rising in every town.")


def test_dated_attack_after_a_pattern_is_its_own_record(extractor: Extractor) -> None:
    text = (_OPENING + "The front has shelled market towns and ambushed patrols along the "
            "northern highway. In November 2023, a bomb planted under a culvert killed three "
            "police officers near Kidal." + _CLOSING)
    assaults = _assaults(extractor, text)
    assert len(assaults) == 2
    pattern, bomb = assaults
    assert bomb.date == "2023-11-01" and bomb.fatalities == 3
    # the pattern is dated by the span the present perfect reaches: the year before the report
    assert pattern.date_end == "2024-03-15" and pattern.date == "2023-03-15"


def test_pattern_told_after_a_dated_killing_stays_apart(extractor: Extractor) -> None:
    text = (_OPENING + "In January 2024, gunmen killed a district judge in Jalalabad. The "
            "group has also bombed girls' schools and Sufi shrines in Nangarhar since 2022."
            + _CLOSING)
    judge, pattern = _assaults(extractor, text)
    assert judge.date == "2024-01-01"
    assert pattern.date == "2022-01-01" and pattern.date_end == "2024-03-15"


def test_a_note_tells_a_pattern_only_as_background(extractor: Extractor) -> None:
    text = ("On 2 March 2024, a bomber killed 31 worshippers at a mosque in Peshawar. The group "
            "has repeatedly bombed Shia mosques in the province.")
    [bombing] = _assaults(extractor, text)
    assert bombing.date == "2024-03-02" and bombing.fatalities == 31


def test_two_clauses_with_own_month_and_town_are_two_records(extractor: Extractor) -> None:
    text = ("In August 2023, a retired colonel was found shot dead in an orchard in Charikar, "
            "and in September 2023 gunmen killed a former district governor in Mazar-i-Sharif.")
    first, second = _assaults(extractor, text)
    assert first.date == "2023-08-01" and second.date == "2023-09-01"
    assert "Charikar" in _place(first)
    assert "Mazar" in _place(second)


# --- paragraphs and anaphors --------------------------------------------------------------------


def test_a_new_paragraph_introduces_a_new_attack(extractor: Extractor) -> None:
    text = ("Tribal districts: a week of attacks\n\n"
            "On 2 March, gunmen shot dead a tribal elder in Wana.\n\n"
            "The violence has spread to the plains. An attacker threw a grenade at a police "
            "van in Bannu, wounding four officers, and a local faction claimed the attack.")
    assaults = _assaults(extractor, text)
    assert len(assaults) == 2
    assert "Bannu" in _place(assaults[1])


def test_claim_of_the_attack_goes_to_the_act_not_the_list(extractor: Extractor) -> None:
    text = ("The brigade has repeatedly attacked convoys and fuel depots in the east.\n\n"
            "On 4 March 2024, a suicide bomber struck a checkpoint in Beni, killing six "
            "soldiers. The Islamic State claimed the attack the same day.")
    records = _assaults(extractor, text)
    bombing = next(r for r in records if r.date == "2024-03-04")
    assert any(c.kind == "responsibility" for c in bombing.claims)
    others = [r for r in records if r is not bombing]
    assert not any(c.kind == "responsibility" for r in others for c in r.claims)


def test_the_named_killing_in_a_later_sentence_is_the_same_killing(
    extractor: Extractor,
) -> None:
    text = ("A magistrate was shot dead in the Karte Parwan area of Kabul on 3 March 2024. "
            "On 6 March, police arrested two men they accused of the Karte Parwan killing.")
    assert len(_assaults(extractor, text)) == 1


def test_a_question_about_who_did_it_reports_nothing(extractor: Extractor) -> None:
    text = ("Gunmen killed five miners near Kamituga on 2 March 2024.\n\n"
            "Who killed the miners of Kamituga? Nobody knows.")
    assert len(_assaults(extractor, text)) == 1


# --- speakers and claims -------------------------------------------------------------------------


def test_a_third_warning_from_another_speaker_is_another_threat(extractor: Extractor) -> None:
    text = ("On 5 March, the governor, Musa Kalli, warned that any village hiding bandits would "
            "be punished. A second warning came from the Kano Emirate Council, whose spokesman "
            "said the emirate would expel anyone who sheltered kidnappers.")
    threats = [r for r in _records(extractor, text) if r.event_type == "THREATEN"]
    assert len(threats) == 2


def test_a_hypothetical_mention_does_not_place_the_act(extractor: Extractor) -> None:
    text = ("On 7 March, police arrested nine traders in Quetta. The union said it would call "
            "a strike in Chaman if the police continued their arrests.")
    [arrest] = [r for r in _records(extractor, text) if r.event_type == "COERCE"]
    assert _place(arrest) == "Quetta"


def test_a_reported_passive_names_who_did_it(extractor: Extractor) -> None:
    text = ("A rocket hit an oil depot in Erbil on 8 March 2024. Kurdish officials said the "
            "rocket had been fired by members of a Shia militia.")
    [strike] = _assaults(extractor, text)
    assert any(c.kind == "attribution" and c.attributed_to
               and "militia" in c.attributed_to for c in strike.claims)


def test_a_long_name_with_its_acronym_claims_as_the_acronym(extractor: Extractor) -> None:
    text = ("Gunmen attacked an army post in Djibo on 3 March 2024, killing seven soldiers. The "
            "Group for the Support of Islam and Muslims (JNIM), al-Qaeda's branch in the Sahel, "
            "claimed responsibility the next day.")
    [attack] = _assaults(extractor, text)
    [claim] = [c for c in attack.claims if c.kind == "responsibility"]
    assert claim.attributed_to is not None and "JNIM" in claim.attributed_to


def test_the_denial_of_the_accusation_is_about_what_it_accused(extractor: Extractor) -> None:
    text = ("Gunmen ambushed a convoy near Kidal on 1 March 2024. Two days later, 30 herders were "
            "killed in Anefis. A rights group said that the killings may have been carried out by "
            "soldiers in reprisal for the Kidal ambush. The army rejected the accusation.")
    ambush, killings = _assaults(extractor, text)
    assert any(c.kind == "denial" for c in killings.claims)
    assert not any(c.kind == "denial" for c in ambush.claims)


def test_a_named_speaker_saying_on_his_day_who_did_it_is_an_accusation(
    extractor: Extractor,
) -> None:
    text = (_OPENING + "A bomb killed nine traders at the cattle market in Gombe on 2 March "
            "2024. The state's police commissioner, Hassan Bello, said on 4 March that the bomb "
            "had been planted by members of a bandit gang from the hills." + _CLOSING)
    records = _records(extractor, text)
    [accusation] = [r for r in records if r.event_type == "ACCUSE"]
    assert accusation.date == "2024-03-04"
    [bombing] = _assaults(extractor, text)
    assert any(c.attributed_to and "bandit gang" in c.attributed_to for c in bombing.claims)


def test_an_unnamed_speaker_makes_no_accusation_event(extractor: Extractor) -> None:
    text = ("A bomb killed nine traders at the cattle market in Gombe on 2 March 2024. Police "
            "said on 4 March that the bomb had been planted by members of a bandit gang.")
    assert not [r for r in _records(extractor, text) if r.event_type == "ACCUSE"]


def test_a_party_known_only_by_its_kind_is_blamed_in_the_speaker_words(
    extractor: Extractor,
) -> None:
    text = ("A district judge was shot dead in Herat on 3 March 2024. Some of his colleagues "
            "point to relatives of a smuggler whom he had sent to prison.")
    [killing] = _assaults(extractor, text)
    assert any(c.attributed_to == "relatives of a smuggler" for c in killing.claims), [
        c.attributed_to for c in killing.claims]


def test_the_families_of_the_dead_tell_no_new_attack(extractor: Extractor) -> None:
    text = ("A bomb killed 40 people at a rally in Khar on 30 July 2024. On 31 July the prime "
            "minister met party leaders in Islamabad and promised help for the families of the "
            "dead.")
    assert len(_assaults(extractor, text)) == 1


def test_their_bombers_are_the_group_s_not_an_act_told_before(nlp: Language) -> None:
    text = "In March 2021 two of their suicide bombers killed 20 people in a market in Mosul."
    assert not only(nlp, text, "suicide bombers").anaphoric


def test_removing_whoever_stands_in_the_way_is_killing_them(extractor: Extractor) -> None:
    text = ("Gunmen killed a village mayor in Jasim on 4 May 2023. A third account comes from "
            "tribal elders, who believe that traffickers tied to a militia are removing anyone "
            "who stands in their way.")
    [killing] = _assaults(extractor, text)
    assert any(c.attributed_to == "traffickers" and c.certainty == "speculated"
               for c in killing.claims)


def test_examples_after_a_colon_are_the_pattern_s_doer_s(extractor: Extractor) -> None:
    text = ("The market bombing on 2 March 2024 fits a long pattern. Boko Haram has attacked "
            "markets and mosques in Maiduguri before: a suicide bomber killed 19 traders at the "
            "Monday Market on 16 June 2021.")
    [example] = [r for r in _assaults(extractor, text) if r.date == "2021-06-16"]
    assert any("Boko Haram" in a.name for a in example.actors if a.role == "actor")
