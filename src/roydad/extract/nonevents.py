"""Trigger words that report no event (`non_event_rules` in triggers.yaml): violence turned on an
idea ("an assault on press liberty"), a danger named as a threat ("the IED threat will stay
high"), the grievance a protest is about ("marched over a shopkeeper's murder"), harm done by
nature or accident ("earthquake kills 2,000"), a game's attacks ("Zalmi's attack"), a toll of
nothing ("no injuries") and violence that nobody threatens ("attacks could multiply", "boasted
that his men could kill anyone")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from spacy.tokens import Token

from roydad.extract.lexicon import load_lexicon, word_sets
from roydad.extract.practice import at_practice_targets, blaze, pretend
from roydad.extract.practice import rules as practice_rules
from roydad.extract.syntax import lemma

_NOUN_POS = {"NOUN", "PROPN"}
_TIME_LABELS = {"DATE", "TIME"}


@dataclass(frozen=True)
class NonEventRules:
    abstract_targets: frozenset[str]
    abstract_agents: frozenset[str]
    speech_settings: frozenset[str]
    figurative_destinations: frozenset[str]
    target_preps: frozenset[str]
    figurative_modifiers: frozenset[str]
    threat_nouns: frozenset[str]
    threat_verbs: frozenset[str]
    threat_preps: frozenset[str]
    grievance_preps: frozenset[str]
    grievance_verbs: frozenset[str]
    protester_nouns: frozenset[str]
    harm_words: frozenset[str]
    mishap_causes: frozenset[str]
    gunfire_heads: frozenset[str]
    gunfire_modifiers: frozenset[str]
    mishap_explosives: frozenset[str]
    explosion_words: frozenset[str]
    violence_words: frozenset[str]
    game_words: frozenset[str]
    game_attack_words: frozenset[str]
    nil_tolls: frozenset[str]
    nil_words: frozenset[str]
    nil_events: frozenset[str]
    crime_settings: frozenset[str]
    exercise_words: frozenset[str]
    armed_enemies: frozenset[str]
    boast_verbs: frozenset[str]
    trend_verbs: frozenset[str]
    animals: frozenset[str]
    fear_verbs: frozenset[str]


@cache
def rules() -> NonEventRules:
    return word_sets(NonEventRules, "triggers", "non_event_rules")


@cache
def _harmless_compounds() -> dict[str, frozenset[str]]:
    raw = load_lexicon("triggers")["non_event_rules"]["harmless_compounds"]
    return {word: frozenset(modifiers) for word, modifiers in raw.items()}


def _is_abstract(token: Token, abstract: frozenset[str]) -> bool:
    """'press liberty', 'the budget plan', 'women's rights': the noun or its compound phrase."""
    if token.ent_type_ in ("PERSON", "GPE", "NORP", "FAC", "LOC"):
        return False
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "amod")]
    phrase = " ".join(lemma(t) for t in [*words, token])
    return lemma(token) in abstract or token.lower_ in abstract or phrase in abstract


def figurative_violence(root: Token) -> bool:
    """A violence word whose target is an idea, a right or a measure, or that a modifier makes
    verbal ("political attacks", "a verbal assault")."""
    r = rules()
    if any(c.dep_ in ("amod", "compound") and lemma(c) in r.figurative_modifiers
           for c in root.children):
        return True
    if _abstract_agent(root) or _said_in_words(root) or _won(root):
        return True
    if _trend(root):
        return True
    targets = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    # "theft hit production" (the parser may make the verb a modifier of its object)
    if root.dep_ in ("amod", "acl") and root.head.pos_ in _NOUN_POS:
        targets.append(root.head)
    # "shot down the proposal": the particle's verb takes the object ("on Thursday" is a date)
    targets += [o for c in root.children if c.dep_ == "prep" and c.lower_ in r.target_preps
                for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in _TIME_LABELS]
    return bool(targets) and all(_is_abstract(t, r.abstract_targets) for t in targets)


def _abstract_agent(root: Token) -> bool:
    """Markets and figures do the violence or take it: "stocks hit hard", "soaring costs killed
    the merger", "shares took a beating" (the subject of the verb whose object the trigger is)."""
    verb = root.head if root.dep_ == "dobj" and root.pos_ in _NOUN_POS else root
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_is_abstract(s, rules().abstract_agents) for s in subjects)


def _trend(root: Token) -> bool:
    """'killings of reporters had doubled in a decade', 'attacks rose by a third': a plural
    violence noun whose verb is a change in number tells a statistic, not a happening."""
    return root.tag_ == "NNS" and root.dep_ == "nsubj" and lemma(root.head) in rules().trend_verbs


def figurative_crowd(root: Token) -> bool:
    """A protest verb whose subject is a market or a figure: "bank stocks rallied"."""
    return root.pos_ == "VERB" and _abstract_agent(root)


def _said_in_words(root: Token) -> bool:
    """'torched his rival's record in a televised debate': violence done in a speech."""
    settings = rules().speech_settings
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            o.dep_ == "pobj" and _is_abstract(o, settings) for o in c.children)
        for c in root.children
    )


def _won(root: Token) -> bool:
    """'stormed to victory', 'crushed their way to the title': a race to a win."""
    goals = rules().figurative_destinations
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(
            o.dep_ == "pobj" and lemma(o) in goals for o in c.children)
        for c in root.children
    )


def danger_not_threat(root: Token) -> bool:
    """A threat noun that nobody makes, aims or receives names a danger ("the IED threat will
    stay high", "the threat posed by the group"), not a THREATEN event."""
    r = rules()
    if root.pos_ not in _NOUN_POS or lemma(root) not in r.threat_nouns or root.tag_ != "NN":
        return False
    if any(c.dep_ == "poss" for c in root.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in r.threat_preps for c in root.children):
        return False
    # "a threat to kill", "a warning that it would strike"
    if any(c.dep_ in ("acl", "relcl", "ccomp") and c.tag_ == "VB" for c in root.children):
        return False
    if any(c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and lemma(c) != "pose"
           for c in root.children):
        return False
    # "the threat which he received"
    if any(c.dep_ == "relcl" and lemma(c) in r.threat_verbs for c in root.children):
        return False
    head = root.head
    return not (root.dep_ in ("dobj", "nsubjpass", "conj") and lemma(head) in r.threat_verbs)


def crowd_protest(verb: Token) -> bool:
    """A protest verb whose subject is a crowd ("residents marched", "hundreds protested"), not
    a state lodging a protest."""
    nouns = rules().protester_nouns
    return any(
        c.dep_ == "nsubj" and (lemma(c) in nouns or c.lower_ in nouns) for c in verb.children
    )


def protest_grievance(root: Token, protests: set[int]) -> bool:
    """A singular nominal trigger that says what a crowd's protest is about ("marched over a
    shopkeeper's murder", "protested the killing of an elder") with no date of its own: the
    protest is the event, the grievance its background.
    `protests` are the token indices of the document's protest triggers that are verbs of a
    crowd's own clause (not "summoned a diplomat to protest")."""
    if root.tag_ != "NN" or not protests:
        return False
    grievance = False
    if root.dep_ == "dobj" and root.head.i in protests:
        grievance = True
    elif root.dep_ == "dobj" and root.head.lemma_.lower() in rules().grievance_verbs:
        # "marched to condemn the killing of an imam": the purpose clause of the protest
        grievance = root.head.head.i in protests and root.head.dep_ in ("xcomp", "advcl")
    elif root.dep_ == "pobj":
        prep = root.head
        grievance = prep.lower_ in rules().grievance_preps and prep.head.i in protests
    if not grievance:
        return False
    return not any(t.ent_type_ in _TIME_LABELS for t in root.subtree)


def _sentence_words(token: Token) -> set[str]:
    sent = token.sent
    words = {lemma(t) for t in sent} | {t.lower_ for t in sent}
    lowers = [t.lower_ for t in sent]
    # a hyphenated word the tokenizer split: "semi-final", "counter-attack"
    joined = {f"{a}-{c}" for a, b, c in zip(lowers, lowers[1:], lowers[2:], strict=False)
              if b == "-"}
    return words | joined | {f"{a} {b}" for a, b in pairwise(lowers)}


def _violence_words(token: Token, skip: frozenset[str] = frozenset()) -> set[str]:
    """The sentence's violence words, but for those a modifier disarms ("a coal mine", "a
    forest fire") and the noun "fire" of a blaze rather than of guns."""
    r = rules()
    harmless = _harmless_compounds()
    found: set[str] = set()
    for t in token.sent:
        words = {lemma(t), t.lower_} & r.violence_words - skip
        if not words:
            continue
        modifiers = {lemma(c) for c in t.children if c.dep_ in ("compound", "amod")}
        if modifiers & harmless.get(lemma(t), frozenset()):
            continue
        # "a mines inspector": a modifier of a thing that is no violence word; "an earthquake
        # struck": a verb a natural cause does
        if t.dep_ == "compound" and not {lemma(t.head), t.head.lower_} & r.violence_words:
            continue
        if _by_nature(t):
            continue
        if lemma(t) == "fire" and t.pos_ in _NOUN_POS and not (
                lemma(t.head) in r.gunfire_heads or modifiers & r.gunfire_modifiers):
            continue
        found |= words
    return found


@cache
def _mishap_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_lexicon("nonevents")["mishaps"]
    return (frozenset(raw["explosion_causes"]), frozenset(raw["natural_deaths"]),
            frozenset(raw["cause_subject_deps"]))


def mishap(root: Token) -> bool:
    """A plain harm word in a sentence that names a natural or accidental cause and no weapon
    or violence ("earthquake kills 2,000", "died of carbon monoxide", "killed when their
    helicopter crashed in fog"), an explosion of a cylinder or a boiler ("a gas cylinder
    exploded in a restaurant") or with an accident's cause ("a depot blast caused by heat"), a
    natural death ("dies peacefully at 84"), or a natural force doing the violence ("an
    earthquake struck southern Peru")."""
    r = rules()
    causes, natural, _ = _mishap_words()
    if _by_nature(root) and not _violence_words(root):
        return True
    words = _sentence_words(root)
    if lemma(root) in r.explosion_words:
        return _exploded_by_mishap(root) or (
            bool(words & causes) and not _violence_words(root, skip=r.explosion_words))
    if lemma(root) not in r.harm_words:
        return False
    if lemma(root) in ("die", "dead", "death") and words & natural:
        return not _violence_words(root)
    if any(blaze(t) for t in root.sent):  # "a fire ... set off explosions, injuring 120"
        return not _violence_words(root, skip=r.explosion_words | practice_rules().blaze_nouns)
    if any(lemma(t) in r.explosion_words and mishap(t) for t in root.sent if t != root):
        return not _violence_words(root, skip=r.explosion_words)  # "... exploded, killing 9"
    return bool(words & r.mishap_causes) and not _violence_words(root)


def _by_nature(root: Token) -> bool:
    """'An earthquake struck southern Peru', 'a cyclone battered the coast': the subject (or
    the passive's agent) of the violence verb is a natural or accidental cause."""
    causes = rules().mishap_causes
    deps = _mishap_words()[2]
    doers = [c for c in root.children if c.dep_ in deps]
    doers += [o for c in root.children if c.dep_ == "agent" for o in c.children]
    return bool(doers) and all(lemma(d) in causes for d in doers)


def _exploded_by_mishap(root: Token) -> bool:
    r = rules()
    things = [c for c in root.children if c.dep_ in ("nsubj", "compound")]
    things += [o for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
               for o in c.children if o.dep_ == "pobj"]
    if not any(lemma(t) in r.mishap_explosives for t in things):
        return False
    return not _violence_words(root, skip=r.explosion_words)


def crime(root: Token) -> bool:
    """Violence in common crime: "shot in a robbery", "killed during a mugging"."""
    settings = rules().crime_settings
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
            o.dep_ == "pobj" and _is_abstract(o, settings) for o in c.children)
        for c in root.children
    )


def exercise(root: Token) -> bool:
    """Fire in a drill or an exercise, hitting nobody and aimed at no enemy ("began live-fire
    drills", "bombing runs in a war game")."""
    r = rules()
    words = _sentence_words(root)
    # "a fire at the terminal set off explosions": no gunfire, and the blasts it set off
    if blaze(root) or (lemma(root) in r.explosion_words and any(blaze(t) for t in root.sent)):
        return True
    if words & r.harm_words:
        return False
    if at_practice_targets(root):  # "fired at targets on a range", "at simulated enemy ships"
        return True
    enemies = {lemma(t) for t in root.sent if not pretend(t)} & r.armed_enemies
    return bool(words & r.exercise_words) and not enemies


def game(root: Token) -> bool:
    """An attack word among a game's words, with no harm done ("Zalmi's attack on Quetta's
    total", "an attacking defence", "fans' attack on UEFA")."""
    r = rules()
    # a hyphenated word the parser split: "a penalty shoot-out"
    joined = root.doc[max(root.i - 2, 0):root.i + 1].text.lower()
    if not {lemma(root), root.lower_, joined} & r.game_attack_words:
        return False
    words = _sentence_words(root)
    return bool(words & r.game_words) and not words & r.harm_words


def animal_harm(root: Token) -> bool:
    """Harm done by or to an animal: "a leopard attacked a shepherd", "an elephant trampled two
    villagers to death", "hunters shot three markhor". The subject of the trigger or of the
    verbs it hangs from (up to its clause), or the trigger's object, is an animal."""
    animals = rules().animals
    node, seen = root, 0
    while seen < 3:
        if any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in animals for c in node.children):
            return True
        if node.dep_ not in ("pobj", "prep", "dobj", "xcomp", "advcl", "conj") or node.head == node:
            break
        node, seen = node.head, seen + 1
    return any(c.dep_ in ("dobj", "nsubjpass", "compound") and lemma(c) in animals
               for c in root.children)


def labour_strike(root: Token) -> bool:
    """'striking doctors', 'striking workers': a strike by people who stopped work."""
    return (lemma(root) == "strike" and root.dep_ == "amod"
            and lemma(root.head) in rules().protester_nouns)


def feared(root: Token) -> bool:
    """Violence that people fear or dread, not that happened: "residents fear a bombing"."""
    verbs = rules().fear_verbs
    return root.dep_ in ("dobj", "ccomp", "xcomp") and lemma(root.head) in verbs


def nil_toll(root: Token) -> bool:
    """A toll of nothing ("No injuries.", "no deaths were reported", "ended without
    casualties") says what did not happen in some other event, and a report of no violence
    ("no attacks were reported") what did not happen at all: no event of its own."""
    r = rules()
    if root.pos_ not in _NOUN_POS or lemma(root) not in r.nil_tolls | r.nil_events:
        return False
    if any(c.dep_ == "det" and c.lower_ in r.nil_words for c in root.children):
        return True
    return root.dep_ == "pobj" and root.head.lower_ in r.nil_words


def idle_violence(trigger: Token, threatened_by: Sequence[object]) -> bool:
    """Violence put in the future or the conditional that is no threat: nobody would do it or
    says it ("attacks on the cities could multiply", "the threat of IED attacks will stay
    high"), or it is a boast of what someone could do ("boasted that his fighters could kill an
    enemy abroad")."""
    node = trigger
    chain = [trigger]
    while node.head != node and node.dep_ in ("ccomp", "xcomp", "conj", "advcl", "dobj"):
        node = node.head
        chain.append(node)
        if lemma(node) in rules().boast_verbs:
            return True
    # "ordered their fighters to resume attacks": someone whose order or word it is
    return not threatened_by and not any(
        c.dep_ == "nsubj" for t in chain if t.pos_ in ("VERB", "AUX") for c in t.children
    )
