"""Speech acts told in quotes. '"I accuse the ministry of leaving us unguarded," the mayor told
reporters' and '"We will find you wherever you hide," the commander told elders' are an
accusation and a threat the speaker made by saying them (PLOVER ACCUSE, THREATEN): a long
report tells each as a happening of its own, the speaker's, on the day the sentence of saying
gives, beside any claim the words make on a deed. Word lists: lexicons/spoken.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from roydad.extract.claims import FoundClaim
from roydad.extract.events import Candidate, candidate_for
from roydad.extract.lexicon import load_lexicon
from roydad.extract.triggers import TriggerHit, TriggerSpec

# How the quoted clause hangs from the verb of saying outside it.
_QUOTED_DEPS = frozenset({"ccomp", "parataxis"})
# Entity labels of a day ("on Tuesday", "the next morning").
_DAY_LABELS = frozenset({"DATE", "TIME"})
_BLAMING = frozenset({"attribution", "accusation"})


@dataclass(frozen=True)
class SpokenWords:
    speech_verbs: frozenset[str]
    first_person: frozenset[str]
    hearers: frozenset[str]
    future_auxiliaries: frozenset[str]
    menace_verbs: frozenset[str]
    quote_marks: frozenset[str]


@cache
def words() -> SpokenWords:
    raw = load_lexicon("spoken")
    return SpokenWords(*(frozenset(raw[key]) for key in (
        "speech_verbs", "first_person", "hearers", "future_auxiliaries", "menace_verbs",
        "quote_marks")))


def quoted(token: Token) -> bool:
    """The token stands between an opening and a closing quote mark of its sentence."""
    marks = words().quote_marks
    return sum(1 for t in token.sent if t.i < token.i and t.text in marks) % 2 == 1


def saying_verb(verb: Token) -> Token | None:
    """The verb of saying outside the quote that a quoted clause hangs from, when it has a
    subject (the speaker): '"...," the governor told reporters', 'X said: "..."'."""
    node = verb
    for _ in range(3):
        if (node.dep_ not in _QUOTED_DEPS and node.dep_ != "conj") or node.head is node:
            break
        node = node.head
        if _says(node):
            return node
    # '"We will pray ..., and those who hide will answer for it," the commander said': the
    # parse may join the verb of saying to the quote's first verb as one more clause
    if quoted(node):
        return next((c for c in node.children if c.dep_ in ("conj", "parataxis")
                     and c.i > verb.i and _says(c)), None)
    return None


def _says(node: Token) -> bool:
    return (node.pos_ == "VERB" and node.lemma_.lower() in words().speech_verbs
            and not quoted(node) and _speaker(node) is not None)


def _speaker(verb: Token) -> Token | None:
    return next((t for t in verb.children if t.dep_ == "nsubj"
                 and t.pos_ in ("NOUN", "PROPN")), None)


def day_of_saying(verb: Token) -> Span | None:
    """The date of the sentence of saying: on its verb ("told a briefing on Tuesday") or in a
    clause that sets the scene ("Standing by the grave on Tuesday, X told reporters: ...")."""
    scene = [verb, *(c for c in verb.children if c.dep_ == "advcl" and not quoted(c))]
    return next((
        ent for v in scene for child in v.children
        if child.dep_ in ("prep", "npadvmod", "advmod")
        for ent in v.doc.ents
        if ent.label_ in _DAY_LABELS and child.left_edge.i <= ent.start <= child.right_edge.i
    ), None)


def _first_person(verb: Token) -> bool:
    return any(t.dep_ == "nsubj" and t.lower_ in words().first_person for t in verb.children)


def _hearer(token: Token) -> bool:
    return token.lower_ in words().hearers


def menace(verb: Token) -> bool:
    """'We will find you', 'those who shelter them will pay', 'anyone who helps them will be
    treated as one of them': a promise of harm to the hearers (not "we will pray", nor
    "you will not see ...")."""
    lex = words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.menace_verbs:
        return False
    if any(t.dep_ == "neg" for t in verb.children):
        return False
    if not any(t.dep_ == "aux" and t.lower_ in lex.future_auxiliaries for t in verb.children):
        return False
    subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
    objects = [t for t in verb.children if t.dep_ == "dobj"]
    if any(s.lower_ in lex.first_person for s in subjects):
        return any(_hearer(o) for o in objects)
    return any(_hearer(s) for s in subjects)


def _act(report: Token, event_type: str, mode: str) -> Candidate | None:
    spec = TriggerSpec(lemma=report.lemma_.lower(), pos="VERB", event_type=event_type,
                       mode=mode, weight=0.7)
    said = candidate_for(TriggerHit(report.doc[report.i : report.i + 1], spec))
    if said is None:
        return None
    day = day_of_saying(report)
    said.date_spans = (day,) if day is not None else ()
    said.certainty = "asserted"
    return said


def quoted_acts(
    doc: Doc, candidates: list[Candidate], claims: list[FoundClaim]
) -> list[Candidate]:
    """The mentions, with an accusation for each quoted "I/we accuse X of ..." and a threat for
    each quoted promise of harm (`menace`), set on the speaker's verb of saying; a sentence
    that already has a mention of that kind on that verb or in it keeps only that."""
    taken = {(c.hit.head.sent.start, c.event_type) for c in candidates}
    have = {c.hit.head.i for c in candidates}
    out = list(candidates)

    def add(verb: Token, event_type: str, mode: str) -> None:
        report = saying_verb(verb)
        if report is None or report.i in have or (verb.sent.start, event_type) in taken:
            return
        act = _act(report, event_type, mode)
        if act is not None:
            have.add(report.i)
            taken.add((verb.sent.start, event_type))
            out.append(act)

    for found in claims:
        verb = found.verb
        if found.claim.kind in _BLAMING and quoted(verb) and _first_person(verb):
            add(verb, "ACCUSE", "allege")
    for token in doc:
        if menace(token) and quoted(token):
            add(token, "THREATEN", "attack")
    return sorted(out, key=lambda c: c.hit.span.start)
