"""Both sides of a clash, however the sentence hangs them on the clash.

A clash has no doer and target: ACLED codes both sides as its actors (actor1 the first named,
actor2 the other), and so does the record. News English names the two sides in two general
ways, which the parser hangs in many shapes:

* "between A and B" on the clash phrase or on the verb it is the subject of: "a shoot-out took
  place between police and dacoits", "there was a gunfight between soldiers and rebels", "an
  exchange of fire between police and bandits", "clashes erupted between A and B";
* a subject listing both sides of a verb of fighting: "ELN and Clan del Golfo fighters engaged in
  combat", "Vigilantes and cattle rustlers exchanged gunfire" (the parser may make the list the
  root and the verb a clause on it, or hang it elsewhere: "as army and RSF clash in X").

Which words make a clash is the arguments lexicon's `clash_words`; the verbs whose object makes
one ("exchanged fire", "fought a gun battle") are `clash_verbs`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from roydad.extract.lexicon import load_lexicon
from roydad.extract.syntax import children, lemma, lexicon, prep_objects

# How the clash phrase hangs on the verb that tells it happened.
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "attr", "dobj"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def clash_sides(trigger: Token) -> list[Token]:
    """The heads of both sides a clash trigger's sentence names, the first named first (their
    conjuncts included); empty when it does not name two."""
    phrase = _clash_phrase(trigger)
    # "traded gunfire", "exchanged shots": the verb makes its object a clash
    made = any(t.dep_ == "dobj" and lemma(t.head) in _clash_verbs() for t in phrase)
    if not made and not _is_clash(phrase):
        return []
    verbs = _verbs_of(phrase, trigger)
    between = [o for t in [*phrase, *verbs] for o in prep_objects(t, {"between"})]
    sides = _listed(between)
    if len(sides) >= 2:
        return sides
    for verb in verbs:
        if prep_objects(verb, {"with", "against"}):
            continue  # "A and B clashed with C": the order alone cannot tell the sides apart
        subjects = children(verb, "nsubj")
        if not subjects and verb.dep_ == "acl" and verb.head.pos_ in _NOMINAL:
            subjects = [verb.head]  # "ELN guerrillas and Clan del Golfo members engaged in ..."
        sides = _listed(subjects)
        if len(sides) >= 2:
            return sides
    if not any(prep_objects(v, {"with", "against"}) for v in [trigger, *verbs]):
        return _listed(_list_before(trigger))
    return []


def _list_before(word: Token) -> list[Token]:
    """A list of parties right before a clash word that the parser hung elsewhere than as
    its subject ("Ceasefire violated as army and RSF clash in El Fasher"): its first member."""
    if word.i == 0 or lemma(word) not in lexicon().clash_words:
        return []
    last = word.doc[word.i - 1]
    if last.pos_ not in _NOMINAL or last.dep_ != "conj":
        return []
    first = last
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return [first] if first.pos_ in _NOMINAL else []


def _listed(heads: list[Token]) -> list[Token]:
    out: list[Token] = []
    for head in heads:
        for side in (head, *head.conjuncts):
            if side not in out and side.pos_ in _NOMINAL:
                out.append(side)
    return sorted(out, key=lambda t: t.i)


def _clash_phrase(trigger: Token) -> list[Token]:
    """The nouns of the clash phrase: "a shoot-out" (split in two by the tokenizer), "an
    exchange of fire", "a gun battle"."""
    phrase = [trigger]
    node = trigger
    while node.dep_ == "compound" and node.head != node:
        node = node.head
        phrase.append(node)
    # "a shoot-out" whose head is 'out'
    phrase += [c for c in children(node, "compound") if c not in phrase]
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        phrase.append(node.head.head)  # "an exchange of fire" from "fire"
    phrase += prep_objects(node, {"of"})  # "an exchange of fire" from "exchange"
    return phrase


def _is_clash(phrase: list[Token]) -> bool:
    words = lexicon().clash_words
    joined = "".join(t.lower_ for t in sorted(phrase, key=lambda t: t.i) if t.text != "-")
    return joined in words or any(lemma(t) in words for t in phrase)


def _verbs_of(phrase: list[Token], trigger: Token) -> list[Token]:
    """The verbs that tell the clash: the trigger itself, the verb the phrase is the subject
    or object of ("broke out", "took place", "there was", "exchanged fire"), or the one it
    is the object of a preposition of ("engaged in combat")."""
    verbs = [trigger] if trigger.pos_ in ("VERB", "AUX") else []
    for token in phrase:
        head = token.head
        if token.dep_ in _CLAUSE_DEPS and head.pos_ in ("VERB", "AUX"):
            verbs.append(head)
        elif token.dep_ == "pobj" and head.head.pos_ == "VERB" and (
                lemma(head.head) in _clash_verbs()):
            verbs.append(head.head)
    return [v for v in verbs if v != trigger or lemma(v) in lexicon().clash_words
            or lemma(v) in _clash_verbs()]


@cache
def _clash_verbs() -> frozenset[str]:
    """Verbs that make a clash with their object (arguments.yaml `clash_verbs`)."""
    return frozenset(str(w) for w in load_lexicon("arguments")["clash_verbs"])


def two_communities(sides: list[Token]) -> bool:
    """A crowd noun whose modifiers name two communities ("Dinka and Nuer youths", "Fulani and
    Tiv herders"): a clash between them is a fight of two sides (ACLED communal militias in an
    Armed clash), not a crowd rioting."""
    return len(sides) == 1 and any(
        m.dep_ in ("nmod", "compound", "amod") and m.pos_ == "PROPN"
        and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in m.children)
        for m in sides[0].children)
