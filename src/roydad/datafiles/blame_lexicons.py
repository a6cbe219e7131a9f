"""Model of data/lexicons/blame_phrases.yaml: blame said without a verb of blaming
(`roydad.extract.blame_phrases`)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from roydad.datafiles.shape import Shape, Words


class Directed(Shape):
    nouns: dict[str, Literal["speculated", "alleged"]]
    verbs: Words
    preps: Words


class Marks(Shape):
    verbs: Words
    nouns: Words
    general: Words = Field(default_factory=list)
    # prepositions of whose view it is: "to several analysts", "for diplomats"
    viewers: Words = Field(default_factory=list)


class NominalClaims(Shape):
    nouns: Words
    verbs: Words
    media: Words
    links: Words


class LaunchSites(Shape):
    verbs: Words
    preps: Words
    holds: Words


class BlamePhrasesFile(Shape):
    directed: Directed
    doors: Marks
    hallmarks: Marks
    nominal_blame: dict[str, str]
    nominal_claims: NominalClaims
    # verb -> the particle it needs ("" for none): "cannot be ruled out that ..."
    open_questions: dict[str, str]
    # extract/blame_wordings.py: who speaks for a party, where a weapon was sent from, the
    # pronouns a denial may be made by
    speakers: Words = Field(default_factory=list)
    launch_sites: LaunchSites = Field(
        default_factory=lambda: LaunchSites(verbs=[], preps=[], holds=[]))
    denial_pronouns: Words = Field(default_factory=list)


class FalseFlag(Shape):
    adjective: str
    noun: str


class RivalVersionsFile(Shape):
    """data/lexicons/rival_versions.yaml (`roydad.extract.rival_versions`)."""

    verbs: Words
    deed_pronouns: Words
    false_flag: FalseFlag
    author_preps: Words
    media_verbs: Words
    blame_nouns: Words
