"""Find event triggers in a parsed document, from the lemma lexicon in `triggers.yaml`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache, partial

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from roydad.extract.background import is_background
from roydad.extract.compound_force import is_compound_force
from roydad.extract.families import families, family_rule, object_tokens
from roydad.extract.figures import no_act_named, prevented
from roydad.extract.lexicon import load_lexicon, word_set
from roydad.extract.nonevents import (
    animal_harm,
    crime,
    crowd_protest,
    danger_not_threat,
    exercise,
    feared,
    figurative_crowd,
    figurative_violence,
    game,
    labour_strike,
    mishap,
    protest_grievance,
)
from roydad.extract.numbers import lexicon as numbers_lexicon
from roydad.extract.numbers import states_count
from roydad.extract.proceedings import standing_proceeding
from roydad.extract.speech_nonevents import (
    accused_described,
    nobody_accused,
    purpose_of_meeting,
)
from roydad.ontology import event_families, load_ontology

_NOUN_POS = {"NOUN", "PROPN"}
_TIME_LABELS = {"DATE", "TIME"}
# Trigger words that are also month names: capitalised inside a sentence they are the month.
_MONTHS = {"march"}


@dataclass(frozen=True)
class TriggerSpec:
    lemma: str
    pos: str
    event_type: str
    mode: str | None
    weight: float
    weapon: str | None = None
    acled_sub: str | None = None
    # An event only through what it acts on (families.yaml); dropped when no rule applies.
    family: bool = False


@dataclass(frozen=True)
class TriggerHit:
    span: Span
    spec: TriggerSpec

    @property
    def head(self) -> Token:
        return self.span.root

    @property
    def is_nominal(self) -> bool:
        return self.head.pos_ in _NOUN_POS


class TriggerFinder:
    """Phrase matchers over lemmas and over lower-case forms (for what the lemmatizer misses).

    Triggers are fixed word sequences, which `PhraseMatcher` finds by hash lookups; a token
    `Matcher` with the same ~600 patterns tries each of them at every token and took a fifth
    of extraction time."""

    def __init__(self, nlp: Language, specs: list[TriggerSpec]) -> None:
        self.specs = {str(i): spec for i, spec in enumerate(specs)}
        self.by_lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.by_form = PhraseMatcher(nlp.vocab, attr="LOWER")
        for key, spec in self.specs.items():
            words = [t.text.lower() for t in nlp.make_doc(spec.lemma)]
            self.by_lemma.add(key, [Doc(nlp.vocab, words=words, lemmas=words)])
            self.by_form.add(key, [Doc(nlp.vocab, words=words)])
        self._keys = {nlp.vocab.strings[key]: key for key in self.specs}

    def matches(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start, end, spec key) of every trigger phrase, in document and lexicon order."""
        found = {(start, end, self._keys[match_id])
                 for matcher in (self.by_lemma, self.by_form)
                 for match_id, start, end in matcher(doc)}
        return sorted(found, key=lambda m: (m[0], m[1], int(m[2])))

    def find(self, doc: Doc) -> list[TriggerHit]:
        hits: dict[tuple[int, int], TriggerHit] = {}
        for start, end, key in self.matches(doc):
            spec = self.specs[key]
            span = doc[start:end]
            if not self._pos_ok(span, spec) or self._is_non_event(span):
                continue
            # A month or weekday name is no event ("5 March", "MARCH 2017").
            if span.root.ent_type_ in _TIME_LABELS or self._is_month(span):
                continue
            # A participle that modifies a noun names a status, not an act: "a banned party",
            # "sanctioned officials" (the ban or sanction happened elsewhere, if at all).
            if spec.event_type in event_families().status and span.root.dep_ == "amod":
                continue
            if self._no_event_reading(span, spec):
                continue
            rule = family_rule(spec.lemma, span.root)
            if rule is not None:
                spec = replace(spec, event_type=rule.event_type, mode=rule.mode,
                               acled_sub=rule.acled_sub or spec.acled_sub,
                               weight=max(spec.weight, rule.weight or 0.0))
            elif spec.family:
                continue
            previous = hits.get((start, end))
            if previous is None or spec.weight > previous.spec.weight:
                hits[(start, end)] = TriggerHit(span, spec)
        # Longest match wins: "suicide bombing" over "bombing".
        kept = {(s.start, s.end) for s in filter_spans([h.span for h in hits.values()])}
        found = sorted((h for k, h in hits.items() if k in kept), key=lambda h: h.span.start)
        return _without_grievances(_without_disrupted(found))

    def _no_event_reading(self, span: Span, spec: TriggerSpec) -> bool:
        """The words are read as no event: a generic threat, a figure of speech, an idiom, a
        thing's name, another sense of the word, background of other news."""
        return (self._is_generic_threat(span, spec) or _is_figurative(span, spec)
                or self._is_instrument_idiom(span, spec) or _names_a_thing(span)
                or not _sense_ok(span) or _figurative_act(span, spec)
                or (spec.event_type == "ACCUSE" and (standing_proceeding(span.root)
                                                     or is_compound_force(span.root))))

    def sets_aside(self, doc: Doc) -> bool:
        """Some trigger of the lexicon in the text is read and set aside as no event (a fixed
        phrase of `non_events`, or `_no_event_reading`): the text told it, and it is none."""
        for start, end, key in self.matches(doc):
            spec = self.specs[key]
            span = doc[start:end]
            if not self._pos_ok(span, spec) or span.root.ent_type_ in _TIME_LABELS:
                continue
            if self._is_non_event(span) or self._no_event_reading(span, spec):
                return True
        return False

    @staticmethod
    def _pos_ok(span: Span, spec: TriggerSpec) -> bool:
        if spec.pos == "any":
            return True
        pos = span.root.pos_
        if spec.pos == "ADJ":
            return pos == "ADJ"
        if spec.pos == "VERB":
            participle = len(span) == 1 and pos == "ADJ" and span.root.tag_ == "VBN"
            # "Gunmen on a motorcycle opened fire": the tagger saw the verb, the parser made
            # it a modifier of "fire"; a verb phrase opening with a verb form is still one.
            light_verb = len(span) > 1 and span[0].tag_ in ("VBD", "VBN", "VBZ", "VBP", "VBG")
            return pos in {"VERB", "AUX"} or participle or light_verb
        return pos in _NOUN_POS

    @staticmethod
    def _is_generic_threat(span: Span, spec: TriggerSpec) -> bool:
        """'the threat of execution', 'counter the threat of terrorism' name a danger, not a
        threat someone made (that is 'threatened to', 'threats against')."""
        root = span.root
        return (
            spec.event_type == "THREATEN" and root.pos_ in _NOUN_POS
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
        )

    @staticmethod
    def _is_instrument_idiom(span: Span, spec: TriggerSpec) -> bool:
        """'with the aid of Russia', 'with the support of the army' say how something else was
        done; no aid or support is reported as an event of its own."""
        root = span.root
        return (
            spec.event_type in event_families().assistance
            and root.dep_ == "pobj" and root.head.lower_ == "with"
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
        )

    @staticmethod
    def _is_month(span: Span) -> bool:
        root = span.root
        return root.lower_ in _MONTHS and not root.is_lower and not root.is_sent_start

    @staticmethod
    def _is_non_event(span: Span) -> bool:
        """A fixed phrase of `non_events` ("heart attacks", "a travel warning"), by lemmas."""
        doc = span.doc
        phrases = _word_list("non_events")
        before = doc[max(span.start - 1, 0) : span.end]
        after = doc[span.start : min(span.end + 1, len(doc))]
        return any(
            " ".join(t.lemma_.lower() for t in part) in phrases
            or " ".join(t.lower_ for t in part) in phrases
            for part in (before, after)
        )


def _without_disrupted(hits: list[TriggerHit]) -> list[TriggerHit]:
    """'Police defused a roadside bomb', 'foiled a suicide attack': the weapon or attack named as
    what was seized, defused or foiled was never used; the disruption is the event."""
    disrupted: set[int] = set()
    for hit in hits:
        if hit.spec.event_type == "COERCE" and hit.spec.mode == "disrupt":
            disrupted |= object_tokens(hit.head)
    return [
        h for h in hits
        if not (h.spec.event_type == "ASSAULT" and h.head.i in disrupted
                and (h.is_nominal or _launches_weapon(h.head)))
    ]


def _launches_weapon(head: Token) -> bool:
    """'intercepted a missile fired at Odesa', 'destroyed a drone launched by the Houthis': the
    verb only says how the stopped weapon was sent (one Disrupted weapons use, no shelling)."""
    return head.dep_ in ("acl", "relcl") and families().in_class(head.head, "weapons")


def _figurative_act(span: Span, spec: TriggerSpec) -> bool:
    """Violence turned on an idea ("an assault on press liberty") or a threat nobody makes ("the
    IED threat will stay high"): see `non_event_rules`. A toll or "fatalities" that gives no
    number is a figure of speech ("took yet another heavy toll"). An event told as the
    background of other news (a trial's, an anniversary's) is none of this report's
    (`background_rules`)."""
    root = span.root
    if spec.lemma in numbers_lexicon().toll_words and not states_count(root):
        return True
    if is_background(root, spec.event_type):
        return True
    if spec.event_type == "ASSAULT":
        return (figurative_violence(root) or mishap(root) or game(root) or crime(root)
                or exercise(root) or animal_harm(root) or feared(root)
                or labour_strike(root) or no_act_named(root))
    if spec.event_type == "PROTEST":
        return figurative_crowd(root) or prevented(root)
    if spec.event_type == "AGREE" and purpose_of_meeting(root):
        return True  # "met the rebels to agree on a truce": why they met
    if spec.event_type == "ACCUSE" and (accused_described(root) or nobody_accused(root)):
        return True  # "traders accused of spying were detained": who they are
    return spec.event_type == "THREATEN" and danger_not_threat(root)


def _without_grievances(hits: list[TriggerHit]) -> list[TriggerHit]:
    """'Residents marched over a shopkeeper's murder', 'protesters clashed with police after
    the arrest of a leader': what a crowd protests or riots about, undated, is background, not
    a second event."""
    protests = {
        h.head.i for h in hits if h.spec.event_type in event_families().crowd_acts
        and h.head.pos_ == "VERB" and crowd_protest(h.head)
    }
    return [h for h in hits if h.head.i in protests or not protest_grievance(h.head, protests)]


_word_list = partial(word_set, "triggers")


def _is_figurative(span: Span, spec: TriggerSpec) -> bool:
    """Violence words turned on an illness, deaths from one, or violence verbs whose instrument
    is a legal or economic measure (see `illness` and `measures` in triggers.yaml)."""
    if spec.event_type != "ASSAULT":
        return False
    illness = _word_list("illness")
    root = span.root
    if spec.lemma in _word_list("death_words"):
        return any(t.lemma_.lower() in illness for t in root.sent)
    objects = [c for c in root.children if c.dep_ == "dobj"]
    measures = _word_list("measures")
    # The parser may hang "with sanctions" on the object ("hits 13 Venezuelans with ...").
    holders = [root, *(c for c in root.children if c.dep_ == "dobj")]
    if any(
        o.lemma_.lower() in measures
        for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
        for o in c.children if o.dep_ == "pobj"
    ):
        return True
    # "fight against the virus"
    objects += [
        o for c in root.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
    ]
    # "there may not be any disease to battle": the trigger modifies the illness noun.
    if root.dep_ in ("acl", "relcl"):
        objects.append(root.head)
    elif root.dep_ == "pobj":
        objects.append(root.head.head)
    return any(o.lemma_.lower() in illness for o in objects)


@dataclass(frozen=True)
class SenseRule:
    """When a trigger word is in its event sense (`senses` in triggers.yaml).

    `objects`: only with one of these as its object ("signed a deal", not "sign a form");
    `not_objects`: not with one of these ("released photos", "fight against corruption");
    `place_verbs`: a place noun that counts only as where someone is put by one of these verbs
    ("thrown in jail"); `infinitive`: only with a "to" infinitive saying what is asked
    ("asked them to leave"), not one of `not_infinitives` or a negated one ("asked not to be
    named")."""

    objects: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()
    place_verbs: frozenset[str] = frozenset()
    infinitive: bool = False
    not_infinitives: frozenset[str] = frozenset()


@cache
def _sense_rules() -> dict[str, SenseRule]:
    raw = load_lexicon("triggers").get("senses") or {}
    return {
        lemma: SenseRule(
            objects=frozenset(rule.get("objects") or []),
            not_objects=frozenset(rule.get("not_objects") or []),
            place_verbs=frozenset(rule.get("place_verbs") or []),
            infinitive=bool(rule.get("infinitive")),
            not_infinitives=frozenset(rule.get("not_infinitives") or []),
        )
        for lemma, rule in raw.items()
    }


def _objects(root: Token) -> list[Token]:
    """What a verb trigger acts on: its direct object, or the subject of its passive, or the
    noun it modifies ("a photo released by the police")."""
    found = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
    found += [
        o for c in root.children if c.dep_ == "prep" and c.lower_ == "against"
        for o in c.children if o.dep_ == "pobj"
    ]
    if root.dep_ in ("acl", "amod") and root.head.pos_ in _NOUN_POS and root.pos_ != "NOUN":
        found.append(root.head)
    return found


def _asks_an_act(root: Token, rule: SenseRule) -> bool:
    for verb in root.children:
        if verb.dep_ != "xcomp" or verb.pos_ not in ("VERB", "AUX"):
            continue
        marks = {c.lower_ for c in verb.children if c.dep_ in ("aux", "neg")}
        if "to" in marks and "not" not in marks and verb.lemma_.lower() not in rule.not_infinitives:
            return True
    return False


def _sense_ok(span: Span) -> bool:
    root = span.root
    rule = _sense_rules().get(root.lemma_.lower())
    if rule is None:
        return True
    if rule.place_verbs and root.pos_ in _NOUN_POS:
        prep = root.head if root.dep_ == "pobj" else None
        return prep is not None and prep.head.lemma_.lower() in rule.place_verbs
    if rule.infinitive and not _asks_an_act(root, rule):
        return False
    objects = {o.lemma_.lower() for o in _objects(root)}
    if rule.objects and not objects & rule.objects:
        return False
    return not objects & rule.not_objects


def _names_a_thing(span: Span) -> bool:
    """'arrest warrants', 'a jail cell', 'charging papers': the trigger modifies a noun for a
    document, place or instrument (`thing_heads`), which is what the phrase names."""
    root = span.root
    things = _word_list("thing_heads")
    if root.tag_ == "VBG" or root.lower_.endswith("ing"):  # "a triggering device", "a firing
        # mechanism": a participle or gerund may name a weapon's part
        things = things | _word_list("part_heads")
    if root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ in _NOUN_POS:
        return root.head.lemma_.lower() in things
    # a participle the parse took for a verb before another verb's subject: "charging papers
    # pointed out" (not "seen burning documents", where the noun is what it acts on)
    after = root.nbor() if root.i + 1 < len(root.doc) else None
    return (root.tag_ == "VBG" and span.end == root.i + 1 and after is not None
            and after.tag_ in ("NN", "NNS") and after.lemma_.lower() in things
            and after.head.i != root.i
            and not any(c.dep_ in ("nsubj", "aux", "det", "poss") for c in root.children))


@cache
def load_trigger_specs() -> tuple[TriggerSpec, ...]:
    ontology = load_ontology()
    specs = []
    for raw in load_lexicon("triggers")["triggers"]:
        spec = TriggerSpec(**raw)
        if not ontology.is_mode(spec.event_type, spec.mode):
            raise ValueError(f"triggers.yaml: {spec.lemma}: unknown mode {spec.mode}")
        specs.append(spec)
    return tuple(specs)
