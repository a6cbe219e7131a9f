"""Who a word stands for: the name a description carries ("the armed separatist group ETA" →
ETA), the antecedent of a relative pronoun ("Hugo Chávez, who died") and the speaker a
pronoun of reported speech refers to ("the army said it killed ...")."""

from __future__ import annotations

from spacy.tokens import Token

from roydad.extract.syntax import actor_kb, children, lemma, lexicon, phrase_of, stance_prefixed

_SPEECH_VERBS = {"say", "claim", "announce", "state", "confirm", "report", "admit", "tell",
                 "insist", "acknowledge", "declare", "add", "deny"}
_SPEAKER_PRONOUNS = {"it", "they", "we"}
_QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}
_RELATIVE = {"who", "whom", "which", "that"}


def antecedent(token: Token) -> Token:
    """The party a pronoun stands for, where the sentence says: the noun a relative clause
    hangs from ("Hugo Chávez, who died in 2013") or the speaker of reported speech
    (`speaker_of`); else the token itself."""
    relative = relative_antecedent(token)
    return relative if relative is not None else _speakers_members(speaker_of(token))


def _speakers_members(token: Token) -> Token:
    """'The BLF said its fighters carried out the raid': members a speaker's 'its' or 'their'
    owns, as the subject of its reported speech, are the speaker's (an organisation)."""
    owners = [c.lower_ for c in children(token, "poss") if c.lower_ in ("its", "their")]
    if not owners or token.dep_ != "nsubj" or lemma(token) not in lexicon().member_nouns:
        return token
    said = _reported_by(token)
    if said is None:
        return token
    verb, _ = said
    speakers = [s for s in children(verb, "nsubj") if s.pos_ in ("NOUN", "PROPN")
                and s.ent_type_ != "PERSON" and lemma(s) not in lexicon().member_nouns
                and _a_body(s, owners[0])]
    return named(speakers[0]) if speakers else token


def relative_antecedent(token: Token) -> Token | None:
    """'the legendary fighter who spearheaded ...', 'civilians who have taken part in ...':
    a relative pronoun's antecedent (its clause's head), or None."""
    if token.lower_ not in _RELATIVE or token.tag_ not in ("WP", "WDT"):
        return None
    # "two of whom were among the dead": up through the count to the clause
    clause = token.head
    for _ in range(4):
        if clause.dep_ not in ("conj", "xcomp", "prep", "pobj", "nsubj", "nsubjpass") or (
                clause.head == clause):
            break
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head == clause:
        return None
    return named(clause.head)


def speaker_of(token: Token) -> Token:
    """'The army said it killed five militants', 'the Taliban said they attacked the post',
    'Castaner said he has instructed': a pronoun subject of reported speech stands for the
    organisation ('it', 'they', 'we') or person ('he', 'she') that says it. In quoted speech only
    'we' does ('"They tried to kill me," Maduro said' — 'they' are others)."""
    person = token.lower_ in ("he", "she")
    if token.pos_ != "PRON" or token.dep_ != "nsubj" or not (
            person or token.lower_ in _SPEAKER_PRONOUNS):
        return token
    said = _reported_by(token)
    if said is None:
        return token
    verb, clause = said
    # A quote mark between the speech verb and what is said: '"They tried ...," Maduro said',
    # 'he said: "We ..."' (not a quote later in the sentence).
    doc = token.doc
    if clause.i > verb.i:
        gap = doc[verb.i + 1 : clause.left_edge.i + 1]
    else:
        gap = doc[clause.right_edge.i : verb.i]
    quoted = any(t.text in _QUOTES for t in gap)
    if quoted and token.lower_ != "we":
        return token
    # "Castaner said he has instructed": 'he' and 'she' are the person who says it; 'it',
    # 'they' and 'we' an organisation ("the army said it killed five militants").
    speakers = [s for s in children(verb, "nsubj") if s.pos_ in ("NOUN", "PROPN")
                and (s.ent_type_ == "PERSON") == person and _agrees(token, s)]
    return speakers[0] if speakers else token


def _a_body(speaker: Token, owner: str) -> bool:
    """A speaker that can own fighters: a name or a word for a body, or many for 'their' — not
    one person nor people who only saw it ("Its fighters shelled the camp, a spokesman said",
    "..., aid workers said": not theirs)."""
    return speaker.pos_ == "PROPN" or (owner == "their" and speaker.tag_ != "NN") or (
        _body_word(speaker))


def _agrees(pronoun: Token, speaker: Token) -> bool:
    """'they' stands for many or for a body, not for one person named by a common noun: "They
    opened fire on traders, a survivor told reporters" — the survivor did not."""
    return pronoun.lower_ != "they" or speaker.tag_ != "NN" or _body_word(speaker)


def _body_word(token: Token) -> bool:
    """A word for a body of people: a group, a collective or an institution."""
    words = lexicon()
    return lemma(token) in (words.group_nouns | words.collective_nouns | words.institution_nouns)


def named(token: Token) -> Token:
    """The name a description carries: 'the alleged killer, Chérif Chekatt' → Chérif Chekatt;
    'the armed separatist group ETA' → ETA."""
    if token.ent_type_ and token.ent_type_ != "CARDINAL":
        return token
    # "One of them, Mr William Craig, ... called for"
    for appos in children(token, "appos"):
        if appos.ent_type_ in ("PERSON", "ORG"):
            return appos
    if lemma(token) in lexicon().group_nouns:
        # a name before a nationality: "the Palestinian group Hamas" is Hamas
        for mod in sorted(token.subtree, key=lambda t: t.ent_type_ != "ORG"):
            # "the armed wing of Hamas", not "the army near Laiza" (a place) nor "the army and
            # the RSF" (the other party of a list)
            of = mod.head.lower_ == "of" and mod.head.head == token
            if mod.ent_type_ in ("ORG", "NORP") and mod.i != token.i and (
                    mod.head == token or of) and not stance_prefixed(mod) and (
                    mod.dep_ != "conj"):
                return token if _state_organ(mod, token) else mod
    return token


def _state_organ(mod: Token, group: Token) -> bool:
    """'the Indian army', 'Syrian army': a nationality before a state's organ names that
    state's forces, which the whole phrase says and the nationality alone does not."""
    if mod.ent_type_ != "NORP" or mod.head != group:
        return False
    return actor_kb().resolve(phrase_of(group).text).kind == "state"


def _reported_by(subject: Token) -> tuple[Token, Token] | None:
    """(speech verb, clause) when the subject's clause is what a speech verb reports ("the army
    said [it killed ...]"), else None."""
    clause = subject.head
    while clause.dep_ in ("conj", "xcomp") and clause.head != clause:
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or lemma(verb) not in _SPEECH_VERBS:
        return None
    return verb, clause
