"""Force used against a protest is the protest's record (ACLED Protests), not an attack of its
own: "police opened fire on villagers protesting the demolition of their homes, killing one" is
one event, Protests / Excessive force against protesters, with the death. Police who disperse or
detain protesters make it a Protest with intervention.

The force is an ASSAULT told in the protest's sentence or the next (`NEAR`), on the same day, of
a kind used on crowds (shooting, beating; not a bombing), and either done to the protesters
("fired on marchers", "beat women protesting") or by police or security forces. A riot is left
to `riots.fold_riots`: violence beside a violent crowd is the riot's (ACLED Riots).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from roydad.extract.compound_force import compound_forces, doers_before
from roydad.extract.events import Candidate, Happening
from roydad.extract.lexicon import load_lexicon
from roydad.extract.parties import parties
from roydad.extract.syntax import sentence_numbers

EXCESSIVE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
NEAR = 1


@dataclass(frozen=True)
class ForceLexicon:
    force_actors: frozenset[str]
    protester_nouns: frozenset[str]
    crowd_subs: frozenset[str]
    force_modes: frozenset[str | None]
    other_modes: frozenset[str]
    grievance_preps: frozenset[str]
    intervention_words: frozenset[str]
    dispersal_verbs: frozenset[str]
    at_protest_preps: frozenset[str]
    arrest_reasons: frozenset[str]


@cache
def lexicon() -> ForceLexicon:
    raw = load_lexicon("protest_force")
    return ForceLexicon(
        force_actors=frozenset(raw["force_actors"]),
        protester_nouns=frozenset(raw["protester_nouns"]),
        crowd_subs=frozenset(raw["crowd_subs"]),
        force_modes=frozenset([None, *raw["force_modes"]]),
        other_modes=frozenset(raw["other_modes"]),
        grievance_preps=frozenset(raw["grievance_preps"]),
        intervention_words=frozenset(raw["intervention_words"]),
        dispersal_verbs=frozenset(raw["dispersal_verbs"]),
        at_protest_preps=frozenset(raw["at_protest_preps"]),
        arrest_reasons=frozenset(raw["arrest_reasons"]),
    )


def _is_protest(h: Happening) -> bool:
    return h.event_type == "PROTEST" and h.mode != "riot"


def _lemma_in(words: frozenset[str], *tokens: Token) -> bool:
    """Any token is one of the words, by lemma or form ("Protesters" in a title-case headline,
    which the tagger takes for a name, by its singular too)."""
    for t in tokens:
        forms = {t.lemma_.lower(), t.lower_}
        if t.lower_.endswith("s"):
            forms.add(t.lower_[:-1])
        if forms & words:
            return True
    return False


def _on_protesters(force: Happening, protest: Happening) -> bool:
    """The force is done to the protesters: a target named as such ("marchers"), or one the
    protest's own word describes ("villagers protesting the demolition")."""
    lex = lexicon()
    heads = {c.hit.head.i for c in protest.members}
    for c in force.members:
        for r in c.recipients:
            if _lemma_in(lex.protester_nouns, r.head) or any(
                t.i in heads for t in r.head.subtree
            ):
                return True
    return False


def _by_forces(force: Happening, protest: Happening, numbers: dict[int, int]) -> bool:
    """Police or security forces used it, told in the protest's sentence or after it
    ("Hundreds rallied … Police opened fire on the crowd"), not before ("police killed four
    insurgents" and the next day's protest over it)."""
    lex = lexicon()
    first = min(numbers.get(c.sentence.start, 0) for c in protest.members)
    return all(numbers.get(c.sentence.start, 0) >= first for c in force.members) and any(
        _lemma_in(lex.force_actors, a.head) for c in force.members for a in c.actors)


def _force_like(h: Happening) -> bool:
    lex = lexicon()
    modes = {c.mode for c in h.members}
    by_crowd = any(c.acled_sub in lex.crowd_subs for c in h.members) or any(
        _lemma_in(lex.protester_nouns, a.head) for c in h.members for a in c.actors)
    return h.event_type == "ASSAULT" and bool(modes & lex.force_modes) and not (
        modes & lex.other_modes) and not by_crowd


def _arrest(h: Happening) -> bool:
    return h.event_type == "COERCE" and h.mode == "arrest"


def _for_protest(arrest: Happening, protest: Happening) -> bool:
    """The protest is the arrest's reason, not its setting: "arrested activists accused of
    planning a rally" (`arrest_reasons` on the way from the protest's word to the arrest's)."""
    reasons = lexicon().arrest_reasons
    return any(t.lemma_.lower() in reasons for path in _paths(
        protest, {c.hit.head.i for c in arrest.members}) for t in path)


def _own_day(arrest: Happening, protest: Happening) -> bool:
    """An arrest told after the protest's sentence with a date of its own ("Three days later,
    police detained the rally's organisers"), or of people who *had* protested before ("detained
    14 students who had been protesting for two weeks"): not made at the protest, even where
    the dates do not resolve."""
    told = protest.first.sentence.start
    earlier = all(any(a.lower_ == "had" for a in c.hit.head.children if a.dep_ == "aux")
                  for c in protest.members)
    later = all(c.sentence.start > told for c in arrest.members) and any(
        c.date_spans for c in arrest.members)
    return earlier or later


def _at_protest(arrest: Happening, protest: Happening) -> bool:
    """The arrests are told as made at the protest: its word hangs from the arrest's verb by
    `at_protest_preps` ("arrested five supporters during a rally")."""
    preps = lexicon().at_protest_preps
    for path in _paths(protest, {c.hit.head.i for c in arrest.members}):
        return len(path) >= 2 and path[-1].dep_ == "prep" and path[-1].lower_ in preps
    return False


def _paths(below: Happening, above: set[int]) -> list[list[Token]]:
    """For each mention of `below` under one of the tokens `above`, the tokens from the
    mention up to (not including) the first of them."""
    found = []
    for c in below.members:
        path = [c.hit.head, *c.hit.head.ancestors]
        for n, tok in enumerate(path[1:], start=1):
            if tok.i in above:
                found.append(path[:n])
                break
    return found


def _grievance(force: Happening, protest: Happening) -> bool:
    """The force is what the protest is about: 'protested over the police killing'."""
    preps = lexicon().grievance_preps
    return any(any(t.dep_ == "prep" and t.lower_ in preps for t in path)
               for path in _paths(force, {c.hit.head.i for c in protest.members}))


def _lethal(force: Happening) -> bool:
    """Force that killed, or live fire that hurt without the words of crowd control."""
    lex = lexicon()
    dead = any((c.dead.value or c.dead.low or 0) > 0 for c in force.members if c.dead)
    if dead:
        return True
    hurt = any((c.injured.value or c.injured.low or 0) > 0 for c in force.members if c.injured)
    controlled = any(
        _lemma_in(lex.intervention_words, t) for c in force.members for t in c.sentence
    )
    return hurt and not controlled and any(c.mode == "firearms" for c in force.members)


def _dispersed(protest: Happening) -> bool:
    """'police dispersed the teachers', 'the march was broken up': intervention without an
    act of force the triggers found."""
    lex = lexicon()
    return any(
        _lemma_in(lex.dispersal_verbs, t) and t.pos_ == "VERB" and _done_to(t)
        and (t.lemma_.lower() != "break" or any(p.lower_ == "up" for p in t.children))
        for c in protest.members for t in c.sentence
    )


def _done_to(verb: Token) -> bool:
    """Someone dispersed them ("dispersed the march", "were dispersed"), not the crowd that
    went home by itself ("marched on the square and dispersed peacefully"). The parse may
    take the crowd and its participle for a clause ("to disperse women marching on the square")."""
    return any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") or (
        c.dep_ == "ccomp" and c.tag_ == "VBG" and any(s.dep_ == "nsubj" for s in c.children))
        for c in verb.children)


def _add_dispersers(protest: Happening) -> None:
    """The force that broke the protest up is a party to it, written however the sentence has
    it: "police dispersed the teachers", "police used tear gas to disperse them", "students
    were dispersed by police". Only police or security forces (`force_actors`) count."""
    lex = lexicon()
    for c in protest.members:
        named = {a.head.i for a in c.actors}
        for t in c.sentence:
            if not (_lemma_in(lex.dispersal_verbs, t) and t.pos_ == "VERB"):
                continue
            forces = [f for f in _doers_of(t) if _lemma_in(lex.force_actors, f)
                      and f.i not in named]
            found = parties(forces, t, "actor", set())
            c.actors.extend(found)
            named |= {a.head.i for a in found}
        for head in compound_forces(c.sentence):
            forces = [f for f in doers_before(head, lex.force_actors) if f.i not in named]
            found = parties(forces, head, "actor", set())
            c.actors.extend(found)
            named |= {a.head.i for a in found}


def _compound_forced(protest: Happening) -> bool:
    """'police baton-charged nurses protesting ...': a crowd-control compound in the protest's
    sentence (extract/compound_force.py)."""
    return any(compound_forces(c.sentence) for c in protest.members)


def _doers_of(verb: Token) -> list[Token]:
    """The subject of the verb, of the clause it completes ("used tear gas to disperse"), or the
    agent of its passive ("were dispersed by police")."""
    agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children
              if p.dep_ == "pobj"]
    subjects = [s for s in verb.children if s.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "VERB":
        subjects = [s for s in verb.head.children if s.dep_ == "nsubj"]
    return agents + subjects


def _set_sub(members: list[Candidate], sub: str) -> None:
    for c in members:
        c.acled_sub = sub


def fold_force(happenings: list[Happening]) -> list[Happening]:
    """Fold force used against a protest into the protest (see the module docstring) and give
    the protest its ACLED sub-event type."""
    protests = [h for h in happenings if _is_protest(h)]
    if not protests:
        return happenings
    numbers = sentence_numbers(protests[0].first.sentence.doc)

    def where(h: Happening) -> set[int]:
        return h.sentences(numbers)

    def near(h: Happening) -> list[Happening]:
        return [p for p in protests if any(
            abs(x - y) <= NEAR for x in where(h) for y in where(p))
            and (h.when is None or p.when is None or h.when.start == p.when.start)
            and not _grievance(h, p)]

    def target(h: Happening) -> Happening | None:
        close = near(h)
        return next((p for p in close if _on_protesters(h, p)), None) or next(
            (p for p in close if _by_forces(h, p, numbers)), None)

    out: list[Happening] = []
    lethal: set[int] = set()
    stopped: set[int] = set()
    for h in happenings:
        protest = target(h) if _force_like(h) else None
        if protest is None and _arrest(h) and (held := target(h)) and not _for_protest(
            h, held) and not _own_day(h, held) and (
                _at_protest(h, held) or _on_protesters(h, held) or where(h) <= where(held)):
            # "arrested five supporters during a rally", "dispersed the teachers and arrested 20
            # of them", "eight demonstrators were arrested": ACLED codes arrests made at a
            # protest as its intervention, one event (Protest with intervention); a later arrest
            # of suspects in the killing protested, or of organisers on another day, is not
            # near it and stays a record of its own
            protest = held
        if protest is None:
            out.append(h)
            continue
        protest.members = sorted([*protest.members, *h.members], key=lambda c: c.hit.span.start)
        protest.kind = "PROTEST"
        if protest.when is None:
            # "Soldiers opened fire on protesters on Sunday. Protests continue": the day the
            # force was used dates the protest it ended (`near` let only an undated one in)
            protest.when = h.when
        stopped.add(id(protest))
        if _lethal(h):
            lethal.add(id(protest))
    for p in protests:
        if id(p) in stopped or _dispersed(p):
            _set_sub(p.members, EXCESSIVE if id(p) in lethal else INTERVENTION)
            _add_dispersers(p)
        elif _compound_forced(p):
            # a baton charge disperses, unless the sentence also tells of violence that the
            # protest's type must weigh ("baton-charged and then fired on them, killing one")
            sentences = {c.sentence.start for c in p.members}
            if not any(h.event_type == "ASSAULT" and h not in protests for h in out
                       for c in h.members if c.sentence.start in sentences):
                _set_sub(p.members, INTERVENTION)
            _add_dispersers(p)
    # "arrested activists accused of planning a rally": the rally named only as the arrest's
    # reason is no event of its own (it may never have been held)
    reasons = {id(p) for h in out if _arrest(h) for p in protests if _for_protest(h, p)
               and all(c.hit.head.pos_ in ("NOUN", "PROPN") for c in p.members)}
    return [h for h in out if id(h) not in reasons]
