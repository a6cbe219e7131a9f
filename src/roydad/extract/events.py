"""From trigger hits to happenings: one candidate per trigger, merged when they describe the same
real-world event ("killed in an explosion … his assassination … claimed the explosion")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.arguments import Argument, place_of, roles
from roydad.extract.certainty import certainty_of
from roydad.extract.lexicon import load_lexicon
from roydad.extract.nonevents import idle_violence
from roydad.extract.numbers import Count, casualties
from roydad.extract.separate import other_speaker
from roydad.extract.syntax import entities_in, sentence_numbers
from roydad.extract.syntax import lexicon as argument_lexicon
from roydad.extract.triggers import TriggerHit
from roydad.extract.weapons import weapon_in
from roydad.models import Certainty, Mention
from roydad.ontology import event_families
from roydad.resolve.dates import ResolvedDate, steps_from_anchor

# Generic modes give way to specific ones when mentions merge (events.yaml `mode_rank`).
MODE_RANK: dict[str | None, int] = {None: 0, **load_lexicon("events")["mode_rank"]}
_ANAPHORIC = {"the", "this", "that", "his", "her", "their", "its", "these", "those"}
# Triggers that only report a consequence; they join an event, rarely stand alone.
_CONSEQUENCE = {"die", "wound", "injure", "dead", "injury", "succumb", "toll", "fatality"}


@dataclass
class Candidate:
    """One trigger in context, before merging."""

    hit: TriggerHit
    sentence: Span
    event_type: str
    mode: str | None
    weapon: str | None
    acled_sub: str | None
    certainty: Certainty
    actors: list[Argument]
    recipients: list[Argument]
    place: Argument | None
    date_span: Span | None
    dead: Count | None
    injured: Count | None

    @property
    def anaphoric(self) -> bool:
        head = self.hit.head
        return self.hit.is_nominal and any(
            c.lower_ in _ANAPHORIC for c in head.children if c.dep_ in ("det", "poss")
        )

    def mention(self) -> Mention:
        """The sentence that refers to the happening, with its trigger phrase; a nominal trigger
        keeps its determiner ("his assassination", "the explosion")."""
        span = self.hit.span
        start, sent = span.start, self.sentence
        for child in span.root.lefts:
            if child.dep_ in ("det", "poss") and child.i < start:
                start = child.i
        trigger = span.doc[start : span.end].text
        return Mention(text=sent.text, start=sent.start_char, end=sent.end_char, trigger=trigger)


@dataclass
class Happening:
    """Candidates that describe one event in one document."""

    members: list[Candidate] = field(default_factory=list)
    # The date of its first member whose date expression resolved; resolved once, by the
    # pipeline, and used both for merging and for the record.
    when: ResolvedDate | None = None
    # The riot whose deaths were folded into it, or at which arrests were made (`fold_riots`).
    kind: str | None = None
    setting: Happening | None = None

    @property
    def first(self) -> Candidate:
        return self.members[0]

    @property
    def event_type(self) -> str:
        return self.kind or self.first.event_type

    @property
    def main(self) -> Candidate:
        """The most informative mention: the highest-weight trigger, earliest on ties."""
        return max(self.members, key=lambda c: (c.hit.spec.weight, -c.hit.span.start))

    @property
    def mode(self) -> str | None:
        own = [c.mode for c in self.members if c.event_type == self.event_type]
        return max(own or [None], key=lambda m: MODE_RANK.get(m, 1))

    def place_names(self) -> list[str]:
        return [c.place.text for c in self.members if c.place is not None]


@dataclass(frozen=True)
class EventLexicon:
    """events.yaml: how mentions of one document become happenings."""

    setting_nouns: frozenset[str]
    setting_preps: frozenset[str]
    light_verbs: frozenset[str]
    crowd_nouns: frozenset[str]
    occurrence_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    mob_nouns: frozenset[str]


@cache
def lexicon() -> EventLexicon:
    raw = load_lexicon("events")
    return EventLexicon(*(frozenset(raw[f.name]) for f in fields(EventLexicon)))


def _date_span(
    trigger: Token, sentence: Span, events: frozenset[int] = frozenset()
) -> Span | None:
    dates = [e for e in entities_in(sentence) if e.label_ in ("DATE", "TIME")]
    if not dates:
        return None
    if trigger.pos_ in ("NOUN", "PROPN"):
        # A nominal mention takes only a date written on it ("Saturday's attack", "the 1974
        # bombing", "the attack on Monday"), or on the verb that performs it ("on Friday
        # imposed sanctions", "carried out an attack on Monday"); the sentence's other dates
        # are about something else ("In 1981 she published a book on the bombing").
        anchors = {trigger}
        light = _verb_in(trigger.head, lexicon().light_verbs)
        if trigger.dep_ in ("dobj", "nsubjpass") and light:
            anchors.add(trigger.head)
        # "there was an armed clash", "an explosion occurred", "a shootout took place"
        if trigger.dep_ in ("nsubj", "attr") and _verb_in(trigger.head, lexicon().occurrence_verbs):
            anchors.add(trigger.head)
        return next((e for e in dates if e.root.head in anchors or (
            e.root.head.head in anchors and e.root.head.dep_ == "prep")), None)
    # Prefer the date expression attached to the trigger's own clause.
    for ent in dates:
        if dates_clause(ent, trigger):
            return ent
    # Else a date of the sentence ("…, police said on Monday"; "attacked crowds flocking to the
    # airport on Thursday"), but not one inside the clause of another event ("…revenge for the
    # strike that killed Soleimani in January 2020"); `events` are the token indices of the
    # sentence's other triggers.
    # Of several, the nearest above it: "the next night, men trying to arrest him were shot".
    chain = [trigger, *trigger.ancestors]
    outer = [e for e in dates if not _in_other_event(e.root, set(chain), events)]
    return min(outer, key=lambda e: (_height(e.root.head, chain), e.label_ != "DATE"),
               default=None)


def _height(head: Token, chain: list[Token]) -> int:
    """How far up the trigger's heads a date hangs (through a preposition); else past them."""
    head = head.head if head.dep_ == "prep" else head
    return chain.index(head) if head in chain else len(chain)


def _verb_in(verb: Token, lemmas: frozenset[str]) -> bool:
    """The verb's lemma is one of these; the small model's lemmatizer misreads some past
    forms ("staged" as "stag"), so the regular past form is read too."""
    form = verb.lower_
    return verb.lemma_.lower() in lemmas or (
        form.endswith("ed") and (form[:-1] in lemmas or form[:-2] in lemmas)
    )


def dates_clause(date: Span, trigger: Token) -> bool:
    """Whether a date expression hangs from the trigger's own clause (the trigger or its head,
    within four steps up the parse)."""
    node = date.root
    for _ in range(4):
        if node in (trigger, trigger.head):
            return True
        if node.head == node:
            break
        node = node.head
    return False


def _in_other_event(token: Token, own: set[Token], events: frozenset[int]) -> bool:
    """The date hangs from another trigger before it reaches the event's own words: "the strike
    that killed Soleimani in January 2020", "charged over the April 15, 2013, attack"."""
    node = token
    while node.head != node and node not in own:
        node = node.head
        if node.i in events and node not in own:
            return True
    return False


CountsOf = Callable[[Span, str], Count | None]


def candidate_for(
    hit: TriggerHit, counts: CountsOf = casualties, events: frozenset[int] = frozenset()
) -> Candidate | None:
    """The event one trigger announces, read from its sentence. `counts` gives the sentence's
    dead or injured; the pipeline passes a per-document memo, since triggers share sentences.
    `events` are the token indices of the document's triggers (a date inside another event's
    clause is that event's)."""
    head = hit.head
    sentence = head.sent
    spec = hit.spec
    certainty = certainty_of(head, sentence)
    event_type, mode = spec.event_type, spec.mode
    acled_sub = spec.acled_sub
    # "could carry out an assassination for 500 rupees" is a threat, not an attack.
    if event_type == "ASSAULT" and certainty == "hypothetical":
        event_type, mode, acled_sub = "THREATEN", "attack", None
    weapon = spec.weapon
    if event_type == "ASSAULT":
        found = weapon_in(sentence, head)
        if found is not None:
            weapon = weapon or found.weapon
            if found.weapon and MODE_RANK.get(found.mode, 0) > MODE_RANK.get(mode, 0):
                mode = found.mode
            if found.weapon != "firearm" and (weapon in (None, "firearm", "bomb")):
                weapon = found.weapon
    actors, recipients = roles(head)
    if event_type == "THREATEN" and spec.event_type == "ASSAULT":
        actors = _speaker(head) or actors
        if idle_violence(head, actors):
            return None
    sides = actors[:1] if head.lemma_.lower() in argument_lexicon().clash_words else actors
    if event_type == "ASSAULT" and certainty != "hypothetical" and sides and all(
        a.head.lemma_.lower() in lexicon().crowd_nouns for a in sides
    ):
        # "protesters burned a police station" or "clashed with police" (a crowd as the first
        # side) riot; "a mob beat him": mob violence
        mob = any(a.head.lemma_.lower() in lexicon().mob_nouns for a in actors)
        event_type, mode, weapon = "PROTEST", "riot", None
        acled_sub = "Mob violence" if mob else None
    violent = event_type in event_families().harmful
    return Candidate(
        hit=hit, sentence=sentence, event_type=event_type, mode=mode, weapon=weapon,
        acled_sub=acled_sub, certainty=certainty, actors=actors, recipients=recipients,
        place=place_of(head, sentence), date_span=_date_span(head, sentence, events),
        dead=counts(sentence, "dead") if violent else None,
        injured=counts(sentence, "injured") if violent else None,
    )


def _speaker(trigger: Token) -> list[Argument]:
    """Who says the hypothetical deed would be done ("the commander boasted that his fighters
    could kill …"): the subject of the speech verb its clause hangs from."""
    node = trigger
    while node.head != node and node.dep_ in ("ccomp", "xcomp", "conj", "advcl", "dobj"):
        node = node.head
        if node.lemma_.lower() in lexicon().speech_verbs:
            return roles(node)[0]
    return []


SamePlace = Callable[[str, str], bool]


def _compatible(
    h: Happening, c: Candidate, c_when: ResolvedDate | None, tolerance_days: int,
    same_place: SamePlace,
) -> bool:
    if h.event_type != c.event_type:
        return False
    # Ground taken is its own happening unless told in the same sentence as the fighting for it
    # ("after heavy fighting, the Taliban captured Bazarak"): "retaking territory" in a later
    # paragraph is not how an earlier strike was done.
    territory = any(m.mode == "territory" for m in h.members)
    last = h.members[-1]
    if (c.mode == "territory") != territory and (
        c.sentence.start != last.sentence.start or last.anaphoric or c.anaphoric
    ):
        return False
    if h.when is not None and c_when is not None:
        # A victim may die of the wounds later ("A thirteenth victim died in 1977 of injuries
        # suffered during the attack"): a consequence dated after the event still belongs to it.
        h_date, c_date = h.when.start, c_when.start
        later = c_date >= h_date and c.hit.spec.lemma in _CONSEQUENCE
        slack = 0 if steps_from_anchor(c_when.text) else tolerance_days  # "the next day"
        if abs((h_date - c_date).days) > slack and not later:
            return False
    elif c.anaphoric or c.hit.spec.lemma in _CONSEQUENCE:
        return True
    names = h.place_names()
    if c.place is not None and names and not any(same_place(n, c.place.text) for n in names):
        return c.anaphoric or c.sentence.start == h.members[-1].sentence.start
    return True


def _named_by(h: Happening, c: Candidate) -> bool:
    """'the Quetta bombing', 'the Rolando attack': an anaphoric mention named after a place
    (or anything else) belongs to the happening of its type whose mentions use that name, even
    if another happening was reported in between or a sentence carries another date."""
    if h.event_type != c.event_type or not c.anaphoric:
        return False
    head = c.hit.head
    names = [t.text for t in head.lefts if t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"]
    return bool(names) and any(
        n in m.sentence.text for n in names for m in h.members if m.sentence != c.sentence
    )


# Within this many sentences of a happening's latest mention, a mention of its type joins it as
# before. Further on, long reports turn to other events ("It was the first death of a general
# since 2017, when a lieutenant general was killed"), so a violent mention that is not anaphoric
# ("the attack") starts a new happening when it brings what the happening lacks or contradicts:
# a date of its own for an undated happening, or named parties none of which the happening has.
NEAR = 2


def _names(c: Candidate) -> set[str]:
    """The proper names a mention gives its parties, lower-cased (places are `_compatible`'s)."""
    return {a.head.lower_ for a in (*c.actors, *c.recipients) if a.label or a.head.pos_ == "PROPN"}


def _other_event(
    h: Happening, c: Candidate, c_when: ResolvedDate | None, names: set[str]
) -> bool:
    # Harm is told apart this way (plover.yaml families.harmful); other kinds (statements,
    # arrests, protests) merge as before.
    if c.anaphoric or c.event_type not in event_families().harmful:
        return False
    if c_when is not None and h.when is None:
        return True
    mine = _names(c)
    return c.hit.spec.lemma not in _CONSEQUENCE and bool(mine) and bool(names) and not (
        mine & names
    )


def _strong(c: Candidate, h: Happening) -> bool:
    """Both a mention and a happening could stand as records on their own: a weak word ("were
    searching for") only joins, it is never told apart; a threat is its speaker's."""
    weak = min(c.hit.spec.weight, max(m.hit.spec.weight for m in h.members)) < 0.5
    return not weak or c.event_type == "THREATEN"


# Modes that cannot describe one act: "the bombing" is not the shooting told just before it.
_MODE_FAMILY = {"explosives": "blast", "suicide-attack": "blast", "shelling": "blast",
                "air": "blast", "drone": "blast", "firearms": "gun", "primitive": "gun"}


def _antecedents(fitting: list[Happening], c: Candidate) -> list[Happening]:
    """An undated anaphor ("the bombing", "the raids") refers to the latest happening told with
    the same word, else to the latest whose kind of violence does not contradict its own (a
    list of earlier attacks told in between does not capture it)."""
    same_word = [h for h in fitting if any(m.hit.spec.lemma == c.hit.spec.lemma
                                           for m in h.members)]
    if same_word:
        return same_word
    mine = _MODE_FAMILY.get(c.mode or "")
    agree = [h for h in fitting if mine is None or _MODE_FAMILY.get(h.mode or "", mine) == mine]
    return agree or fitting


def merge(
    candidates: list[Candidate], dates: list[ResolvedDate | None], same_place: SamePlace
) -> list[Happening]:
    """Group candidates into happenings, in document order.

    A mention joins the latest open happening of its type unless it carries a different date or
    names a place that cannot be the same (`same_place`: "Quetta" and "southwest Pakistan" can,
    "Quetta" and "Peshawar" cannot); anaphoric mentions ("the attack", "his assassination") and
    consequence words ("died", "wounded") join the most recent compatible happening. A violent
    mention more than `NEAR` sentences after a happening's latest mention is kept apart when it
    looks like another event (`_other_event`).
    """
    if not candidates:
        return []
    sentence_no = sentence_numbers(candidates[0].sentence.doc)
    happenings: list[Happening] = []
    last_seen: dict[int, int] = {}  # id(happening) -> sentence number of its latest member
    names: dict[int, set[str]] = {}
    for cand, cand_date in zip(candidates, dates, strict=True):
        at = sentence_no.get(cand.sentence.start, 0)
        fitting = [
            h for h in reversed(happenings)
            if _compatible(h, cand, cand_date, 1, same_place)
            and not (not cand.anaphoric and _strong(cand, h) and other_speaker(h.members, cand))
            and (at - last_seen[id(h)] <= NEAR
                 or not _other_event(h, cand, cand_date, names[id(h)]))
        ]
        if cand.anaphoric and cand_date is None and fitting:
            fitting = _antecedents(fitting, cand)
        named = next((h for h in reversed(happenings) if _named_by(h, cand)), None)
        target = named or next(iter(fitting), None)
        if target is None:
            target = Happening()
            happenings.append(target)
            names[id(target)] = set()
        target.members.append(cand)
        last_seen[id(target)] = at
        names[id(target)] |= _names(cand)
        if target.when is None:
            target.when = cand_date
    return happenings
