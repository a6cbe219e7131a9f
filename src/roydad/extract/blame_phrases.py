"""Blame said without a verb of blaming (issue 13, section 8).

Analysts rarely write "X blamed Y". They direct suspicion ("suspicion fell on Y", "fingers were
pointed at Y"), lay a deed at a party's door ("the killing was laid at the door of Y by X"), see
its hallmarks ("the device bears the hallmarks of an Israeli operation"), name the blame as a noun
("X's attribution of the killing to Y", "accusations against Y") or the claim itself ("a claim
carried by a channel linked to Y", "Y's claim of responsibility"), or leave a guess open ("it
cannot be ruled out that Y staged the attack"). Each is a claim on the deed it concerns, with who
makes it when the sentence says so. The words are data (`data/lexicons/blame_phrases.yaml`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.claim_words import qualified
from roydad.extract.claims import FoundClaim, names_party, text_of
from roydad.extract.claims import lexicon as claim_lexicon
from roydad.extract.lexicon import load_lexicon
from roydad.extract.suppositions import supposed_parties
from roydad.models import Certainty, Claim, ClaimKind


@dataclass(frozen=True)
class _Words:
    directed_nouns: dict[str, Certainty]
    directed_verbs: frozenset[str]
    directed_preps: frozenset[str]
    door_verbs: frozenset[str]
    door_nouns: frozenset[str]
    mark_verbs: frozenset[str]
    mark_nouns: frozenset[str]
    general: frozenset[str]
    viewers: frozenset[str]
    nominal_blame: dict[str, str]
    claim_nouns: frozenset[str]
    claim_verbs: frozenset[str]
    media: frozenset[str]
    links: frozenset[str]
    open_questions: dict[str, str]


@cache
def _words() -> _Words:
    raw = load_lexicon("blame_phrases")
    claims = raw["nominal_claims"]
    return _Words(
        directed_nouns=dict(raw["directed"]["nouns"]),
        directed_verbs=frozenset(raw["directed"]["verbs"]),
        directed_preps=frozenset(raw["directed"]["preps"]),
        door_verbs=frozenset(raw["doors"]["verbs"]), door_nouns=frozenset(raw["doors"]["nouns"]),
        mark_verbs=frozenset(raw["hallmarks"]["verbs"]),
        mark_nouns=frozenset(raw["hallmarks"]["nouns"]),
        general=frozenset(raw["hallmarks"]["general"]),
        viewers=frozenset(raw["hallmarks"]["viewers"]),
        nominal_blame=dict(raw["nominal_blame"]),
        claim_nouns=frozenset(claims["nouns"]), claim_verbs=frozenset(claims["verbs"]),
        media=frozenset(claims["media"]), links=frozenset(claims["links"]),
        open_questions=dict(raw["open_questions"]),
    )


def blame_phrases_in(sentence: Span) -> list[FoundClaim]:
    """Every claim the sentence makes in one of these phrasings."""
    found: list[FoundClaim] = []
    for token in sentence:
        for kind, claimant, party, certainty in _read(token):
            blamed = _party_text(party)
            if blamed is None:
                continue
            who = blamed if kind == "responsibility" else claimant
            claim = Claim(kind=kind, claimant=who, attributed_to=blamed, certainty=certainty,
                          text=sentence.text)
            found.append(FoundClaim(claim, sentence, token))
    return found


_Reading = tuple[ClaimKind, str | None, Token, Certainty]


def _read(token: Token) -> list[_Reading]:
    if token.pos_ in ("VERB", "AUX"):
        return [*_directed(token), *_door(token), *_hallmark(token), *_left_open(token)]
    if token.pos_ in ("NOUN", "PROPN"):
        return [*_nominal_blame(token), *_nominal_claim(token)]
    return []


def _children(token: Token, dep: str, words: frozenset[str] | None = None) -> list[Token]:
    return [c for c in token.children if c.dep_ == dep and (words is None or c.lower_ in words)]


def _pobjs(token: Token, preps: frozenset[str]) -> list[Token]:
    return [p for c in _children(token, "prep", preps) for p in _children(c, "pobj")]


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    return [t for token in tokens for t in (token, *token.conjuncts) if t.i >= token.i]


def _agent(verb: Token) -> Token | None:
    return next((p for c in _children(verb, "agent") for p in _children(c, "pobj")), None)


def _subject(verb: Token) -> Token | None:
    return next(iter(_children(verb, "nsubj")), None)


def _directed(verb: Token) -> list[_Reading]:
    """'suspicion fell on X', 'fingers were pointed at X', 'officials pointed the finger at X'."""
    words = _words()
    if verb.lemma_.lower() not in words.directed_verbs:
        return []
    noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                 and c.lower_ in words.directed_nouns), None)
    if noun is None:
        return []
    parties = _pobjs(verb, words.directed_preps) + _pobjs(noun, words.directed_preps)
    parties = [p for p in parties if p.lemma_.lower() not in words.door_nouns]
    who = _agent(verb) if noun.dep_ == "nsubjpass" else (
        _subject(verb) if noun.dep_ == "dobj" else None)
    certainty = words.directed_nouns[noun.lower_]
    return [("attribution", text_of(who), p, certainty) for p in _with_conjuncts(parties)]


def _door(verb: Token) -> list[_Reading]:
    """'the killing was laid at the door of X (by Y)', 'Y laid the attack at X's door'."""
    words = _words()
    if verb.lemma_.lower() not in words.door_verbs:
        return []
    doors = [d for d in _pobjs(verb, frozenset({"at", "on"})) if d.lemma_.lower() in
             words.door_nouns]
    parties = [p for d in doors for p in (*_children(d, "poss"), *_pobjs(d, frozenset({"of"})))]
    who = _agent(verb) or _subject(verb)
    return [("attribution", text_of(who), p, "alleged") for p in _with_conjuncts(parties)]


def _hallmark(verb: Token) -> list[_Reading]:
    """'the device bears the hallmarks of an Israeli operation': a guess at the party."""
    words = _words()
    if verb.lemma_.lower() not in words.mark_verbs:
        return []
    marks = [m for m in _children(verb, "dobj") if m.lemma_.lower() in words.mark_nouns]
    out: list[_Reading] = []
    for of in (p for m in marks for p in _pobjs(m, frozenset({"of"}))):
        party: Token | None = of
        if of.lemma_.lower() in words.general:
            # "an Israeli operation", "a Hamas-style attack": the party is the word naming it
            party = next((c for c in of.lefts if c.dep_ in ("amod", "compound")
                          and (c.ent_type_ in ("NORP", "ORG", "GPE") or c.pos_ == "PROPN")),
                         None)
        if party is not None and _named(party):
            out.append(("attribution", _guesser(verb), party, "speculated"))
    return out


def _named(party: Token) -> bool:
    """A party a mark can point to is named: 'the ELN', 'Russian', 'Hamas-style' — not
    'Ottoman architecture' or 'a professional'."""
    return party.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") or party.pos_ == "PROPN"


def _guesser(verb: Token) -> str | None:
    """Who sees it so: 'to several analysts, ...', 'for diplomats, ...', or the subject of the
    saying verb above."""
    to = next(iter(_pobjs(verb, _words().viewers)), None)
    if to is not None and to.i < verb.i:
        return text_of(to)
    head = verb.head
    if verb.dep_ == "ccomp" and head.lemma_.lower() in claim_lexicon().reporting_verbs:
        return text_of(_subject(head))
    return None


def _left_open(verb: Token) -> list[_Reading]:
    """'it cannot be ruled out (, an officer said,) that X staged the attack': a guess, of the
    clause it leaves open (the parser may make that clause the head of the sentence)."""
    particle = _words().open_questions.get(verb.lemma_.lower())
    if particle is None or not _children(verb, "neg"):
        return []
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return []
    saying = claim_lexicon().reporting_verbs | {"concede", "admit"}
    near = [*verb.children, verb.head, *verb.head.children]
    said = next((c for c in near if c is not verb and c.dep_ in ("parataxis", "ccomp", "ROOT")
                 and c.lemma_.lower() in saying), None)
    clauses = _children(verb, "ccomp")
    if not clauses and verb.dep_ == "ccomp" and _that(verb.head):
        clauses = [verb.head]
    if not clauses and said is not None:
        clauses = [c for c in _children(said, "ccomp") if _that(c)]
    who = text_of(_subject(said)) if said is not None else None
    return [("attribution", who, p, "speculated") for c in clauses for p in supposed_parties(c)]


def _that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _nominal_blame(noun: Token) -> list[_Reading]:
    """'the government's attribution of the killing to X', 'accusations against X' — not an
    accusation a denial rejects ('rejected the accusations against the army')."""
    prep = _words().nominal_blame.get(noun.lower_)
    if prep is None or _denied(noun):
        return []
    within = [noun, *_pobjs(noun, frozenset({"of"}))]
    parties = [p for t in within for p in _pobjs(t, frozenset({prep}))]
    return [("attribution", _owner(noun), p, "alleged") for p in _with_conjuncts(parties)]


def _denied(noun: Token) -> bool:
    head = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in claim_lexicon(
    ).denial_verbs


def _owner(noun: Token) -> str | None:
    """Whose blame or claim it is: 'the army's attribution', also when the parser hangs the
    possessive elsewhere ('The Government of National Unity's attribution')."""
    poss = next(iter(_children(noun, "poss")), None)
    if poss is not None:
        return text_of(poss)
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.tag_ == "POS" and before.i > 0:
        owner = before.doc[before.i - 1]
        ent = next((e for e in owner.doc.ents if e.start <= owner.i < e.end), None)
        text = ent.text if ent is not None else owner.text
        return text.removesuffix("'s").removesuffix("\u2019s").removeprefix("The ")
    return None


def _nominal_claim(noun: Token) -> list[_Reading]:
    """'a claim carried by a channel linked to X', 'a claim posted in the name of X', 'X's
    claim of responsibility': a claim of the deed, by X. Not 'the claim that ...'."""
    words = _words()
    if noun.lemma_.lower() not in words.claim_nouns or any(
            c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" for m in c.children)
            for c in noun.children):
        return []
    deeds = claim_lexicon().responsibility_objects
    parties: list[Token | None] = []
    owner = next(iter(_children(noun, "poss")), None)
    if owner is not None and any(p.lemma_.lower() in deeds
                                 for p in _pobjs(noun, frozenset({"of", "for"}))):
        parties.append(owner)
    for verb in _children(noun, "acl"):
        if verb.lemma_.lower() not in words.claim_verbs:
            continue
        named = [p for n in _pobjs(verb, frozenset({"in"})) if n.lower_ == "name"
                 for p in _pobjs(n, frozenset({"of"}))]
        agent = _agent(verb)
        parties += named or ([_medium_owner(agent)] if agent is not None else [])
    return [("responsibility", None, p, "claimed") for p in parties if p is not None]


def _medium_owner(agent: Token) -> Token | None:
    """Who speaks through a medium: 'the group's news agency', 'a page linked to X', 'a channel
    close to X'; an agent that is no medium is the claimant itself."""
    words = _words()
    if agent.lemma_.lower() not in words.media:
        return agent
    poss = next(iter(_children(agent, "poss")), None)
    if poss is not None:
        return poss
    for link in agent.children:
        if link.dep_ in ("acl", "amod") and link.lemma_.lower() in words.links:
            found = [p for c in link.children if c.dep_ in ("prep", "agent")
                     for p in _children(c, "pobj")]
            if found:
                return found[0]
    return None


def _party_text(token: Token) -> str | None:
    if not names_party(token) or token.pos_ not in ("NOUN", "PROPN", "ADJ", "PRON"):
        return None
    if token.pos_ == "ADJ":
        return token.text
    return qualified(token, text_of(token))


def media_words() -> frozenset[str]:
    """The media a party speaks through ('statement', 'channel', 'news agency')."""
    return _words().media


def medium_owner(agent: Token) -> Token | None:
    """Who speaks through `agent` (itself when it is no medium)."""
    return _medium_owner(agent)
