"""Who did it and to whom: read from the dependency parse around a trigger.

The rules follow how news English names the parties of violence. A verb's active subject acted
and its object suffered, unless the verb reports what happened to its subject ("Scores died") or
to a device ("a roadside bomb exploded"). A noun trigger takes its parties from its modifiers
("the IRA's bombing of the city", "IS attacks", "attacks carried out by X") and from the clause
around it ("X carried out the attack", "X claimed responsibility for it", "12 were killed in the
blast", "the explosion targeted a bakery"): `noun_arguments.py`; the parties a trigger shares
with the verb above it are in `shared_roles.py`. Word classes live in `arguments.yaml`; which words
count as parties and the names they stand for is in `parties.py`; where the event happened is in
`places/mentions.py`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.clash_sides import clash_sides
from roydad.extract.lexicon import load_lexicon
from roydad.extract.noun_arguments import noun_modifiers, noun_roles
from roydad.extract.parties import device_doers, listed, participle_nouns, parties
from roydad.extract.places.mentions import place_of as _locate
from roydad.extract.shared_roles import Roles, inherited
from roydad.extract.syntax import (
    Argument,
    actor_kb,
    aimed_at,
    as_argument,
    children,
    is_passive,
    lemma,
    lexicon,
    misread_acronym,
    phrase_of,
    prep_objects,
)

__all__ = ["Argument", "as_argument", "phrase_of", "place_of", "roles"]


def roles(trigger: Token) -> tuple[list[Argument], list[Argument]]:
    """(actors, recipients) of a trigger, as written in its sentence."""
    found = Roles([], [])
    # "11 of the injured": the word stands for its victims, and that is all it says.
    grouped = _substantive(trigger) and _as_group(trigger, found)
    if grouped:
        found.actors.clear()
    elif trigger.pos_ in ("VERB", "AUX") or trigger.tag_ == "VBN":
        _verb_roles(trigger, found)
    elif trigger.pos_ == "ADJ":
        _adjective_roles(trigger, found)
    else:
        noun_roles(trigger, found)
    sides = [] if grouped else clash_sides(trigger)
    if sides:
        # both sides of a clash are its actors, the first named first, never recipients
        found.actors[:] = sides + [a for a in found.actors if a not in sides]
        found.recipients[:] = [r for r in found.recipients if r not in sides]
    actors = parties(found.actors, trigger, "actor", found.alone)
    taken = {a.head.i for a in actors}
    recipients = [r for r in parties(found.recipients, trigger, "recipient", found.alone)
                  if r.head.i not in taken]
    return actors, recipients


def _verb_roles(verb: Token, found: Roles) -> None:
    lex = lexicon()
    word = lemma(verb)
    passive = is_passive(verb)
    objects = children(verb, "dobj")
    # "a roadside IED detonated": without an object, the subject is the device
    device_subject = word in lex.device_subject and not objects
    subjects = children(verb, "nsubj", "csubj")
    passive_subjects = children(verb, "nsubjpass")
    if passive and subjects and not passive_subjects:
        # "Three policemen were martyred and two injured": the elided 'were' keeps it passive.
        subjects, passive_subjects = [], subjects
    elif subjects and children(verb, "agent") and not objects and verb.tag_ in ("VBD", "VBN"):
        # "Two soldiers shot dead by militants were buried": a reduced relative the parser
        # made the main verb; a 'by' agent tells it is passive, its 'subject' the victims.
        passive, subjects, passive_subjects = True, [], subjects
    if not subjects and not passive_subjects:
        if passive and verb.dep_ == "conj":
            passive_subjects = inherited(verb, "nsubjpass")
        else:
            subjects = inherited(verb, "nsubj")
    if passive and not subjects and not passive_subjects:
        passive_subjects = _described_subject(verb)
    takers = prep_objects(verb, {"to"}) if word in lex.ceding else []
    if takers:
        # "lost the town to the rebels": the rebels took it from the subject
        found.actors += takers
        found.recipients += subjects
        return
    if word in lex.undergoer:
        found.recipients += subjects + passive_subjects
    elif not device_subject and not _finds_remains(word, objects):
        found.actors += subjects
    agents = [p for a in children(verb, "agent") for p in children(a, "pobj")]
    found.actors += agents + (prep_objects(verb, {"by"}) if passive else [])
    # "a mine laid by the Taliban exploded", "killed by a Taliban-planted IED"
    found.actors += [d for s in subjects + agents for d in device_doers(s)]
    # "7 militants killed in blasts", "the six members killed": a participle describing its
    # victims (not "the opportunity to attack").
    describing = verb.dep_ in ("acl", "amod") and (
        verb.tag_ == "VBN" or not children(verb, "nsubj", "aux"))
    if (passive or describing or word in lex.undergoer) and not found.actors:
        found.actors += _event_doers(verb)
    if word in lex.clash_words:
        # "Taliban fighters clashed with NRF militants": a clash has no doer and target, both
        # sides fought and are actors, the subject's first. When the subject lists several
        # parties ("Taliban and Haqqani fighters clashed with the NRF"), the other side stays
        # the recipient, so that the order alone never has to tell the two sides apart.
        others = [o for o in prep_objects(verb, {"with", "against"})
                  if lemma(o) not in lex.instrument_nouns and o.lower_ not in lex.instrument_nouns]
        one_side = len(subjects) == 1 and not subjects[0].conjuncts and not any(
            m.conjuncts for m in children(subjects[0], "nmod", "compound"))  # "A and B forces"
        (found.actors if one_side else found.recipients).extend(others)
    # "opened fire on a bus", "launched an attack against the base": the light verb's target
    for light in (o for o in objects if lemma(o) in lex.phrasal_objects):
        aimed = prep_objects(light, {"on", "at", "against"}) + prep_objects(verb, {"on", "against"})
        # "opened fire on a minibus at a checkpoint": with a target named, an 'at' site is where
        found.recipients += aimed + [o for o in prep_objects(verb, {"at"})
                                     if not aimed or lemma(o) not in lex.site_nouns]
        if word in lex.counter_verbs:
            # "troops repelled their attack": the attack's owner attacked, and is repelled; an
            # attack fought off is a clash whose first side (ACLED's actor1) is the attacker
            attackers = _attackers(light, verb)
            if word in _fought_off_verbs():
                found.actors[:0] = [a for a in attackers if a not in found.actors]
            else:
                found.recipients += attackers
        if lemma(light) in lex.bond_objects:
            # "pledged allegiance to the Islamic State": whom the bond is to
            found.recipients += prep_objects(light, {"to"}) + prep_objects(verb, {"to"})
    # "troops killed militants who attacked their post": those who attacked began the fight
    found.actors[:0] = [o for o in objects if _began_it(o) and o not in found.actors]
    if device_subject or word in lex.device_object:
        # "detonated 20 bombs", "the bomb was planted": objects are devices, not victims;
        # "hurled a grenade at the police": the 'at' object of a thrower is the target ("a bomb
        # exploded at a market" names a place).
        if not device_subject:
            found.recipients += prep_objects(verb, {"at"}) + aimed_at(verb)
        else:
            # "a roadside bomb detonated under a convoy", "a grenade exploded among worshippers":
            # what it went off under or among was hit ("at a market" only says where)
            found.recipients += prep_objects(verb, {"under", "among", "beneath", "amongst"})
        return
    found.recipients += [o for o in objects if lemma(o) not in lex.phrasal_objects]
    if not passive:
        found.recipients += aimed_at(verb)
    found.recipients += passive_subjects if word not in lex.undergoer else []
    found.recipients += children(verb, "dative")
    if word in lex.object_control:
        found.recipients += prep_objects(verb, {"on", "upon"})  # "called on Muslims to ..."
    # "Leftists were arrested, including Eva Forest, ..."
    found.recipients += [m for t in prep_objects(verb, {"including"}) for m in listed(t)]
    head = verb.head
    # "Chekatt – shot dead by police": the described victims
    if describing and head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        found.recipients.append(head)
    # "Noor Zaman, who was assassinated by ISKP": the relative clause's antecedent — unless
    # the clause says where or when ("the station, where six people were killed").
    # (the parser may hang the 'where' on a conjunct: "the estate where leaders meet and plan")
    where = any(c.lower_ in ("where", "when") for v in (verb, *verb.conjuncts)
                for c in v.children)
    # "Chávez, who died", "the man whom police shot": the relative pronoun holds the
    # antecedent's role and stands for it (`parties`); only a clause without one ("the
    # convoy attacked near ...") is read off the voice.
    relative = any(c.tag_ in ("WP", "WDT") and c.dep_ in ("nsubj", "nsubjpass", "dobj")
                   for c in verb.children)
    if verb.dep_ == "relcl" and head != verb and not where and not relative:
        undergoes = passive or word in lex.undergoer
        (found.recipients if undergoes else found.actors).append(head)


def _finds_remains(word: str, objects: list[Token]) -> bool:
    """"Farmers found the bodies of ...": the finder of what a killing left is not its doer."""
    from roydad.extract.families import families

    return word in lexicon().finders and any(families().in_class(o, "remains") for o in objects)


def _described_subject(verb: Token) -> list[Token]:
    """The subject a reduced relative hides from the parser: in "guests staying upstairs were
    injured", "soldiers guarding the gate were killed" the parser may make the noun the subject
    of the -ing verb and leave the passive without one. The noun stands right before a
    participle without auxiliary whose phrase runs up to the passive's 'were'."""
    auxiliaries = children(verb, "auxpass")
    if not auxiliaries:
        return []
    before = auxiliaries[0].i - 1
    doc = verb.doc
    if before < verb.sent.start:
        return []
    for participle in (doc[before], *doc[before].ancestors):
        if participle.i >= auxiliaries[0].i or participle.right_edge.i != before:
            break
        if participle.tag_ == "VBG" and not children(participle, "aux", "auxpass"):
            return [s for s in children(participle, "nsubj")
                    if s.i == participle.i - 1 and s.pos_ in ("NOUN", "PROPN")]
    return []


def _attackers(attack: Token, verb: Token) -> list[Token]:
    """Who made an attack that a verb stops: its owner ("their attack", "the militants' raid")
    or its 'by' object; a possessive pronoun stands for the subject of the clause before
    ("militants attacked the post, but police repelled their raid"), never for the subject of
    the stopping verb itself."""
    owners = children(attack, "poss") + prep_objects(attack, {"by"})
    # "a JNIM assault", "a bandit attack": a modifier naming a party or a kind of armed group
    named = Roles([], [])
    noun_modifiers(attack, named, [])
    owners += [m for m in named.actors if m not in owners]
    owners += [m for m in children(attack, "compound", "nmod") if m.i < attack.i
               and m not in owners and m.pos_ == "NOUN" and _armed_kind(m)]
    out: list[Token] = []
    for owner in owners:
        if owner.pos_ == "PRON":
            before = [s for s in children(verb.head, "nsubj")
                      if verb.dep_ == "conj" and s.pos_ in ("NOUN", "PROPN")]
            out += before[:1] or [owner]
        else:
            out.append(owner)
    return out


def _armed_kind(word: Token) -> bool:
    """A noun modifier naming a kind of armed group ("bandit", "militant", "gang"): the
    resolver knows the kind by its plural and gives it a generic label ("Unidentified Armed
    Group"), not the words back ("drone attack")."""
    found = actor_kb().resolve(f"{lemma(word)}s")
    return found.matched_by == "generic" and found.name[:1].isupper()


def _began_it(party: Token) -> bool:
    """An object described by a relative clause in which it attacked ("militants who attacked
    the post", "bandits who raided the village"): the side that began the fighting."""
    return any(lemma(clause) in _onset_verbs() and not is_passive(clause) and any(
        c.tag_ in ("WP", "WDT") and c.dep_ == "nsubj" for c in clause.children)
        for clause in children(party, "relcl"))


@cache
def _onset_verbs() -> frozenset[str]:
    """Verbs by which a side starts a fight (arguments.yaml `onset_verbs`)."""
    return frozenset(str(w) for w in load_lexicon("arguments").get("onset_verbs") or [])


@cache
def _fought_off_verbs() -> frozenset[str]:
    """Counter verbs by which an attack is fought off (arguments.yaml `fought_off_verbs`)."""
    return frozenset(str(w) for w in load_lexicon("arguments")["fought_off_verbs"])


def _event_doers(verb: Token) -> list[Token]:
    """Who did the event a victim's harm happened in: "fighters were killed in IS attacks",
    "four killed in Indian firing", "died in a U.S. drone strike"."""
    lex = lexicon()
    doers: list[Token] = []
    for event in prep_objects(verb, {"in", "during", "amid"}):
        if misread_acronym(event):
            doers.append(event)  # "killed in IS attacks", read as "in is attacks"
        elif lemma(event) in lex.event_nouns | lex.state_attack_nouns | lex.clash_words:
            named = Roles([], [])
            noun_modifiers(event, named, prep_objects(event, {"of"}))
            doers += named.actors
    return doers


def _adjective_roles(adj: Token, found: Roles) -> None:
    """'dead', 'injured' as adjectives: "shot dead by police", "nine people were dead",
    "the injured man"."""
    head = adj.head
    if _misread_participle(head, adj, found):
        return
    if adj.dep_ == "amod" and head.pos_ in ("NOUN", "PROPN"):
        found.recipients.append(head)
    elif adj.dep_ in ("oprd", "acomp", "xcomp", "advcl", "conj", "ccomp", "prep") and (
            head != adj and head.pos_ != "NOUN"):
        if lemma(head) in ("be", "remain", "become", "lie", "lay"):
            found.recipients += children(head, "nsubj")  # "nine people were dead"
        elif head.pos_ in ("VERB", "AUX"):
            _verb_roles(head, found)  # "shot dead", "found dead": the verb's parties
        found.recipients += children(adj, "nummod", "nsubj")  # "the raid left two dead"
        if adj.dep_ == "prep":
            found.recipients += children(adj, "dobj", "pobj")  # "shot dead a policeman"
    elif head.pos_ == "NOUN" and adj.dep_ == "prep":
        # "an IS sniper shot dead a soldier" parsed with 'shot' a noun and 'dead' a
        # preposition: the noun's modifiers did it, and what hangs on 'dead' was hit
        noun_modifiers(head, found, [])
        found.recipients += children(adj, "dobj", "pobj")


def _misread_participle(word: Token, adj: Token, found: Roles) -> bool:
    """"A shopkeeper shot dead by militants", parsed as a noun 'shot' that 'shopkeeper'
    modifies: the modifier right before the participle is the victim (the reduced relative's
    head noun), the 'by' object the doer (arguments.yaml `participle_nouns`). With an object
    ("an IS sniper shot dead a soldier") the participle is an active verb, and no relative."""
    if word.pos_ != "NOUN" or word.lower_ not in participle_nouns() or any(
            children(t, "dobj", "pobj") for t in (word, adj)):
        return False
    victims = [m for m in children(word, "amod", "compound", "nmod", "nsubj")
               if m.i == word.i - 1 and m.pos_ in ("NOUN", "PROPN")]
    if not victims:
        return False
    found.recipients += victims
    found.actors += [p for c in (word, *word.children) for p in prep_objects(c, {"by"})
                     if c == word or c.dep_ in ("acl", "amod")]
    found.actors += [p for a in children(word, "agent") for p in children(a, "pobj")]
    return True


def _substantive(word: Token) -> bool:
    """'the dead', 'the injured': a participle or adjective of harm used as a noun."""
    lex = lexicon()
    harmed = lemma(word) in lex.undergoer or (
        lemma(word) in lex.harm_verbs and word.tag_ in ("VBN", "JJ"))
    return harmed and any(c.dep_ == "det" for c in word.children)


def _as_group(word: Token, found: Roles) -> bool:
    """'the dead', 'the injured' standing for the victims: "11 of the injured", "two of whom
    were among the dead", "the wounded included ..."."""
    head = word.head
    if word.dep_ == "pobj" and head.lower_ in ("of", "among") and head.head != head:
        if head.lower_ == "of":
            found.recipients.append(head.head)
        else:
            found.recipients += children(head.head, "nsubj")
        return True
    if word.dep_ == "nsubj" and lemma(head) in ("include", "be"):
        found.recipients += children(head, "dobj", "attr")
        return True
    return False


def place_of(trigger: Token, sentence: Span) -> Argument | None:
    """Where the event happened (see `places/mentions.py`)."""
    return _locate(trigger, sentence)
