"""Rival accounts of who did it, read as attribution claims (issue 13, section 8).

Long analyses weigh competing explanations of an attack without the verbs "blame" or "accuse":
"others suggest that the intelligence service wanted to silence him", "a second view is that
rival factions are settling old scores", "in their telling, the bomb was planted by men close to
a rival commander", "the ambush may have been led by a local commander". Each names a party
supposed to be behind a happening, so each is an attribution claim of its own, with who supposes
it and how hedged the wording is; the pipeline places it on the happening it concerns. The words
that signal such a supposition are data (`data/lexicons/suppositions.yaml`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, partial

from spacy.tokens import Span, Token

from roydad.extract.claim_words import qualified
from roydad.extract.claims import FoundClaim, names_party, text_of
from roydad.extract.claims import lexicon as claim_lexicon
from roydad.extract.lexicon import load_lexicon, word_set
from roydad.extract.syntax import is_passive
from roydad.models import Certainty, Claim


@dataclass(frozen=True)
class SuppositionLexicon:
    supposing_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    vague_speakers: frozenset[str]
    account_nouns: frozenset[str]
    deed_verbs: frozenset[str]
    plan_verbs: frozenset[str]
    complicity: dict[str, frozenset[str]]
    perpetrator_nouns: frozenset[str]
    hedging_adverbs: frozenset[str]
    not_parties: frozenset[str]
    bare_people: frozenset[str]
    perpetrator_links: frozenset[str]
    particles: dict[str, frozenset[str]]
    modals: frozenset[str]
    future_auxiliaries: frozenset[str]
    qualifying_preps: frozenset[str]


@cache
def lexicon() -> SuppositionLexicon:
    raw = load_lexicon("suppositions")

    words = partial(word_set, "suppositions")

    return SuppositionLexicon(
        supposing_verbs=words("supposing_verbs"), reporting_verbs=words("reporting_verbs"),
        vague_speakers=words("vague_speakers"), account_nouns=words("account_nouns"),
        deed_verbs=words("deed_verbs"), plan_verbs=words("plan_verbs"),
        complicity={verb: frozenset(objs) for verb, objs in raw["complicity"].items()},
        perpetrator_nouns=words("perpetrator_nouns"), hedging_adverbs=words("hedging_adverbs"),
        not_parties=words("not_parties"), perpetrator_links=words("perpetrator_links"),
        bare_people=words("bare_people"),
        particles={verb: frozenset(p) for verb, p in raw["particles"].items()},
        modals=words("modals"), future_auxiliaries=words("future_auxiliaries"),
        qualifying_preps=words("qualifying_preps"),
    )


@dataclass(frozen=True)
class _Account:
    """A clause that supposes who did it, who supposes it and how sure the wording is."""

    clause: Token
    claimant: str | None
    certainty: Certainty
    # a plain report ("police said the bomber had trained in a camp run by X") supposes only
    # through the group it ties the perpetrator to
    perpetrators_only: bool = False


def suppositions_in(sentence: Span) -> list[FoundClaim]:
    """Every party the sentence supposes to be behind a deed, as an attribution claim."""
    found: list[FoundClaim] = []
    seen: set[int] = set()
    for account in _accounts(sentence):
        for verb in _clauses(account.clause):
            for party in _supposed(verb, account.perpetrators_only):
                if party.i in seen:
                    continue
                seen.add(party.i)
                found.append(_found(sentence, verb, party, account.claimant, account.certainty))
    for verb in sentence:
        for party, certainty in _agents(verb):
            if party.i not in seen:
                seen.add(party.i)
                reporter = verb.head if verb.dep_ == "ccomp" else None
                subject = next((c for c in reporter.children if c.dep_ == "nsubj"), None) if (
                    reporter is not None) else None
                found.append(_found(sentence, verb, party, _claimant(subject), certainty))
    return found


def supposed_parties(clause: Token) -> list[Token]:
    """The parties a clause left open supposes did it ('that drug traffickers staged it')."""
    return [p for verb in _clauses(clause) for p in _supposed(verb)]


def _found(sentence: Span, verb: Token, party: Token, claimant: str | None,
           certainty: Certainty) -> FoundClaim:
    claim = Claim(kind="attribution", claimant=claimant, attributed_to=_party_text(party),
                  certainty=certainty, text=sentence.text)
    return FoundClaim(claim, sentence, verb)


def _party_text(token: Token) -> str | None:
    """A party named by a common noun is told by what qualifies it: "elements of the security
    agencies", "men close to a rival commander", "handlers in Afghanistan"."""
    return qualified(token, text_of(token))


# -- where a supposition is put forward ---------------------------------------------------------

def _accounts(sentence: Span) -> list[_Account]:
    lex = lexicon()
    out: list[_Account] = []
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") and lemma in lex.supposing_verbs | lex.reporting_verbs:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            supposing = lemma in lex.supposing_verbs
            plain = not supposing and not _vague(subject)
            certainty: Certainty = "speculated" if supposing else "alleged"
            out += [_Account(c, _claimant(subject), certainty, plain) for c in token.children
                    if c.dep_ == "ccomp"]
        elif token.pos_ == "NOUN" and lemma in lex.account_nouns:
            out += _noun_accounts(token)
    return out


def _vague(subject: Token | None) -> bool:
    """'others say', 'some of them claim', 'many in the town believe': one voice among others."""
    if subject is None:
        return False
    words = {subject.lower_} | {c.lower_ for c in subject.children if c.dep_ in ("det", "amod")}
    return bool(words & lexicon().vague_speakers)


def _noun_accounts(noun: Token) -> list[_Account]:
    """'a third view ... is that X', 'the theory that X', 'in their telling, X', 'according to
    one version, X'."""
    holder = _holder(noun)
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be":
        return [_Account(c, holder, "speculated") for c in head.children if c.dep_ == "ccomp"]
    if noun.dep_ == "pobj" and head.lower_ in ("in", "to", "by"):
        verb = head.head.head if head.head.lower_ == "according" else head.head
        if verb.pos_ in ("VERB", "AUX"):
            return [_Account(verb, holder, "speculated")]
    return [_Account(c, holder, "speculated") for c in noun.children
            if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)]


def _holder(noun: Token) -> str | None:
    """Whose account it is: 'their telling', 'the army's version', 'a view heard among
    refugees', 'the theory of some diplomats'."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return _claimant(poss)
    for child in noun.subtree:
        if child.dep_ == "pobj" and child.head.lower_ in ("among", "of", "from", "by") and (
            child.pos_ in ("NOUN", "PROPN")
        ):
            return text_of(child)
    return None


def _claimant(token: Token | None) -> str | None:
    """The text of who supposes it; 'they'/'their' is the subject of the sentence before."""
    if token is None:
        return None
    if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        return text_of(token.head.head)  # "a report which suggested that ..."
    if token.pos_ == "PRON" and token.lower_ in ("they", "their", "them"):
        start = token.sent.start
        if start == 0:
            return None
        before = token.doc[start - 1].sent.root
        subject = next((c for c in before.children if c.dep_ == "nsubj"), None)
        return text_of(subject) if subject is not None and subject.pos_ != "PRON" else None
    return text_of(token)


# -- what the supposition says ------------------------------------------------------------------

def _clauses(verb: Token) -> list[Token]:
    """The clause and the clauses joined to it ('that X had crossed ... and that Y may have
    turned a blind eye')."""
    return [verb, *(c for c in verb.conjuncts if c.pos_ in ("VERB", "AUX"))]


def _names_deed(clause: Token) -> bool:
    """The clause tells a deed done: a verb of doing, ordering or helping it ('carry' only with
    'out'), or being behind it; not a future or an obligation ('will be used by', 'had to
    admit'), nor a deed told only of something it names ('admit responsibility for attacks
    carried out')."""
    lex = lexicon()
    if any(c.dep_ == "aux" and c.lower_ in lex.future_auxiliaries for c in clause.children):
        return False
    if clause.lemma_.lower() == "have" and any(c.dep_ == "xcomp" for c in clause.children):
        return False
    for token in _verb_chain(clause):
        if _deed_verb(token):
            return True
        if token.lemma_.lower() == "be" and any(c.lower_ == "behind" for c in token.children):
            return True
        wanted = lex.complicity.get(token.lemma_.lower())
        if wanted and any(c.lemma_.lower() in wanted for c in token.children):
            return True
    return False


_CHAIN = frozenset({"xcomp", "ccomp", "conj", "advcl", "pcomp", "prep"})


def _verb_chain(clause: Token) -> list[Token]:
    """The clause's verb and the verbs it goes on with ('wanted to silence', 'let the attack
    happen', 'turned a blind eye and let them pass'), not clauses that describe its nouns."""
    out, todo = [], [clause]
    while todo:
        token = todo.pop()
        out.append(token)
        todo += [c for c in token.children if c.dep_ in _CHAIN]
    return out


def _deed_verb(token: Token) -> bool:
    lemma = token.lemma_.lower()
    particle = lexicon().particles.get(lemma)
    return token.pos_ == "VERB" and lemma in lexicon().deed_verbs and (
        particle is None or any(c.lower_ in particle for c in token.children))


def _supposed(clause: Token, perpetrators_only: bool = False) -> list[Token]:
    """The parties the clause supposes did it: its subject ('X wanted to silence him'), or the
    agent of its passive ('the bomb was planted by X'); a perpetrator described by the group he
    belonged to ('the bomber had trained in a camp run by X') blames that group."""
    if perpetrators_only and not _deed_told_before(clause):
        return [g for s in clause.children if s.dep_ == "nsubj"
                and s.lemma_.lower() in lexicon().perpetrator_nouns for g in _groups_in(clause, s)]
    if not _names_deed(clause):
        return []
    if is_passive(clause):
        doers = [*_agent_of(clause)]
        for xcomp in clause.children:
            if xcomp.dep_ in ("xcomp", "conj") and is_passive(xcomp):
                doers += _agent_of(xcomp)
    else:
        doers = [c for c in clause.children if c.dep_ == "nsubj"]
    out: list[Token] = []
    for doer in doers:
        owned = any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in doer.children)
        if doer.lemma_.lower() in lexicon().perpetrator_nouns and not owned:
            # "the gunmen" are nobody yet; "the brigade's gunmen" are the brigade's
            out += _groups_in(clause, doer)
        elif _party(doer):
            out += [doer, *(c for c in doer.conjuncts if _party(c))]
    return out


def _deed_told_before(clause: Token) -> bool:
    """'the police said that the coalition's fighters had carried out the attack': a plain
    report of who did a deed the text told before ('the attack', 'it') says who did it, one
    side's account; 'officials said militants attacked a checkpoint' reports a new act."""
    deeds = claim_lexicon().responsibility_objects
    for verb in _verb_chain(clause):
        if not _deed_verb(verb):
            continue
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            if obj.lower_ == "it" or (obj.lemma_.lower() in deeds and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children)):
                return True
    return False


def _agent_of(verb: Token) -> list[Token]:
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _party(token: Token) -> bool:
    lex = lexicon()
    lemma = token.lemma_.lower()
    if token.pos_ not in ("NOUN", "PROPN") or lemma in lex.not_parties:
        return False
    if lemma in lex.bare_people and qualified(token, token.text) == token.text:
        return False
    if lemma in claim_lexicon().responsibility_objects or lemma in lex.account_nouns:
        return False
    return names_party(token)


def _groups_in(clause: Token, doer: Token) -> list[Token]:
    """Organisations the clause ties the perpetrator to by a word of belonging ('a camp run by
    a faction of X', 'belonged to X', 'a member of X'), not any name in it ('fled towards the
    UN compound')."""
    links = lexicon().perpetrator_links
    inside = {t.i for t in clause.subtree}
    out: list[Token] = []
    for ent in clause.sent.ents:
        root = ent.root
        if ent.label_ not in ("ORG", "NORP") or root.i not in inside or root.i < doer.i:
            continue
        path = [a for a in root.ancestors if a.i in inside]
        if any(a.lemma_.lower() in links for a in path):
            out.append(root)
    return out


def _agents(verb: Token) -> list[tuple[Token, Certainty]]:
    """'the attack may have been led by X', 'was probably carried out by X': a hedged passive of
    doing it; 'had been planned by X': who had it done, even when asserted; 'officials said
    the grenade had been thrown by X': who did it, by the account of whoever said so."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if not _deed_verb(verb) or not is_passive(verb) or any(
            c.dep_ == "aux" and c.lower_ in lex.future_auxiliaries for c in verb.children):
        return []
    hedged = any(
        (c.dep_ == "aux" and c.lower_ in lex.modals)
        or (c.dep_ == "advmod" and c.lower_ in lex.hedging_adverbs) for c in verb.children
    ) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.supposing_verbs)
    reported = verb.dep_ == "ccomp" and (
        verb.head.lemma_.lower() in claim_lexicon().reporting_verbs)
    # "the spokesman said that the murder had been committed by members of Daesh": who did
    # it, as one side tells it (a rival account); not a report's sourcing told after the fact
    # ("The bombing was carried out by the Pakistani Taliban, officials said")
    told = reported and verb.head.i < verb.i
    if not hedged and lemma not in lex.plan_verbs and not told:
        return []
    certainty: Certainty = "speculated" if hedged else ("alleged" if reported else "asserted")
    return [(p, certainty) for p in _agent_of(verb) if _party(p)]
