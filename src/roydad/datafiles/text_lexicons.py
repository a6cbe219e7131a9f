"""Models of the lexicons of counts, of headline grammar and of standing proceedings
(data/lexicons/numbers.yaml, headline_grammar.yaml, proceedings.yaml); `lexicons.LEXICONS`
names them with the others."""

from __future__ import annotations

from roydad.datafiles.shape import Shape, Words


class NumbersFile(Shape):
    words: dict[str, int]
    nonlethal_subtypes: Words
    multipliers: dict[str, int]
    additional: Words
    also_words: Words
    companion_possessives: Words
    companions: Words
    ordinals: dict[str, int]
    ordinal_determiners: Words
    unknown_count_nouns: Words
    unknown_count_words: Words
    vague_low: dict[str, int]
    lower_bound: Words
    upper_bound: Words
    ceiling: Words
    vague_quantity: Words
    report_verbs: Words
    attacker_nouns: Words
    sideless_nouns: Words
    cause_preps: Words
    cause_marks: Words
    grievance_events: Words
    approximate: Words
    death_words: Words
    injury_words: Words
    death_phrasal: dict[str, str]
    manner_of_death: Words
    intransitive: Words
    toll_words: Words
    toll_of_nouns: Words
    toll_forecasts: Words
    toll_links: Words
    subset_markers: Words
    superset_markers: Words
    collective: Words
    person_suffixes: Words
    person_nouns: Words
    label_before: Words
    unit_after: Words
    plural_pronouns: Words
    reflexive_pronouns: Words
    earlier_marks: Words
    earlier_units: Words
    earlier_preps: Words
    person_only_words: Words
    person_noun_words: Words
    unharmed_words: Words
    lost_nouns: Words
    partitive_preps: Words
    partitive_determiners: Words
    among_dead_determiners: Words
    found_words: Words


class HeadlineGrammarFile(Shape):
    present_verbs: Words
    past_forms: dict[str, str]
    participles: Words
    intransitive: Words


class ProceedingsFile(Shape):
    proceeding_nouns: Words
    standing_words: Words
    obstruction_words: Words


class SpokenFile(Shape):
    speech_verbs: Words
    first_person: Words
    hearers: Words
    future_auxiliaries: Words
    menace_verbs: Words
    quote_marks: Words


class MeetingsFile(Shape):
    meeting_verbs: Words
    light_verbs: Words
    meeting_nouns: Words


class WindowAntecedentsFile(Shape):
    """data/lexicons/window_antecedents.yaml (`roydad.extract.window_antecedents`)."""

    window: int
    referring_determiners: Words
    group_anaphors: Words
    plural_pronouns: Words
    person_pronouns: Words
    subject_deps: Words
    armed_sectors: Words
    vague_heads: Words
    member_preps: Words
    membership_words: Words
    event_types: Words
    person_nouns: Words


# The lexicons of this module, by file stem (joined into `lexicons.LEXICONS`).
TEXT_LEXICONS: dict[str, type[Shape]] = {
    "numbers": NumbersFile,
    "headline_grammar": HeadlineGrammarFile,
    "proceedings": ProceedingsFile,
    "spoken": SpokenFile,
    "meetings": MeetingsFile,
    "window_antecedents": WindowAntecedentsFile,
}
