"""Merging candidates into happenings: a mention joins the latest compatible happening of its
type, unless its date, place, parties or speaker say it is another event."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from roydad.extract.certainty import NOT_HAPPENED
from roydad.extract.events import CONSEQUENCE, Candidate, Happening
from roydad.extract.lexicon import word_set
from roydad.extract.paragraphs import paragraph_no
from roydad.extract.patterns import pattern_apart, single_acts
from roydad.extract.referents import own_place, place_of, plural, referent_order, within
from roydad.extract.segments import same_segment
from roydad.extract.separate import other_speaker
from roydad.extract.separate_events import apart, new_in_paragraph, other_clause, turn_at
from roydad.extract.sequels import fight_after
from roydad.extract.syntax import sentence_numbers
from roydad.extract.timeline import counted_apart, told_before
from roydad.ontology import event_families
from roydad.resolve.dates import ResolvedDate, steps_from_anchor

SamePlace = Callable[[str, str], bool]
MOB = "Mob violence"


def _compatible(
    h: Happening, c: Candidate, c_when: ResolvedDate | None, tolerance_days: int,
    same_place: SamePlace,
) -> bool:
    if h.event_type != c.event_type or pattern_apart(h, c) or new_in_paragraph(h, c) or (
            fight_after(h, c)):
        return False
    # Ground taken is its own happening unless told in the same sentence as the fighting for it
    # ("after heavy fighting, the Taliban captured Bazarak"): "retaking territory" in a later
    # paragraph is not how an earlier strike was done.
    territory = any(m.mode == "territory" for m in h.members)
    last = h.members[-1]
    # A bare toll after ground taken ("... recaptured the town after fierce fighting.
    # Fatalities: 12.") counts the dead of that fighting.
    toll = territory and c.mode is None and c.hit.spec.lemma in CONSEQUENCE
    if (c.mode == "territory") != territory and not toll and (
        c.sentence.start != last.sentence.start or last.anaphoric or c.anaphoric
    ):
        return False
    if c.anaphoric and c.event_type == "PROTEST" and c.mode != "riot" and all(
            m.acled_sub == MOB for m in h.members):
        return False  # "the march" is no lynching told before it
    if c_when is None and not c.anaphoric and _spanning(h) and paragraph_no(c.sentence) > max(
            paragraph_no(m.sentence) for m in h.members):
        # "Over the past year the gangs have attacked three towns" sums up a stretch of time;
        # an undated act a later paragraph tells ("The police fired tear gas") is not one of it
        return False
    if h.when is None and c_when is not None and c_when.precision in ("month", "year") and (
            told_before(c) and not c.anaphoric and not any(told_before(m) for m in h.members)):
        # "[the attack at Tamasgo ...] Tamasgo had been hit once before, in June 2024": a
        # flashback told in the pluperfect is not the undated happening the story opened with
        return False
    if h.when is not None and c_when is not None and not (
            c.anaphoric and within(c_when, h.when)):
        # A victim may die of the wounds later ("A thirteenth victim died in 1977 of injuries
        # suffered during the attack"): a consequence dated after the event still belongs to it.
        h_date, c_date = h.when.start, c_when.start
        later = c_date >= h_date and c.hit.spec.lemma in CONSEQUENCE
        slack = tolerance_days if _night_apart(h.when, c_when) else 0
        if abs((h_date - c_date).days) > slack and not later:
            return False
        # a day apart is the same night told twice, not an abduction on Tuesday and a bombing
        # on Wednesday: kinds of violence that differ tell two happenings
        if h_date != c_date and not later and _other_kind(h, c):
            return False
    elif c.anaphoric or c.hit.spec.lemma in CONSEQUENCE:
        return True
    names = h.place_names()
    # a referent's place is only one its own phrase gives ("the Ilaga raid"): "the police in
    # Natitingou said the raid ..." does not say where the raid was
    c_place = place_of(c)
    if c_place is not None and names and (not any(same_place(n, c_place) for n in names)
                                          or _other_town(names, c_place, same_place)):
        # "the attack" may name where it hit in other words; "the killing that shocked the
        # province took place in As Sanamayn on 28 April" brings a date and a place of its own
        # and is not the shooting in Tafas told before it.
        return (c.anaphoric and c_when is None) or (
            c.sentence.start == last.sentence.start and not other_clause(last, c))
    return True


def _other_town(names: list[str], place: str, same_place: SamePlace) -> bool:
    """The happening's places hold another place of the region the mention's place lies in:
    "Matéri" is in "Atakora" but is not "Kérou", so a happening told in Kérou and in the
    Atakora department is not the bombing in Matéri (two towns of one region are two
    happenings, whatever wider name they share)."""
    return any(not same_place(n, place) and any(
        same_place(r, place) and same_place(r, n) for r in names if r != n) for n in names)


def _spanning(h: Happening) -> bool:
    """The happening is dated by a stretch of days ("over the past year", "since March")."""
    return h.when is not None and h.when.end is not None and h.when.end > h.when.start


def _night_apart(a: ResolvedDate, b: ResolvedDate) -> bool:
    """Two dates that may tell one night a day apart: one of them names the edge of a day ("late
    on Sunday", "overnight", "Monday night"), or is less precise than a day. Two days each
    written plainly ("on Tuesday", "On Wednesday", "the next day") are two days."""
    if a.precision != "day" or b.precision != "day":
        return True
    if steps_from_anchor(a.text) or steps_from_anchor(b.text):
        return False
    return any(w in day_edges() for d in (a, b) for w in d.text.lower().split())


day_edges = partial(word_set, "separate_events", "day_edges")


_telling_verbs = partial(word_set, "separate_events", "telling_verbs")


def _telling_date(c: Candidate) -> bool:
    """The deed is told by a verb that denies, claims or reports it ("JNIM denied killing them
    in an audio message on 19 June", "the group claimed the attack on Monday"): a date of the
    clause may be the telling's, so it does not tell the deed apart from one dated otherwise."""
    head = c.hit.head
    verb = head.head
    # the telling comes first, in the deed's clause ("shot dead a leader in May; no group
    # claimed that killing" is no claim of the shooting, however the parser hangs it)
    return (c.date_span is not None and verb.i < head.i and head.dep_ in _TOLD_DEPS
            and same_segment(verb, head) and verb.lemma_.lower() in _telling_verbs())


_TOLD_DEPS = frozenset({"xcomp", "ccomp", "dobj"})


def _other_kind(h: Happening, c: Candidate) -> bool:
    """A mention told as done with another kind of violence than the happening's (a deed only
    denied or planned is no other happening by its kind)."""
    modes = {m.mode for m in h.members if m.mode is not None}
    return (c.mode is not None and bool(modes) and c.mode not in modes
            and c.certainty not in NOT_HAPPENED)


def _named_by(h: Happening, c: Candidate) -> bool:
    """'the Quetta bombing', 'the Rolando attack': an anaphoric mention named after a place
    (or anything else) belongs to the happening of its type whose mentions use that name, even
    if another happening was reported in between or a sentence carries another date."""
    if h.event_type != c.event_type or not c.anaphoric:
        return False
    head = c.hit.head
    # ("the Tuesday bombing" names its day, not the happening: a date is `_compatible`'s)
    names = [t.text for t in head.lefts if t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"
             and t.ent_type_ not in ("DATE", "TIME")]
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
    if c.event_type not in event_families().harmful:
        return False
    # a date of its own for an undated happening told further back: "The killing that shocked
    # the province took place on 28 April" is not the undated shooting three paragraphs before
    if c_when is not None and h.when is None:
        return True
    if c.anaphoric:
        return False
    if c.hit.spec.lemma not in CONSEQUENCE and _vague_past(h, c, c_when):
        return True
    mine = _names(c)
    # A happening dated by a span ("between January and June, gunmen killed former rebels")
    # sums up a wave; a mention told later with a place or a named party of its own is one of
    # its events, not the summary.
    spanning = h.when is not None and h.when.end is not None and h.when.end > h.when.start
    if spanning and c.hit.spec.lemma not in CONSEQUENCE and (c.place is not None or mine):
        return True
    return c.hit.spec.lemma not in CONSEQUENCE and bool(mine) and bool(names) and not (
        mine & names
    )


def _vague_past(h: Happening, c: Candidate, c_when: ResolvedDate | None) -> bool:
    """A later paragraph tells an undated act after a happening known only by its month or a
    stretch of time ("In October, gunmen killed seventy people in Pont-Sondé" ... "The police
    fired tear gas"): nothing dates the act to that month, and the paragraph has moved on."""
    if c_when is not None or c.hit.is_nominal or h.when is None or h.when.precision == "day":
        return False
    return paragraph_no(c.sentence) > max(paragraph_no(m.sentence) for m in h.members)


def _strong(c: Candidate, h: Happening) -> bool:
    """Both a mention and a happening could stand as records on their own: a weak word ("were
    searching for") only joins, it is never told apart; a threat is its speaker's."""
    weak = min(c.hit.spec.weight, max(m.hit.spec.weight for m in h.members)) < 0.5
    return not weak or c.event_type == "THREATEN"


# Modes that cannot describe one act: "the bombing" is not the shooting told just before it.
_MODE_FAMILY = {"explosives": "blast", "suicide-attack": "blast", "shelling": "blast",
                "air": "blast", "drone": "blast", "firearms": "gun", "primitive": "gun"}


def _antecedents(
    fitting: list[Happening], c: Candidate, happenings: list[Happening], same_place: SamePlace
) -> list[Happening]:
    """An anaphor ("the bombing", "the raids") refers to a happening whose kind of violence
    does not contradict its own (a list of earlier attacks told in between does not capture
    it, nor a pattern of acts one act: "the attack"): the one its phrase names a place of, else
    the latest told with the same word, else the latest told in its paragraph or the one
    before, else the article's main happening of its type (`referents.referent_order`). A plural
    ("the killings") sums up the latest told with its word, else the latest of its kind."""
    fitting = single_acts(fitting, c)
    if plural(c):  # "the killings" sums up those told with that word, latest first
        same_word = [h for h in fitting if any(m.hit.spec.lemma == c.hit.spec.lemma
                                               for m in h.members)]
        if same_word:
            return same_word
    mine = _MODE_FAMILY.get(c.mode or "")
    agree = [h for h in fitting if mine is None or _MODE_FAMILY.get(h.mode or "", mine) == mine]
    if plural(c):
        return agree or fitting
    own = {id(h) for h in fitting if _owns(h, c, same_place)}
    return referent_order(agree or fitting, c, happenings, own)


def _own_first(fitting: list[Happening], c: Candidate, same_place: SamePlace) -> list[Happening]:
    """Of the happenings a mention may join, first those its own words point to: a toll word
    goes with the act told in its clause ("gunmen shot dead two drivers": "dead" is the
    shooting's, not an air strike's told in the line before), an anaphor naming a place of its
    own with the happening told at that place ("after the arrests in Addis Ababa", not the
    arrests in Bahir Dar told last)."""
    return sorted(fitting, key=lambda h: not _owns(h, c, same_place))


def _owns(h: Happening, c: Candidate, same_place: SamePlace) -> bool:
    if c.hit.spec.lemma in CONSEQUENCE and not c.anaphoric:
        return any(same_segment(m.hit.head, c.hit.head) for m in h.members)
    if c.anaphoric and c.place is not None and c.hit.head in c.place.head.ancestors:
        place = c.place.text  # the anaphor's own place, not its sentence's
        return any(same_place(n, place) for n in h.place_names())
    return False


def _looks_back(c: Candidate) -> bool:
    """A toll told of people already named dead: "the dead", "the families of the dead"."""
    return c.hit.spec.lemma in CONSEQUENCE and (c.anaphoric or any(
        t.dep_ == "det" and t.lower_ == "the" for t in c.hit.head.children))


def _verbs_first(
    candidates: list[Candidate], dates: list[ResolvedDate | None]
) -> tuple[list[Candidate], list[ResolvedDate | None]]:
    """A noun that is the doer or the target of a verb of the same kind in its sentence ("a
    suicide bomber killed 24 students") is merged right after that verb: it is the verb's act,
    not the act told in the sentence before."""
    by_head = {c.hit.head.i: n for n, c in enumerate(candidates)}
    order: list[tuple[float, int]] = []
    for n, c in enumerate(candidates):
        head = c.hit.head
        # ("Another attack killed a soldier" keeps its cue first)
        verb = by_head.get(head.head.i) if c.hit.is_nominal and not c.anaphoric and (
            head.dep_ in _DOER_OR_TARGET) and turn_at(c) is None else None
        after = verb is not None and verb > n and candidates[verb].event_type == c.event_type
        order.append((verb + 0.5 if after and verb is not None else float(n), n))
    ranked = [n for _, n in sorted(order)]
    return [candidates[n] for n in ranked], [dates[n] for n in ranked]


_DOER_OR_TARGET = frozenset({"nsubj", "nsubjpass", "dobj"})


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
    candidates, dates = _verbs_first(candidates, dates)
    sentence_no = sentence_numbers(candidates[0].sentence.doc)
    happenings: list[Happening] = []
    last_seen: dict[int, int] = {}  # id(happening) -> sentence number of its latest member
    names: dict[int, set[str]] = {}
    last_token: dict[int, int] = {}  # id(happening) -> token of its latest mention
    for cand, cand_date in zip(candidates, dates, strict=True):
        at = sentence_no.get(cand.sentence.start, 0)
        own_date = None if _telling_date(cand) else cand_date  # the deed's, not its telling's
        # the happening told last first ("the mission said it had killed nine" goes with the
        # clash just told, not with an attack opened earlier and told in the paragraph before);
        # an anaphor refers to a happening, it does not tell it again
        fitting = [
            h for h in sorted(reversed(happenings), key=lambda h: -last_token[id(h)])
            if _compatible(h, cand, own_date, 1, same_place)
            and not (not cand.anaphoric and _strong(cand, h) and other_speaker(h.members, cand))
            and (at - last_seen[id(h)] <= NEAR
                 or not _other_event(h, cand, own_date, names[id(h)]))
            and not counted_apart(h.members, cand)
        ]
        fitting = _own_first(fitting, cand, same_place)
        if (turn := turn_at(cand)) is not None:  # "In a separate incident, ..."
            fitting, cand = apart(fitting, cand, turn)
        if cand.anaphoric and fitting:
            fitting = _antecedents(fitting, cand, happenings, same_place)
        named = next((h for h in reversed(happenings) if _named_by(h, cand)), None)
        target = named or next(iter(fitting), None)
        if target is None and _looks_back(cand) and happenings:
            # "the families of the dead" told on a later day and elsewhere looks back at a
            # toll; it tells no act of its own
            continue
        if target is None:
            target = Happening()
            happenings.append(target)
            names[id(target)] = set()
        elif (cand.anaphoric or _looks_back(cand)) and cand.place is not None and not (
                own_place(cand)):
            # it refers to a happening told before: a place elsewhere in its sentence ("hours
            # before the killings, the president met the commanders in Cotonou", "promised
            # compensation to the families of the dead in Islamabad") does not move it
            cand = replace(cand, place=None)
        target.members.append(cand)
        last_seen[id(target)] = at
        if not cand.anaphoric or id(target) not in last_token:  # told, not referred to
            last_token[id(target)] = max(last_token.get(id(target), -1), cand.hit.head.i)
        names[id(target)] |= _names(cand)
        if target.when is None:
            target.when = cand_date
    for h in happenings:  # told in document order again (`_verbs_first` only decides joins)
        h.members.sort(key=lambda c: c.hit.span.start)
    return happenings
