"""Blame worded through who speaks or where a weapon came from (issue 13, section 8).

The claim readers (`claims`, `suppositions`, `blame_phrases`) take a sentence's parties as they
are written. Three wordings need more than that:

* a spokesman speaks for his group: "Ali Musa, a spokesman for the Lion front, said the group
  carried out the raid" is the front's claim of responsibility, not a report by Ali Musa;
* a weapon "launched from rebel-held farmland" or "fired from areas controlled by the militia"
  puts the attack at that party's door, as a guess, by whoever says so;
* "It denied any part in the deaths": 'it' is the party named as the subject just before, in
  the same sentence or the one before it.

The words are data (`data/lexicons/blame_phrases.yaml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.claims import FoundClaim, names_party, text_of
from roydad.extract.claims import lexicon as claim_lexicon
from roydad.extract.lexicon import load_lexicon
from roydad.models import Claim


@dataclass(frozen=True)
class _Words:
    speakers: frozenset[str]
    launch_verbs: frozenset[str]
    launch_preps: frozenset[str]
    holds: frozenset[str]
    pronouns: frozenset[str]
    reporting: frozenset[str]


@cache
def _words() -> _Words:
    raw = load_lexicon("blame_phrases")
    sites = raw["launch_sites"]
    return _Words(
        frozenset(raw["speakers"]), frozenset(sites["verbs"]), frozenset(sites["preps"]),
        frozenset(sites["holds"]), frozenset(raw["denial_pronouns"]),
        claim_lexicon().reporting_verbs,
    )


def reworded(found: list[FoundClaim]) -> list[FoundClaim]:
    """The claims of one sentence, with a spokesman's claim given to his group and a denial by
    a pronoun given to the party it stands for."""
    return [_for_group(_denier(f)) for f in found]


def _denier(found: FoundClaim) -> FoundClaim:
    claim = found.claim
    if claim.kind != "denial" or claim.claimant is not None:
        return found
    subject = _pronoun_subject(found.verb)
    if subject is None:
        return found
    party = _antecedent(subject)
    if party is None:
        return found
    return FoundClaim(claim.model_copy(update={"claimant": party, "attributed_to": party}),
                      found.sentence, found.verb)


def _pronoun_subject(verb: Token) -> Token | None:
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject if subject.lower_ in _words().pronouns else None
        if verb.dep_ != "conj" or verb.head == verb:
            return None
        verb = verb.head


def _antecedent(pronoun: Token) -> str | None:
    """The organisation last named as a subject before the pronoun: in its own sentence, else
    in the sentence before ("The association answered the same day. It denied ...")."""
    sent = pronoun.sent
    before = [t for t in sent if t.i < pronoun.i]
    if sent.start > 0:
        previous = pronoun.doc[sent.start - 1].sent
        before = [*previous, *before]
    for token in reversed(before):
        if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ in _words().pronouns:
            continue
        if _organisation(token):
            return text_of(token)
        return None  # the nearest subject is someone else: not sure whom 'it' is
    return None


def _organisation(token: Token) -> bool:
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    return (token.ent_type_ in ("ORG", "NORP") or (owner is not None and owner.ent_type_ == "ORG")
            or (token.pos_ == "PROPN" and token.ent_type_ not in ("PERSON", "GPE", "DATE")))


def _for_group(found: FoundClaim) -> FoundClaim:
    claim = found.claim
    if claim.kind not in ("attribution", "responsibility") or claim.certainty == "negated":
        return found
    group = _spoken_for(found.sentence, claim)
    if group is None:
        return found
    blamed = (claim.attributed_to or "").lower().removeprefix("the ")
    if blamed not in claim_lexicon().group_anaphors and not _same_party(blamed, group):
        return found
    update = {"kind": "responsibility", "claimant": group, "attributed_to": group,
              "certainty": "claimed"}
    return FoundClaim(claim.model_copy(update=update), found.sentence, found.verb)


def _spoken_for(sentence: Span, claim: Claim) -> str | None:
    """The party a spokesman in the sentence speaks for, when he makes the claim."""
    for token in sentence:
        if token.lemma_.lower() not in _words().speakers:
            continue
        party = _party_of_speaker(token)
        if party is None:
            continue
        speaker = token.head if token.dep_ == "appos" else token
        said = {speaker.text, *(t.text for t in speaker.subtree)}
        if claim.claimant is None or any(w in said for w in claim.claimant.split()) or (
                claim.claimant.lower() in ("he", "she")):
            return party
    return None


def _party_of_speaker(speaker: Token) -> str | None:
    """Y in "a spokesman for Y", "Y's spokesman", "a spokesman for Y's operations"."""
    owner = next((c for c in speaker.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((p for c in speaker.children if c.dep_ == "prep"
                      and c.lower_ in ("for", "of") for p in c.children if p.dep_ == "pobj"), None)
        if owner is not None:
            inner = next((c for c in owner.children if c.dep_ == "poss"), None)
            owner = inner if inner is not None and owner.pos_ == "NOUN" else owner
    if owner is None or not names_party(owner):
        return None
    return text_of(owner)


def _same_party(blamed: str, group: str) -> bool:
    words = set(blamed.lower().split()) - {"the", "of", "'s"}
    return bool(words & set(group.lower().split()))


_HELD = r"((?:[A-Z][\w']* )*[\w'\-]*?\w)-(?:{holds})\b"
_HELD_BY = r"\b(?:{holds}) by ((?:the )?[\w'\- ]+?)(?=[,.;]|$| in | east| west| north| south)"


def launch_sites_in(sentence: Span) -> list[FoundClaim]:
    """"The mortars were launched from X-controlled farmland": a guess that X fired them, by
    whoever the sentence reports it from."""
    words = _words()
    holds = "|".join(sorted(words.holds))
    found: list[FoundClaim] = []
    for verb in sentence:
        if verb.lemma_.lower() not in words.launch_verbs or verb.pos_ not in ("VERB", "AUX"):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in words.launch_preps:
                continue
            place = prep.doc[prep.i + 1 : prep.right_edge.i + 1].text
            match = re.search(_HELD_BY.format(holds=holds), place) or re.search(
                _HELD.format(holds=holds), place)
            if match is None:
                continue
            claim = Claim(kind="attribution", claimant=_reporter(verb),
                          attributed_to=match.group(1).strip(), certainty="speculated",
                          text=sentence.text)
            found.append(FoundClaim(claim, sentence, verb))
    return found


def _reporter(verb: Token) -> str | None:
    head = verb.head if verb.dep_ == "ccomp" else None
    if head is None or head.lemma_.lower() not in _words().reporting:
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return text_of(subject)
