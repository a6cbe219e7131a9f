"""The weapon a report names in the sentences after an event rather than in its own: "Militants
stormed a police post on Monday. They killed four officers. The attackers used rifles and a
rocket-propelled grenade." A record whose mentions name no weapon takes the one its doers are
said to have used within the next sentences (RAMS-style windows put arguments there).

Only a clause that says someone used, carried, fired or was armed with the weapon counts, and
only when that someone is the doer: a pronoun, a word for attackers ("the gunmen", "the
assailants") or a party the record already names as its actor — not "police used tear gas".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial

from spacy.tokens import Doc, Span, Token

from roydad.extract.events import Happening
from roydad.extract.lexicon import word_set
from roydad.extract.syntax import children, lemma, prep_objects
from roydad.extract.weapons import USING_VERBS, WeaponEntry, weapon_named
from roydad.ontology import event_families

# How many sentences after a mention may still say what its doers used.
_WINDOW = 2
_DOER_PRONOUNS = frozenset({"they", "he", "she"})


def weapon_told_after(happening: Happening) -> str | None:
    """The weapon of a violent happening whose own mentions name none (module docstring)."""
    if happening.event_type not in event_families().harmful:
        return None
    doers = [a.head.lower_ for c in happening.members for a in c.actors]
    found = weapon_said_after((c.sentence for c in happening.members), doers)
    return found.weapon if found is not None else None


def weapon_said_after(sentences: Iterable[Span], actor_words: Sequence[str]) -> WeaponEntry | None:
    """The first weapon the doers are said to have used in the `_WINDOW` sentences after any
    of these sentences (see the module docstring)."""
    spans = sorted(sentences, key=lambda s: s.start)
    if not spans:
        return None
    doc = spans[0].doc
    doers = {w.casefold() for w in actor_words}
    for sentence in spans:
        for following in _following(doc, sentence, _WINDOW):
            found = _used_weapon(following, doers)
            if found is not None:
                return found
    return None


def _following(doc: Doc, sentence: Span, count: int) -> list[Span]:
    """The `count` sentences after `sentence` (fewer at the end of the document)."""
    out: list[Span] = []
    start = sentence.end
    while len(out) < count and start < len(doc):
        out.append(doc[start].sent)
        start = out[-1].end
    return out


def _used_weapon(sentence: Span, doers: set[str]) -> WeaponEntry | None:
    for verb in sentence:
        if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in USING_VERBS | {"arm"}:
            continue
        if not any(_is_doer(s, doers) for s in children(verb, "nsubj", "nsubjpass")):
            continue
        held = children(verb, "dobj") + prep_objects(verb, {"with"})
        for thing in held:
            found = weapon_named(sentence.doc[thing.left_edge.i : thing.right_edge.i + 1].text)
            if found is not None:
                return found
    return None


def _is_doer(subject: Token, doers: set[str]) -> bool:
    """The subject stands for whoever did the event: a pronoun, a word for attackers
    (`weapons.yaml` doer_nouns), or the head of one of the record's actors."""
    word = subject.lower_
    return word in _DOER_PRONOUNS or word in _doer_nouns() or word in doers


_doer_nouns = partial(word_set, "weapons", "doer_nouns", lower=True)
