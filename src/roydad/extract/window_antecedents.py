"""Who a party word stands for when its own sentence does not say (news windows).

Wire copy names a party once and then refers back to it for a sentence or two: "Fighters loyal
to Boko Haram have stepped up raids ... The group ... On Saturday night the militants stormed
Konduga"; "The kidnappers arrived on motorcycles ... They abducted 40 students". The parse
resolves a pronoun only inside its sentence (`antecedents.py`); this module looks back a few
sentences (window_antecedents.yaml `window`):

* a definite or owned description of a group or its rank and file ("the group", "the
  militants", "its fighters"), doing the act, stands for the organisation named last before it
  in the window that the knowledge base knows as an armed group (not "the United Nations", a
  state's organ or a place the tagger took for a name);
* 'they'/'them' that nothing in the sentence resolves stand for the subject of the sentence
  before (of what was done, not of "said"): a plural noun or a body, with its apposition where
  it has one ("The men, both journalists ... They had been killed"); a description of a group
  found there is followed back to its name in turn when it is the doer;
* 'he'/'she' only where the text names no person before them (else the person named last
  stands for them, `records._person_before`): the subject of the sentence before, where it is a
  word for one person ("the bomber", "the commander"; window_antecedents.yaml `person_nouns`).

Rank and file said to be a named group's ("fighters loyal to Boko Haram", "militants from
al-Shabaab") are that group's, in any sentence.

As with a pronoun the parse resolves, the record keeps the words written here ("they", "the
militants") as the party's text, and the party they stand for is its name; a pronoun that stands
for a description adds the description's words as a second wording (`also_told`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from roydad.datafiles.text_lexicons import WindowAntecedentsFile
from roydad.extract.lexicon import load_lexicon
from roydad.extract.syntax import (
    Argument,
    actor_kb,
    entities,
    lemma,
    lexicon,
    phrase_of,
    sentence_numbers,
)

_PLURAL_TAGS = ("NNS", "NNPS")
_BODY_LABELS = ("ORG", "NORP")
# what the NER may call a group's name ("al-Shabaab" is at times a PERSON, "Houthis" a NORP)
_NAME_LABELS = ("ORG", "NORP", "PERSON", "GPE")


@cache
def _words() -> WindowAntecedentsFile:
    return WindowAntecedentsFile.model_validate(load_lexicon("window_antecedents"))


def in_window(arg: Argument, doer: bool, event_type: str) -> Argument:
    """The argument, or the party it refers back to in the sentences before it. `doer`: the
    argument did the act (role actor); only parties of the event types of window_antecedents.yaml
    are looked for (political violence and protest, not speech: who "they" asked or charged is
    told in the sentence)."""
    if arg.pronoun is not None or event_type not in _words().event_types:
        return arg  # the parse already said whom it stands for, or not an act of force
    head = arg.head
    if head.pos_ == "PRON" and arg.text.lower() == head.lower_:
        return _pronoun(arg, doer)
    group = _members_of(head)
    if group is not None:
        return _as_argument(group, pronoun=arg.text)
    if doer and _describes_group(head):
        found = _named_before(head.doc, head.sent, arg.start)
        if found is not None:
            return _as_argument(found, pronoun=arg.text)
    return arg


def also_told(told: Argument, found: Argument) -> list[str]:
    """Other words the record gives the party: a pronoun that stands for a description in a
    sentence before ("The kidnappers arrived ... They abducted 40 students") keeps its own word
    and adds the description's, a wording the text gives the party (as "gunmen" and "the
    kidnappers" are two wordings of one party); a name needs none (it is the party's name)."""
    if found is told or found.label or told.head.pos_ != "PRON":
        return []
    return [found.text]


def _pronoun(arg: Argument, doer: bool) -> Argument:
    head = arg.head
    words = _words()
    plural = head.lower_ in words.plural_pronouns
    if not plural and head.lower_ not in words.person_pronouns:
        return arg
    doc = head.doc
    if not plural and any(e.label_ == "PERSON" and e.start_char < arg.start
                          for e in entities(doc)):
        return arg  # the person named last before stands for it (records._person_before)
    subject = _previous_subject(doc, head.sent, plural)
    if subject is None:
        return arg
    if doer and _describes_group(subject):
        found = _named_before(doc, subject.sent, subject.idx)
        if found is not None:
            return _as_argument(found, pronoun=arg.text)
    return _as_argument(_words_of(subject), pronoun=arg.text)


def _members_of(token: Token) -> Span | None:
    """"Fighters loyal to Boko Haram", "militants from al-Shabaab", "gunmen linked to the
    PKK": rank and file said to be of an armed group the knowledge base knows are that
    group's."""
    words = _words()
    if lemma(token) not in lexicon().member_nouns and token.lower_ not in words.group_anaphors:
        return None
    # not "Taliban fighters and members of the AFF" (the 'of' hung on the list's first member)
    if any(t.ent_type_ or t.pos_ == "PROPN" for t in token.lefts) or any(
            c.dep_ == "conj" for c in token.children):
        return None
    after = token.i + 1  # right after the noun: "fighters loyal to", "militants from"
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in words.member_preps
             and c.i == after]
    for link in token.children:
        if link.dep_ in ("amod", "acl") and lemma(link) in words.membership_words and (
                link.i == after):
            preps.extend(c for c in link.children if c.dep_ == "prep")
    armed = words.armed_sectors
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            span = phrase_of(obj)
            if obj.ent_type_ in _NAME_LABELS and actor_kb().resolve(span.text).sector in armed:
                return span
    return None


def _describes_group(token: Token) -> bool:
    """'the militants', 'its fighters', 'the group': a definite or owned group noun with no
    name of its own in it ("the Islamic State group" names one)."""
    words = _words()
    if token.lower_ not in words.group_anaphors and lemma(token) not in words.group_anaphors:
        return False
    if any(t.ent_type_ or t.pos_ == "PROPN" for t in token.subtree):
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in words.referring_determiners
               for c in token.children)


def _sentences_before(doc: Doc, sentence: Span) -> list[Span]:
    """The window's sentences before `sentence`, nearest first."""
    numbers = sentence_numbers(doc)
    at = numbers.get(sentence.start)
    if at is None:
        return []
    sents = list(doc.sents)
    return [sents[i] for i in range(at - 1, max(-1, at - 1 - _words().window), -1)]


def _window_entities(doc: Doc, sentence: Span) -> list[Span]:
    earliest = min((s.start for s in _sentences_before(doc, sentence)), default=sentence.start)
    return [e for e in entities(doc) if earliest <= e.start and e.end <= sentence.end]


def _named_before(doc: Doc, sentence: Span, at: int) -> Span | None:
    """The armed group the knowledge base knows named last before character `at` in the
    window ending with `sentence` (not a place, a state's organ or an aid agency)."""
    armed = _words().armed_sectors
    found = [e for e in _window_entities(doc, sentence)
             if e.label_ in _NAME_LABELS and e.end_char <= at
             and actor_kb().resolve(e.text).sector in armed]
    return max(found, key=lambda e: e.start_char) if found else None


def _previous_subject(doc: Doc, sentence: Span, plural: bool) -> Token | None:
    """The subject of what was done in the nearest sentence before that has one agreeing with
    the pronoun (not the subject of a speech verb: "Residents said ...")."""
    words = _words()
    speech = lexicon().speaker_verbs
    for before in _sentences_before(doc, sentence):
        subjects = [t for t in before if t.dep_ in words.subject_deps
                    and t.pos_ in ("NOUN", "PROPN") and lemma(t.head) not in speech]
        agreeing = [t for t in subjects if _agrees(t, plural)]
        if agreeing:
            return agreeing[0]
    return None


def _agrees(token: Token, plural: bool) -> bool:
    words = lexicon()
    if lemma(token) in (words.event_nouns | words.abstract_nouns | words.not_party_nouns
                        | words.place_nouns | words.site_nouns | words.instrument_nouns):
        return False  # "Such threats", "the blasts", "the roads": no party
    body = token.ent_type_ in _BODY_LABELS or lemma(token) in (
        words.group_nouns | words.collective_nouns)
    if plural:
        return token.tag_ in _PLURAL_TAGS or body
    return token.ent_type_ == "PERSON" or (
        token.tag_ == "NN" and lemma(token) in _words().person_nouns)


def _words_of(token: Token) -> Span:
    """The noun phrase up to its head, or its apposition's where the head says little ("The
    men, both journalists with a radio station": both journalists)."""
    doc = token.doc
    if token.lower_ in _words().vague_heads:
        for appos in token.children:
            if appos.dep_ == "appos" and appos.pos_ in ("NOUN", "PROPN"):
                token = appos
                break
    return doc[token.left_edge.i : token.i + 1]


def _as_argument(words: Span, pronoun: str | None) -> Argument:
    head = words.root
    return Argument(text=words.text, start=words.start_char, end=words.end_char, head=head,
                    label=words.label_ or head.ent_type_, pronoun=pronoun)

