"""The model of data/lexicons/nonevents.yaml: what else marks violence words that report no
event of this text (a time long past, a condition, a figure of speech, a court's case)."""

from __future__ import annotations

from roydad.datafiles.shape import Shape, Words


class Recalled(Shape):
    min_days: int
    month_min_days: int
    open_preps: Words
    vague_past: str
    coarse_precisions: Words
    aggregate_precisions: Words
    aggregate_max_days: int
    series_words: Words


class Modality(Shape):
    modal_modifiers: Words
    inverted_conditions: Words
    generic_quantifiers: Words


class Figures(Shape):
    game_agents: Words
    killing_verbs: Words
    lifeless_objects: Words
    market_modifiers: Words
    contests: Words
    contested_prizes: Words
    prevented_verbs: Words
    tally_verbs: Words


class Mishaps(Shape):
    explosion_causes: Words
    natural_deaths: Words
    cause_subject_deps: Words


class Courts(Shape):
    court_nouns: Words
    court_verbs: Words
    case_preps: Words
    trial_nouns: Words
    culprit_preps: Words
    involvement_nouns: Words
    denial_verbs: Words
    case_nouns: Words
    terms: Words
    sentence_verbs: Words


class Practice(Shape):
    targets: Words
    modifiers: Words
    blaze_nouns: Words
    blaze_verbs: Words


class NonEventsFile(Shape):
    recalled: Recalled
    modality: Modality
    figures: Figures
    mishaps: Mishaps
    courts: Courts
    practice: Practice
