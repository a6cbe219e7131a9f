"""The second side of an event whose verb names only its doer: whom ground was taken from,
whom fighters surrendered or defected to.

ACLED codes the side that held the ground as actor2 of "Government regains territory" and
"Non-state actor overtakes territory", and the side fighters go over to as actor2 of "Change to
group/activity". A report names it in general ways:

* the object of a preposition on the verb, on its object or on the object's apposition:
  "recaptured the town from al Shabaab", "took back Banu, the district centre, from the
  Taliban", "surrendered their weapons to the army", "defected to the government";
* for ground, the subject of a clause of withdrawal joined to the taking ("retook Kupiansk after
  Russian troops withdrew", "seized the posts as government forces fled").

The prepositions by mode (`other_side_preps`) and the withdrawal verbs (`losing_ground_verbs`)
live in the arguments lexicon.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from roydad.extract.events import Candidate
from roydad.extract.lexicon import load_lexicon
from roydad.extract.parties import parties
from roydad.extract.syntax import Argument, children, prep_objects
from roydad.resolve.actors import ActorResolver

TAKING_MODES = frozenset({"territory"})
_UNKNOWN = frozenset({"title", "unknown"})  # how the resolver reads a phrase it does not know
# Clause links between the taking and a withdrawal: "after/as they withdrew", "and they fled".
_CLAUSE_DEPS = frozenset({"advcl", "conj"})


def other_side(candidate: Candidate, actors: ActorResolver) -> list[Argument]:
    """The parties a mention names as the side its doer took ground from or went over to:
    only parties the knowledge base or the generic groups know, as a preposition's object
    may be anything else ("retaking territory from the self-styled caliphate")."""
    preps = other_side_preps().get(candidate.mode or "")
    if not preps or candidate.hit.is_nominal:
        return []
    verb = candidate.hit.head
    found = prep_objects(verb, preps)
    for obj in children(verb, "dobj"):
        found += prep_objects(obj, preps)
        found += [p for a in children(obj, "appos") for p in prep_objects(a, preps)]
    if candidate.mode in TAKING_MODES:
        found += [s for clause in _withdrawals(verb) for s in children(clause, "nsubj")]
    doers = {a.head.i for a in candidate.actors}
    return [a for a in parties([t for t in found if t.i not in doers], verb, "recipient", set())
            if actors.resolve(a.text).matched_by not in _UNKNOWN]


def _withdrawals(verb: Token) -> list[Token]:
    """Clauses of withdrawal joined to the verb of taking, either way round ("retook it after
    the troops withdrew", "the troops withdrew and the rebels took the town")."""
    near = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS]
    if verb.dep_ in _CLAUSE_DEPS:
        near.append(verb.head)
    return [c for c in near if c.lemma_.lower() in losing_ground_verbs()]


@cache
def other_side_preps() -> dict[str, frozenset[str]]:
    """Prepositions introducing the other side, by mode (arguments.yaml `other_side_preps`)."""
    raw = load_lexicon("arguments")["other_side_preps"]
    return {str(mode): frozenset(str(p) for p in preps) for mode, preps in raw.items()}


@cache
def losing_ground_verbs() -> frozenset[str]:
    """Verbs by which a side gives up the ground it held (arguments.yaml
    `losing_ground_verbs`)."""
    return frozenset(str(w) for w in load_lexicon("arguments")["losing_ground_verbs"])
