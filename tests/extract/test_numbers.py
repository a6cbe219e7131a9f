"""Casualty counts, on headline and news wording."""

from __future__ import annotations

from spacy.language import Language

from roydad.extract.numbers import Count, casualties, parse_number
from roydad.extract.records import Fatalities, combine_counts


def _count(nlp: Language, text: str, kind: str = "dead") -> Count | None:
    return casualties(next(nlp(text).sents), kind)


def test_plain_counts(nlp: Language) -> None:
    # UCDP dev headline
    text = "2 policemen killed, 8 others injured in blast near luxury hotel in Quetta"
    assert _count(nlp, text) == Count(2, 2, 2)
    assert _count(nlp, text, "injured") == Count(8, 8, 8)


def test_number_words_and_shot_dead(nlp: Language) -> None:
    assert _count(nlp, "Two former Afghan generals were shot dead in Tehran.") == Count(2, 2, 2)


def test_bounds(nlp: Language) -> None:
    # a ceiling is how high the toll may go, not the toll (data/codebook/README.md)
    up_to = _count(nlp, "Up to 126 people have been killed in the fighting, officials said.")
    assert up_to == Count(None, None, 126)
    at_least = _count(nlp, "At least 12 soldiers were killed in the attack.")
    assert at_least == Count(12, 12, None)


def test_killed_or_wounded_is_not_a_death_toll(nlp: Language) -> None:
    combined = _count(nlp, "As many as 50 people were killed or wounded in the blast.")
    assert combined == Count(None, None, 50)
    assert _count(nlp, "At least 50 people were killed or wounded in the blast.") is None


def test_nobody_killed(nlp: Language) -> None:
    assert _count(nlp, "No one was killed in the blast, police said.") == Count(0, 0, 0)


def test_named_victim_counts_one(nlp: Language) -> None:
    text = "Taliban governor Mohammad Dawood Muzammil was killed in an explosion."
    assert _count(nlp, text) == Count(1, 1, 1)


def test_parse_number(nlp: Language) -> None:
    assert parse_number(list(nlp("twenty-five"))) == 25
    assert parse_number(list(nlp("1,200"))) == 1200
    assert parse_number(list(nlp("two hundred"))) == 200


def _lines(nlp: Language, text: str, kind: str = "dead") -> Count | None:
    """A UCDP text: several headlines of one event, one per line, parsed as one span."""
    return casualties(nlp(text)[:], kind)


# (1) A part of a count is not added to it; true conjuncts are.
def test_part_of_a_count_is_not_added(nlp: Language) -> None:
    # UCDP dev headlines
    assert _count(nlp, "13 killed, including 9 Chinese nationals, in Pakistan bus blast") == (
        Count(13, 13, 13)
    )
    among = "9 Chinese engineers among the 12 killed in bus 'explosion' in Kohistan"
    assert _count(nlp, among) == Count(12, 12, 12)
    assert _count(nlp, "Pakistan provincial minister among 16 killed in suicide attack") == (
        Count(16, 16, 16)
    )
    # sample-19 and sample-17
    wounded = "Three coalition personnel, including two Americans, were wounded."
    assert _count(nlp, wounded, "injured") == Count(3, 3, 3)
    breakdown = ("Mujahid said the strikes hit civilian homes at about 3 am, killing eight people, "
                 "all women and children: three women and three children in Paktika's Barmal "
                 "district and two women in Khost.")
    assert _count(nlp, breakdown) == Count(8, 8, 8)


def test_conjuncts_are_added(nlp: Language) -> None:
    # UCDP dev headlines
    assert _count(nlp, "Military: 4 Pakistani soldiers, 2 militants killed in raids") == (
        Count(6, 6, 6)
    )
    assert _count(nlp, "Attacks in Pakistani province kill 3 soldiers, 2 coalminers") == (
        Count(5, 5, 5)
    )
    assert _count(nlp, "Gwadar: Army captain, soldier killed, several others wounded in IED "
                       "explosion") == Count(2, 2, 2)
    # sample-10
    text = ("On the same day, three soldiers and two militants were killed in a separate gunfight "
            "during an operation in the Sui area of Dera Bugti district, the military said.")
    assert _count(nlp, text) == Count(5, 5, 5)


def test_a_name_and_its_role_are_one_person(nlp: Language) -> None:
    # sample-19 and sample-12
    raziq = ("General Abdul Raziq, the powerful police chief of Kandahar province, was shot dead "
             "on October 18, 2018, when a guard opened fire on officials.")
    assert _count(nlp, raziq) == Count(1, 1, 1)
    badakhshan = ("In December last year a car bomb near the provincial police headquarters killed "
                  "Badakhshan's police chief, Abdul Haq Abu Omar, and two others.")
    assert _count(nlp, badakhshan) == Count(3, 3, 3)


# (2) Headlines restating one count give the spread of what they state, never a sum.
def test_restated_headlines_give_a_range(nlp: Language) -> None:
    # UCDP dev text ucdp:416291 (gold best 4: none of its headlines states it)
    text = ("Suicide bombing at southwest Pakistan checkpoint kills 3\n"
            "Suicide bomber blows himself up in Pakistan\n"
            "3 killed, 20 injured\n"
            "Three soldiers killed in suicide attack in southwest Pakistan")
    assert _lines(nlp, text) == Count(3, 3, 3)
    assert _lines(nlp, text, "injured") == Count(20, 20, 20)
    # UCDP dev text ucdp:409868 (gold best 13)
    text = ("9 Chinese engineers among the 12 killed in bus 'explosion' in Kohistan\n"
            "Blast hits bus in northern Pakistan killing 8 including 4 Chinese nationals -sources\n"
            "13 killed, including 9 Chinese nationals, in Pakistan bus blast")
    assert _lines(nlp, text) == Count(13, 8, 13)


def test_mentions_of_one_happening_are_combined_not_added() -> None:
    counts = [Count(65, 65, None), Count(74, 74, 74), Count(76, 76, 76)]
    assert combine_counts(counts) == Fatalities(76, 65, 76)
    assert combine_counts([Count(3, 3, 3), Count(3, 3, 3)]) == Fatalities(3, 3, 3)
    assert combine_counts([Count(None, None, 50)]) == Fatalities(None, None, 50)
    assert combine_counts([Count(12, 12, None)]) == Fatalities(12, 12, None)
    assert combine_counts([Count(100, 100, None), Count(9, 9, 9)]) == Fatalities(9, 9, 100)
    assert combine_counts([]) == Fatalities(None, None, None)


def test_a_statement_without_a_number_does_not_widen_a_stated_count() -> None:
    # UCDP dev: "several militants killed" (3 or more) beside "6 militants killed"
    assert combine_counts([Count(None, 3, None), Count(6, 6, 6)]) == Fatalities(6, 6, 6)
    assert combine_counts([Count(None, 24, None)]) == Fatalities(None, 24, None)


# (3) Headline grammar: number of the noun, active and passive, tolls, "leaves ... dead".
def test_headline_grammar(nlp: Language) -> None:
    # UCDP dev headlines
    assert _count(nlp, "Policeman escorting polio workers killed") == Count(1, 1, 1)
    five = "Five militants from outlawed separatist group killed in Pakistan"
    assert _count(nlp, five) == Count(5, 5, 5)
    two = "Militants from Afghan side enter Pakistan, kill two soldiers - agency"
    assert _count(nlp, two) == Count(2, 2, 2)
    assert _count(nlp, "Pakistan shootout leaves 3 soldiers, 10 militants dead") == (
        Count(13, 13, 13)
    )
    assert _count(nlp, "Seven dead as Pakistan hits militant hideouts") == Count(7, 7, 7)
    assert _count(nlp, "Pakistan security personnel gun down seven alleged militants") == (
        Count(7, 7, 7)
    )
    assert _count(nlp, "Militant gunned down in Karachi") == Count(1, 1, 1)
    assert _count(nlp, "Pakistan says Iranian mortar attack kills civilian") == Count(1, 1, 1)
    assert _count(nlp, "Two Soldiers Martyred, Three Injured In IED Blast") == Count(2, 2, 2)


def test_plural_without_a_number_is_unknown(nlp: Language) -> None:
    # UCDP dev headline
    assert _count(nlp, "Pakistani forces killed in Turbat and Sibi, ISPR confirms") is None


def test_death_toll_and_bodies(nlp: Language) -> None:
    # UCDP dev headlines
    toll = ("Balochistan: Death toll of military personnel killed in Bolan reaches 11, BLA claims "
            "responsibility")
    assert _count(nlp, toll) == Count(11, 11, 11)
    assert _count(nlp, "Pakistan: Death toll in Lahore park blast rises to 74") == (
        Count(74, 74, 74)
    )
    # sample-20: the bodies are the dead, not among the wounded
    doctors = ("Doctors at the district hospital in Chaman said they had received six bodies and "
               "about 30 wounded; several of the most seriously hurt were moved to Quetta.")
    assert _count(nlp, doctors) == Count(6, 6, 6)
    assert _count(nlp, doctors, "injured") == Count(30, 30, 30)


# (4) "killing 8 including 4 ...": the part after "including" is not added.
def test_killing_n_including_m(nlp: Language) -> None:
    # UCDP dev headline
    text = "Blast hits bus in northern Pakistan killing 8 including 4 Chinese nationals -sources"
    assert _count(nlp, text) == Count(8, 8, 8)
    # sample-11
    peshawar = ("A suicide bomber blew himself up among worshippers at a mosque, killing at least "
                "32 people and wounding 147, officials said.")
    assert _count(nlp, peshawar) == Count(32, 32, None)
    assert _count(nlp, peshawar, "injured") == Count(147, 147, 147)


# (5) "killed or wounded": casualties, an upper bound on the dead at most.
def test_killed_or_wounded_after_the_verbs(nlp: Language) -> None:
    # sample-11
    text = "By the afternoon count the explosion had killed or wounded nearly 180 people."
    assert _count(nlp, text) == Count(None, None, 180)
    assert _count(nlp, text, "injured") == Count(None, None, 180)


# (6) Numbers that are not head counts.
def test_numbers_that_are_not_head_counts(nlp: Language) -> None:
    # UCDP dev headlines: a date after the place, "five-star"
    assert _count(nlp, "Pakistan police kill five terrorists in Karachi 5 March") == (
        Count(5, 5, 5)
    )
    storm = "UPDATE 5-Gunmen storm five-star hotel in Pakistan, killing at least one"
    assert _count(nlp, storm) == Count(1, 1, None)
    # WikiEvents dev: an age is not a count
    injured = "There were eight women, a 10-year-old girl and four men injured."
    assert _count(nlp, injured, "injured") == Count(13, 13, 13)
    assert _count(nlp, "A 14-year-old boy was killed and Section 144 was imposed.") == (
        Count(1, 1, 1)
    )
    assert _count(nlp, "Police imposed Section 144 after 3 people were killed.") == Count(3, 3, 3)
    assert _count(nlp, "He was killed 3 days later in a raid.") == Count(1, 1, 1)


def test_a_part_named_with_no_is_not_a_toll(nlp: Language) -> None:
    # sample-08: "no civilians" is about a part of the victims, not the toll
    text = ("Members of Zawahiri's family were in the house but were not hurt, and officials said "
            "no civilians were killed.")
    assert _count(nlp, text) is None
    assert _count(nlp, text, "injured") is None


def test_number_words(nlp: Language) -> None:
    assert parse_number(list(nlp("a dozen"))) == 12
    assert parse_number(list(nlp("two dozen"))) == 24
    assert _count(nlp, "Four killed, over a dozen wounded in a blast in Quetta's Serena Hotel",
                  "injured") == Count(12, 12, None)


def test_possessor_of_a_death_word_is_the_victim(nlp: Language) -> None:
    # UCDP dev headlines
    assert _count(nlp, "Pak lodges protest with India over soldier's death at LoC") == Count(
        1, 1, 1)
    assert _count(nlp, "PAF officer's bullet-riddled body found in Balochistan") == Count(1, 1, 1)
    assert _count(nlp, "Two policemen's deaths were reported") == Count(2, 2, 2)
    # a possessor that names no people is no victim
    assert _count(nlp, "The attack's toll is not known") is None


def test_police_ranks_are_people(nlp: Language) -> None:
    # UCDP dev headlines: "DSP" is tagged an organisation, "gundown" written as one word
    assert _count(nlp, "Militants gun down police DSP in Peshawar") == Count(1, 1, 1)
    assert _count(nlp, "Unidentified men gundown policeman in Pakistan") == Count(1, 1, 1)


def test_a_headline_line_keeps_its_count(nlp: Language) -> None:
    # UCDP dev text: the parser used to cut the second line into "one" and "killed"
    doc = nlp("Unidentified assailants fire at police van in Pakistan\none killed")
    assert [casualties(s, "dead") for s in doc.sents] == [None, Count(1, 1, 1)]


def test_other_victims_are_added_to_those_counted_before() -> None:
    one, three_more = Count(1, 1, 1), Count(3, 3, None, additional=True)
    # "The governor was killed ... At least three other people died in the blast."
    assert combine_counts([one, three_more]) == Fatalities(4, 4, None)
    # "... four people died in all": the total is restated, nothing is added twice
    assert combine_counts([one, three_more, Count(4, 4, 4)]) == Fatalities(4, 1, 4)
    # "Another police officer killed" opening a report refers to earlier events (UCDP dev)
    assert combine_counts([Count(1, 1, 1, additional=True), one]) == Fatalities(1, 1, 1)


def test_other_people_are_marked_as_more(nlp: Language) -> None:
    three = _count(nlp, "At least three other people, including two bodyguards, died in the blast.")
    assert three == Count(3, 3, None, additional=True)
    assert _count(nlp, "Two more policemen were killed.") == Count(2, 2, 2, additional=True)
    assert _count(nlp, "More than 20 people were killed.") == Count(20, 20, None)
    # others than the dead, when the same sentence counts both
    text = "2 policemen killed, 8 others injured in blast near luxury hotel in Quetta"
    assert _count(nlp, text, "injured") == Count(8, 8, 8)


def test_victims_also_killed_are_more(nlp: Language) -> None:
    text = "Five attackers were also killed in the fighting, it said."
    assert _count(nlp, text) == Count(5, 5, 5, additional=True)
    # "Clashes ... left nine soldiers dead. Five attackers were also killed": 14 in all
    assert combine_counts([Count(9, 9, 9), _count(nlp, text)]) == Fatalities(14, 14, 14)


def test_a_plotted_killing_counts_nobody(nlp: Language) -> None:
    # sample-05: only Soleimani died; the plot against Bolton killed nobody
    text = ("He was charged with plotting to have John Bolton killed, saying the scheme was "
            "revenge for the US drone strike that killed Qassem Soleimani.")
    assert _count(nlp, text) == Count(1, 1, 1)


def test_to_death_counts_the_victim(nlp: Language) -> None:
    passive = _count(nlp, "A tribal elder was stabbed to death by unknown assailants in Chaman.")
    assert passive == Count(1, 1, 1)
    active = _count(nlp, "A mob beat the shopkeeper to death in Sialkot on Friday.")
    assert active == Count(1, 1, 1)


def test_acled_style_fatality_notes(nlp: Language) -> None:
    assert _count(nlp, "Fatalities: 5.") == Count(5, 5, 5)
    assert _count(nlp, "7 fatalities.") == Count(7, 7, 7)


def test_a_forecast_toll_is_only_an_upper_bound(nlp: Language) -> None:
    text = ("A suicide bomber struck a rally in Bajaur on Sunday, killing at least 40 people; "
            "officials said the death toll could rise to 60.")
    assert _count(nlp, text) == Count(40, 40, 60)
    expected = _count(nlp, "The death toll is expected to climb to 30.")
    assert expected == Count(None, None, 30)
    # a toll that has risen is the count
    assert _count(nlp, "By evening the toll had risen to 19.") == Count(19, 19, 19)


def test_the_wounded_who_died_are_not_injured(nlp: Language) -> None:
    text = "The toll rose to 16 after two wounded recruits died in hospital."
    assert _count(nlp, text) == Count(16, 16, 16)
    assert _count(nlp, text, "injured") is None


def test_an_ordinal_victim_counts_all_before_him(nlp: Language) -> None:
    # "a third policeman died": three dead in all, not one more of unknown number
    later = "A third policeman died of his wounds in hospital on Tuesday night."
    assert _count(nlp, later) == Count(3, 3, 3)
    same_line = ("Gunmen killed two passengers on the Zhob road; a third man was stabbed to "
                 "death as he ran.")
    assert _count(nlp, same_line) == Count(3, 3, 3)
    # a second *attack* counts no one
    assert _count(nlp, "A second attack killed two guards at the gate.") == Count(2, 2, 2)


def test_no_casualties_is_no_dead(nlp: Language) -> None:
    for text in ("No casualties were reported.", "No one was hurt in the blast.",
                 "There were no injuries, police said."):
        assert _count(nlp, text) == Count(0, 0, 0), text
    # a line that counts its dead keeps them; "no one else was hurt" adds nobody
    assert _count(nlp, "Two guards were killed but no one else was hurt.") == Count(2, 2, 2)
    # a part of the victims: no zero for the whole
    assert _count(nlp, "There were no military casualties.") is None


def test_one_person_and_what_he_was(nlp: Language) -> None:
    assert _count(nlp, "One man, a shepherd from the village, was killed.") == Count(1, 1, 1)
    # a companion named through the victim is a person too
    text = "His cousin, who was badly hurt, died two days later."
    assert _count(nlp, text) == Count(1, 1, 1, additional=True)


def test_an_unknown_number_beside_a_number_leaves_the_number(nlp: Language) -> None:
    # the reported figure stands, with no upper bound (data/codebook/README.md, `fatalities`)
    text = ("The gunfight went on for hours; at least 9 policemen and an unknown number of "
            "attackers died.")
    assert _count(nlp, text) == Count(9, 9, None)


def test_beaten_to_death_with_the_victim_after(nlp: Language) -> None:
    assert _count(nlp, "A mob beat to death a young cleric in Kasur.") == Count(1, 1, 1)
    assert _count(nlp, "Guards beat the prisoner to death.") == Count(1, 1, 1)
