"""Which words are parties, and the names they stand for: the last step of argument reading.

A head word found in an actor or recipient position is expanded to the parties it stands for
("hundreds of hostages" → hostages, "the alleged killer, Chérif Chekatt" → Chérif Chekatt,
"including X, Y and Z" → X, Y, Z; "the army said it ..." → the army) and kept only if it can be
a party: people, groups, institutions, states and, as targets, sites — not dates, devices, event
words, plain places or a quoted speaker's "I".
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache, partial

from spacy.tokens import Token

from roydad.extract.antecedents import antecedent, named, relative_antecedent, speaker_of
from roydad.extract.lexicon import word_set
from roydad.extract.places.mentions import dateline
from roydad.extract.syntax import (
    KNOWN_MATCHES,
    Argument,
    actor_kb,
    as_argument,
    children,
    entity_of,
    lemma,
    lexicon,
    misread_acronym,
    names_state,
    phrase_of,
    prep_objects,
    stance_prefixed,
)

_NEVER_PARTY_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY", "LOC", "EVENT",
                       "LAW", "WORK_OF_ART", "LANGUAGE", "PRODUCT"}
# Pronouns that stand for a party ("They killed 23 soldiers"); 'it', 'this', 'who' do not, nor
# do a quoted speaker's 'I', 'me' and 'you'.
_PERSONAL = {"he", "she", "they", "we", "him", "her", "them", "us", "his", "their"}
_STATE_SECTORS = {"MIL", "COP", "GOV", "SPY", "JUD"}
_NOBODY = {"one", "nobody", "none", "anyone", "someone", "everyone", "anybody"}


def parties(tokens: list[Token], trigger: Token, role: str, alone: set[int]) -> list[Argument]:
    """Expand heads to the parties they stand for, drop what is no party, keep one argument
    per phrase, in order of first mention."""
    seen: set[tuple[int, int]] = set()
    out: list[Argument] = []
    for token in tokens:
        for party in _expand(token) if token.i not in alone else [token]:
            if party.i == trigger.i or not _is_party(party, role) or _in_trigger(party, trigger):
                continue
            argument = _with_their_party(as_argument(antecedent(party), pronoun=party))
            if (argument.start, argument.end) not in seen:
                seen.add((argument.start, argument.end))
                out.append(argument)
    return out


def _with_their_party(argument: Argument) -> Argument:
    """"supporters of the Tehreek-e-Labbaik Pakistan party": the crowd's phrase reaches through
    the party it belongs to, so that it resolves to the party while its head stays the crowd's
    noun (arguments.yaml `crowd_member_nouns`)."""
    head = argument.head
    if lemma(head) not in _crowd_member_nouns() or argument.pronoun is not None:
        return argument
    # a party, not a person ("supporters of Imran Khan" are his party's, which the words
    # do not name)
    groups = [g for g in prep_objects(head, {"of"}) if _party_not_person(named(g))]
    if not groups:
        return argument
    # from the crowd's noun: "angry supporters of X" resolves as "supporters of X"
    last = groups[0].right_edge
    end = max(argument.end, last.idx + len(last.text))
    return replace(argument, text=head.doc.text[head.idx:end], start=head.idx, end=end)


def _party_not_person(token: Token) -> bool:
    return token.ent_type_ != "PERSON" and (
        token.ent_type_ in ("ORG", "NORP") or _names_party(token))


@cache
def _crowd_member_nouns() -> frozenset[str]:
    return _words("crowd_member_nouns")


_words = partial(word_set, "arguments", lower=True)


def participle_nouns() -> frozenset[str]:
    """Harm participles the tagger may read as nouns ("shot" of "a tailor shot dead")."""
    return _words("participle_nouns")


def _described(token: Token) -> bool:
    """A count word a modifier makes a person: "tribal figures", "an ETA figure", "the number
    two of the police"."""
    return any(c.dep_ in ("amod", "compound", "nmod", "poss") or (
        c.dep_ == "nummod" and c.i > token.i) for c in token.children)


def _expand(token: Token) -> list[Token]:
    lex = lexicon()
    if dateline(token):
        # "MAZAR-I-SHARIF — The Taliban governor ... was killed": the parser takes the dateline
        # for the subject and hangs the real one on it as an apposition.
        token = next(iter(children(token, "appos")), token)
    token = named(token)
    of_objects = _own_of_objects(token)
    # "hundreds of hostages", "some of the victims", "the lives of all militants"
    quantity = lemma(token) in lex.quantity_nouns or token.lower_ in lex.quantity_nouns or (
        lemma(token) in lex.collective_nouns)  # "a patrol of soldiers"
    # "two of whom": the relative pronoun, which stands for its antecedent
    referent = relative_antecedent(of_objects[0]) if of_objects else None
    nominal = bool(of_objects) and (of_objects[0].pos_ in ("NOUN", "PROPN") or (
        referent is not None and lemma(referent) not in lex.event_nouns))
    if nominal and (quantity or token.pos_ == "NUM" or lemma(token) == "life"):
        token = named(of_objects[0])
    elif of_objects and lemma(token) in lex.member_nouns and (
            group := _members_group(named(of_objects[0]))) is not None:
        # "forces of the Taliban", "fighters of the NRF", "supporters of the TLP party",
        # "members of an Ansaru cell", "members of the Taliban's morality police" (and what
        # the parser hung on them: "Forces of the Taliban and the NRF")
        return [group, *_expand(of_objects[0])[1:],
                *(named(c) for c in token.conjuncts if c.i > token.i)]
    elif lemma(token) == "life" and children(token, "poss"):
        token = children(token, "poss")[0]  # "an attack on his life"
    elif lemma(token) in lex.abstract_nouns or lemma(token) in lex.event_nouns:
        token = _owner(token)
    # "people ranging from extremist attackers to mentally unstable individuals": the kinds
    ranging = [m for acl in children(token, "acl") if lemma(acl) == "range"
               for m in prep_objects(acl, {"from", "to"})]
    ranging += [m for r in ranging if r.dep_ == "pobj" and r.head.lower_ == "from"
                for to in children(r.head, "prep") if to.lower_ == "to"
                for m in children(to, "pobj")]
    if ranging:
        return [named(m) for m in ranging]
    out = [token, *(_member_or_named(c) for c in token.conjuncts if c.i > token.i)]
    if lemma(token) in lex.member_nouns:
        # "RSF and SAF forces clashed", "Azerbaijani and Armenian forces exchanged fire": the
        # forces of each party the list names
        names = [m for m in children(token, "nmod", "compound", "amod") if m.i < token.i
                 and m.conjuncts and (_names_party(m) or _country_adjective(m))]
        if names:
            out[:1] = [names[0], *(c for c in names[0].conjuncts
                                   if _names_party(c) or _country_adjective(c))]
    # "eight women, a 10-year-old girl and four men": a list the parser hung as an apposition
    if token.dep_ == "appos" and token.conjuncts and token.pos_ == token.head.pos_ == "NOUN":
        out.insert(0, token.head)
    for included in prep_objects(token, {"including"}):
        out += listed(included)
    return out


def device_doers(token: Token) -> list[Token]:
    """Who set off the device or did the act a phrase names as its doer: "a mine laid by the
    Taliban (exploded)", "a Taliban-planted IED (killed)", "rockets fired by the Houthis", "an
    attack launched by ISKP". ACLED codes the one who laid the mine as the actor."""
    if lemma(token) not in lexicon().event_nouns:
        return []
    doers: list[Token] = []
    for clause in children(token, "acl", "amod"):
        if clause.tag_ != "VBN":
            continue
        doers += [p for a in children(clause, "agent") for p in children(a, "pobj")]
        # "Taliban-laid": the party is written into the participle
        doers += [m for m in children(clause, "npadvmod", "compound", "nmod")
                  if m.i < clause.i and (m.ent_type_ in ("ORG", "NORP") or _names_party(m))]
    return doers


def _owner(token: Token) -> Token:
    """Whose act an abstract or event noun names: "Government pressure", "the government's
    resistance", "Israeli pressure", "incursions by Chechen militants", "the departure of
    family members"; the noun itself (no party) when it names none."""
    # "Taliban security operations": the name may modify the modifier
    mods = children(token, "compound", "amod")
    mods += [m for c in mods if c.dep_ == "compound" for m in children(c, "compound")]
    owners = children(token, "poss") + prep_objects(token, {"by"}) + [
        m for m in mods if m.i < token.i and (_names_party(m) or names_state(m, token))]
    if not owners and lemma(token) in lexicon().abstract_nouns:
        owners = prep_objects(token, {"of"})
    return named(owners[0]) if owners else token


def _member_or_named(token: Token) -> Token:
    """A later member of a list: the party it is a member of ("and members of the AFF"), else
    the name it carries."""
    of_objects = _own_of_objects(token)
    if of_objects and lemma(token) in lexicon().member_nouns:
        group = _members_group(named(of_objects[0]))
        if group is not None:
            return group
    return named(token)


def _own_of_objects(token: Token) -> list[Token]:
    """The 'of' objects of a noun, with an 'of' the parser hung on the first member of a
    list given to the member right before it: in "Taliban fighters and members of the AFF"
    the AFF's members are the second member, not the Taliban's fighters."""
    later = [c for c in token.conjuncts if c.i > token.i]
    own = [o for o in prep_objects(token, {"of"}) if not any(c.i < o.i for c in later)]
    if token.dep_ == "conj":
        first = token
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        following = [c for c in first.conjuncts if c.i > token.i]
        own += [o for o in prep_objects(first, {"of"}) if o.i > token.i
                and not any(c.i < o.i for c in following)]
    return own


def _members_group(group: Token) -> Token | None:
    """The party whose members an 'of' object names: a name ("of the Taliban"), a phrase the
    actor KB knows ("of an Ansaru cell", "of the Gran Grif gang", "of an ethnic militia"), or
    the named owner of a unit it does not know ("of the Taliban's vice and virtue
    department"); None for anything else ("members of the family")."""
    if group.ent_type_ == "ORG" or (group.ent_type_ == "NORP" and _names_party(group)):
        return group
    if group.pos_ == "PROPN" and _kb_name(group):
        return group
    if group.pos_ != "NOUN" or lemma(group) in lexicon().place_nouns or group.ent_type_:
        return None  # a place or a facility the tagger saw ("the Mai-Mai militia" as a FAC)
    if actor_kb().resolve(phrase_of(group).text).matched_by in KNOWN_MATCHES:
        return group
    owners = [p for p in children(group, "poss") if p.ent_type_ in ("ORG", "NORP")
              or _names_party(p)]
    return owners[0] if owners else None


def _kb_name(token: Token) -> bool:
    """A name the actor KB knows, whatever the tagger made of it ("Clan del Golfo" as a FAC)."""
    return actor_kb().resolve(phrase_of(token).text).matched_by == "alias"


def _country_adjective(mod: Token) -> bool:
    """A state's adjective however the tagger read it ("Azerbaijani" tagged a person's
    name)."""
    return mod.pos_ in ("ADJ", "PROPN") and actor_kb().country_word(mod.text) is not None


def _names_party(mod: Token) -> bool:
    """A modifier that is a party's name or word ("Government pressure", "Israeli pressure",
    "IS attacks"), not a device or a misparsed verb ("Landmine blast", "many allege
    mistreatment")."""
    entity = entity_of(mod)
    text = entity.text if entity is not None else mod.text  # "Corps" of "... Guard Corps"
    if stance_prefixed(mod):
        return False  # "anti-Taliban factions" are not the Taliban
    if mod.ent_type_ == "NORP" or (mod.pos_ == "PROPN" and text.isupper() and len(text) > 1):
        return True
    return mod.pos_ in ("NOUN", "PROPN") and (
        actor_kb().resolve(text).matched_by in KNOWN_MATCHES)


def listed(token: Token) -> list[Token]:
    """Members of a list: 'including Eva Forest, wife of the playwright Alfonso Sastre, Lidia
    Falcón, the theatre director Vicente Sainz de la Peña, ...'. The parser hangs long lists in
    any shape; the names in it are the members, except a name that only describes one ('of
    Alfonso Sastre')."""
    out = [token]
    for t in token.subtree:
        ent = entity_of(t)
        # "of Alfonso Sastre" describes a member; "al-Qaeda" in "an al-Qaeda suspect" qualifies one
        described = (t.dep_ == "pobj" and t.head.lower_ == "of") or t.dep_ in (
            "compound", "amod", "nmod", "poss")
        if ent is not None and t == ent.root and ent.label_ in ("PERSON", "ORG") and (
                not described and t != token):
            out.append(t)
    return out


def _in_trigger(token: Token, trigger: Token) -> bool:
    """'opened fire', 'launched an attack': the object completes the trigger phrase."""
    return token.head == trigger and token.dep_ == "dobj" and (
        lemma(token) in lexicon().phrasal_objects)


def _credit(token: Token) -> bool:
    """The agency a dateline credits: "Peshawar, Jul 13 (PTI) At least four ...", "QUETTA,
    Pakistan (AP) --": a name in brackets at the head of a line, before any verb."""
    doc = token.doc
    sent = token.sent
    before = doc[sent.start : token.i]
    opened = next((t for t in reversed(before) if t.text in "()"), None)
    if opened is None or opened.text != "(" or opened.i - sent.start > 8:
        return False
    closed = next((t for t in doc[token.i : min(token.i + 4, sent.end)] if t.text == ")"), None)
    return closed is not None and not any(t.pos_ in ("VERB", "AUX") for t in before)


def _attribution(token: Token) -> bool:
    """The source a headline credits after a colon: "Four killed in Indian BSF firing: ISPR",
    "Bomb kills three in NW Pakistan: officials" (not "Official: Police kill 4 insurgents",
    where the name after the colon is the subject)."""
    phrase = phrase_of(token)
    doc = token.doc
    if phrase.start == 0 or doc[phrase.start - 1].text != ":" or token.dep_ in (
            "nsubj", "nsubjpass"):
        return False
    return phrase.end >= token.sent.end or doc[phrase.end].is_punct or doc[phrase.end].is_title


def _source_label(token: Token) -> bool:
    """The label a note or headline opens with before a colon: "Halvash: on 21 Azar militants
    attacked ...", "Tolo News: on 14 Hamal ..." — the source (or place) of the report, which the
    parser hangs on the verb after the colon as a second subject. A state's forces there may be
    the source and the doer at once ("Pakistan police: 5 suspects killed"), so they stay."""
    phrase = phrase_of(token)
    doc = token.doc
    subjects = ("nsubj", "nsubjpass")
    return phrase.start == token.sent.start and phrase.end < len(doc) and (
        doc[phrase.end].text == ":") and token.dep_ in subjects and any(
        c.dep_ in subjects and c.i > phrase.end for c in token.head.children) and (
        actor_kb().resolve(phrase.text).sector not in _STATE_SECTORS)


def _adjective_acronym(token: Token) -> bool:
    """A known group's acronym the tagger took for an adjective ("an IS sniper shot ...")."""
    text = token.text
    return token.pos_ == "ADJ" and len(text) > 1 and text.isalpha() and text.isupper() and (
        actor_kb().resolve(text).matched_by == "alias")


def _is_party(token: Token, role: str) -> bool:
    """Only people, groups, institutions (and, as targets, sites) are parties — not 'it',
    dates, devices, event words or plain places."""
    lex = lexicon()
    if misread_acronym(token) or _adjective_acronym(token):
        return True
    if token.pos_ == "PRON":
        relative = relative_antecedent(token)
        if relative is not None:
            return relative.pos_ != "PRON" and _is_party(relative, role)
        # "those responsible", "all of those injured", "those who fled"
        described = token.lower_ == "those" and bool(children(token, "amod", "acl", "relcl"))
        return token.lower_ in _PERSONAL or described or speaker_of(token) is not token
    if token.ent_type_ in _NEVER_PARTY_LABELS or token.lower_ in _NOBODY:
        return False
    if any(c.lower_ == "no" for c in children(token, "det")):
        return False  # "no group has claimed it"
    if token.pos_ == "NUM" or token.ent_type_ == "CARDINAL":
        # "wounded 71", "496 had been killed": a bare count of victims, never of attackers.
        counting = token.dep_ in ("nummod", "quantmod", "compound") and token.head.pos_ in (
            "NOUN", "PROPN")
        return role == "recipient" and not counting
    if _attribution(token) or _source_label(token):
        return False
    if token.ent_type_:
        return (token.ent_type_ != "FAC" or role == "recipient" or _kb_name(token)) and (
            not dateline(token)) and not _credit(token)
    word = lemma(token)
    if role == "recipient" and stance_prefixed(token) and token.i >= 2 and (
            token.doc[token.i - 2].lower_ == "anti"):
        return True  # "anti-government protests": whom they are against (noun_arguments)
    if token.pos_ not in ("NOUN", "PROPN") or word in lex.event_nouns or word in lex.clash_words:
        return False
    if word in lex.not_party_nouns or token.lower_ in lex.not_party_nouns or (
            word in lex.abstract_nouns):
        return False  # lemmas of plurals vary ("media" → "medium")
    if token.lower_ in _words("described_person_nouns") and not _described(token):
        return False  # "the figure rose to 12", not "local tribal figures"
    if role == "actor" and (word in lex.instrument_nouns or token.lower_ in lex.instrument_nouns):
        return False  # "wounded by shrapnel": what did the harm, not who
    if word in lex.place_nouns:
        if role == "actor":
            return word in lex.institution_nouns and _acting(token)  # "a court convicted him"
        return word in lex.site_nouns  # "an attack on a checkpoint"
    return True


def _acting(token: Token) -> bool:
    """A word in the doer's place of a clause: the subject of an active verb or the agent of a
    passive one ("a court convicted him", "he was sentenced by a court"), not a place the
    event is tied to by another preposition."""
    if token.dep_ == "nsubj":
        return token.head.pos_ in ("VERB", "AUX")
    return token.dep_ == "pobj" and token.head.lower_ == "by"
