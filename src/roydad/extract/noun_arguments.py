"""Who did it and to whom, for a noun trigger: its own modifiers ("the IRA's bombing of the
city", "IS attacks", "attacks carried out by X") and the clause around it ("X carried out the
attack", "X claimed responsibility for it", "12 were killed in the blast", "the explosion
targeted a bakery"). `roydad.extract.arguments` calls `noun_roles` for noun triggers.
"""

from __future__ import annotations

from spacy.tokens import Token

from roydad.extract.shared_roles import Roles, inherited
from roydad.extract.syntax import (
    KNOWN_MATCHES,
    actor_kb,
    children,
    is_passive,
    lemma,
    lexicon,
    misread_acronym,
    names_state,
    phrase_of,
    prep_objects,
    stance_prefixed,
)
from roydad.extract.weapons import weapon_named

_NAME_LABELS = {"PERSON", "ORG", "NORP"}
_VICTIM_PREPS = {"of", "on", "against", "targeting", "upon", "at"}
# Prepositions by which a clause's harm happens within an event ("killed in the blast").
_CONTAINING_PREPS = {"in", "during", "by", "from", "amid", "under"}


def noun_roles(noun: Token, found: Roles) -> None:
    lex = lexicon()
    word = lemma(noun)
    if noun.dep_ == "compound" and lemma(noun.head) in lex.event_nouns:
        noun_roles(noun.head, found)  # "the assassination attempt against Maduro"
    of_objects = prep_objects(noun, {"of"})
    if not of_objects and noun.dep_ == "conj":
        of_objects = prep_objects(noun.head, {"of"})  # "the slaughter and maiming of men"
        found.recipients += of_objects
    noun_modifiers(noun, found, of_objects)
    if noun.dep_ == "attr" and misread_acronym(noun.head):
        found.actors.append(noun.head)  # "IS attacks" read as "is attacks"
    blamed = noun.dep_ == "dobj" and lemma(noun.head) in ("blame", "pin")
    found.recipients += prep_objects(noun, _VICTIM_PREPS - ({"at", "on"} if blamed else {"at"}))
    if word in lex.clash_words:
        # "clashes between troops and militants": both sides fought, both are actors, the
        # first named first; "Taliban clashes with the NRF": the other side too.
        # "a shoot-out took place between police and dacoits": the parser may hang the sides
        # on the verb the clash is the subject of
        between = prep_objects(noun, {"between"}) or (
            prep_objects(noun.head, {"between"}) if noun.dep_ == "nsubj" else [])
        for side in between:
            found.actors += [side, *(c for c in side.conjuncts if c.i > side.i)]
        # "killed in an encounter with security forces": whom it was with fought it, a side
        # and an actor like the first (the harmed of the clause are the other side); else
        # ("took the base after a battle with soldiers") only whom it was with
        others = prep_objects(noun, {"with"})
        (found.actors if found.actors or _harmed_in(noun) else found.recipients).extend(others)
    if noun.dep_ == "compound" and lemma(noun.head) == "toll":
        found.recipients += prep_objects(noun.head, {"of"})  # "a death toll of 11"
    for clause in children(noun, "acl", "relcl"):
        _modifier_clause(clause, found)
    _governing_clause(noun, found)


def noun_modifiers(noun: Token, found: Roles, of_objects: list[Token]) -> None:
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
    named = False
    for mod in sorted(modifiers, key=lambda m: m.i):
        if mod.i > noun.i:
            continue
        if _stance_word(mod):
            continue  # the 'anti' and '-' of "anti-American rallies"
        if stance_prefixed(mod):
            # "anti-government protests" are against the government; "pro-Kremlin rallies"
            # name neither side
            if _opposed(mod, noun):
                found.recipients.append(mod)
            continue
        member = lemma(mod) in lexicon().member_nouns
        if patient and mod.ent_type_ == "PERSON":
            found.recipients.append(mod)  # "the Khashoggi killing"
        elif member and named:
            continue  # "an IS sniper shot ..." (a misparse, 'shot' a noun): IS says who
        elif member or _known_party(mod) or names_state(mod, noun):
            found.actors.append(mod)  # "IS attacks", "Israeli airstrikes", "a police raid"
            named = not member


def _stance_word(mod: Token) -> bool:
    """The prefix or hyphen of a stance written before a name ("anti-American")."""
    doc = mod.doc
    following = doc[mod.i + 1 : mod.i + 3]
    return (len(following) == 2 and following[0].text == "-" and stance_prefixed(following[1])
            ) or (mod.text == "-" and stance_prefixed(following[0]) if following else False)


def _opposed(mod: Token, noun: Token) -> bool:
    """'anti-X' before an event noun names whom the event is against when X is a party (a
    name or a word the actor KB knows: "anti-government", "anti-Maduro", "anti-Taliban") and
    the noun is no device ("anti-personnel mine", "anti-tank rockets" name what it is for)."""
    device = weapon_named(noun.text) is not None or lemma(noun) in lexicon().instrument_nouns
    if mod.doc[mod.i - 2].lower_ != "anti" or device:
        return False
    if mod.ent_type_ in _NAME_LABELS or mod.ent_type_ == "GPE":
        return True
    return actor_kb().resolve(mod.text).matched_by in KNOWN_MATCHES


def _known_party(mod: Token) -> bool:
    """A modifier that names who did an event ("Taliban attack", "IRA bombings", "Israeli
    airstrikes", "police raid") rather than its target or place ("the Marriott bombing", "the
    Boston Marathon bombing"): a nationality, an acronym, or a party the actor KB knows."""
    if mod.ent_type_ == "NORP":
        return True
    text = phrase_of(mod).text
    # "IS attacks"; 'IS' may be tagged an adjective ("an IS sniper shot ...")
    acronym = mod.pos_ == "PROPN" or (mod.pos_ == "ADJ" and mod.text.isalpha())
    if mod.ent_type_ in ("ORG", "") and acronym and text.isupper() and len(text) > 1:
        return True
    if mod.dep_ == "amod" or mod.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME"):
        return False
    return actor_kb().resolve(text).matched_by in KNOWN_MATCHES


def _modifier_clause(clause: Token, found: Roles) -> None:
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


def _governing_clause(noun: Token, found: Roles) -> None:
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
            found.actors += children(verb, "nsubj") or inherited(verb, "nsubj")
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


def _transfer(noun: Token, verb: Token, found: Roles) -> None:
    """A threat or demand handed to someone: "issued a warning to residents", "warnings were
    given to the Samaritans", "were given an ultimatum by their bosses"."""
    found.actors += children(verb, "nsubj") or inherited(verb, "nsubj")
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


def _prepositional_context(prep: Token, found: Roles) -> None:
    lex = lexicon()
    head = prep.head
    word = prep.lower_
    if word == "for":
        # "X claimed responsibility for the attack", "the man responsible for the blast"
        if lemma(head) in lex.responsibility_nouns and lemma(head.head) in (
                lex.responsibility_verbs):
            found.actors += children(head.head, "nsubj") or inherited(head.head, "nsubj")
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
        # "troops came under fire from Dawlah Islamiyah gunmen", "came under attack by the TTP"
        found.actors += prep_objects(prep.head, {"from", "by"}) if prep.head != head else []
        found.actors += prep_objects(head, {"from", "by"})
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


def _harmed_in(noun: Token) -> bool:
    """The event noun is where its clause's victims were harmed: "two militants were killed
    in an encounter with ...", "Two Rangers killed in clash with ..."."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in _CONTAINING_PREPS or verb.pos_ not in (
            "VERB", "AUX"):
        return False
    lex = lexicon()
    return lemma(verb) in lex.undergoer or (lemma(verb) in lex.harm_verbs and (
        is_passive(verb) or verb.tag_ == "VBN"))


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
