"""A pattern of acts is not one act (issue 13 §8, long analyses): "JNIM has besieged Timbuktu,
shelled the airport in Gao and attacked boats on the Niger", "the group has repeatedly bombed
minibuses" list what a party has done over months, told in the present perfect. Such a list is
one happening of its own (the analyses gold codes it as one key event dated by its span); a
dated, placed attack told next to it ("In February 2023, a bomb killed four soldiers near
Sévaré") is another, and "the attack" said later of one act does not refer to the list.

A mention tells a pattern when its verb is in the present perfect ("has attacked", "have
been shelled") and either an adverb says it is done over and over (separate_events.yaml
`habitual_adverbs`), or it acts on a bare plural ("attacked Shia mosques", "bombed
minibuses": no article, no number), either of them said of any act of the list it belongs to.
A news lead in the present perfect ("Gunmen have killed 12 people in Zamfara") counts its
victims and tells one act."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from spacy.tokens import Token

from roydad.extract.events import CONSEQUENCE, Candidate, Happening
from roydad.extract.lexicon import word_set
from roydad.extract.syntax import entities_in
from roydad.models import Document
from roydad.ontology import event_families
from roydad.resolve.dates import resolve_date

_PRESENT = frozenset({"VBZ", "VBP"})
_OBJECTS = frozenset({"dobj"})
_BOUND = frozenset({"det", "nummod", "poss", "quantmod"})


_habitual = partial(word_set, "separate_events", "habitual_adverbs")


def _perfect_verb(verb: Token) -> Token | None:
    """The verb whose present-perfect auxiliary the trigger's clause shares: itself, or the
    first verb of the list it is joined to ("has besieged Timbuktu, shelled the airport")."""
    node = verb
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in _PRESENT
               for c in node.children):
            return node
        if node.dep_ != "conj" or node.head == node:
            return None
        node = node.head
    return None


def _bare_plural(noun: Token) -> bool:
    """"mosques", "Shia gatherings": no article, no number (nor a number itself: "thousands")."""
    return (noun.tag_ in ("NNS", "NNPS") and not noun.ent_type_ and not noun.like_num
            and not any(c.dep_ in _BOUND for c in noun.children))


def _list_of(perfect: Token) -> list[Token]:
    """The verbs joined under one auxiliary: "has besieged X, shelled Y and attacked Z"."""
    out = [perfect]
    for verb in out:
        out += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                and not any(a.dep_ == "aux" for a in c.children)]
    return out


def is_pattern(c: Candidate) -> bool:
    """The mention tells a pattern of acts done over time, not one act: its list of acts (or
    its own verb) is done again and again, or done to a bare plural."""
    verb = c.hit.head
    if c.hit.is_nominal or c.anaphoric or verb.pos_ not in ("VERB", "AUX"):
        return False
    if c.event_type not in event_families().harmful:  # "police have urged people to ..."
        return False
    if c.hit.spec.lemma in CONSEQUENCE:
        return False
    perfect = _perfect_verb(verb)
    if perfect is None:
        return False
    for act in _list_of(perfect):
        if any(t.dep_ == "advmod" and t.lower_ in _habitual() for t in act.children):
            return True
        if any(o.dep_ in _OBJECTS and _bare_plural(o) for o in act.children):
            return True
    return False


def _telling(c: Candidate) -> bool:
    """A mention that could tell an act of its own (not "the attack", not "died")."""
    return not c.anaphoric and c.hit.spec.lemma not in CONSEQUENCE


def pattern_apart(h: Happening, c: Candidate) -> bool:
    """A pattern of acts and one act are two happenings, whichever is told first; a death told
    after a pattern ("gunmen shot dead a leader in Tank in May") is one act's, not the
    pattern's."""
    if c.anaphoric:
        return False
    told = [m for m in h.members if _telling(m)]
    if not told:
        return False
    return all(map(is_pattern, told)) != is_pattern(c)


def single_acts(fitting: list[Happening], c: Candidate) -> list[Happening]:
    """The happenings an anaphor naming one act ("the attack", "the bombing") may refer to: not
    a pattern of acts, unless nothing else fits."""
    if c.hit.head.tag_ not in ("NN", "NNP"):
        return fitting
    single = [h for h in fitting
              if not (told := [m for m in h.members if _telling(m)]) or not all(
                  map(is_pattern, told))]
    return single or fitting


def date_patterns(happenings: list[Happening], document: Document) -> None:
    """Date each pattern of acts by the span it covers: a span the text gives in its sentence
    or the one before ("since 2022", "over the past three years"), else the year before the
    report (the present perfect reaches up to the time of writing). A day is no pattern's date:
    "ISKP has attacked schools before: a bomber killed 24 on 24 October 2020" dates an example."""
    if document.pub_date is None:
        return
    for h in happenings:
        told = [m for m in h.members if _telling(m)]
        spanned = h.when is not None and h.when.end is not None and h.when.end > h.when.start
        if spanned or not told or not all(map(is_pattern, told)):
            continue
        sentence = told[0].sentence
        before = sentence.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
        spans = [resolve_date(e.text, document.pub_date) for s in (sentence, before)
                 for e in entities_in(s) if e.label_ == "DATE"]
        given = [w for w in spans if w is not None and w.end is not None and w.end > w.start]
        h.when = given[0] if given else resolve_date(_RECENT, document.pub_date)


_RECENT = "the past year"


def without_patterns(happenings: list[Happening]) -> list[Happening]:
    """A short report (a note, a wire item of one paragraph) that recalls what a group has done
    before ("ISKP has attacked Hazara schools before") tells it as background to its one event,
    and ACLED codes only that event; a long analysis codes the list as one happening. A note
    about the pattern alone ("Rebels have shelled army positions every night since March")
    codes it."""
    def pattern(h: Happening) -> bool:
        told = [m for m in h.members if _telling(m)]
        return bool(told) and all(map(is_pattern, told))

    acts = [h for h in happenings if h.event_type in event_families().harmful and not pattern(h)]
    return [h for h in happenings if not (acts and pattern(h))]


def lend_doers(happenings: list[Happening]) -> None:
    """Acts told after a colon as examples of a pattern ("ISKP has attacked Hazara schools
    before: a suicide bomber killed 24 students on 24 October 2020, and car bombs killed 85 on
    8 May 2021") are the pattern's doer's acts, when they name no doer of their own."""
    for pattern in happenings:
        told = [m for m in pattern.members if _telling(m)]
        if not told or not all(map(is_pattern, told)) or not told[0].actors:
            continue
        lead = told[0]
        colon = next((t.i for t in lead.sentence if t.text == ":" and t.i > lead.hit.head.i),
                     None)
        if colon is None:
            continue
        for h in happenings:
            if h is pattern or any(a.label for m in h.members for a in m.actors):
                continue
            h.members = [replace(m, actors=[*lead.actors, *m.actors])
                         if m.sentence.start == lead.sentence.start and m.hit.head.i > colon
                         else m for m in h.members]
