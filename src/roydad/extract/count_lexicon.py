"""The count a report states and the word lists that read it (numbers.yaml): number words, the
words that make a count a bound or leave it vague, casualty and toll words, and the words that
tell a group of people from a label, a part or a whole."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, partial

from roydad.extract.lexicon import load_lexicon, word_set


@dataclass(frozen=True)
class Count:
    """A count as stated: `value` the number given, [`low`, `high`] the range it allows (None:
    open on that side; "at least 12" is 12, 12, None)."""

    value: int | None
    low: int | None
    high: int | None
    # "three other people", "another soldier", "two more": people beyond those already counted
    additional: bool = False
    # "a fourth soldier": all the victims up to this one, those counted before included
    cumulative: bool = False
    # "several attackers", "an unknown number of militants": people whose number is not said,
    # who add nothing to a number given beside them ("eleven policemen and several attackers")
    vague: bool = field(default=False, compare=False)
    # The side the counted people are on: True all attackers ("three militants"), False none
    # ("five soldiers", "two villagers"), None not said ("killing 8", a toll) or both.
    attackers: bool | None = field(default=None, compare=False)

    @property
    def bounds(self) -> tuple[int | None, int | None, int | None]:
        return self.value, self.low, self.high


Phrases = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class NumberLexicon:
    """numbers.yaml: number words, bounds, casualty words, and the words that tell a group of
    people from a label, a part or a whole."""

    words: dict[str, int]
    multipliers: dict[str, int]
    vague_low: dict[str, int]
    additional: frozenset[str]
    also_words: frozenset[str]
    companion_possessives: frozenset[str]
    companions: frozenset[str]
    ordinals: dict[str, int]
    ordinal_determiners: frozenset[str]
    unknown_count_nouns: frozenset[str]
    unknown_count_words: frozenset[str]
    death_phrasal: dict[str, str]
    lower_bound: Phrases
    upper_bound: Phrases
    ceiling: Phrases
    vague_quantity: frozenset[str]
    report_verbs: frozenset[str]
    attacker_nouns: frozenset[str]
    sideless_nouns: frozenset[str]
    cause_preps: frozenset[str]
    cause_marks: frozenset[str]
    grievance_events: frozenset[str]
    crowd_nouns: frozenset[str]  # events.yaml: crowds that act ("residents", "protesters")
    approximate: Phrases
    subset_markers: Phrases
    person_suffixes: tuple[str, ...]
    death_words: frozenset[str]
    injury_words: frozenset[str]
    manner_of_death: frozenset[str]
    intransitive: frozenset[str]
    toll_words: frozenset[str]
    toll_of_nouns: frozenset[str]
    toll_forecasts: frozenset[str]
    toll_links: frozenset[str]
    superset_markers: frozenset[str]
    collective: frozenset[str]
    person_nouns: frozenset[str]
    label_before: frozenset[str]
    unit_after: frozenset[str]
    plural_pronouns: frozenset[str]
    reflexive_pronouns: frozenset[str]
    earlier_marks: frozenset[str]
    earlier_units: frozenset[str]
    earlier_preps: frozenset[str]
    person_only_words: frozenset[str]
    person_noun_words: frozenset[str]
    unharmed_words: frozenset[str]
    lost_nouns: frozenset[str]
    partitive_preps: frozenset[str]
    partitive_determiners: frozenset[str]
    among_dead_determiners: frozenset[str]
    found_words: frozenset[str]

    @property
    def casualty_words(self) -> frozenset[str]:
        return self.death_words | self.injury_words


@cache
def lexicon() -> NumberLexicon:
    raw = load_lexicon("numbers")

    def phrases(name: str) -> Phrases:
        return tuple(tuple(p.split()) for p in raw[name])

    words = partial(word_set, "numbers")

    return NumberLexicon(
        words=dict(raw["words"]), multipliers=dict(raw["multipliers"]),
        vague_low=dict(raw["vague_low"]), additional=words("additional"),
        also_words=words("also_words"),
        companion_possessives=words("companion_possessives"), companions=words("companions"),
        ordinals=dict(raw["ordinals"]), ordinal_determiners=words("ordinal_determiners"),
        unknown_count_nouns=words("unknown_count_nouns"),
        unknown_count_words=words("unknown_count_words"),
        death_phrasal=dict(raw["death_phrasal"]),
        lower_bound=phrases("lower_bound"), upper_bound=phrases("upper_bound"),
        ceiling=phrases("ceiling"), vague_quantity=words("vague_quantity"),
        report_verbs=words("report_verbs"), attacker_nouns=words("attacker_nouns"),
        sideless_nouns=words("sideless_nouns"),
        cause_preps=words("cause_preps"), cause_marks=words("cause_marks"),
        grievance_events=words("grievance_events"),
        crowd_nouns=word_set("events", "crowd_nouns"),
        approximate=phrases("approximate"), subset_markers=phrases("subset_markers"),
        person_suffixes=tuple(raw["person_suffixes"]), death_words=words("death_words"),
        injury_words=words("injury_words"), manner_of_death=words("manner_of_death"),
        intransitive=words("intransitive"), toll_words=words("toll_words"),
        toll_of_nouns=words("toll_of_nouns"), toll_forecasts=words("toll_forecasts"),
        toll_links=words("toll_links"), superset_markers=words("superset_markers"),
        collective=words("collective"), person_nouns=words("person_nouns"),
        label_before=words("label_before"), unit_after=words("unit_after"),
        plural_pronouns=words("plural_pronouns"),
        reflexive_pronouns=words("reflexive_pronouns"),
        earlier_marks=words("earlier_marks"), earlier_units=words("earlier_units"),
        earlier_preps=words("earlier_preps"), person_only_words=words("person_only_words"),
        person_noun_words=words("person_noun_words"),
        unharmed_words=words("unharmed_words"), lost_nouns=words("lost_nouns"),
        partitive_preps=words("partitive_preps"),
        partitive_determiners=words("partitive_determiners"),
        among_dead_determiners=words("among_dead_determiners"), found_words=words("found_words"),
    )
