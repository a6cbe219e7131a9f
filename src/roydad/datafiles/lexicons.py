"""Models of the extraction lexicons, data/lexicons/*.yaml (actor_titles.yaml is with the actor
knowledge base, in `roydad.datafiles.actors`). `LEXICONS` names each by its file's stem."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from roydad.datafiles.blame_lexicons import BlamePhrasesFile, RivalVersionsFile
from roydad.datafiles.family_lexicons import FamiliesFile
from roydad.datafiles.nonevent_lexicons import NonEventsFile
from roydad.datafiles.place_lexicons import (
    DiscourseFile,
    MisreadTownsFile,
    NumberedPlacesFile,
    ParagraphContextFile,
    PlaceUnitsFile,
    UnlistedPlacesFile,
)
from roydad.datafiles.shape import Shape, Words
from roydad.datafiles.text_lexicons import TEXT_LEXICONS


class Trigger(Shape):
    lemma: str
    pos: str
    event_type: str
    mode: str | None
    weight: float
    weapon: str | None = None
    acled_sub: str | None = None
    family: bool = False  # an event only through what it acts on (families.yaml)


class Sense(Shape):
    objects: Words = Field(default_factory=list)
    not_objects: Words = Field(default_factory=list)
    place_verbs: Words = Field(default_factory=list)
    infinitive: bool = False
    not_infinitives: Words = Field(default_factory=list)


class NonEventRules(Shape):
    abstract_targets: Words
    abstract_agents: Words
    speech_settings: Words
    figurative_destinations: Words
    target_preps: Words
    figurative_modifiers: Words
    threat_nouns: Words
    threat_verbs: Words
    threat_preps: Words
    grievance_preps: Words
    grievance_verbs: Words
    protester_nouns: Words
    harm_words: Words
    mishap_causes: Words
    harmless_compounds: dict[str, Words]
    gunfire_heads: Words
    gunfire_modifiers: Words
    mishap_explosives: Words
    explosion_words: Words
    violence_words: Words
    game_words: Words
    game_attack_words: Words
    nil_tolls: Words
    nil_words: Words
    nil_events: Words
    crime_settings: Words
    exercise_words: Words
    armed_enemies: Words
    boast_verbs: Words
    trend_verbs: Words
    animals: Words
    fear_verbs: Words


class BrokenAgreements(Shape):
    nouns: Words
    preps: Words
    frame_nouns: Words
    verbs: Words


class BackgroundRules(Shape):
    categories: Words
    retrospective_nouns: Words
    proceeding_words: Words
    elapsed_units: Words
    elapsed_marks: Words
    era_pattern: str
    broken_agreements: BrokenAgreements


class TriggersFile(Shape):
    triggers: list[Trigger]
    illness: Words
    death_words: Words
    measures: Words
    non_events: Words
    thing_heads: Words
    part_heads: Words
    senses: dict[str, Sense] = Field(default_factory=dict)
    non_event_rules: NonEventRules
    background_rules: BackgroundRules


class ArgumentsFile(Shape):
    undergoer_predicates: Words
    device_subject_verbs: Words
    device_object_verbs: Words
    perpetration_verbs: Words
    responsibility_nouns: Words
    responsibility_verbs: Words
    patient_subject_verbs: Words
    harm_verbs: Words
    clash_words: Words
    clash_verbs: Words
    fought_off_verbs: Words
    onset_verbs: Words = Field(default_factory=list)
    state_attack_nouns: Words
    aim_verbs: Words
    event_nouns: Words
    not_party_nouns: Words
    unresolved_violent_actor: str
    state_violent_actor: str
    unresolved_pronouns: Words
    patient_nouns: Words
    quantity_nouns: Words
    collective_nouns: Words
    aiming_verbs: Words
    generic_group_nouns: Words
    place_nouns: Words
    institution_nouns: Words
    site_nouns: Words
    belonging_words: Words
    locative_preps: Words
    speaker_verbs: Words
    crowd_verbs: Words
    speaking_verbs: Words
    phrasal_objects: Words
    bond_objects: Words
    object_control_verbs: Words
    abstract_nouns: Words
    transfer_verbs: Words
    counter_verbs: Words
    member_nouns: Words
    instrument_nouns: Words
    finder_verbs: Words
    ceding_verbs: Words
    belongings: Words
    losing_ground_verbs: Words
    other_side_preps: dict[str, Words]
    crowd_member_nouns: Words
    described_person_nouns: Words
    participle_nouns: Words
    doer_nouns: Words


class EventsFile(Shape):
    setting_nouns: Words
    setting_preps: Words
    light_verbs: Words
    occurrence_verbs: Words
    crowd_nouns: Words
    mob_nouns: Words
    lynch_verbs: Words
    lynch_death_verbs: Words
    authority_words: Words
    protest_crowds: Words
    speech_verbs: Words
    report_words: Words
    mode_rank: dict[str, int]
    generic_determiners: Words = Field(default_factory=list)
    kind_nouns: Words = Field(default_factory=list)
    habitual_adjectives: Words = Field(default_factory=list)
    habitual_verbs: Words = Field(default_factory=list)
    class_victim_preps: Words = Field(default_factory=list)
    class_determiners: Words = Field(default_factory=list)
    class_time_adverbs: Words = Field(default_factory=list)
    judgement_nouns: Words = Field(default_factory=list)
    instrument_triggers: Words = Field(default_factory=list)
    instrument_acting_deps: Words = Field(default_factory=list)
    instrument_acting_preps: Words = Field(default_factory=list)
    day_words: Words = Field(default_factory=list)


class ProtestForceFile(Shape):
    force_actors: Words
    protester_nouns: Words
    crowd_subs: Words
    force_modes: Words
    other_modes: Words
    grievance_preps: Words
    intervention_words: Words
    dispersal_verbs: Words
    at_protest_preps: Words
    arrest_reasons: Words
    compound_prefixes: Words
    compound_heads: Words


class ClaimVerbs(Shape):
    verbs: Words
    objects: Words


class DenialVerbs(ClaimVerbs):
    # the deed a denial's clause denies ("denied killing them", "denied taking part in it")
    deeds: Words
    deed_phrases: dict[str, Words]


class Attribution(Shape):
    verbs: Words
    preps: dict[str, str]
    guessing: dict[str, Literal["speculated", "alleged"]]
    copular_preps: Words
    adjectives: Words
    role_verbs: dict[str, Words]
    # "the bombing was the work of X"
    authorship_nouns: Words
    reporting_verbs: Words
    hedging_verbs: Words
    # verbs that blame only with one of these words ("held X responsible")
    complements: dict[str, Words]
    # pointing verbs the tagger may read as nouns ("some point to X")
    pointing: Words = Field(default_factory=list)


class PronounClaims(Shape):
    verbs: Words
    pronouns: Words


class Hedges(Shape):
    adverbs: dict[str, Literal["speculated", "alleged"]]
    without: Words


class ClaimsFile(Shape):
    responsibility: ClaimVerbs
    denial: DenialVerbs
    attribution: Attribution
    nobody: Words
    group_anaphors: Words
    partitive_parties: Words
    pronoun_claims: PronounClaims
    not_blamed: Words
    refraining: Words
    hedges: Hedges

    @model_validator(mode="after")
    def _attribution_verbs(self) -> ClaimsFile:
        named = set(self.attribution.preps) | set(self.attribution.guessing)
        if bad := sorted(named - set(self.attribution.verbs)):
            raise ValueError(f"attribution: {bad} are not among attribution.verbs")
        return self


class SuppositionsFile(Shape):
    supposing_verbs: Words
    reporting_verbs: Words
    vague_speakers: Words
    account_nouns: Words
    deed_verbs: Words
    plan_verbs: Words
    complicity: dict[str, Words]
    perpetrator_nouns: Words
    hedging_adverbs: Words
    not_parties: Words
    bare_people: Words
    perpetrator_links: Words
    particles: dict[str, Words]
    modals: Words
    future_auxiliaries: Words
    qualifying_preps: Words


class Cues(Shape):
    governs_lemmas: Words = Field(default_factory=list)
    phrases: Words = Field(default_factory=list)


class Commissioned(Shape):
    verbs: Words = Field(default_factory=list)
    accusations: Words = Field(default_factory=list)


class HypotheticalCues(Cues):
    infinitive_nouns: Words = Field(default_factory=list)
    of_nouns: Words = Field(default_factory=list)
    for_verbs: Words = Field(default_factory=list)
    modal_adjectives: Words = Field(default_factory=list)
    commissioned: Commissioned | None = None


class AllegedCues(Cues):
    participant_hedges: Words = Field(default_factory=list)


class NegatedCues(Cues):
    # verbs that deny what they govern ("denied killing them")
    denial_verbs: Words = Field(default_factory=list)
    # prepositions of absence: what they govern was not done ("without firing a shot")
    prepositions: Words = Field(default_factory=list)


class CertaintyFile(Shape):
    negated: NegatedCues | None = None
    hypothetical: HypotheticalCues | None = None
    speculated: Cues | None = None
    alleged: AllegedCues | None = None
    claimed: Cues | None = None
    reported: Cues | None = None


class Weapon(Shape):
    phrase: str
    weapon: str
    mode: str | None = None


class WeaponsFile(Shape):
    used_in: Words
    doer_nouns: Words
    weapons: list[Weapon]


class DatesFile(Shape):
    solar_hijri_months: dict[int, Words]
    holidays: dict[str, tuple[int, int]]  # name -> (month, day)
    numbers: dict[str, int]
    months: Words
    weekdays: Words
    # prepositions that join a frequency to the date it runs from: "every week since August"
    span_preps: Words = Field(default_factory=list)
    previous_words: Words = Field(default_factory=list)  # "the previous August"
    when_words: Words = Field(default_factory=list)  # "in March 2022, when fighters ..."
    eve_words: Words = Field(default_factory=list)  # "on the eve of the vote on 7 May"
    dateline_marks: Words = Field(default_factory=list)  # "KANO, March 4 (wire) -"
    dateline_words: int = 8  # the most words before a dateline's date
    time_hedges: Words = Field(default_factory=list)  # "shortly after midnight"
    times_of_day: Words = Field(default_factory=list)  # "midnight", "dawn"
    step_words: Words = Field(default_factory=list)  # "the day | before"


class SeparateEventsFile(Shape):
    adverbs: Words
    others: Words
    separate_nouns: Words
    incidents: Words
    enumerators: Words
    clause_links: Words
    habitual_adverbs: Words
    day_edges: Words
    telling_verbs: Words
    sequel_fights: Words
    sequel_words: Words
    remote_modes: Words
    sequel_assaults: Words


LEXICONS: dict[str, type[Shape]] = {
    "triggers": TriggersFile,
    "arguments": ArgumentsFile,
    "events": EventsFile,
    "claims": ClaimsFile,
    "suppositions": SuppositionsFile,
    "blame_phrases": BlamePhrasesFile, "rival_versions": RivalVersionsFile,
    "certainty": CertaintyFile,
    "families": FamiliesFile,
    "weapons": WeaponsFile,
    "dates": DatesFile,
    "protest_force": ProtestForceFile,
    "separate_events": SeparateEventsFile,
    "unlisted_places": UnlistedPlacesFile,
    "misread_towns": MisreadTownsFile,
    "place_units": PlaceUnitsFile,
    "numbered_places": NumberedPlacesFile,
    "paragraph_context": ParagraphContextFile,
    "discourse": DiscourseFile,
    "nonevents": NonEventsFile,
    **TEXT_LEXICONS,
}
