"""Rival versions told as staging, and claims spoken through a medium.

* "the blast was staged by the agencies", "the army staged the bombing itself", "a false-flag
  operation by the security services": the speaker lays the deed at another party's door. It is
  an accusation against that party on the deed it concerns (one event, each version a claim on
  it), by whoever the clause is reported from.
* "a statement issued in the name of X claimed the bombing", "the group's news agency claimed
  it": the claim is X's, not the medium's.

Word lists: lexicons/rival_versions.yaml (and the media of lexicons/blame_phrases.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.blame_phrases import media_words, medium_owner
from roydad.extract.claim_words import qualified
from roydad.extract.claims import FoundClaim, names_party, text_of
from roydad.extract.claims import lexicon as claim_lexicon
from roydad.extract.lexicon import load_lexicon
from roydad.models import Claim


@dataclass(frozen=True)
class _Words:
    verbs: frozenset[str]
    deed_pronouns: frozenset[str]
    false_adjective: str
    flag_noun: str
    author_preps: frozenset[str]
    media_verbs: frozenset[str]
    blame_nouns: frozenset[str]


@cache
def _words() -> _Words:
    raw = load_lexicon("rival_versions")
    return _Words(
        frozenset(raw["verbs"]), frozenset(raw["deed_pronouns"]),
        str(raw["false_flag"]["adjective"]), str(raw["false_flag"]["noun"]),
        frozenset(raw["author_preps"]), frozenset(raw["media_verbs"]),
        frozenset(raw["blame_nouns"]),
    )


def staged_in(sentence: Span) -> list[FoundClaim]:
    """Each party the sentence says staged a deed, as an accusation on that deed."""
    found: list[FoundClaim] = []
    for token in sentence:
        teller = _teller(token)
        # a staging verb with no one telling it is the narrator's plain "militants staged an
        # attack"; told by someone it is that speaker's version of who did it
        parties = [*(_staged_by(token) if teller is not None else []), *_false_flag_by(token)]
        for party in parties:
            if not names_party(party) or party.pos_ not in ("NOUN", "PROPN"):
                continue
            claim = Claim(kind="attribution", claimant=teller,
                          attributed_to=qualified(party, text_of(party)), certainty="alleged",
                          text=sentence.text)
            found.append(FoundClaim(claim, sentence, token))
    return found


def _is_deed(token: Token) -> bool:
    return (token.lemma_.lower() in claim_lexicon().responsibility_objects
            or token.lower_ in _words().deed_pronouns)


def _staged_by(verb: Token) -> list[Token]:
    """'the blast was staged by X', 'it was orchestrated by X': the agent."""
    words = _words()
    if verb.pos_ not in ("VERB", "AUX") or not (
            verb.lemma_.lower() in words.verbs or verb.lower_ in words.verbs):
        return []
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and _is_deed(passive):
        agents = [p for c in verb.children if c.dep_ == "agent"
                  for p in c.children if p.dep_ == "pobj"]
        return [t for a in agents for t in (a, *a.conjuncts)]
    # active ("the army staged it", "had staged the bombing"): a perpetration verb in a
    # reported clause, which the suppositions read already
    return []


def _false_flag_by(noun: Token) -> list[Token]:
    """'a false-flag operation by X', 'a false flag by X', "X's false-flag attack"."""
    words = _words()
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    flag = noun if noun.lower_ == words.flag_noun else next(
        (c for c in noun.children if c.dep_ == "compound" and c.lower_ == words.flag_noun), None)
    if flag is None or not any(c.lower_ == words.false_adjective
                               for c in (*flag.children, *noun.children)):
        return []
    authors = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in words.author_preps
               for p in c.children if p.dep_ == "pobj"]
    authors += [c for c in noun.children if c.dep_ == "poss"]
    return [t for a in authors for t in (a, *a.conjuncts)]


def _teller(token: Token) -> str | None:
    """Who tells the version: the subject of the verb of saying (or calling) the clause hangs
    from, through joined clauses ('said the movement "does not kill elders" and that the blast
    was "staged by ..."')."""
    reporting = claim_lexicon().reporting_verbs | {"call", "describe", "term", "dismiss"}
    said = next((c for c in token.children if c.dep_ == "parataxis"
                 and c.lemma_.lower() in reporting), None)  # "..., the spokesman said"
    if said is not None:
        subject = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return text_of(subject)
    node = token
    for _ in range(5):
        if node.head is node:
            break
        if node.dep_ not in ("ccomp", "conj", "oprd", "attr", "dobj", "xcomp", "relcl", "pobj",
                             "prep"):
            break
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in reporting:
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in _words().deed_pronouns:
                return text_of(subject)
    return None


def spoken_for(found: FoundClaim) -> FoundClaim:
    """A claim whose claimant is a medium ('a statement issued in the name of X', 'the group's
    news agency', 'a channel linked to X') given to the party that speaks through it."""
    claim = found.claim
    subject = next((c for c in found.verb.children if c.dep_ in ("nsubj",)), None)
    if subject is None or claim.claimant is None or subject.lemma_.lower() not in media_words():
        return found
    owner = _named_in(subject) or medium_owner(subject)
    if owner is None or owner is subject or not names_party(owner):
        return found
    party = qualified(owner, text_of(owner))
    if party is None:
        return found
    update = {"claimant": party}
    if claim.kind in ("responsibility", "denial"):
        update["attributed_to"] = party
    return FoundClaim(claim.model_copy(update=update), found.sentence, found.verb)


def _named_in(medium: Token) -> Token | None:
    """X in 'a statement (issued) in the name of X' or 'a statement signed by X'."""
    heads = [medium, *(c for c in medium.children if c.dep_ == "acl"
                       and c.lemma_.lower() in _words().media_verbs)]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for name in prep.children:
                    if name.dep_ == "pobj" and name.lower_ == "name":
                        named = [p for of in name.children if of.dep_ == "prep"
                                 and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
                        if named:
                            return named[0]
            if prep.dep_ == "agent" and head is not medium:
                agent = next((p for p in prep.children if p.dep_ == "pobj"), None)
                if agent is not None:
                    return medium_owner(agent)
    return None


def answers_blame(found: FoundClaim) -> bool:
    """A denial of a blame told before: 'rejected the accusation', 'dismissed these charges'
    (a determiner, not 'denied accusations of torture' with a deed of its own)."""
    if found.claim.kind != "denial":
        return False
    for obj in found.verb.children:
        if obj.dep_ in ("dobj", "nsubjpass") and obj.lemma_.lower() in _words().blame_nouns | {
                n.rstrip("s") for n in _words().blame_nouns}:
            told = any(c.dep_ in ("det", "poss") for c in obj.children)
            own = any(c.dep_ in ("prep", "acl", "relcl") for c in obj.children)
            return told and not own
    return False
