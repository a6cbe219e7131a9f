"""Who loses the ground when ground is taken: the second side of a territory event.

ACLED codes the side that held the ground as actor2 of "Government regains territory" and
"Non-state actor overtakes territory". A report names it in two general ways:

* the object of "from" on the verb of taking or on the ground taken ("recaptured the town
  from al Shabaab", "took back Banu, the district centre, from the Taliban");
* the subject of a clause of withdrawal joined to the taking ("retook Kupiansk after Russian
  troops withdrew", "seized the posts as government forces fled").

The withdrawal verbs live in the arguments lexicon (`losing_ground_verbs`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from roydad.extract.events import Candidate
from roydad.extract.lexicon import load_lexicon
from roydad.extract.parties import parties
from roydad.extract.syntax import Argument, children, prep_objects

TAKING_MODES = frozenset({"territory"})
# Clause links between the taking and a withdrawal: "after/as they withdrew", "and they fled".
_CLAUSE_DEPS = frozenset({"advcl", "conj"})


def losing_side(candidate: Candidate) -> list[Argument]:
    """The parties a territory-taking mention says the ground was taken from."""
    if candidate.mode not in TAKING_MODES or candidate.hit.is_nominal:
        return []
    verb = candidate.hit.head
    held_by = prep_objects(verb, {"from"})
    for obj in children(verb, "dobj"):
        held_by += prep_objects(obj, {"from"})
        held_by += [p for a in children(obj, "appos") for p in prep_objects(a, {"from"})]
    held_by += [s for clause in _withdrawals(verb) for s in children(clause, "nsubj")]
    tokens = [t for t in held_by if t.i not in _taker_tokens(candidate)]
    return parties(tokens, verb, "recipient", set())


def _withdrawals(verb: Token) -> list[Token]:
    """Clauses of withdrawal joined to the verb of taking, either way round ("retook it after
    the troops withdrew", "the troops withdrew and the rebels took the town")."""
    near = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS]
    if verb.dep_ in _CLAUSE_DEPS:
        near.append(verb.head)
    return [c for c in near if c.lemma_.lower() in losing_ground_verbs()]


def _taker_tokens(candidate: Candidate) -> set[int]:
    return {a.head.i for a in candidate.actors}


@cache
def losing_ground_verbs() -> frozenset[str]:
    """Verbs by which a side gives up the ground it held (arguments.yaml
    `losing_ground_verbs`)."""
    return frozenset(str(w) for w in load_lexicon("arguments")["losing_ground_verbs"])
