"""Who did it and to whom: read from the dependency parse around a trigger.

The rules follow how news English names the parties of violence. A verb's active subject acted
and its object suffered, unless the verb reports what happened to its subject ("Scores died") or
to a device ("a roadside bomb exploded"). A noun trigger takes its parties from its modifiers
("the IRA's bombing of the city", "IS attacks", "attacks carried out by X") and from the clause
around it ("X carried out the attack", "X claimed responsibility for it", "12 were killed in the
blast", "the explosion targeted a bakery"). Word classes live in `arguments.yaml`; which words
count as parties and the names they stand for is in `parties.py`; where the event happened is in
`places/mentions.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.parties import device_doers, listed, parties
from roydad.extract.places.mentions import place_of as _locate
from roydad.extract.syntax import (
    KNOWN_MATCHES,
    Argument,
    actor_kb,
    as_argument,
    children,
    is_infinitive,
    is_passive,
    lemma,
    lexicon,
    misread_acronym,
    names_state,
    phrase_of,
    prep_objects,
)
from roydad.extract.triggers import load_trigger_specs

__all__ = ["Argument", "as_argument", "phrase_of", "place_of", "roles"]

_NAME_LABELS = {"PERSON", "ORG", "NORP"}
_VICTIM_PREPS = {"of", "on", "against", "targeting", "upon", "at"}
# Prepositions by which a clause's harm happens within an event ("killed in the blast").
_CONTAINING_PREPS = {"in", "during", "by", "from", "amid", "under"}


def _inherited(verb: Token, dep: str) -> list[Token]:
    """A subject the trigger shares with the verb it hangs from: "attacked the post and killed
    3", "launched attacks, killing 130", "began to explode"."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("conj", "xcomp", "advcl") or node.head == node:
            return []
        if node.dep_ == "advcl" and children(node, "mark"):
            return []  # "after militants attacked": a clause with its own (missing) subject
        infinitive = is_infinitive(node)
        # "launched attacks, killing 130" shares the attackers; "police are hunting a suspect
        # ..., wounding 13" is a misparse: a participle's subject comes only from violence.
        participle = node.dep_ == "advcl" and not infinitive
        # "to repel incursions", "to take to the streets": who is meant to do it
        controlled = infinitive and node.dep_ in ("xcomp", "advcl")
        node = node.head
        if node.pos_ not in ("VERB", "AUX") or (participle and not _violent(node)):
            return []
        if dep == "nsubj" and controlled:
            controller = _controller(node)
            if controller is not None:
                return controller
        found = children(node, dep)
        if found:
            return found
        if children(node, "nsubj", "nsubjpass", "csubj"):
            return []
    return []


def _controller(verb: Token) -> list[Token] | None:
    """Who does what an infinitive says, when it is not the governing verb's subject: the
    object of a verb of asking or making ("asking citizens to take to the streets", "ordered
    them to sign", "called on Muslims to take up arms") or the subject of a passive ("troops
    were deployed to repel incursions", "workers are being ordered to vote")."""
    if lemma(verb) in lexicon().object_control:
        objects = children(verb, "dobj") or prep_objects(verb, {"on", "upon"})
        if objects:
            return objects
    if is_passive(verb) and not children(verb, "agent"):
        return children(verb, "nsubjpass") or None
    return None


def _violent(verb: Token) -> bool:
    lex = lexicon()
    word = lemma(verb)
    return word in _violence_verbs() or word in (
        lex.harm_verbs | lex.perpetration | lex.device_subject | lex.device_object
        | lex.clash_words)


@cache
def _violence_verbs() -> frozenset[str]:
    """First words of the violent triggers ('open' of 'open fire', 'storm', 'ambush')."""
    return frozenset(spec.lemma.split()[0] for spec in load_trigger_specs()
                     if spec.event_type in ("ASSAULT", "COERCE"))


@dataclass
class _Roles:
    actors: list[Token]
    recipients: list[Token]
    # Heads whose conjuncts play another role ("a battle between troops and terrorists").
    alone: set[int] = field(default_factory=set)


def roles(trigger: Token) -> tuple[list[Argument], list[Argument]]:
    """(actors, recipients) of a trigger, as written in its sentence."""
    found = _Roles([], [])
    # "11 of the injured": the word stands for its victims, and that is all it says.
    grouped = _substantive(trigger) and _as_group(trigger, found)
    if grouped:
        found.actors.clear()
    elif trigger.pos_ in ("VERB", "AUX") or trigger.tag_ == "VBN":
        _verb_roles(trigger, found)
    elif trigger.pos_ == "ADJ":
        _adjective_roles(trigger, found)
    else:
        _noun_roles(trigger, found)
    actors = parties(found.actors, trigger, "actor", found.alone)
    taken = {a.head.i for a in actors}
    recipients = [r for r in parties(found.recipients, trigger, "recipient", found.alone)
                  if r.head.i not in taken]
    return actors, recipients


def _verb_roles(verb: Token, found: _Roles) -> None:
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
    if not subjects and not passive_subjects:
        if passive and verb.dep_ == "conj":
            passive_subjects = _inherited(verb, "nsubjpass")
        else:
            subjects = _inherited(verb, "nsubj")
    if word in lex.undergoer:
        found.recipients += subjects + passive_subjects
    elif not device_subject:
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
        found.recipients += prep_objects(verb, {"with", "against"})
    # "opened fire on a bus", "launched an attack against the base": the light verb's target
    for light in (o for o in objects if lemma(o) in lex.phrasal_objects):
        found.recipients += prep_objects(light, {"on", "at", "against"})
        found.recipients += prep_objects(verb, {"on", "at", "against"})
        if lemma(light) in lex.bond_objects:
            # "pledged allegiance to the Islamic State": whom the bond is to
            found.recipients += prep_objects(light, {"to"}) + prep_objects(verb, {"to"})
    if device_subject or word in lex.device_object:
        # "detonated 20 bombs", "the bomb was planted": objects are devices, not victims;
        # "hurled a grenade at the police": the 'at' object of a thrower is the target ("a bomb
        # exploded at a market" names a place).
        if not device_subject:
            found.recipients += prep_objects(verb, {"at"})
        return
    found.recipients += [o for o in objects if lemma(o) not in lex.phrasal_objects]
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


def _event_doers(verb: Token) -> list[Token]:
    """Who did the event a victim's harm happened in: "fighters were killed in IS attacks",
    "four killed in Indian firing", "died in a U.S. drone strike"."""
    lex = lexicon()
    doers: list[Token] = []
    for event in prep_objects(verb, {"in", "during", "amid"}):
        if misread_acronym(event):
            doers.append(event)  # "killed in IS attacks", read as "in is attacks"
        elif lemma(event) in lex.event_nouns | lex.state_attack_nouns | lex.clash_words:
            named = _Roles([], [])
            _noun_modifiers(event, named, prep_objects(event, {"of"}))
            doers += named.actors
    return doers


def _adjective_roles(adj: Token, found: _Roles) -> None:
    """'dead', 'injured' as adjectives: "shot dead by police", "nine people were dead",
    "the injured man"."""
    head = adj.head
    if adj.dep_ == "amod" and head.pos_ in ("NOUN", "PROPN"):
        found.recipients.append(head)
    elif adj.dep_ in ("oprd", "acomp", "xcomp", "advcl", "conj", "ccomp") and head != adj:
        if lemma(head) in ("be", "remain", "become", "lie", "lay"):
            found.recipients += children(head, "nsubj")  # "nine people were dead"
        elif head.pos_ in ("VERB", "AUX"):
            _verb_roles(head, found)  # "shot dead", "found dead": the verb's parties
        found.recipients += children(adj, "nummod", "nsubj")  # "the raid left two dead"


def _substantive(word: Token) -> bool:
    """'the dead', 'the injured': a participle or adjective of harm used as a noun."""
    lex = lexicon()
    harmed = lemma(word) in lex.undergoer or (
        lemma(word) in lex.harm_verbs and word.tag_ in ("VBN", "JJ"))
    return harmed and any(c.dep_ == "det" for c in word.children)


def _as_group(word: Token, found: _Roles) -> bool:
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


def _noun_roles(noun: Token, found: _Roles) -> None:
    lex = lexicon()
    word = lemma(noun)
    if noun.dep_ == "compound" and lemma(noun.head) in lex.event_nouns:
        _noun_roles(noun.head, found)  # "the assassination attempt against Maduro"
    of_objects = prep_objects(noun, {"of"})
    if not of_objects and noun.dep_ == "conj":
        of_objects = prep_objects(noun.head, {"of"})  # "the slaughter and maiming of men"
        found.recipients += of_objects
    _noun_modifiers(noun, found, of_objects)
    if noun.dep_ == "attr" and misread_acronym(noun.head):
        found.actors.append(noun.head)  # "IS attacks" read as "is attacks"
    blamed = noun.dep_ == "dobj" and lemma(noun.head) in ("blame", "pin")
    found.recipients += prep_objects(noun, _VICTIM_PREPS - ({"at", "on"} if blamed else {"at"}))
    if word in lex.clash_words:
        found.recipients += prep_objects(noun, {"with"})
        for side in prep_objects(noun, {"between"}):
            found.actors.append(side)  # the first side named, then the other(s)
            found.recipients += [c for c in side.conjuncts if c.i > side.i]
            found.alone.add(side.i)
    if noun.dep_ == "compound" and lemma(noun.head) == "toll":
        found.recipients += prep_objects(noun.head, {"of"})  # "a death toll of 11"
    for clause in children(noun, "acl", "relcl"):
        _modifier_clause(clause, found)
    _governing_clause(noun, found)


def _noun_modifiers(noun: Token, found: _Roles, of_objects: list[Token]) -> None:
    """The parties an event noun's own modifiers name: "attacks by X", "the IRA's bombing",
    "his assassination", "IS attacks", "a U.S. drone strike", "the Khashoggi killing"."""
    patient = lemma(noun) in lexicon().patient_nouns
    found.actors += prep_objects(noun, {"by"})
    found.actors += [t for t in prep_objects(noun, {"from"}) if t.ent_type_ in _NAME_LABELS]
    for poss in children(noun, "poss"):
        # "his assassination" names the victim; "the IRA's bombing (of the city)" the doer.
        named_doer = poss.ent_type_ in ("ORG", "NORP")
        doer = named_doer or not patient or bool(of_objects)
        (found.actors if doer else found.recipients).append(poss)
    # "IS attacks", "a U.S. drone strike" (the name modifies the modifier)
    modifiers = children(noun, "compound", "amod", "nmod")
    modifiers += [m for c in modifiers if c.dep_ == "compound" for m in children(c, "compound")]
    for mod in modifiers:
        if mod.i > noun.i:
            continue
        if patient and mod.ent_type_ == "PERSON":
            found.recipients.append(mod)  # "the Khashoggi killing"
        elif _known_party(mod) or names_state(mod, noun):
            found.actors.append(mod)  # "IS attacks", "Israeli airstrikes", "a police raid"


def _known_party(mod: Token) -> bool:
    """A modifier that names who did an event ("Taliban attack", "IRA bombings", "Israeli
    airstrikes", "police raid") rather than its target or place ("the Marriott bombing", "the
    Boston Marathon bombing"): a nationality, an acronym, or a party the actor KB knows."""
    if mod.ent_type_ == "NORP":
        return True
    text = phrase_of(mod).text
    if mod.ent_type_ in ("ORG", "") and mod.pos_ == "PROPN" and text.isupper() and len(text) > 1:
        return True
    if mod.dep_ == "amod" or mod.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME"):
        return False
    return actor_kb().resolve(text).matched_by in KNOWN_MATCHES


def _modifier_clause(clause: Token, found: _Roles) -> None:
    """'attacks carried out by X', 'bombings targeted at the military', 'an attack targeting
    a checkpoint', 'the blast, which injured several people'."""
    lex = lexicon()
    found.actors += prep_objects(clause, {"by"})
    # "bombings, which seemed to be aimed at civilians": down the chain of infinitives
    chain = [clause]
    while len(chain) < 4 and children(chain[-1], "xcomp"):
        chain.append(children(chain[-1], "xcomp")[0])
    for verb in chain:
        if lemma(verb) in lex.aim_verbs:
            found.recipients += prep_objects(verb, {"at", "against", "on"})
            found.recipients += children(verb, "dobj")
        elif lemma(verb) in lex.harm_verbs and clause.dep_ == "relcl":
            found.recipients += children(verb, "dobj")


def _governing_clause(noun: Token, found: _Roles) -> None:
    """Parties named by the clause a noun trigger sits in."""
    lex = lexicon()
    node = noun
    # "launched a series of attacks": climb from the trigger to the quantity noun.
    if node.dep_ == "pobj" and node.head.lower_ == "of" and lemma(node.head.head) in (
            lex.event_nouns | lex.quantity_nouns):
        node = node.head.head
    verb = node.head
    if node.dep_ in ("dobj", "nsubjpass", "attr") and verb.pos_ in ("VERB", "AUX"):
        if lemma(verb) in lex.perpetration:
            found.actors += children(verb, "nsubj") or _inherited(verb, "nsubj")
            found.actors += prep_objects(verb, {"by"})
            # "the IRA's decision to carry out the attacks"
            if verb.dep_ == "acl" and not children(verb, "nsubj"):
                found.actors += children(verb.head, "poss")
        elif lemma(verb) in lex.patient_subject:
            found.recipients += children(verb, "nsubj")
        elif lemma(verb) in lex.transfer_verbs:
            _transfer(node, verb, found)
        # "the attack is believed to have been carried out by ETA"
        for xcomp in children(verb, "xcomp"):
            if lemma(xcomp) in lex.perpetration:
                found.actors += prep_objects(xcomp, {"by"})
    elif node.dep_ == "nsubj" and lemma(verb) in lex.harm_verbs:
        found.recipients += children(verb, "dobj")  # "the explosion targeted a bakery"
    elif node.dep_ == "pobj":
        _prepositional_context(node.head, found)


def _transfer(noun: Token, verb: Token, found: _Roles) -> None:
    """A threat or demand handed to someone: "issued a warning to residents", "warnings were
    given to the Samaritans", "were given an ultimatum by their bosses"."""
    found.actors += children(verb, "nsubj") or _inherited(verb, "nsubj")
    found.actors += prep_objects(verb, {"by"})
    given = prep_objects(verb, {"to"})
    for dative in children(verb, "dative"):
        given += children(dative, "pobj") if dative.pos_ == "ADP" else [dative]
    found.recipients += given
    if given:
        # "given to the Samaritans, the police, newspapers and ...": the parser may hang the
        # rest of the list on the verb
        found.recipients += [c for c in children(verb, "conj") if c.pos_ in ("NOUN", "PROPN")]
    if noun.dep_ == "dobj" and is_passive(verb):
        found.recipients += children(verb, "nsubjpass")


def _prepositional_context(prep: Token, found: _Roles) -> None:
    lex = lexicon()
    head = prep.head
    word = prep.lower_
    if word == "for":
        # "X claimed responsibility for the attack", "the man responsible for the blast"
        if lemma(head) in lex.responsibility_nouns and lemma(head.head) in (
                lex.responsibility_verbs):
            found.actors += children(head.head, "nsubj") or _inherited(head.head, "nsubj")
        elif lemma(head) == "responsible":
            found.actors += _subject_of_predicate(head)
        return
    if word == "behind" and lemma(head) == "be":
        found.actors += children(head, "nsubj")  # "X was behind the attack"
        return
    # "involved in", "participated in", "took part in" the attack
    took_part = any(lemma(c) == "part" for c in children(head, "dobj"))
    if word == "in" and (lemma(head) in ("involve", "participate", "engage") or took_part or (
            lemma(head) == "part")):
        found.actors += _subject_of_predicate(head if lemma(head) != "part" else head.head)
        return
    if word == "under" and lemma(head) == "come":
        found.recipients += children(head, "nsubj")  # "posts came under gunfire"
        return
    if prep.dep_ == "agent":
        found.recipients += children(head, "nsubjpass")  # "the building was shattered by a blast"
        return
    # "12 were killed in the blast", "Scores died in the attacks" — but not "patrols were seen
    # after the bombing": the clause must report harm, and the event must contain it.
    if head.pos_ not in ("VERB", "AUX") or word not in _CONTAINING_PREPS:
        return
    # "Three policemen were martyred and two injured in an attack": both clauses' victims.
    clauses = [head, head.head] if head.dep_ == "conj" else [head]
    for clause in clauses:
        if lemma(clause) in lex.harm_verbs and is_passive(clause):
            found.recipients += children(clause, "nsubjpass", "nsubj")
        elif lemma(clause) in lex.harm_verbs and clause is head:
            # "the army killed the commander in a raid": the raid's parties too
            found.actors += children(clause, "nsubj")
            found.recipients += children(clause, "dobj")
        if lemma(clause) in lex.undergoer:
            found.recipients += children(clause, "nsubj", "nsubjpass")


def _subject_of_predicate(pred: Token) -> list[Token]:
    """Who a predicate ('responsible', 'involved') is said of: its clause's subject, or the
    noun it modifies ('the man responsible')."""
    node = pred
    for _ in range(4):
        subjects = children(node, "nsubj", "nsubjpass")
        if subjects:
            return subjects
        if node.dep_ in ("amod", "acl") and node.head.pos_ in ("NOUN", "PROPN"):
            return [node.head]
        # "believed to be responsible": climb the predicate chain, not out of a phrase
        # ("suspected the brothers of being involved": the brothers, not the suspecter).
        if node.dep_ not in ("acomp", "xcomp", "oprd", "conj") or node.head == node:
            return []
        node = node.head
    return []


def place_of(trigger: Token, sentence: Span) -> Argument | None:
    """Where the event happened (see `places/mentions.py`)."""
    return _locate(trigger, sentence)
