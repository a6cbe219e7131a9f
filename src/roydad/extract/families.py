"""Event families a trigger signals through what it acts on (`families.yaml`): "seized 40 rifles"
is disrupted weapons use, "captured the district centre" territory taken, "joined the insurgents"
a defection, "went missing after being taken" an abduction, "entered the city without a fight"
a non-violent transfer of territory."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from spacy.tokens import Token

from roydad.extract.lexicon import load_lexicon

_NOUN_POS = {"NOUN", "PROPN"}
_OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
# Object nouns that stand for what follows them: "took control of the district", "a cache of
# weapons", "the ranks of the Taliban".
_OF_HEADS = {"control", "cache", "consignment", "quantity", "stock", "haul", "ranks", "rank",
             "number", "lot", "batch", "supply", "shipment", "column", "band", "group", "squad",
             "dozen", "hundred", "score", "thousand", "possession"}


@dataclass(frozen=True)
class FamilyRule:
    lemmas: frozenset[str]
    event_type: str
    mode: str | None
    acled_sub: str | None = None
    objects: str | None = None
    subjects: str | None = None
    preps: frozenset[str] = frozenset()
    clauses: str | None = None
    laden: str | None = None
    without: str | None = None
    # the preposition's object must be of this class ("turned the camp into a base")
    prep_objects: str | None = None
    # a noun trigger hangs, through a preposition, from a verb of this class ("taken into
    # custody")
    governors: str | None = None
    # a noun trigger is the object of a verb of this class ("dispersed a gathering")
    acted_on_by: str | None = None
    all: bool = False
    weight: float | None = None
    # the rule fails when an object has an adjective of this class ("empty houses")
    not_modified: str | None = None
    # the trigger only describes a victim now dead: "the body of a trader abducted last week",
    # "kidnapped priest found dead" (the class names the remains; `deaths` the verbs of death)
    victim_of: str | None = None
    # ground someone is driven from: "drove the soldiers out of the commune", "expelled the
    # militants from Tamou" (a prepositional "from" / "out of" whose object is of this class)
    from_place: str | None = None
    # the verb has one of these adverbs or particles: "took the town back"
    adverbs: frozenset[str] = frozenset()
    # a noun trigger is the subject of a verb whose complement is of this class ("the
    # confrontation turned deadly")
    outcome: str | None = None
    # the rule fails when the verb takes its object "to" or "into" a place of this class ("took
    # the wounded to hospital" is no abduction)
    not_to: str | None = None


@dataclass(frozen=True)
class Families:
    rules: tuple[FamilyRule, ...]
    classes: dict[str, frozenset[str]]
    labels: dict[str, frozenset[str]]
    head_only: frozenset[str] = frozenset()
    stative: frozenset[str] = frozenset()

    def in_class(self, token: Token, name: str) -> bool:
        """The token or one of its compound modifiers is a noun of the class ("arms cache"), or
        a proper name with one of the class's entity labels ("captured Kunduz")."""
        words = self.classes[name]
        labels = self.labels.get(name, frozenset())
        if token.ent_type_ and token.ent_type_ in labels:
            return True
        if "PROPN" in labels and token.pos_ == "PROPN" and not token.ent_type_:
            return True
        parts = [token] if name in self.head_only else [
            token, *(c for c in token.children if c.dep_ == "compound")]
        return any(p.lemma_.lower() in words or p.lower_ in words for p in parts)


# Rule fields that hold words (sets) and fields that name a word class of `classes`.
_WORD_FIELDS = ("lemmas", "preps", "adverbs")
_CLASS_FIELDS = ("objects", "subjects", "clauses", "laden", "without", "prep_objects",
                 "governors", "not_modified", "victim_of", "acted_on_by", "from_place",
                 "outcome", "not_to")


def _rule(spec: dict[str, Any]) -> FamilyRule:
    values = {f.name: spec[f.name] for f in fields(FamilyRule) if f.name in spec}
    values.update({name: frozenset(spec.get(name) or ()) for name in _WORD_FIELDS})
    values["all"] = bool(spec.get("all"))
    return FamilyRule(**values)


@cache
def families() -> Families:
    raw = load_lexicon("families")
    rules = [_rule(spec) for spec in raw["retype"]]
    classes = {k: frozenset(v) for k, v in raw["classes"].items()}
    labels = {k: frozenset(v) for k, v in (raw.get("class_labels") or {}).items()}
    for rule in rules:
        for name in (getattr(rule, f) for f in _CLASS_FIELDS):
            if name is not None and name not in classes:
                raise ValueError(f"families.yaml: unknown class {name}")
    return Families(tuple(rules), classes, labels, frozenset(raw.get("head_only") or ()),
                    frozenset(raw.get("stative_present") or ()))


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    out = []
    for tok in tokens:
        out.append(tok)
        out.extend(c for c in tok.conjuncts if c.pos_ in _NOUN_POS)
    return out


def objects_of(root: Token) -> list[Token]:
    """What a trigger acts on: a verb's object (or its passive subject, or the noun it modifies),
    a noun's "of" complement ("the seizure of weapons"), and the nouns such an object stands for
    ("took control of the district")."""
    found = [c for c in root.children if c.dep_ in _OBJECT_DEPS]
    if root.pos_ in _NOUN_POS:
        found += [o for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"]
    elif root.dep_ in ("acl", "relcl", "amod") and root.head.pos_ in _NOUN_POS and (
            root.tag_ != "VBG") and not any(
            c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in root.children):
        # "a cache seized by troops" (not "people taking part", nor "civilians who have taken
        # part": the noun does the verb)
        found.append(root.head)
    # "took control of" / "took over the town": the phrase's own noun points on.
    found += [c for c in root.children if c.dep_ == "dobj"]
    # "handed in their weapons": the parser hangs the object on the verb's particle
    found += [o for c in root.children if c.dep_ == "prt" for o in c.children
              if o.dep_ in ("pobj", "dobj")]
    found = _with_conjuncts(found)
    for tok in list(found):
        if tok.lemma_.lower() in _OF_HEADS:
            found += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "over")
                      for o in c.children if o.dep_ == "pobj"]
    # "gained control over the district": the preposition hangs from the verb.
    found += [o for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "over")
              and any(t.lemma_.lower() == "control" for t in root.subtree if t.i < c.i)
              for o in c.children if o.dep_ == "pobj"]
    return _with_conjuncts(found)


def subjects_of(root: Token) -> list[Token]:
    """Who or what does it: the subject, or the agent of a passive ("targeted by jets")."""
    found = [c for c in root.children if c.dep_ == "nsubj"]
    found += [o for c in root.children if c.dep_ == "agent" for o in c.children
              if o.dep_ == "pobj"]
    if not found and root.dep_ == "conj" and root.pos_ == "VERB" and not any(
            c.dep_ == "nsubjpass" for c in root.children):
        # "rounds fired from across the line fell on a yard": a verb joined to another shares
        # its subject
        found = [c for c in root.head.children if c.dep_ == "nsubj"]
    # "supporters who had blocked the highway": the relative pronoun stands for its noun
    found = [root.head if c.tag_ in ("WP", "WDT") and root.dep_ == "relcl" else c
             for c in found]
    return _with_conjuncts(found)


def _lemma_phrase(root: Token) -> str:
    """The verb's lemma with its particle ("make up")."""
    particle = next((c.lower_ for c in root.children if c.dep_ == "prt"), None)
    return f"{root.lemma_.lower()} {particle}" if particle else root.lemma_.lower()


def _imperative(root: Token) -> bool:
    """A bare verb opening its sentence with no subject: "Take, for instance, the mayor", "Take
    the road to Kidal": an example or a direction, not a report of a taking."""
    first = next((t for t in root.sent if not t.is_punct), root)
    return root.tag_ == "VB" and root.dep_ == "ROOT" and first == root and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


def _matches(rule: FamilyRule, root: Token, fam: Families) -> bool:
    if _imperative(root) or (root.tag_ in ("VBP", "VBZ") and _lemma_phrase(root) in fam.stative):
        return False
    tests: list[bool] = []
    if rule.not_modified is not None and any(
            fam.in_class(a, rule.not_modified) for o in objects_of(root)
            for a in o.children if a.dep_ in ("amod", "compound")):
        return False
    if rule.not_to is not None and any(
            fam.in_class(o, rule.not_to) for o in _destinations(root)):
        return False
    if rule.objects is not None:
        tests.append(any(fam.in_class(o, rule.objects) for o in objects_of(root)
                         if not _points_on(o, fam)))
    if rule.subjects is not None:
        # with `governors`, the subject of the verb the noun hangs from ("a convoy came under
        # fire")
        doer = root.head.head if rule.governors is not None and root.dep_ == "pobj" else root
        # a noun done by the subject of its verb: "warplanes carried out strikes"
        if doer is root and root.pos_ in _NOUN_POS and root.dep_ == "dobj":
            doer = root.head
        tests.append(any(fam.in_class(s, rule.subjects) for s in subjects_of(doer)))
    if rule.preps:
        # "fired at the post", not "fired him on Friday"
        tests.append(any(
            c.dep_ == "prep" and c.lower_ in rule.preps
            and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
                    and (rule.prep_objects is None or fam.in_class(o, rule.prep_objects))
                    for o in c.children)
            for c in root.children
        ))
    if rule.governors is not None:
        # "was taken into custody": the noun's preposition hangs from a verb of the class
        words = fam.classes[rule.governors]
        tests.append(root.dep_ == "pobj" and root.head.dep_ == "prep"
                     and root.head.head.lemma_.lower() in words)
    if rule.acted_on_by is not None:
        words = fam.classes[rule.acted_on_by]
        tests.append(root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in words)
    if rule.clauses is not None:
        words = fam.classes[rule.clauses]
        tests.append(any(t.lemma_.lower() in words and t.pos_ in ("VERB", "AUX")
                         for t in root.subtree if t != root))
    if rule.laden is not None:
        # "a car packed with explosives rammed the bus", "drove an explosives-laden truck
        # into the post": a noun of the class anywhere in a subject's or object's phrase
        tests.append(any(fam.in_class(t, rule.laden) for o in (*subjects_of(root),
                                                                *objects_of(root))
                         for t in o.subtree))
    if rule.without is not None:
        # "entered the city without a fight", "handed it over without resistance"
        tests.append(any(fam.in_class(o, rule.without) for c in root.children
                         if c.dep_ == "prep" and c.lower_ == "without"
                         for o in c.children if o.dep_ == "pobj")
                     or _unopposed(root, fam, rule.without))
    if rule.victim_of is not None:
        tests.append(_dead_victim(root, fam, rule.victim_of))
    if rule.from_place is not None:
        tests.append(_driven_from(root, fam, rule.from_place))
    if rule.adverbs:
        tests.append(any(c.dep_ in ("advmod", "prt") and c.lower_ in rule.adverbs
                         for c in root.children))
    if rule.outcome is not None:
        words = fam.classes[rule.outcome]
        tests.append(root.dep_ == "nsubj" and any(
            c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in words
            for c in root.head.children))
    return all(tests) if rule.all else any(tests)


def _destinations(root: Token) -> list[Token]:
    """Where a verb takes its object: "to hospital", "into safety" (and the nouns a "to" phrase
    names: "to a nearby health centre")."""
    return [t for c in root.children if c.dep_ in ("prep", "prt") and c.lower_ in ("to", "into")
            for o in c.children if o.dep_ == "pobj" for t in (o, *o.children)
            if t.dep_ in ("pobj", "compound", "amod")]


def _points_on(obj: Token, fam: Families) -> bool:
    """An object noun that only stands for its "of" complement: "a cache of food" holds no
    weapons. "Control" stands for ground unless what is controlled is a body of people
    ("seized control of the assembly"): "took control of the gold mine" is ground whatever
    the mine is called."""
    head = obj.lemma_.lower()
    complements = [o for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "over")
                   for o in c.children if o.dep_ == "pobj"]
    if head not in _OF_HEADS or not complements:
        return False
    return head != "control" or any(fam.in_class(o, "bodies") for o in complements)


def _driven_from(root: Token, fam: Families, places: str) -> bool:
    """The verb drives someone "from" or "out (of)" a place of the class: "pushed the troops
    out of Bunagana", "expelled the militants from the town"."""
    found: list[Token] = []
    for c in root.children:
        if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("from", "out"):
            found += [o for o in c.children if o.dep_ == "pobj"]
            found += [o for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "of" and c.i > 0 and c.doc[c.i - 1].lower_ == "out":
            found += [o for o in c.children if o.dep_ == "pobj"]
    return any(fam.in_class(o, places) for o in _with_conjuncts(found))


def _unopposed(root: Token, fam: Families, fights: str) -> bool:
    """The sentence of the taking says nobody fought for the ground: "entered the town
    unopposed", "took control of it hours later; residents reported no shooting", "with no
    fighting reported" (a fight noun under "no" or "without", or a word of `unopposed`)."""
    quiet = fam.classes["unopposed"]
    for tok in root.sent:
        if tok.lower_ in quiet:
            return True
        if fam.in_class(tok, fights) and (
                any(c.lower_ == "no" for c in tok.children if c.dep_ == "det")
                or (tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "without")
                # "without firing a shot"
                or (tok.head.dep_ == "pcomp" and tok.head.head.lower_ == "without")):
            return True
    return False


def _dead_victim(root: Token, fam: Families, remains: str) -> bool:
    """The trigger qualifies a person whom the sentence reports dead: the person is what the
    remains are of ("the body of an engineer abducted in May"), or the subject of a verb of
    death ("a kidnapped priest was found dead", "a farmer held by kidnappers was executed")."""
    if root.dep_ not in ("amod", "acl", "relcl"):
        return False
    person = root.head
    while person.dep_ == "compound":  # "a kidnapped village headman"
        person = person.head
    if person.dep_ == "pobj" and person.head.lower_ == "of":
        return fam.in_class(person.head.head, remains)
    if person.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb, deaths = person.head, fam.classes["deaths"]
    return verb.lemma_.lower() in deaths or any(
        c.lower_ in deaths or c.lemma_.lower() in deaths for c in verb.children
        if c.dep_ in ("oprd", "acomp", "xcomp", "advcl", "conj"))


def family_rule(lemma: str, root: Token) -> FamilyRule | None:
    """The first rule for a trigger lemma whose conditions the trigger's syntax meets."""
    fam = families()
    return next(
        (r for r in fam.rules if lemma in r.lemmas and _matches(r, root, fam)), None
    )


def object_tokens(root: Token) -> set[int]:
    """Token indices of everything a trigger acts on (the objects' whole phrases): a weapon named
    there was seized or defused, not used."""
    return {t.i for o in objects_of(root) for t in o.subtree}
