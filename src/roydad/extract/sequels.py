"""A fight that follows one-sided violence is an event of its own (ACLED: separate events when
the actors or the type differ). Notes often tell an attack and then the clash with the
attackers: "gunmen shot dead seven villagers. Troops sent to the area later ran into them and a
firefight followed"; "bandits killed 12 residents; vigilantes pursued them and the two sides
fought for hours"; "a roadside bomb hit an army truck; militants then opened fire on the convoy
and troops returned fire". ACLED codes the attack (Violence against civilians, or the
explosion) and the armed clash as two records; merged, the clash word would retype the killing
of villagers as a battle.

A mention is such a sequel (`fight_after`) when it tells fighting (a clash word, or a word of
`sequel_fights`), in a later sentence or another clause than everything the happening holds,
the happening holds no fighting of its own, hits civilians or was done from afar (a bomb, a
shell, an air strike), and the clause says it came afterwards or in answer ("later", "then",
"responded", "pursued"). "Militants attacked a checkpoint; the ensuing gunfight lasted an hour"
stays one clash: soldiers were hit, and nothing says the fight came later.
"""

from __future__ import annotations

from functools import partial

from roydad.extract.events import CONSEQUENCE, Candidate, Happening
from roydad.extract.lexicon import word_set
from roydad.extract.segments import same_segment
from roydad.extract.syntax import actor_kb

_CLASH = "Armed clash"
_CIVILIAN_SECTOR = "CVL"


_words = partial(word_set, "separate_events")


def fights(c: Candidate) -> bool:
    """The mention tells two sides fighting: a clash word ("firefight", "exchanged fire",
    "fought") or a word of `sequel_fights` ("returned fire", "engaged")."""
    return c.acled_sub == _CLASH or c.hit.spec.lemma in _words("sequel_fights")


def _one_sided(h: Happening) -> bool:
    """The happening hits civilians ("shot dead seven villagers") or was done from afar (a
    roadside bomb, a shell, a glide bomb): no side fought back in it."""
    if _remote(h):
        return True
    return any(actor_kb().resolve(text).sector == _CIVILIAN_SECTOR
               for m in h.members for text in _hit(m))


def _hit(m: Candidate) -> list[str]:
    """Who the mention's violence hit: its recipients, and the object of its verb ("hacked nine
    people to death": the trigger "death" hangs on "hacked")."""
    found = [r.text for r in m.recipients]
    head = m.hit.head
    verb = next((t for t in (head, *head.ancestors) if t.pos_ == "VERB"), head)
    found += [m.sentence.doc[t.left_edge.i:t.right_edge.i + 1].text
              for t in verb.children if t.dep_ in _HIT_DEPS]
    return found


_HIT_DEPS = frozenset({"dobj", "nsubjpass"})


def _told_apart(h: Happening, c: Candidate) -> bool:
    """Every mention of the happening is told before the fight, in another sentence or clause."""
    head = c.hit.head
    return all(m.hit.head.i < head.i and not same_segment(m.hit.head, head) for m in h.members)


def _sequel_cue(h: Happening, c: Candidate) -> bool:
    """Between what was told before and the fight, its sentence says it came after or in answer
    to it: "later", "then", "hours later", "responded and engaged", "pursued them and the two
    sides fought"."""
    head = c.hit.head
    last = max(m.hit.head.i for m in h.members)
    words = _words("sequel_words")
    return any(t.lower_ in words or t.lemma_.lower() in words
               for t in head.doc[max(last + 1, head.sent.start):head.i])


def _remote(h: Happening) -> bool:
    return any(m.mode in _words("remote_modes") for m in h.members)


def _ground_assault(c: Candidate) -> bool:
    """Fire or an assault on the ground (`sequel_assaults`): after a bomb or a strike from afar,
    another kind of violence."""
    return c.hit.spec.lemma in _words("sequel_assaults")


def fight_after(h: Happening, c: Candidate) -> bool:
    """`c` tells a fight that followed the one-sided violence of `h`: a happening of its own."""
    if c.anaphoric or c.hit.spec.lemma in CONSEQUENCE:
        return False
    if any(fights(m) for m in h.members) or not _told_apart(h, c):
        return False
    # after a bomb or a strike, fire on the ground is another kind of violence; after a raid
    # on a village, only a fight is
    ground = _ground_assault(c) and _remote(h) and not any(_ground_assault(m) for m in h.members)
    return (fights(c) or ground) and _sequel_cue(h, c) and _one_sided(h)
