"""From trigger hits to happenings: one candidate per trigger, merged when they describe the same
real-world event ("killed in an explosion … his assassination … claimed the explosion")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import cache, partial

from spacy.tokens import Span, Token

from roydad.extract.arguments import Argument, place_of, roles
from roydad.extract.certainty import certainty_of
from roydad.extract.clash_sides import two_communities
from roydad.extract.earlier_counts import earlier_scope
from roydad.extract.lexicon import load_lexicon, word_set
from roydad.extract.mobs import is_mob
from roydad.extract.nonevents import idle_violence
from roydad.extract.numbers import Count, casualties
from roydad.extract.places.mentions import dateline
from roydad.extract.report_days import in_dateline
from roydad.extract.segments import segment_of, segments_before
from roydad.extract.syntax import entities_in
from roydad.extract.syntax import lexicon as argument_lexicon
from roydad.extract.triggers import TriggerHit
from roydad.extract.weapons import weapon_in
from roydad.models import Certainty, Mention
from roydad.ontology import event_families
from roydad.resolve.dates import ResolvedDate

# Generic modes give way to specific ones when mentions merge (events.yaml `mode_rank`).
MODE_RANK: dict[str | None, int] = {None: 0, **load_lexicon("events")["mode_rank"]}
# "neither meeting" refers back to the happenings told before ("both attacks" may sum up two)
_ANAPHORIC = {"the", "this", "that", "his", "her", "their", "its", "these", "those", "neither"}
# Triggers that only report a consequence; they join an event, rarely stand alone.
CONSEQUENCE = {"die", "wound", "injure", "dead", "injury", "succumb", "toll", "fatality"}
# A trigger's own arguments: a date on "car bombs" in "car bombs killed 85" dates the killing.
_OWN_DEPS = ("nsubj", "nsubjpass", "dobj")


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
    date_spans: tuple[Span, ...]  # the dates that may be the event's, best first
    dead: Count | None
    injured: Count | None

    @property
    def date_span(self) -> Span | None:
        """The date expression that most likely dates the event."""
        return self.date_spans[0] if self.date_spans else None

    @property
    def anaphoric(self) -> bool:
        head = self.hit.head
        # a gerund with an article is a noun: "the Khair Khana killing", "the shooting"
        nominal = self.hit.is_nominal or head.tag_ == "VBG"
        # "their suicide bombers": the owner of a doer is his group, not an act told before
        doer = head.lemma_.lower() in _doers() or head.lower_ in _doers()
        return nominal and any(
            c.lower_ in _ANAPHORIC for c in head.children
            if c.dep_ == "det" or (c.dep_ == "poss" and not doer)
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

    def sentences(self, numbers: dict[int, int]) -> set[int]:
        """The numbers of its members' sentences (`syntax.sentence_numbers` of the document)."""
        return {numbers.get(c.sentence.start, 0) for c in self.members}


# Nouns for who does an act ("bomber", "gunmen"): suppositions.yaml perpetrator_nouns.
_doers = partial(word_set, "suppositions", "perpetrator_nouns")


@dataclass(frozen=True)
class EventLexicon:
    """events.yaml: how mentions of one document become happenings."""

    setting_nouns: frozenset[str]
    setting_preps: frozenset[str]
    light_verbs: frozenset[str]
    crowd_nouns: frozenset[str]
    occurrence_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    report_words: frozenset[str]
    day_words: frozenset[str]


@cache
def lexicon() -> EventLexicon:
    raw = load_lexicon("events")
    return EventLexicon(*(frozenset(raw[f.name]) for f in fields(EventLexicon)))


def _date_spans(
    trigger: Token, sentence: Span, events: frozenset[int] = frozenset()
) -> list[Span]:
    """The date expressions that may date the trigger's event, best first: when the first does
    not resolve ("Two days after the ambush, on 9 September, ...") the next is read."""
    # a dateline's date is the report's (`report_days`), never the event's own
    dates = [e for e in entities_in(sentence)
             if e.label_ in ("DATE", "TIME") and not in_dateline(e)]
    if not dates:
        return []
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
        # "the blast on Sunday afternoon": the day hangs where its time of day does, and
        # names the day better than the time alone
        return sorted((e for e in dates if _hung(e).head in anchors or (
            _hung(e).head.head in anchors and _hung(e).head.dep_ == "prep")),
            key=lambda e: not names_day(e))[:1]
    # A date hung on a word that reports the event ("opened fire late Sunday, killing 11,
    # police said on Monday") dates the report: it bounds the event's day (`when.py`). One that
    # opens the sentence sets its scene ("On 17 December the ministry announced that its agents
    # had arrested six people"): the event takes it when the sentence gives no other.
    told = [e for e in dates if reported(e, trigger)]
    dates = [e for e in dates if e not in told]
    scene = [e for e in told if opens(e)]
    # Prefer the date expression attached to the trigger's own clause, a calendar date before a
    # time of day ("Overnight on 11-12 June 2022, a drone hit ...").
    # One inside another event's clause last ("On 14 September X was shot; on 5 October Y was
    # killed": the first date hangs from "shot", below "killed"); a date on the trigger's own
    # subject or object is its own ("on 8 May car bombs killed 85").
    chain = [trigger, *trigger.ancestors]
    args = {c for c in trigger.children if c.dep_ in _OWN_DEPS}
    own = {*chain, *args}
    # Of two, the one on the trigger itself (or its own subject or object) before one on its
    # head: "In October a man was found shot dead, and in November gunmen killed a commander"
    # ("killed" hangs on "found"); "..., and on 8 May car bombs killed 85". A verb joined to
    # another with a date of its own keeps it.
    clause = sorted((e for e in dates if dates_clause(e, trigger)),
                    key=lambda e: (_in_other_event(e.root, own, events), not names_day(e),
                                   not _own_date_of_conjunct(e, trigger),
                                   0 if e.root.head in args else _height(_hung(e).head, chain)))
    # Else a date of the sentence ("attacked crowds flocking to the airport on Thursday"), but
    # not one inside the clause of another event ("…revenge for the strike that killed
    # Soleimani in January 2020"); `events` are the token indices of the sentence's triggers.
    # Of several, the nearest above it: "the next night, men trying to arrest him were shot".
    outer = sorted((e for e in dates if not _in_other_event(e.root, set(chain), events)
                    and e not in clause),
                   key=lambda e: (_height(_hung(e).head, chain), not names_day(e)))
    return clause + outer + scene


def _hung(date: Span) -> Token:
    """The word a date hangs by: "Tuesday" of "on Tuesday morning" (a DATE the parse hangs on
    the TIME "morning") hangs where its time of day does."""
    root = date.root
    while root.dep_ == "compound" and root.head.ent_type_ in ("DATE", "TIME"):
        root = root.head
    return root


def names_day(date: Span) -> bool:
    """A date, or a time of day that names its day ("yesterday evening", "late last night", "on
    Tuesday morning"; events.yaml `day_words`): either dates a deed to the day."""
    if date.label_ == "DATE":
        return True
    words = date.text.lower().split()
    return any(" ".join(words[i : i + len(w.split())]) == w
               for w in lexicon().day_words for i in range(len(words)))


def _own_date_of_conjunct(date: Span, trigger: Token) -> bool:
    """The date hangs (through a preposition) on a verb joined to the sentence's main one."""
    head = date.root.head
    head = head.head if head.dep_ == "prep" else head
    return trigger.dep_ == "conj" and trigger.pos_ == "VERB" and head == trigger


def reported(date: Span, trigger: Token | None = None) -> bool:
    """The date dates the report, not the deed: it hangs on a word of reporting other than the
    trigger, directly or through prepositions and their objects ("police said on Monday",
    "according to state media on 16 May", "in a statement on Tuesday")."""
    words = lexicon().report_words
    if trigger is not None and _verb_in(trigger, words | lexicon().speech_verbs):
        return False  # a statement is the event: "In a statement on 20 October, X warned ..."
    sentence = date.root.sent
    if opens(date):
        # "On 21 January, the group said its fighters had attacked ..." dates the statement;
        # "Earlier this month, gunmen killed two men, police said on 20 October" and "In the week
        # of 7 March (as reported on 14 March), militants killed ..." date the deed
        root = sentence.root
        return root != trigger and _verb_in(root, words) and (
            trigger is None or root.i < trigger.i)
    node = date.root
    for _ in range(4):
        if node.head == node or node == trigger:
            return False
        node = node.head
        if node != trigger and (node.lower_ in words or _verb_in(node, words)):
            return True
        if node.dep_ not in ("prep", "pobj", "agent"):
            return False
    return False


def opens(date: Span) -> bool:
    """The date opens its sentence, or the clause after its colon or semicolon, at most after a
    preposition ("On 3 May, ...", "On land the war goes on: on Saturday, troops said ...")."""
    start = date.root.sent.start
    start = max((t.i + 1 for t in date.doc[start : date.start] if t.text in (":", ";")),
                default=start)
    before = date.doc[start : date.start]
    return all(t.pos_ in ("ADP", "PUNCT", "ADV") for t in before) and len(before) <= 2


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
    within four steps up the parse); a day hangs where its time of day does ("on Sunday
    afternoon")."""
    node = _hung(date)
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
        found = weapon_in(segment_of(head), head)  # not another clause's bomb
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
    # a trigger that names a gunfight ("exchanged gunfire", "a shoot-out") is an armed clash
    # whoever fights it: villagers or vigilantes who trade fire are armed, not a crowd
    gunfight = acled_sub == "Armed clash" and spec.weapon == "firearm"
    if event_type == "ASSAULT" and certainty != "hypothetical" and sides and not gunfight and all(
        a.head.lemma_.lower() in lexicon().crowd_nouns for a in sides
    ) and not (acled_sub == "Armed clash" and two_communities([a.head for a in sides])):
        # "protesters burned a police station" or "clashed with police" (a crowd as the first
        # side) riot; "a mob beat him": mob violence
        mob = is_mob(head, mode, actors, recipients)
        event_type, mode, weapon = "PROTEST", "riot", None
        acled_sub = "Mob violence" if mob else None
    # a crowd's violence kills too: ACLED counts a riot's or a lynching's dead
    violent = event_type in event_families().harmful or mode == "riot"
    # an earlier event told to place this one counts the dead of its own clause
    scope = earlier_scope(head)
    counted = sentence if scope is None else sentence.doc[scope[0]:scope[1]]
    return Candidate(
        hit=hit, sentence=sentence, event_type=event_type, mode=mode, weapon=weapon,
        acled_sub=acled_sub, certainty=certainty, actors=actors, recipients=recipients,
        place=_place(head, sentence), date_spans=tuple(_date_spans(head, sentence, events)),
        dead=counts(counted, "dead") if violent else None,
        injured=counts(counted, "injured") if violent else None,
    )


def _place(trigger: Token, sentence: Span) -> Argument | None:
    """Where the event happened, read first in the trigger's own clause ("...; two days later,
    jets struck hideouts in Khost province" is not where the first clause's bombing was), then
    in the clauses before it, nearest first ("..., and the Taliban said eight died"), then in
    the whole sentence."""
    for segment in (segment_of(trigger), *segments_before(trigger)):
        place = place_of(trigger, segment)
        # a clause's fallback may be the dateline right before it ("QUETTA — Four soldiers
        # were killed and five wounded when militants attacked ... in Zhob"): the sentence may
        # still name where it happened
        if place is not None and not dateline(place.head):
            return place
    return place_of(trigger, sentence)


def _speaker(trigger: Token) -> list[Argument]:
    """Who says the hypothetical deed would be done ("the commander boasted that his fighters
    could kill …"): the subject of the speech verb its clause hangs from."""
    node = trigger
    while node.head != node and node.dep_ in ("ccomp", "xcomp", "conj", "advcl", "dobj"):
        node = node.head
        if node.lemma_.lower() in lexicon().speech_verbs:
            return roles(node)[0]
    return []
