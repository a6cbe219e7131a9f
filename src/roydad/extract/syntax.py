"""Shared vocabulary for reading a trigger's arguments off the dependency parse: the word
classes of `arguments.yaml`, the Argument record and small parse helpers."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache, partial

from spacy.tokens import Doc, Span, Token

from roydad.extract.lexicon import word_set
from roydad.resolve.actors import STANCE_PREFIXES, ActorResolver

# How the actor KB must have recognised a word for it to name a party (not a guess).
KNOWN_MATCHES = frozenset({"alias", "fuzzy", "generic", "title"})
# Nominal modifiers that belong to the phrase an argument is written as.
_PHRASE_DEPS = {"compound", "amod", "nmod", "nummod", "quantmod", "flat"}


@dataclass(frozen=True)
class Argument:
    text: str
    start: int  # character offsets in the document
    end: int
    head: Token
    label: str  # the entity label or "" for a common noun phrase
    # The pronoun written in the party's place ("Castaner said *he* has instructed", "Chávez,
    # *who* died"): the argument itself is the party it stands for; the record keeps both.
    pronoun: str | None = None


@dataclass(frozen=True)
class ArgumentLexicon:
    undergoer: frozenset[str]
    device_subject: frozenset[str]
    device_object: frozenset[str]
    perpetration: frozenset[str]
    responsibility_nouns: frozenset[str]
    responsibility_verbs: frozenset[str]
    patient_subject: frozenset[str]
    harm_verbs: frozenset[str]
    clash_words: frozenset[str]
    aim_verbs: frozenset[str]
    state_attack_nouns: frozenset[str]
    event_nouns: frozenset[str]
    not_party_nouns: frozenset[str]
    patient_nouns: frozenset[str]
    quantity_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    aiming_verbs: frozenset[str]
    group_nouns: frozenset[str]
    place_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    site_nouns: frozenset[str]
    belonging_words: frozenset[str]
    locative_preps: frozenset[str]
    speaker_verbs: frozenset[str]
    crowd_verbs: frozenset[str]
    speaking_verbs: frozenset[str]
    phrasal_objects: frozenset[str]
    bond_objects: frozenset[str]
    object_control: frozenset[str]
    abstract_nouns: frozenset[str]
    transfer_verbs: frozenset[str]
    counter_verbs: frozenset[str]
    member_nouns: frozenset[str]
    instrument_nouns: frozenset[str]
    finders: frozenset[str]
    ceding: frozenset[str]


@cache
def lexicon() -> ArgumentLexicon:
    words = partial(word_set, "arguments", lower=True)

    return ArgumentLexicon(
        undergoer=words("undergoer_predicates"),
        device_subject=words("device_subject_verbs"),
        device_object=words("device_object_verbs"),
        perpetration=words("perpetration_verbs"),
        responsibility_nouns=words("responsibility_nouns"),
        responsibility_verbs=words("responsibility_verbs"),
        patient_subject=words("patient_subject_verbs"),
        harm_verbs=words("harm_verbs"),
        clash_words=words("clash_words"),
        aim_verbs=words("aim_verbs"),
        state_attack_nouns=words("state_attack_nouns"),
        event_nouns=words("event_nouns"),
        not_party_nouns=words("not_party_nouns"),
        patient_nouns=words("patient_nouns"),
        quantity_nouns=words("quantity_nouns"),
        collective_nouns=words("collective_nouns"),
        aiming_verbs=words("aiming_verbs"),
        group_nouns=words("generic_group_nouns"),
        place_nouns=words("place_nouns"),
        institution_nouns=words("institution_nouns"),
        site_nouns=words("site_nouns"), belonging_words=words("belonging_words"),
        locative_preps=words("locative_preps"), speaker_verbs=words("speaker_verbs"),
        crowd_verbs=words("crowd_verbs"),
        speaking_verbs=words("speaking_verbs"),
        phrasal_objects=words("phrasal_objects"), bond_objects=words("bond_objects"),
        object_control=words("object_control_verbs"),
        abstract_nouns=words("abstract_nouns"),
        transfer_verbs=words("transfer_verbs"),
        counter_verbs=words("counter_verbs"), member_nouns=words("member_nouns"),
        instrument_nouns=words("instrument_nouns"), finders=words("finder_verbs"),
        ceding=words("ceding_verbs"),
    )


_ENTITIES = threading.local()


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once per document: spaCy makes new Span objects on every access, and
    the stages ask for them hundreds of times per document. One document is kept (per thread):
    extraction reads one document at a time and never changes its entities."""
    if getattr(_ENTITIES, "doc", None) is not doc:
        _ENTITIES.doc, _ENTITIES.ents = doc, tuple(doc.ents)
    found: tuple[Span, ...] = _ENTITIES.ents
    return found


def entities_changed(doc: Doc) -> None:
    """A stage that relabels the document's entities (`places/misread_towns.py`, before any other
    reads them) makes the cached list the new one."""
    _ENTITIES.doc, _ENTITIES.ents = doc, tuple(doc.ents)


_SENTENCES = threading.local()


def sentence_numbers(doc: Doc) -> dict[int, int]:
    """Each sentence's number by its first token, built once per document (merging, dates and
    riots all count sentences between mentions)."""
    if getattr(_SENTENCES, "doc", None) is not doc:
        _SENTENCES.doc, _SENTENCES.numbers = doc, {s.start: i for i, s in enumerate(doc.sents)}
    found: dict[int, int] = _SENTENCES.numbers
    return found


def entities_in(span: Span) -> list[Span]:
    """`span.ents`: the entities wholly inside a span (a sentence), from the cached list."""
    return [e for e in entities(span.doc) if e.start >= span.start and e.end <= span.end]


def entity_of(token: Token) -> Span | None:
    if not token.ent_type_:
        return None
    return next((e for e in entities(token.doc) if e.start <= token.i < e.end), None)


def phrase_of(token: Token) -> Span:
    """The name or noun phrase a head token stands for: its entity if it has one, else its
    compounds and modifiers (not relative clauses or appositions)."""
    ent = entity_of(token)
    if ent is not None and ent.label_ not in ("CARDINAL",):
        return ent
    doc = token.doc
    left = token.i
    for child in token.lefts:
        # "Pakistan's intelligence service" keeps its possessor; "his office" does not.
        named_owner = child.dep_ == "poss" and child.pos_ == "PROPN"
        if named_owner or child.dep_ in _PHRASE_DEPS:
            left = min(left, child.left_edge.i)
    right = token.i
    for child in token.rights:
        if child.dep_ in ("compound", "flat"):
            right = max(right, child.right_edge.i)
    # "some 130 more were mutilated", "injuring scores more": the count and its 'more' (which
    # the parser may hang on the verb)
    count = token.pos_ == "NUM" or lemma(token) in lexicon().quantity_nouns
    if count and right == token.i and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "more":
        right += 1
    # A misparse may hang a dateline on the phrase ("Aug 5 (PTI) Pakistani police"): a phrase
    # never reaches back across a closing bracket.
    left = max([left, *(t.i + 1 for t in doc[left : token.i] if t.text == ")")])
    # "the IRA's Belfast brigade" is written as "IRA's Belfast brigade": no article, no quote;
    # "On 3 Farvardin 1402 armed men ...": a date the parser hung on the phrase is not part of it.
    while left < token.i and (doc[left].is_punct or doc[left].dep_ == "det"
                              or _in_written_date(doc[left])):
        left += 1
    return doc[left : right + 1]


def stance_prefixed(token: Token) -> bool:
    """'anti-Taliban', 'pro-government', 'ex-FARC': a name made into a stance towards its
    party (or away from it), which the tokenizer splits into 'anti', '-', 'Taliban'."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and (
        doc[token.i - 2].lower_ in STANCE_PREFIXES)


def _in_written_date(token: Token) -> bool:
    """A word of a date with a number in it ("3 Farvardin 1402"), not a holiday that names a
    thing ("Christmas market")."""
    ent = entity_of(token) if token.ent_type_ in ("DATE", "TIME") else None
    return ent is not None and any(t.like_num for t in ent)


def misread_acronym(token: Token) -> bool:
    """'IS' read as the verb 'is' ("killed in IS attacks", "IS claims deadly attack"): an
    upper-case word the tagger took for a function word, standing where a name stands."""
    text = token.text
    return len(text) > 1 and text.isupper() and token.pos_ in ("AUX", "PRON", "DET") and (
        token.dep_ in ("pobj", "ROOT", "nsubj", "dobj") and any(
            c.dep_ == "attr" and c.pos_ == "NOUN" for c in token.children))


# A reference marker copied with an encyclopaedia text ("Joseph G. Lemm[901]") ends a name.
_CITATION = re.compile(r"\[\d*\]?$")
# Two words run together where a line break was lost ("similar patternsFrench soldiers",
# "Emergency DeclaredThe head"): a lower-case stretch of five letters or more, then a capital
# (not "McBride", "MacArthur", "DiCaprio", "FitzGerald", "PetroChina"); an article left at the
# front goes too.
_RUN_TOGETHER = re.compile(r"[a-z]{5,}(?=[A-Z])")
_ARTICLE = re.compile(r"(?:The|A|An) (?=\S)")


def as_argument(token: Token, pronoun: Token | None = None) -> Argument:
    span = phrase_of(token)
    written = pronoun.text if pronoun is not None and pronoun.i != token.i else None
    start, end = _clean_bounds(span.text)
    return Argument(span.text[start:end], span.start_char + start, span.start_char + end, token,
                    span.label_, written)


def _clean_bounds(text: str) -> tuple[int, int]:
    """Where a phrase's own words are inside the text the parse gave it: after a word run
    together with the one before it, before a reference marker. The whole text if cutting
    would leave nothing."""
    start, end = 0, len(text)
    citation = _CITATION.search(text)
    if citation is not None and citation.start() > 0:
        end = citation.start()
    for joined in _RUN_TOGETHER.finditer(text, 0, end):
        if joined.end() < end:
            start = joined.end()
    article = _ARTICLE.match(text, start) if start else None
    if article is not None and article.end() < end:
        start = article.end()
    return start, end


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def is_infinitive(verb: Token) -> bool:
    """'to repel', 'to carry out': a verb with its 'to'."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def prep_objects(head: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    # A particle with an object is a preposition the parser misread ("called on Muslims").
    return [p for prep in head.children if prep.dep_ in ("prep", "agent", "prt")
            and prep.lower_ in preps for p in prep.children if p.dep_ == "pobj"]


def is_passive(verb: Token) -> bool:
    if children(verb, "auxpass", "nsubjpass"):
        return True
    # "she was arrested and charged": the conjunct shares its head's passive voice.
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head != verb and (
            bool(children(verb.head, "auxpass", "nsubjpass"))):
        return True
    return _headline_passive(verb)


def _headline_passive(verb: Token) -> bool:
    """"Soldier killed while defusing bomb", "Tribal elder killed in northwest Pakistan blast",
    "Polio vaccinator shot dead": a headline drops the 'was' of a passive. A main verb with a
    subject, no auxiliary and no object is one if it is a participle, or a verb of harm that
    cannot go without its object."""
    if not children(verb, "nsubj") or children(verb, "aux", "auxpass", "dobj"):
        return False
    if verb.dep_ != "ROOT":
        # "Police repulsed the attack; 2 officers killed, 3 injured": a note's clause drops its
        # 'were' too, but only a participle of harm says so outside the main clause
        return verb.tag_ == "VBN" and lemma(verb) in lexicon().harm_verbs and verb.dep_ in (
            "conj", "parataxis", "ccomp")
    if children(verb, "ccomp", "xcomp"):
        return False
    if any(children(c, "dobj") for c in verb.conjuncts):
        return False  # "police shot and killed two": the object is shared
    if any(c.pos_ == "ADJ" and children(c, "dobj") for c in children(verb, "prep")):
        return False  # "a sniper shot dead a policeman": the object hangs on 'dead'
    harm = lemma(verb) in lexicon().harm_verbs
    # A participle is passive only in a headline or for a verb of harm: in a full sentence the
    # tagger also reads a past tense as a participle ("Hundreds of people protested in Kabul.").
    headline = verb.sent[-1].text not in (".", "!", "?")
    if not headline and aimed_at(verb):
        return False  # "Guards shot at fuel porters.", "Troops fired on the crowd."
    return (verb.tag_ == "VBN" and (harm or headline)) or (verb.tag_ == "VBD" and harm)


def aimed_at(verb: Token) -> list[Token]:
    """Whom a shot was aimed at: "guards shot at fuel porters", "troops fired on the crowd"
    (a verb of aiming and the preposition right after it; see `aiming_verbs`)."""
    if lemma(verb) not in lexicon().aiming_verbs:
        return []
    return [o for prep in verb.children if prep.dep_ == "prep" and prep.i == verb.i + 1
            and prep.lower_ in ("at", "on", "upon") for o in children(prep, "pobj")]


@cache
def actor_kb() -> ActorResolver:
    return ActorResolver.load()


def names_state(mod: Token, trigger: Token) -> bool:
    """'U.S. drone strike', 'Pakistan airstrikes': a country modifying a state's kind of attack
    is who struck, not where."""
    return mod.ent_type_ == "GPE" and lemma(trigger) in lexicon().state_attack_nouns and (
        actor_kb().resolve(phrase_of(mod).text).kind == "state")
