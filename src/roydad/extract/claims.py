"""Claims about who did it: responsibility, denial, attribution — each with claimant, the party
it points at, how sure the wording is, and the verbatim sentence."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.arguments import phrase_of
from roydad.extract.certainty import certainty_of
from roydad.extract.lexicon import load_lexicon
from roydad.models import Certainty, Claim, ClaimKind


@dataclass(frozen=True)
class ClaimLexicon:
    responsibility_verbs: frozenset[str]
    responsibility_objects: frozenset[str]
    denial_verbs: frozenset[str]
    denial_objects: frozenset[str]
    attribution_preps: dict[str, str | None]
    nobody: tuple[str, ...]


@cache
def lexicon() -> ClaimLexicon:
    raw = load_lexicon("claims")
    return ClaimLexicon(
        frozenset(raw["responsibility"]["verbs"]),
        frozenset(raw["responsibility"]["objects"]),
        frozenset(raw["denial"]["verbs"]),
        frozenset(raw["denial"]["objects"]),
        dict(raw["attribution"]["preps"]),
        tuple(raw["nobody"]),
    )


@dataclass(frozen=True)
class FoundClaim:
    claim: Claim
    sentence: Span
    verb: Token


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head != verb:
        return _subject(verb.head)
    return None


def _text_of(token: Token | None) -> str | None:
    if token is None or (token.pos_ == "PRON" and token.lower_ in ("it", "this", "that")):
        return None
    return phrase_of(token).text


def _is_nobody(subject: Token | None) -> bool:
    if subject is None:
        return False
    words = " ".join(t.lower_ for t in subject.subtree)
    return any(words.startswith(n) for n in lexicon().nobody)


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def claims_in(sentence: Span) -> list[FoundClaim]:
    lex = lexicon()
    found: list[FoundClaim] = []
    for verb in sentence:
        # The tagger often reads "some point to X" as a noun; its 'to' object still names a party.
        pointing = verb.lemma_.lower() == "point" and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in verb.children
        )
        if verb.pos_ not in ("VERB", "AUX") and verb.tag_ != "VBN" and not pointing:
            continue
        lemma = verb.lemma_.lower()
        obj = _object(verb)
        obj_lemma = obj.lemma_.lower() if obj is not None else ""
        subject = _subject(verb)
        kind: ClaimKind | None = None
        claimant: str | None = None
        attributed: str | None = None
        certainty: Certainty = certainty_of(verb, sentence)
        if lemma in lex.responsibility_verbs and obj_lemma in lex.responsibility_objects:
            kind = "responsibility"
            if _is_nobody(subject) or _negated(verb):
                certainty = "negated"
            else:
                claimant = attributed = _text_of(subject)
                certainty = "claimed" if certainty == "asserted" else certainty
        elif lemma in lex.denial_verbs and obj_lemma in lex.denial_objects:
            kind = "denial"
            claimant = _text_of(subject)
            attributed = claimant
            certainty = "negated"
        elif lemma in lex.attribution_preps:
            target = _attributed_party(verb, lex.attribution_preps[lemma])
            if target is None:
                continue
            kind = "attribution"
            active = subject is not None and subject.dep_ == "nsubj"
            claimant = _text_of(subject) if active else None
            attributed = _text_of(target)
            hedged = lemma in ("point", "suspect", "link", "tie")
            if hedged and certainty in ("asserted", "reported"):
                certainty = "speculated" if lemma == "point" else "alleged"
        if kind is None:
            continue
        claim = Claim(
            kind=kind, claimant=claimant, attributed_to=attributed, certainty=certainty,
            text=sentence.text,
        )
        found.append(FoundClaim(claim, sentence, verb))
    return found


def _attributed_party(verb: Token, prep: str | None) -> Token | None:
    if prep is None:
        obj = _object(verb)
        if obj is None:
            # passive: "the attack was blamed on X"
            on = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                  for p in c.children if p.dep_ == "pobj"]
            return on[0] if on else None
        return obj
    targets = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
               for p in c.children if p.dep_ == "pobj"]
    return targets[0] if targets else None
