"""Whom a death or injury word is about: the noun groups its grammar points to.

A line of text is read as noun groups (`headcounts`) and the words between them
(`CasualtyLine`); the scans find the victims of a word where news English puts them: after an
active verb ("kills 3 soldiers, 2 coalminers"), before a passive or intransitive one ("4 soldiers,
2 militants killed", "Twelve people, including three children, were killed"), after "of"
("bodies of two soldiers"), before or after "to death", or in the parse when the word order says
nothing (`victims_of`). `roydad.extract.numbers` adds up what they count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from roydad.extract.count_lexicon import Count, lexicon
from roydad.extract.headcounts import (
    Group,
    appositive,
    ends_with,
    is_trigger,
    items_of,
    phrasal,
    possessor,
)

_ACTIVE_TAGS = {"VB", "VBZ", "VBP", "VBG"}
_JOINERS = {",", "and", "&"}
_NEGATIONS = {"not", "n't", "never"}


class CasualtyLine:
    """One line of text as groups and the words between them, with the scans that find the
    groups a casualty word is about."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.offset = tokens[0].i
        self.lower = [t.lower_ for t in tokens]
        self.items = items_of(tokens)
        self.index = {
            i: n for n, item in enumerate(self.items)
            for i in (range(item.start, item.end) if isinstance(item, Group) else [item.i])
        }

    def token(self, n: int) -> Token | None:
        item = self.items[n] if 0 <= n < len(self.items) else None
        return item if isinstance(item, Token) else None

    def group(self, n: int) -> Group | None:
        item = self.items[n] if 0 <= n < len(self.items) else None
        return item if isinstance(item, Group) else None

    def is_victim(self, group: Group | None) -> bool:
        """A group of people, not a count of deaths or wounds ("six bodies and about 30 wounded":
        the bodies are not among the wounded)."""
        if group is None or group.count is None:
            return False
        return not is_trigger(self.tokens[0].doc[group.end - 1], lexicon().casualty_words)

    def word(self, n: int) -> str:
        tok = self.token(n)
        return tok.lower_ if tok is not None else ""

    def marker_at(self, n: int) -> bool:
        """A subset marker starts at item n ("..., including", "..., all women")."""
        item = self.items[n] if 0 <= n < len(self.items) else None
        if item is None:
            return False
        i = (item.start if isinstance(item, Group) else item.i) - self.offset
        return any(ends_with(self.lower, i + len(p), p) for p in lexicon().subset_markers)

    def joiner(self, n: int, step: int) -> tuple[str | None, int]:
        """The 'and', ',' or ', and' from item n on (step -1 or 1): 'and' or ',' (None if there
        is none) and the item index past it."""
        found: set[str] = set()
        while self.word(n) in _JOINERS:
            found.add(self.word(n))
            n += step
        return (None if not found else "," if found == {","} else "and"), n

    def head_left(self, n: int) -> tuple[Group | None, int, bool]:
        """The group ending at item n that stands for the victims, looking past a part ("12
        people, including 3 children") and a phrase inside the group ("Five militants from
        outlawed group", "Policeman escorting polio workers"); True if a whole ("among 12")."""
        lex = lexicon()
        group = self.group(n)
        while group is not None:
            if self.word(n - 1) in lex.superset_markers:
                return group, n, True
            start = group.start - self.offset
            marker = next((p for p in lex.subset_markers if ends_with(self.lower, start, p)), None)
            if marker is not None:
                n = self.index[group.start - len(marker)] - 1
                n -= self.word(n) == ","
                group = self.group(n)
                continue
            m = n - 1
            while (link := self.token(m)) is not None and link.lower_ not in lex.superset_markers \
                    and (link.pos_ in ("ADP", "PART") or link.tag_ in ("VBG", "VBN")):
                m -= 1
            outer = self.group(m)
            # Only towards people, never away from a written count ("troops exchange fire
            # leaving at least 14 dead").
            if m < n - 1 and outer is not None and self.is_victim(outer) and outer.person and (
                not (group.numbered and group.person)
            ):
                group, n = outer, m
                continue
            break
        return group, n, False

    def left(self, n: int) -> list[Group]:
        """Victims before a passive or intransitive word ("4 soldiers, 2 militants killed",
        "Twelve people, including three children, were killed")."""
        skipped_aux = False
        while (tok := self.token(n)) is not None and tok.pos_ in ("AUX", "ADV", "PART"):
            if tok.lower_ in _NEGATIONS:
                return []
            skipped_aux |= tok.pos_ == "AUX"
            n -= 1
        n -= skipped_aux and self.word(n) == ","
        found: list[Group] = []
        later: Group | None = None
        joiner: str | None = None
        while True:
            group, n, whole = self.head_left(n)
            if group is None or not self.is_victim(group) or (joiner and not group.person):
                break
            if whole:
                return found or [group]
            if not (joiner == "," and later is not None and appositive(group, later)):
                found.append(group)
            later = group
            joiner, n = self.joiner(n - 1, -1)
            if joiner is None:
                break
        return found

    def right(self, n: int) -> list[Group]:
        """Victims after an active word: "kills 3 soldiers, 2 coalminers", stopping at the next
        clause ("kills 4 troops, gunmen kill 2") and at a part of the count ("8 including 4")."""
        while (tok := self.token(n)) is not None and tok.tag_ == "RP":
            n += 1
        found: list[Group] = []
        earlier: Group | None = None
        joiner: str | None = None
        partitive = False
        while (group := self.group(n)) is not None and self.is_victim(group):
            after = self.token(n + 1)
            clause = after is not None and after.pos_ in ("VERB", "AUX")
            if joiner and (not group.person or clause):
                break
            # "killing both of its occupants, SDF commanders": a bare group after a part of
            # another names those people again
            described = joiner == "," and partitive and not group.numbered
            if not described and not (
                    joiner == "," and earlier is not None and appositive(earlier, group)):
                found.append(group)
            earlier = group
            n += 1
            partitive = False
            # "3 soldiers in Quetta and 2 in Karachi": past a phrase to the next conjunct.
            while (link := self.token(n)) is not None and link.pos_ == "ADP" and self.group(n + 1):
                partitive = partitive or (link.lower_ in lexicon().partitive_preps
                                          and earlier.numbered)
                n += 2
            joiner, n = self.joiner(n, 1)
            if joiner is None or self.marker_at(n):
                break
        return found

    def toll(self, n: int) -> Count | None:
        """'death toll rises to 11', 'toll at 25': the first number a link word leads to."""
        lex = lexicon()
        for m in range(n + 1, min(n + 9, len(self.items))):
            group, prev = self.group(m), self.token(m - 1)
            # "toll rises to 11", "toll at 25", or a bound right after it ("toll as high as 45")
            linked = prev is not None and (
                prev.lower_ in lex.toll_links or prev.lemma_ in lex.toll_links
            )
            if group is not None and group.numbered and (linked or m == n + 1):
                return group.count
            if self.word(m) in (";", "."):
                break
        return self._toll_from_parse(n)

    def _toll_from_parse(self, n: int) -> Count | None:
        """The number the toll's verb leads to, however long the toll's own phrase ("the death
        toll from Sunday's bombing at a rally in Bajaur rose to 54")."""
        item = self.items[n]
        toll = self.tokens[0].doc[item.end - 1] if isinstance(item, Group) else item
        verb = toll.head
        if toll.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ not in lexicon().toll_links:
            return None
        ends = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in lexicon().toll_links
                for g in c.children if g.dep_ == "pobj"]
        ends += [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        for end in ends:
            group = self.group(self.index.get(end.i, -1))
            if group is not None and group.numbered:
                return group.count
        return None

    def from_parse(self, tok: Token) -> list[Group]:
        """The parse's subject or object when the word order says nothing ("Sari was hit in the
        head and died hours later")."""
        deps = ("nsubj", "nsubjpass", "dobj")
        heads = [tok, tok.head] if tok.dep_ == "conj" else [tok]
        for head in heads:
            for child in head.children:
                n = self.index.get(child.i)
                group = self.group(n) if child.dep_ in deps and n is not None else None
                if group is not None and self.is_victim(group) and group.person:
                    return [group]
        return []


def _to_death(line: CasualtyLine, tok: Token) -> list[Group] | None:
    """'was stabbed to death', 'beat the man to death': the victims of the verb before 'to
    death' (its subject when passive, its object when active); None for other words."""
    doc = tok.doc
    if tok.lower_ != "death" or tok.i < 2 or doc[tok.i - 1].lower_ != "to":
        return None
    verb = doc[tok.i - 2]
    if verb.pos_ != "VERB":
        # "beat the shopkeeper to death": the object stands between the verb and "to death"
        verb = tok.head.head if tok.head.lower_ == "to" else verb
        if verb.pos_ != "VERB" or verb.i not in line.index:
            return None
    n = line.index[verb.i]
    passive = verb.i > 0 and doc[verb.i - 1].lemma_ == "be"
    if passive:
        return line.left(n - 1)
    if verb.i == tok.i - 2 and verb.tag_ in ("VBN", "VBD"):
        # a headline's passive ("farmer hacked to death in village") unless the victims follow
        m = n - 1
        while line.word(m) in lexicon().found_words:
            m -= 1
        return line.right(line.index[tok.i] + 1) or line.left(m)
    # "beat the man to death", or "beat to death a factory manager"
    return line.right(n + 1) or line.right(line.index[tok.i] + 1)


def _among_dead(line: CasualtyLine, tok: Token) -> list[Group] | None:
    """'Among the dead were two guards and a cook', 'three children among dead': the groups
    named as part of the dead, their sum a lower bound (a toll stated elsewhere stands); None
    when the death word is not the object of 'among'."""
    lex, doc = lexicon(), tok.doc
    m = tok.i - 1
    if m >= 0 and doc[m].lower_ in lex.among_dead_determiners:
        m -= 1
    if m < 0 or doc[m].lower_ not in lex.superset_markers or m not in line.index:
        return None
    n = line.index[m]
    groups = line.left(n - 1) or line.right(line.index[tok.i] + 1) or (
        line.right(line.index[tok.i] + 2) if line.word(line.index[tok.i] + 1) in (
            "were", "was", "are", "is") else [])
    return [replace(g, count=replace(g.count, high=None, attackers=None))
            for g in groups if g.count is not None]


def victims_of(line: CasualtyLine, tok: Token) -> list[Group]:
    """The groups one casualty word is about."""
    lex = lexicon()
    to_death = _to_death(line, tok)
    if to_death is not None:
        return to_death
    first = last = line.index[tok.i]
    group = line.group(first)
    if group is not None:  # a noun: "12 deaths", "bodies of two soldiers", "killing of"
        if tok.i != group.end - 1:
            return []
        if line.word(first + 1) == "of":
            return line.right(first + 2)
        if group.numbered:
            return [group]
        after = line.group(first + 1)
        if tok.tag_ == "NNS" and after is not None and after.numbered and after.person:
            return [after]  # "shelling wounds 3": a headline's verb the tagger took for a noun
        owner = possessor(list(tok.doc[group.start : group.end]))  # "the soldier's death"
        if owner is None and tok.dep_ == "dobj" and tok.lemma_.lower() in lex.lost_nouns:
            return line.from_parse(tok.head)  # "six people lost their lives": the subject
        return [owner] if owner is not None and owner.person else []
    if line.word(first + 1) == "of" and tok.tag_ == "VBG":  # "the killing of", not "died of"
        return line.right(first + 2)
    among = _among_dead(line, tok)
    if among is not None:
        return among
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("the", "those", "these"):
        return []  # "the dead were buried": a reference to victims counted elsewhere
    last += phrasal(tok)
    before = line.token(first - 1)
    if tok.lemma_.lower() in lex.intransitive:
        if before is not None and (before.pos_ == "VERB" or phrasal(before)):
            # "shot dead": active when the victims follow ("shoot dead two guards"); a
            # headline's "trader found shot dead": the victim before the finding verb
            m = first - 2
            while line.word(m) in lex.found_words:
                m -= 1
            return line.right(last + 1) or line.left(m)
        return line.left(first - 1) or line.from_parse(tok)
    if tok.tag_ in _ACTIVE_TAGS:
        return line.right(last + 1) or _headline_passive(line, tok, first)
    ahead = line.right(last + 1)
    aux = before.lemma_.lower() if before is not None and before.pos_ == "AUX" else None
    if aux is not None and aux != "be":
        return ahead  # "had killed": active
    # "5 killed 7 injured": a group followed by another casualty word is that word's subject.
    nxt = line.token(last + 2)
    taken = nxt is not None and is_trigger(nxt, lex.casualty_words)
    if ahead and aux is None and not taken:
        return ahead
    return line.left(first - 1) or line.from_parse(tok)


def _headline_passive(line: CasualtyLine, tok: Token, n: int) -> list[Group]:
    """'..., three hurt': a verb whose participle is its bare form ("hurt", "shot"), tagged as a
    present tense, with no victims after it and a number before it, is a headline's passive."""
    before, after = line.group(n - 1), line.token(n + 1)
    if tok.tag_ != "VBP" or tok.lower_ != tok.lemma_.lower() or before is None:
        return []
    if n + 1 < len(line.items) and (after is None or after.pos_ not in ("ADP", "PUNCT")):
        return []  # "Gunmen kill 14": the victims follow, whatever the parse made of them
    return [before] if before.numbered else []


def or_partner(line: CasualtyLine, tok: Token) -> Token | None:
    """The other word of "killed or wounded": its count is of dead and wounded together."""
    lex = lexicon()
    n = line.index[tok.i]
    other_kind = lex.injury_words if is_trigger(tok, lex.death_words) else lex.death_words
    for side in (-1, 1):
        other = line.token(n + 2 * side)
        if line.word(n + side) == "or" and other is not None and is_trigger(other, other_kind):
            return other
    return None
