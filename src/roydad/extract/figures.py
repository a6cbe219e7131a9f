"""More violence words that are figures of speech or name no act (`figures` in nonevents.yaml):
a game's players doing violence ("the striker shot the visitors dead in the second half"),
killing what is not alive ("officials murdered small businesses"), a market's massacre ("bourse
massacre"), a contest said to be a battle ("the contest is a battle of alliances"), fighting for
votes or a title, acts that are banned or called off ("banned rallies from midnight") and acts
counted in a statistic ("police recorded 6,945 murders")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from roydad.extract.lexicon import load_lexicon
from roydad.extract.syntax import lemma

_NOUNS = {"NOUN", "PROPN"}


@dataclass(frozen=True)
class FigureRules:
    game_agents: frozenset[str]
    killing_verbs: frozenset[str]
    lifeless_objects: frozenset[str]
    market_modifiers: frozenset[str]
    contests: frozenset[str]
    contested_prizes: frozenset[str]
    prevented_verbs: frozenset[str]
    tally_verbs: frozenset[str]
    game_words: frozenset[str]


@cache
def rules() -> FigureRules:
    raw = load_lexicon("nonevents")["figures"]
    games = load_lexicon("triggers")["non_event_rules"]["game_words"]
    return FigureRules(**{k: frozenset(raw[k]) for k in FigureRules.__annotations__
                          if k != "game_words"}, game_words=frozenset(games))


def no_act_named(root: Token) -> bool:
    """Whether the violence word is one of these figures or names an act that did not happen."""
    return (played(root) or lifeless_victim(root) or market_figure(root) or contest_figure(root)
            or prevented(root) or tallied(root))


def played(root: Token) -> bool:
    """A player or an athlete does the violence, among a game's words: "the striker shot the
    visitors dead", "the forwards bombarded the goal", "Kenyan runners storm Boston"."""
    r = rules()
    if root.pos_ == "ADJ" and root.dep_ in ("oprd", "acomp", "xcomp"):
        root = root.head  # "shot the visitors dead": the verb's doer
    elif root.pos_ == "ADJ" and root.dep_ == "amod" and root.head.dep_ == "dobj":
        root = root.head.head  # ... where the parser made "dead" a modifier of the object
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if not subjects or not all(lemma(s) in r.game_agents for s in subjects):
        return False
    sent = root.sent
    words = {lemma(t) for t in sent} | {t.lower_ for t in sent}
    return bool(words & (r.game_words | r.game_agents))


def lifeless_victim(root: Token) -> bool:
    """A verb of killing whose object cannot die: "murdered small businesses", "killed the
    motion" (burning or bombing a business is an act; killing one is a figure)."""
    r = rules()
    if lemma(root) not in r.killing_verbs or root.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(lemma(o) in r.lifeless_objects for o in objects)


def market_figure(root: Token) -> bool:
    """A violence noun whose modifier is a market or a currency: "bourse massacre", "a stock
    market bloodbath" (not "a market bombing")."""
    if root.pos_ not in _NOUNS:
        return False
    words = rules().market_modifiers
    mods = [c for c in root.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    phrase = " ".join(lemma(c) for c in mods)
    return any(lemma(c) in words for c in mods) or phrase in words


def contest_figure(root: Token) -> bool:
    """A violence noun said of a contest ("the contest is a battle of alliances", "the election
    was a massacre"), or fighting for what a contest wins ("fighting for the farmers' votes",
    "battling for the title")."""
    r = rules()
    head = root.head
    if root.dep_ == "attr" and lemma(head) == "be" and any(
            c.dep_ == "nsubj" and lemma(c) in r.contests for c in head.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(
            o.dep_ == "pobj" and lemma(o) in r.contested_prizes for o in c.children)
        for c in root.children
    )


def prevented(root: Token) -> bool:
    """An act that is banned, prohibited or called off did not happen: "banned rallies from
    midnight", "marches were prohibited"."""
    if root.pos_ not in _NOUNS or root.dep_ not in ("dobj", "nsubjpass"):
        return False
    return lemma(root.head) in rules().prevented_verbs


def tallied(root: Token) -> bool:
    """Acts counted in a statistic: "police recorded 6,945 murders between July and
    September" (a plural act that is the object of a verb of counting)."""
    return (root.tag_ == "NNS" and root.dep_ == "dobj"
            and lemma(root.head) in rules().tally_verbs)
