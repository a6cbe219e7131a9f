"""Claims about who did it: responsibility, denial, attribution — each with claimant, the party
it points at, how sure the wording is, and the verbatim sentence."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.arguments import phrase_of
from roydad.extract.certainty import certainty_of
from roydad.extract.claim_words import (
    blames_nobody,
    describes_medium,
    hedged,
    held_back,
    qualified,
)
from roydad.extract.lexicon import load_lexicon
from roydad.extract.syntax import actor_kb
from roydad.models import Certainty, Claim, ClaimKind


@dataclass(frozen=True)
class ClaimLexicon:
    responsibility_verbs: frozenset[str]
    responsibility_objects: frozenset[str]
    denial_verbs: frozenset[str]
    denial_objects: frozenset[str]
    denial_deeds: frozenset[str]
    denial_deed_phrases: dict[str, frozenset[str]]
    attribution_verbs: frozenset[str]
    attribution_preps: dict[str, str]
    guessing_verbs: dict[str, Certainty]
    copular_preps: frozenset[str]
    adjectives: frozenset[str]
    role_verbs: dict[str, frozenset[str]]
    authorship_nouns: frozenset[str]
    reporting_verbs: frozenset[str]
    hedging_verbs: frozenset[str]
    nobody: tuple[str, ...]
    group_anaphors: frozenset[str]
    partitive_parties: frozenset[str]
    complements: dict[str, frozenset[str]]
    pointing: frozenset[str]
    pronoun_claim_verbs: frozenset[str]
    claimed_pronouns: frozenset[str]


@cache
def lexicon() -> ClaimLexicon:
    raw = load_lexicon("claims")
    return ClaimLexicon(
        frozenset(raw["responsibility"]["verbs"]),
        frozenset(raw["responsibility"]["objects"]),
        frozenset(raw["denial"]["verbs"]),
        frozenset(raw["denial"]["objects"]),
        frozenset(raw["denial"]["deeds"]),
        {verb: frozenset(words) for verb, words in raw["denial"]["deed_phrases"].items()},
        frozenset(raw["attribution"]["verbs"]),
        dict(raw["attribution"]["preps"]),
        dict(raw["attribution"]["guessing"]),
        frozenset(raw["attribution"]["copular_preps"]),
        frozenset(raw["attribution"]["adjectives"]),
        {verb: frozenset(objs) for verb, objs in raw["attribution"]["role_verbs"].items()},
        frozenset(raw["attribution"]["authorship_nouns"]),
        frozenset(raw["attribution"]["reporting_verbs"]),
        frozenset(raw["attribution"]["hedging_verbs"]),
        tuple(raw["nobody"]),
        frozenset(raw["group_anaphors"]),
        frozenset(raw["partitive_parties"]),
        {verb: frozenset(words)
         for verb, words in raw["attribution"].get("complements", {}).items()},
        frozenset(raw["attribution"].get("pointing", [])),
        frozenset(raw["pronoun_claims"]["verbs"]),
        frozenset(raw["pronoun_claims"]["pronouns"]),
    )


@dataclass(frozen=True)
class FoundClaim:
    claim: Claim
    sentence: Span
    verb: Token


# Pronouns that stand for the group that claims a deed ("It claimed a bombing").
GROUP_PRONOUNS = frozenset({"it", "they"})


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            # "officials blamed the Taliban, who denied it": the relative pronoun's antecedent
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head != verb:
        return _subject(verb.head)
    # "IS claimed the killings": the group's acronym the tagger took for the auxiliary 'is'
    acronym = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i
                    and len(c.text) > 1 and c.text.isupper() and c.text.isalpha()
                    and actor_kb().resolve(c.text).matched_by == "alias"), None)
    if acronym is not None:
        return acronym
    # "a spokesman posted a video claiming the killing": who posted the message claims
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
        return _subject(verb.head.head)
    return None


def _group_pronoun(token: Token | None) -> str | None:
    """'it' or 'they' claiming a deed: a group named before (resolved in the record)."""
    return token.lower_ if token is not None and token.lower_ in GROUP_PRONOUNS else None


def text_of(token: Token | None) -> str | None:
    if token is None or (token.pos_ == "PRON" and token.lower_ in ("it", "this", "that")):
        return None
    # "the Sunni militant group Jaish al-Adl": the name, not the description
    named = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if token.pos_ == "NOUN" and named is not None:
        token = named
    elif token.pos_ == "PROPN" and not token.ent_type_:
        # "The Group for the Support of Islam and Muslims (JNIM), al-Qaeda's branch": a long
        # name the tagger did not take whole is the acronym it gives in brackets
        token = next((t for t in token.subtree if t.dep_ == "appos" and t.ent_type_ == "ORG"
                      and t.i > 0 and t.nbor(-1).text == "("), token)
    span = phrase_of(token)
    # A party owned by someone the phrase leaves out ("the group's intelligence service",
    # "its fighters") keeps its owner: without it, "intelligence service" would be taken for
    # the service of the country the event happened in.
    owner = next((c for c in token.lefts if c.dep_ == "poss" and c.pos_ != "PROPN"), None)
    if owner is not None and owner.i < span.start:
        start = owner.left_edge.i
        while start < owner.i and token.doc[start].dep_ == "det":
            start += 1
        return token.doc[start : span.end].text
    return _with_whole(token, span).text


def _with_whole(token: Token, span: Span) -> Span:
    """'remnants of Daesh', 'members of the TTP': a part of a party keeps the party."""
    if token.lemma_.lower() not in lexicon().partitive_parties:
        return span
    whole = next(iter([*_pobjs(token, "of"), *_pobjs(token, "for")]), None)
    if whole is None or not names_party(whole):
        return span
    return token.doc[span.start : max(span.end, phrase_of(whole).end)]


def _is_nobody(subject: Token | None) -> bool:
    if subject is None:
        return False
    words = " ".join(t.lower_ for t in subject.subtree)
    return any(words.startswith(n) for n in lexicon().nobody)


def _object(verb: Token) -> Token | None:
    found = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
    # "an attack the group also claimed": the relative clause's object is the noun it describes
    if found is None and verb.dep_ == "relcl" and not any(
            c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        return verb.head
    return found


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def claims_in(sentence: Span) -> list[FoundClaim]:
    lex = lexicon()
    found: list[FoundClaim] = []
    for verb in sentence:
        # The tagger often reads "some point to X" as a noun; its 'to' object still names a party.
        prep = lex.attribution_preps.get(verb.lemma_.lower())
        pointing = verb.lemma_.lower() in lex.pointing and any(
            c.dep_ == "prep" and c.lower_ == prep for c in verb.children
        )
        if verb.pos_ not in ("VERB", "AUX") and verb.tag_ != "VBN" and not pointing:
            continue
        lemma = verb.lemma_.lower()
        obj = _object(verb)
        obj_lemma = obj.lemma_.lower() if obj is not None else ""
        subject = _subject(verb)
        if pointing and verb.pos_ == "NOUN" and subject is None:
            # "a rights group points to X" read as one noun phrase: who points is before it
            subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "compound"), None)
        kind: ClaimKind | None = None
        target: Token | None = None
        claimant: str | None = None
        attributed: str | None = None
        # worked out only for verbs that make a claim: most verbs of a text make none
        certainty: Certainty = "asserted"
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if obj is None and passive is not None and lemma in lex.responsibility_verbs:
            # "the attack was claimed by the group": the deed is the subject, the agent claims
            obj_lemma = passive.lemma_.lower()
            subject = next((p for c in verb.children if c.dep_ == "agent"
                            for p in c.children if p.dep_ == "pobj"), None)
        if lemma in lex.responsibility_verbs and (
                obj_lemma in lex.responsibility_objects or _claims_pronoun(verb, obj, lex)):
            kind = "responsibility"
            unclaimed = passive is not None and any(  # "neither killing has been claimed"
                c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither", "none")
                for c in passive.children)
            if _is_nobody(subject) or _negated(verb) or unclaimed:
                certainty = "negated"
            else:
                # "It claimed a bombing": the pronoun, which the record refers back to the group
                claimant = attributed = text_of(subject) or _group_pronoun(subject)
                certainty = certainty_of(verb, sentence)
                certainty = "claimed" if certainty == "asserted" else certainty
        elif lemma in lex.denial_verbs and (
                obj_lemma in lex.denial_objects or denies_deed(verb, lex)):
            kind = "denial"
            claimant = text_of(subject)
            attributed = claimant
            certainty = "negated"
        elif lemma in lex.attribution_verbs:
            target = _attributed_party(verb, lex.attribution_preps.get(lemma))
            if (target is None or not names_party(target) or not _completed(verb, lemma, lex)
                    or target.lemma_.lower() in lex.responsibility_objects or held_back(verb)
                    or describes_medium(verb)):
                continue
            kind = "attribution"
            certainty = certainty_of(verb, sentence)
            if certainty == "negated" and not _negated(verb) and _denial_conj(verb, lex):
                certainty = "asserted"  # "denied involvement and blamed a gang": a blame
            active = subject is not None and subject.dep_ in ("nsubj", "compound")
            claimant = text_of(subject) if active else None
            attributed = qualified(target, text_of(target))
            if lemma in lex.guessing_verbs and certainty in ("asserted", "reported"):
                certainty = lex.guessing_verbs[lemma]
            certainty = hedged(verb, certainty)
        if kind is None:
            described = _described_culprit(verb, lex)
            if described is None:
                continue
            kind = "attribution"
            claimant, attributed, certainty = described
        claim = Claim(
            kind=kind, claimant=claimant, attributed_to=attributed, certainty=certainty,
            text=sentence.text,
        )
        found.append(FoundClaim(claim, sentence, verb))
        # "accused Israel and the United States": each party blamed is a claim of its own
        if kind == "attribution" and target is not None:
            found += [FoundClaim(claim.model_copy(update={"attributed_to": qualified(
                conj, text_of(conj))}),
                                 sentence, verb) for conj in _conjuncts(target)]
    return found


def _claims_pronoun(verb: Token, obj: Token | None, lex: ClaimLexicon) -> bool:
    """'The group claimed it through its news agency': a pronoun claimed is the deed told
    before, not a statement ('claimed it was a mistake' has a clause, not an object)."""
    return (obj is not None and verb.lemma_.lower() in lex.pronoun_claim_verbs
            and obj.dep_ == "dobj" and obj.lower_ in lex.claimed_pronouns
            and not any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children))


def _denial_conj(verb: Token, lex: ClaimLexicon) -> bool:
    """The blaming verb goes on from a denial: 'denied it and blamed a gang'."""
    return verb.dep_ == "conj" and verb.head.lemma_.lower() in lex.denial_verbs


# How the deed denied hangs from the denial verb: "denied killing them" (xcomp, or a gerund
# parsed as its object), "denied that its units were there" (ccomp).
_DEED_DEPS = frozenset({"ccomp", "xcomp", "dobj"})


def denies_deed(verb: Token, lex: ClaimLexicon) -> bool:
    """The denial verb's clause is a deed of violence or a part in one: "denied killing the
    men", "denied that any state agency had taken part in them", "denied that its units had
    been in the village" — not "denied entry" or "denied that talks had stalled"."""
    for clause in verb.children:
        if clause.dep_ not in _DEED_DEPS or clause.pos_ not in ("VERB", "AUX"):
            continue
        lemma = clause.lemma_.lower()
        if lemma in lex.denial_deeds:
            return True
        wanted = lex.denial_deed_phrases.get(lemma, frozenset())
        if any(c.lemma_.lower() in wanted for c in clause.children):
            return True
    return False


_NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY",
                          "QUANTITY"})


def names_party(token: Token) -> bool:
    """A party can be blamed; a date, a number or a question word cannot ("prayers were held
    on 31 July", "who is behind the killings")."""
    return (token.tag_ not in ("WP", "WDT", "WP$") and token.ent_type_ not in _NOT_PARTIES
            and not blames_nobody(token))


def _completed(verb: Token, lemma: str, lex: ClaimLexicon) -> bool:
    """A verb that blames only with its complement has it: "held the army responsible", not
    "held a meeting" or "funerals were held on Friday"."""
    wanted = lex.complements.get(lemma)
    return wanted is None or any(t.lemma_.lower() in wanted for t in verb.subtree)


def _conjuncts(token: Token) -> list[Token]:
    """The parties joined to the one blamed; after 'either' or 'both' also those the parser
    hung on its qualifier ("either the clans of the coast road or rivals inside the brigade")."""
    out: list[Token] = []
    alternatives = list(token.conjuncts)
    if any(c.dep_ == "preconj" for c in token.children):
        alternatives += [t for t in token.subtree if t.dep_ == "conj" and t not in alternatives]
    for conj in alternatives:
        if conj.i > token.i and conj.pos_ in ("PROPN", "NOUN") and names_party(conj):
            out.append(conj)
    return out


def _pobjs(token: Token, prep: str) -> list[Token]:
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ == prep
            for p in c.children if p.dep_ == "pobj"]


def _described_culprit(
    verb: Token, lex: ClaimLexicon
) -> tuple[str | None, str, Certainty] | None:
    """(claimant, attributed, certainty) when the clause of `verb` says who did it without an
    attribution verb: "X was behind the attack", "X was responsible for the bombing", "X played
    a part in the killing". The claimant is whoever the clause is reported from."""
    lemma = verb.lemma_.lower()
    deed = None
    if lemma == "be":
        deed = next((p for prep in lex.copular_preps for p in _pobjs(verb, prep)), None)
        if deed is None:
            adjective = next((c for c in verb.children if c.dep_ == "acomp"
                              and c.lemma_.lower() in lex.adjectives), None)
            if adjective is not None:
                deed = next(iter(_pobjs(adjective, "for")), None)
    elif lemma in lex.role_verbs:
        obj = _object(verb)
        if obj is not None and obj.lemma_.lower() in lex.role_verbs[lemma]:
            deed = next(iter(_pobjs(verb, "in")), None)
    subject = _subject(verb)
    if deed is None and lemma == "be":
        # "the bombing was the work of a smuggling network": the deed is the subject
        deed, subject = subject, _author(verb, lex)
    if deed is None or deed.lemma_.lower() not in lex.responsibility_objects:
        return None
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.denial_verbs:
        return None  # "denied that its fighters were behind the ambush": the denial's deed
    attributed = text_of(subject)
    if (attributed is None or subject is None or not names_party(subject)
            or _is_nobody(subject) or _negated(verb)):
        return None
    claimant = None
    certainty: Certainty = certainty_of(verb, verb.sent)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    reporter = verb.head if verb.dep_ == "ccomp" else None
    if reporter is not None and reporter.lemma_.lower() in lex.reporting_verbs:
        claimant = text_of(_subject(reporter))
        hedged = reporter.lemma_.lower() in lex.hedging_verbs
        certainty = "speculated" if hedged or modal else "alleged"
    elif modal:
        certainty = "speculated"
    return claimant, attributed, certainty


def _author(verb: Token, lex: ClaimLexicon) -> Token | None:
    """X in "was the work of X"."""
    noun = next((c for c in verb.children if c.dep_ == "attr"
                 and c.lemma_.lower() in lex.authorship_nouns), None)
    return next(iter(_pobjs(noun, "of")), None) if noun is not None else None


def _attributed_party(verb: Token, prep: str | None) -> Token | None:
    if prep is None:
        obj = _object(verb)
        if obj is None or obj.lemma_.lower() in lexicon().responsibility_objects:
            # passive "the attack was blamed on X", or active "some blamed the attack on X"
            heads = [verb] if obj is None else [verb, obj]
            on = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
                  for p in c.children if p.dep_ == "pobj"]
            return on[0] if on else obj
        return obj
    # "attributed the attack to X": the parser may hang the party's preposition on the deed
    deed = _object(verb)
    heads = [verb, *([deed] if deed is not None and deed.lemma_.lower() in
                     lexicon().responsibility_objects else [])]
    targets = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == prep
               for p in c.children if p.dep_ == "pobj"]
    return targets[0] if targets else None
