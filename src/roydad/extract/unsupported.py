"""Why the rules made no record of the triggers they found in a text: for too little support, or
because they read the word as no event.

The pipeline drops a trigger for one of two kinds of reasons. Some say the word tells no
happening: it is idle violence or a threat nobody made (`candidate_for` gives nothing), a claim
verb about violence, the setting of another act, a kind of act rather than one ("a market
bombing is the kind of attack that ..."), a non-violent act only planned or denied ("will hold
talks next week"), a toll of nothing ("no attacks were reported"). Others only say the word is
too weak to stand on its own: a weak trigger ("fight", "talks", "charge") with no deaths and
nobody it acted on, or ground taken with no place named ("regained control of the town"). A text
whose every trigger fell for the second kind is, for the rules, as silent as one without any:
the classifier may propose its record (roydad.extract.proposal), and keeps it only when it is
sure of a specific ACLED sub-event type. "A new militant alliance announced its formation,
claiming it would fight in Khyber Pakhtunkhwa" is a change to a group, which no trigger told.
"""

from __future__ import annotations

from collections.abc import Sequence

from roydad.extract.accusations import without_claim_verbs, without_settings
from roydad.extract.certainty import NOT_HAPPENED
from roydad.extract.claims import FoundClaim
from roydad.extract.events import Candidate, CountsOf, candidate_for
from roydad.extract.generic import without_generic
from roydad.extract.nonevents import nil_toll
from roydad.extract.triggers import TriggerHit
from roydad.ontology import event_families


def only_unsupported(hits: Sequence[TriggerHit], counts: CountsOf,
                     claims: Sequence[FoundClaim]) -> bool:
    """Whether every trigger found (none counts) was dropped by the rules for lack of support,
    not read as no event (see the module docstring). The caller knows that none of them made
    a record."""
    heads = frozenset(hit.head.i for hit in hits)
    found = [candidate_for(hit, counts, heads) for hit in hits]
    candidates = [c for c in found if c is not None]
    if len(candidates) < len(found):  # idle violence, a threat nobody made
        return False
    kept = without_generic(without_settings(without_claim_verbs(candidates, list(claims))))
    return len(kept) == len(candidates) and all(_unsupported(c) for c in kept)


def _unsupported(candidate: Candidate) -> bool:
    """The candidate fell only for lack of support: the rules did not read it as a non-violent
    act that has not happened, nor as a toll of nothing (`Extractor._keep`)."""
    if candidate.event_type not in event_families().hostile and (
            candidate.certainty in NOT_HAPPENED):
        return False
    return not nil_toll(candidate.hit.head)
