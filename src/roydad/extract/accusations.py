"""Which mentions of blaming stand as events of their own: a claim verb about violence the text
reports is a claim on that violence, except an accusation a named person makes on a day of its
own, which a long report tells as a happening ("the interior minister said on 15 December ...
and accused Israel of backing the group")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from roydad.extract.claims import FoundClaim
from roydad.extract.claims import lexicon as claim_lexicon
from roydad.extract.events import Candidate, candidate_for
from roydad.extract.events import lexicon as events_lexicon
from roydad.extract.triggers import TriggerHit, TriggerSpec
from roydad.ontology import event_families

# How an alleged act hangs from the claim verb: "blamed X of cooperating", "said X had agreed"
# (not its object: "holding Venezuela's flag march" is no allegation).
_CONTENT_DEPS = {"pcomp", "pobj", "ccomp", "xcomp"}
# How the deed hangs from a claim verb: "claimed the raid", "blamed the army for the attack",
# "the attack was claimed by".
_CLAIMED_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})
# Words for a person that stand for a named speaker told just before ("he accused ...").
_PERSON_PRONOUNS = frozenset({"he", "she"})
# Entity labels of a day ("on 15 December", "the next morning").
_DAY_LABELS = frozenset({"DATE", "TIME"})


def without_claim_verbs(
    candidates: list[Candidate], claims: list[FoundClaim]
) -> list[Candidate]:
    """'Opponents blame the Taliban' about a killing is a claim on the killing, not a separate
    ACCUSE event; it stays an event when the text reports no violence to attach it to, or when
    a named person made the accusation on a day the sentence gives (`dated_accusation`)."""
    families = event_families()
    if not any(c.event_type in families.hostile for c in candidates):
        return candidates
    claim_verbs = {fc.verb.i for fc in claims}

    def alleged_content(c: Candidate) -> bool:
        # "blamed the PCE of cooperating in the attack": the cooperation is what is alleged,
        # not a separate happening (a violent act alleged stays, with its certainty).
        head = c.hit.head
        return (
            c.event_type not in families.hostile and head.dep_ in _CONTENT_DEPS
            and any(a.i in claim_verbs for a in head.ancestors)
        )

    kept = []
    for c in candidates:
        if c.event_type in families.claim_acts and c.hit.head.i in claim_verbs:
            day = accusation_day(c)
            if day is None:
                continue
            c.date_spans = (day,)  # the day the speaker accused, not another date of it
        if not alleged_content(c):
            kept.append(c)
    return kept


def claimed_deeds_undated(candidates: list[Candidate], claims: list[FoundClaim]) -> None:
    """'ISWAP claimed the raid on Monday': the day is the claim's, not the raid's; a deed told
    again ("the raid", "the bombing") as what a claim, denial or blame is about takes no date
    from that sentence and joins the happening it refers to."""
    claim_verbs = {fc.verb.i for fc in claims}
    for c in candidates:
        head = c.hit.head
        if (c.anaphoric and c.date_span is not None and head.dep_ in _CLAIMED_DEPS
                and _claim_head(head).i in claim_verbs):
            c.date_spans = ()


_BLAMING = frozenset({"attribution", "accusation"})
# How far up from a claim's verb its reporting verb may be ("said that the murder had been
# committed by", "said X were responsible for").
_REPORT_DEPS = frozenset({"ccomp", "conj", "advcl"})


def spoken_accusations(
    candidates: list[Candidate], claims: list[FoundClaim]
) -> list[Candidate]:
    """The mentions, with an accusation for each person the text names saying, on a day of its
    own, who did a deed ("The governor, Lu'ay Khrita, said on 12 June that terrorist groups
    were responsible for the killings"; "the spokesman said on 17 January that the murder had
    been committed by members of Daesh"): a long report tells that statement as a happening of
    its own, beside the claim it makes on the deed (issue 13 §8)."""
    have = {c.hit.head.i for c in candidates}
    out = list(candidates)
    for found in claims:
        if found.claim.kind not in _BLAMING:
            continue
        verb = _reporting_verb(found.verb)
        if verb is None or verb.i in have:
            continue
        subject = _subject(verb)
        day = _day_of(verb)
        if subject is None or not _names_person(subject) or day is None:
            continue
        spec = TriggerSpec(lemma=verb.lemma_.lower(), pos="VERB", event_type="ACCUSE",
                           mode="allege", weight=0.7)
        said = candidate_for(TriggerHit(verb.doc[verb.i : verb.i + 1], spec))
        if said is None or said.certainty != "asserted":
            continue
        said.date_spans = (day,)
        have.add(verb.i)
        out.append(said)
    return sorted(out, key=lambda c: c.hit.span.start)


def _reporting_verb(verb: Token) -> Token | None:
    """The verb of saying a claim's clause hangs from (or the claim's own verb)."""
    words = claim_lexicon().reporting_verbs
    node = verb
    for _ in range(3):
        if node.pos_ == "VERB" and node.lemma_.lower() in words:
            return node
        if node.dep_ not in _REPORT_DEPS or node.head is node:
            return None
        node = node.head
    return None


def _claim_head(deed: Token) -> Token:
    """The verb a deed hangs from: "claimed the raid", "blamed X for the attack"."""
    head = deed.head
    return head.head if deed.dep_ == "pobj" and head.dep_ == "prep" else head


def accusation_day(c: Candidate) -> Span | None:
    """The date of an accusation by a person the text names ("the governor, Rakan al-Jubouri,
    blamed", "he accused") when its own clause says when it was made ("went further on 4 March
    and accused"): the speaker's act, dated apart from the violence it concerns."""
    if c.event_type != "ACCUSE" or c.hit.is_nominal:
        return None
    verb = c.hit.head
    subject = _subject(verb)
    if subject is None or not (_names_person(subject) or _names_body(subject)):
        return None
    return _day_of(verb)


def _names_body(subject: Token) -> bool:
    """A body that speaks as one ("the foreign ministry in Port Sudan accused ..."): a proper
    name of an organisation, not a plain noun ("residents", "officials")."""
    return subject.ent_type_ == "ORG" or (
        subject.pos_ == "PROPN" and subject.ent_type_ not in ("GPE", "LOC", "DATE", "NORP"))


def _subject(verb: Token) -> Token | None:
    while True:
        found = next((t for t in verb.children if t.dep_ == "nsubj"), None)
        if found is not None or verb.dep_ != "conj" or verb.head is verb:
            return found
        verb = verb.head  # "went further on 4 March and accused ...": the first verb's subject


def _names_person(subject: Token) -> bool:
    if subject.lower_ in _PERSON_PRONOUNS:
        return True
    # the speaker is the person, not someone the phrase names ("neighbours of Salman Abedi");
    # the parse may hang the name on the office's place ("the governor of Daraa, Lu'ay Khrita")
    phrase = [subject, *(t for t in subject.subtree if t.dep_ == "appos")]
    return any(t.ent_type_ == "PERSON" for t in phrase)


def _day_of(verb: Token) -> Span | None:
    """The date phrase that modifies the verb, or the verb it is coordinated with ("said on 15
    December ... and he accused"), not the deed alleged."""
    verbs = [verb, *([verb.head] if verb.dep_ == "conj" else [])]
    return next((
        ent for v in verbs for child in v.children
        if child.dep_ in ("prep", "npadvmod", "advmod")
        for ent in v.doc.ents
        if ent.label_ in _DAY_LABELS and child.left_edge.i <= ent.start < child.right_edge.i + 1
    ), None)


def without_settings(candidates: list[Candidate]) -> list[Candidate]:
    """'Security forces arrested 12 militants in raids': a raid or operation in which another
    kind of act was done is that act's setting, not an event of its own."""
    lex = events_lexicon()
    heads = {c.hit.head.i: c.event_type for c in candidates}

    def setting(c: Candidate) -> bool:
        head = c.hit.head
        if (not c.hit.is_nominal or head.lemma_.lower() not in lex.setting_nouns
                or head.dep_ != "pobj"):
            return False
        prep = head.head
        other = heads.get(prep.head.i)
        return prep.lower_ in lex.setting_preps and other is not None and other != c.event_type

    return [c for c in candidates if not setting(c)]
