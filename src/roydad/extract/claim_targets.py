"""Which happening each claim of a document is about: the violent happening its own sentence
mentions ("claimed responsibility for the explosion"), else the latest one told before it that
is not background history, and for "the killings" each happening of that kind told before."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from roydad.extract.certainty import NOT_HAPPENED, any_happened
from roydad.extract.claims import FoundClaim
from roydad.extract.events import Candidate, Happening
from roydad.extract.rival_versions import answers_blame
from roydad.ontology import event_families

# Claims of who did it concern acts done, not the threats or arrests told after them.
_NOT_DONE_BY = frozenset({"COERCE", "THREATEN"})


def attach_claims(
    happenings: list[Happening], claims: list[FoundClaim], published: dt.date | None = None
) -> dict[int, list[FoundClaim]]:
    """A claim is about the violent happening its own sentence mentions ("claimed responsibility
    for the explosion"), else the latest one mentioned before it that is not history told as
    background (or, when the text opens with the claim, the first one after)."""
    hostile = event_families().hostile
    violent = [h for h in happenings if h.event_type in hostile or h.mode == "riot"]
    out: dict[int, list[FoundClaim]] = {}
    if not violent:
        return out
    answered: list[Happening] = []  # what the latest claim was about
    answered_at = -1
    blamed: list[Happening] = []  # what the latest blame or claim of a deed was about
    for claim in claims:
        pos = claim.sentence.start
        # A mention the sentence only plans or denies ("the attack had been planned abroad")
        # is not what the claim is about when the text told the act itself; nor is one it
        # only supposes ("some think he may have been killed by rivals") of a deed told before.
        here = [h for h in violent if any(
            c.sentence.start == pos and c.certainty not in NOT_HAPPENED
            and (not _describes(c) or _described_with(c, claim.verb)) for c in h.members)
            and not _supposed_again(h, pos, violent, published)]
        # Several happenings in the claim's sentence: the one whose mention the claim verb
        # governs (or that the claim's relative clause describes: "an attack the group
        # claimed"), else the first.
        governed = sorted((h for h in here if any(
            claim.verb in c.hit.head.ancestors or claim.verb.head == c.hit.head
            for c in h.members if c.sentence.start == pos
        )), key=lambda h: _depth_below(h, claim.verb, pos))
        before = [h for h in violent if h.first.sentence.start <= pos]
        # Who is blamed is said of violence, not of the arrests or threats that followed it;
        # of the happening the text spoke of last before the claim.
        harm = [h for h in before if h.event_type not in _NOT_DONE_BY
                and any_happened(c.certainty for c in h.members)] or before
        # "In January 2021 two suicide bombers killed 32 people in Baghdad. ... Kurdish
        # politicians suggest a militia planted the bomb": who is suspected of the bomb the
        # report is about, not of the earlier one recalled as background.
        harm = [h for h in harm if not _history(h, published)] or harm
        harm = [h for h in harm if not _supposed_again(h, pos, violent, published)] or harm
        # nor a deed recalled after the one the report is about ("They recall the strike in
        # January ..."), nor one only a relative clause describes ("the apparatus, whose
        # fighters had clashed with the brigade in August")
        harm = [h for h in harm if not _recalled(h, violent)
                and not _only_described(h, pos)] or harm
        fallback = max(harm, key=lambda h: _last_mention(h, pos)) if harm else violent[0]
        target = (governed or here or [fallback])[0]
        referents = plural_referents(target, pos, before)
        if claim.claim.kind == "denial" and not here and answered and (
                pos - answered_at <= _ANSWER_GAP):
            # "The army rejected the accusation": the accusation told just before, and the
            # happening it was about, not the last one its sentence happened to name; a
            # denial paragraphs after the last claim is about the deed the text speaks of
            referents = answered
        elif not here and blamed and answers_blame(claim):
            # "On Thursday the militia rejected the accusation", paragraphs after the charge
            # and after other deeds: the deed the last blame was about
            referents = blamed
        if claim.claim.kind != "denial" and claim.claim.certainty != "negated":
            blamed = referents
        for referent in referents:
            out.setdefault(id(referent), []).append(claim)
        answered, answered_at = referents, pos
    return out


# How many tokens after a claim a denial may answer it ("The army rejected the accusation"):
# about three sentences.
_ANSWER_GAP = 80
_SUPPOSED = frozenset({"speculated", "alleged"})


def _supposed_again(happening: Happening, pos: int, violent: list[Happening],
                    published: dt.date | None) -> bool:
    """Up to the claim, the happening is only supposed ("some officials think he may have
    been killed by rivals") while a deed of its kind was told as done before it: the
    supposition is about that deed, not a deed of its own."""
    told = [c for c in happening.members if c.sentence.start <= pos and not _describes(c)]
    if not told or any(c.certainty not in _SUPPOSED for c in told):
        return False
    first = min(c.sentence.start for c in told)
    return any(
        other is not happening and other.event_type == happening.event_type
        and other.first.sentence.start < first and not _history(other, published)
        and any(c.certainty not in (*_SUPPOSED, *NOT_HAPPENED) for c in other.members)
        for other in violent)


# How much earlier than a deed told before it a deed told later must be dated to be recalled.
_RECALLED = dt.timedelta(days=14)


def _recalled(happening: Happening, violent: list[Happening]) -> bool:
    """The happening is told after the violent ones whose day the text gives, and dated weeks
    before all of them: a deed the report recalls to compare ("They recall the strike in
    January ..."), not what the claims after it are about. A chronology told in order recalls
    nothing."""
    when = happening.when
    if when is None:
        return False
    first = happening.first.sentence.start
    told = [other.when.start for other in violent
            if other is not happening and other.when is not None and _day_told(other)
            and other.first.sentence.start < first
            and any_happened(c.certainty for c in other.members)]
    return bool(told) and all(when.start < start - _RECALLED for start in told)


def _day_told(happening: Happening) -> bool:
    """The text gives the happening's day ("on the morning of 2 March"), not a span or a date
    taken from the report's own."""
    when = happening.when
    return when is not None and when.precision == "day" and bool(when.text) and (
        when.end is None or when.end == when.start)


def _only_described(happening: Happening, pos: int) -> bool:
    """Up to `pos`, the happening is told only in relative clauses that describe a party."""
    told = [c for c in happening.members if c.sentence.start <= pos]
    return bool(told) and all(_describes(c) for c in told)


def _described_with(mention: Candidate, verb: Token) -> bool:
    """The claim describes the same noun as the mention's relative clause: "the strike that
    killed him, which is widely believed to have been carried out by X" is about the strike."""
    clauses = [a for a in (mention.hit.head, *mention.hit.head.ancestors) if a.dep_ == "relcl"]
    return any(verb in c.head.subtree and verb not in c.subtree for c in clauses[:1])


def _describes(mention: Candidate) -> bool:
    """The mention only describes a noun ("an insult to officers who die every day"): a
    relative clause tells no act a claim is about."""
    sentence = mention.sentence
    return any(a.dep_ == "relcl" and sentence.start <= a.i < sentence.end
               for a in (mention.hit.head, *mention.hit.head.ancestors))


def _depth_below(happening: Happening, verb: Token, pos: int) -> int:
    """How deep under the claim's verb the happening's mention in its sentence lies: "said the
    killings may have been carried out by the army in reprisal for the Boni ambush" is about
    the killings, not the ambush named deeper down."""
    depths = [[*c.hit.head.ancestors].index(verb) for c in happening.members
              if c.sentence.start == pos and verb in c.hit.head.ancestors]
    return min(depths, default=0)


# A happening dated this long before the report (or before the happening a plural refers to)
# is background history, not one of the events the report's claims are about.
_HISTORY = dt.timedelta(days=365)


def _history(happening: Happening, reference: dt.date | None) -> bool:
    when = happening.when
    return reference is not None and when is not None and when.start < reference - _HISTORY


def _several_harmed(happening: Happening) -> bool:
    """The happening itself harmed several people ("about forty men were killed"): "the
    killings" said of it are its own, not a wave of separate killings."""
    return any(
        (c.dead is not None and (c.dead.low or c.dead.value or 0) > 1)
        or any(r.head.tag_ == "NNS" and any(t.dep_ == "nummod" for t in r.head.children)
               for r in c.recipients)
        for c in happening.members if not c.anaphoric)


def _last_mention(happening: Happening, pos: int) -> int:
    return max(c.sentence.start for c in happening.members if c.sentence.start <= pos)


def plural_referents(target: Happening, pos: int, before: list[Happening]) -> list[Happening]:
    """A claim about "the killings" (the last mention before it a definite plural noun) is a
    claim on each happening of that kind told before it: "three theories about who is behind
    the killings" concerns both of the killings a report told of."""
    last = max((c for c in target.members if c.sentence.start <= pos),
               key=lambda c: c.sentence.start, default=None)
    if last is None or not (last.hit.is_nominal and last.hit.head.tag_ == "NNS"
                            and any(t.lower_ == "the" for t in last.hit.head.lefts)):
        return [target]
    if _several_harmed(target):
        return [target]
    # "the killings" are not the taking of ground, nor killings recalled from years before
    reference = target.when.start if target.when is not None else None
    same = [h for h in before if h.event_type == target.event_type
            and any_happened(c.certainty for c in h.members)
            and h.first.sentence.start < last.sentence.start
            and (h.mode == "territory") == (target.mode == "territory")
            and not _history(h, reference)]
    return same if len(same) > 1 and target in same else [target]
