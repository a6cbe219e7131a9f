"""Counts of dead and injured as news and headlines state them.

A line is cut into noun groups (`headcounts`: "at least 12 soldiers", "a policeman") and each
death or injury word finds its victims where its grammar puts them: the object of an active
verb ("kills 3 soldiers"), the subject of a passive or intransitive one ("3 soldiers killed",
"seven dead"), the group after "of" ("bodies of two soldiers") or the number a toll reaches
("death toll rises to 11"). Groups joined by a comma or "and" are added ("4 soldiers, 2 militants
killed"); a group after "including" is part of a count already given, one after "among" the whole.
Headlines are read on the surface (tags and word order): the small model's dependency parse of a
verbless or comma-joined headline is too often wrong. Several statements of one count (headlines
restating a toll) give a range, never a sum.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from roydad.extract.certainty import is_hypothetical
from roydad.extract.headcounts import (
    Count,
    Group,
    appositive,
    ends_with,
    is_trigger,
    items_of,
    lexicon,
    parse_number,
    phrasal,
    possessor,
)

__all__ = [
    "Count", "casualties", "casualty_counts", "lexicon", "parse_number", "spread", "states_count",
]

_ACTIVE_TAGS = {"VB", "VBZ", "VBP", "VBG"}
_JOINERS = {",", "and", "&"}
_NEGATIONS = {"not", "n't", "never"}


class _Line:
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
        while (group := self.group(n)) is not None and self.is_victim(group):
            after = self.token(n + 1)
            clause = after is not None and after.pos_ in ("VERB", "AUX")
            if joiner and (not group.person or clause):
                break
            if not (joiner == "," and earlier is not None and appositive(earlier, group)):
                found.append(group)
            earlier = group
            n += 1
            # "3 soldiers in Quetta and 2 in Karachi": past a phrase to the next conjunct.
            while (link := self.token(n)) is not None and link.pos_ == "ADP" and self.group(n + 1):
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
            if group is not None and group.numbered and prev is not None and (
                prev.lower_ in lex.toll_links or prev.lemma_ in lex.toll_links
            ):
                return group.count
            if self.word(m) in (";", "."):
                break
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


def _forecast(toll: Token) -> bool:
    """'the toll could rise to 60', 'is expected to climb to 30': how high it may go."""
    verb = toll.head
    if toll.dep_ not in ("nsubj", "nsubjpass") or verb == toll:
        return False
    chain = [verb, *([verb.head] if verb.dep_ == "xcomp" else [])]
    words = {t.lemma_.lower() for t in chain} | {
        c.lemma_.lower() for t in chain for c in t.children if c.dep_ in ("aux", "auxpass")
    }
    return bool(words & lexicon().toll_forecasts) or is_hypothetical(verb)


def _hurt_before_dying(tok: Token) -> bool:
    """'two wounded recruits died': people once hurt, now counted among the dead."""
    subject = tok.head
    return tok.dep_ == "amod" and subject.dep_ in ("nsubj", "nsubjpass") and is_trigger(
        subject.head, lexicon().death_words
    )


def _to_death(line: _Line, tok: Token) -> list[Group] | None:
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
    return line.left(n - 1) if passive else line.right(n + 1)


def _victims(line: _Line, tok: Token) -> list[Group]:
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
        owner = possessor(list(tok.doc[group.start : group.end]))  # "the soldier's death"
        return [owner] if owner is not None and owner.person else []
    if line.word(first + 1) == "of" and tok.tag_ == "VBG":  # "the killing of", not "died of"
        return line.right(first + 2)
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("the", "those", "these"):
        return []  # "among the dead": a reference to victims counted elsewhere
    last += phrasal(tok)
    before = line.token(first - 1)
    if tok.lemma_.lower() in lex.intransitive:
        if before is not None and (before.pos_ == "VERB" or phrasal(before)):
            # "shot dead": active when the victims follow ("shoot dead two guards").
            return line.right(last + 1) or line.left(first - 2)
        return line.left(first - 1) or line.from_parse(tok)
    if tok.tag_ in _ACTIVE_TAGS:
        return line.right(last + 1)
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


def _partner(line: _Line, tok: Token) -> Token | None:
    """The other word of "killed or wounded": its count is of dead and wounded together."""
    lex = lexicon()
    n = line.index[tok.i]
    other_kind = lex.injury_words if is_trigger(tok, lex.death_words) else lex.death_words
    for side in (-1, 1):
        other = line.token(n + 2 * side)
        if line.word(n + side) == "or" and other is not None and is_trigger(other, other_kind):
            return other
    return None


def _also(tok: Token) -> bool:
    """'were also killed', 'also killed', 'which also killed': 'also' on the casualty word."""
    return any(c.lower_ == "also" and c.dep_ == "advmod" for c in tok.children) or any(
        t.lower_ == "also" for t in tok.doc[max(tok.i - 2, 0) : tok.i]
    )


def _total(counts: list[Count]) -> Count | None:
    """Groups added up; a group of unknown size leaves only a lower bound."""
    if not counts or all(c.bounds == (None, None, None) for c in counts):
        return None
    values, highs = [c.value for c in counts], [c.high for c in counts]
    lows = [c.low for c in counts if c.low is not None]
    return Count(
        sum(v for v in values if v is not None) if None not in values else None,
        sum(lows) if lows else None,
        sum(h for h in highs if h is not None) if None not in highs else None,
        additional=all(c.additional for c in counts),
    )


def _line_statements(line: _Line, kind: str) -> list[Count]:
    """What one line says: the sum of its counted groups, or the toll it gives."""
    lex = lexicon()
    words = lex.death_words if kind == "dead" else lex.injury_words
    counted: list[Count] = []
    seen: set[int] = set()
    tolls: list[Count] = []
    for tok in line.tokens:
        if kind == "dead" and tok.lemma_.lower() in lex.toll_words and tok.pos_ == "NOUN":
            toll = line.toll(line.index[tok.i])
            if toll is not None:
                # "the toll could rise to 60": how high it may go, not how many died
                tolls.append(Count(None, None, toll.high) if _forecast(tok) else toll)
                continue
            if not is_trigger(tok, words):
                continue  # "7 fatalities" is a counted group like "7 deaths"
        if kind == "injured" and _hurt_before_dying(tok):
            continue
        killing_verb = kind == "dead" and phrasal(tok) and tok.nbor().lower_ != "dead"
        if not is_trigger(tok, words) and not killing_verb:
            continue
        if is_hypothetical(tok):
            continue  # "plotting to have Bolton killed" kills nobody
        partner = _partner(line, tok)
        if partner is None:
            victims = _victims(line, tok)
        else:
            # "50 were killed or wounded", "killed or wounded nearly 180": one group for both.
            first, second = sorted((line.index[tok.i], line.index[partner.i]))
            victims = line.right(second + 1) or line.left(first - 1)
        own: list[Count] = []
        for group in victims:
            if group.start in seen or group.count is None:
                continue
            seen.add(group.start)
            if partner is None:
                own.append(group.count)
            elif group.count.high is not None:
                # A count of dead *or* wounded bounds each from above, unless open-ended.
                own.append(Count(None, None, group.count.high))
        # Per word first: "judge and family" leaves a lower bound, but a later "all the
        # militants" (people counted already) does not unsettle another word's count.
        total = _total(own)
        if total is not None and _also(tok):
            # "Five attackers were also killed": victims beyond those counted before
            total = replace(total, additional=True)
        counted.extend([total] if total is not None else [])
    # A toll is the running total: it supersedes the line's own partial counts, unless it is
    # only a forecast ("killing at least 40; the toll could rise to 60": 40, up to 60).
    total = _total(counted)
    if any(t.value is not None or t.low is not None for t in tolls):
        return tolls
    return ([total] if total is not None else []) + tolls


def spread(counts: Sequence[Count]) -> Count | None:
    """Several statements of one count (a toll restated, revised or given by several sources):
    the range of everything stated, as UCDP's low and high, and the highest point value stated
    as the best estimate (a toll is revised up as the dead are found, rarely down).

    Statements of people beyond those counted ("the governor was killed … three other people
    died") are added to the first count stated before them, unless another statement already
    gives at least that total ("… four people died in all").

    Statements are in text order."""
    # "Another police officer killed" before any count refers to earlier events, not to these
    # victims: only people added after a first count are more.
    opened = next((n for n, c in enumerate(counts) if not c.additional), len(counts))
    base = [c for n, c in enumerate(counts) if n < opened or not c.additional]
    extra = [c for n, c in enumerate(counts) if n > opened and c.additional]
    if not base or not extra:
        return _spread(counts)
    stated = _spread(base)
    assert stated is not None
    first = next((c for c in base if c.value is not None or c.low is not None), base[0])
    extras = _total(extra)
    if extras is None:
        return stated
    start = first.value if first.value is not None else first.low
    more = extras.value if extras.value is not None else extras.low
    if start is None or more is None or (stated.value or 0) >= start + more:
        return stated
    return Count(
        start + more,
        None if first.low is None or extras.low is None else first.low + extras.low,
        None if first.high is None or extras.high is None else first.high + extras.high,
    )


def _spread(counts: Sequence[Count]) -> Count | None:
    if not counts:
        return None
    points = [c.value for c in counts if c.value is not None and c.low == c.high == c.value]
    values = points or [c.value for c in counts if c.value is not None]
    # A statement without a number ("soldiers were killed", "dozens died") bounds the count
    # only where no statement gives one.
    stated = [c for c in counts if c.value is not None] or list(counts)
    lows = [c.low for c in stated if c.low is not None]
    highs = [c.high for c in counts if c.high is not None]
    if highs:  # "at least 100" and "9": the statements reach as high as 100
        highs += [c.low for c in stated if c.high is None and c.low is not None]
    return Count(
        max(values) if values else None,
        min(lows) if lows else None,
        max(highs) if highs else None,
        additional=all(c.additional for c in counts),
    )


def states_count(word: Token) -> bool:
    """Whether a toll word gives a number: "the toll rose to 19", "Fatalities: 5", "7
    fatalities" (not "took another heavy toll")."""
    line = _Line([t for t in word.sent if not t.is_space])
    n = line.index.get(word.i)
    if n is None:
        return False
    group = line.group(n)
    return line.toll(n) is not None or (group is not None and group.numbered)


def casualties(sentence: Span, kind: str) -> Count | None:
    """The count of people killed (kind='dead') or hurt ('injured') a sentence states. A span
    holding several headlines (one per line) gives the spread of what the lines state."""
    return casualty_counts(sentence)[kind]


def casualty_counts(sentence: Span) -> dict[str, Count | None]:
    """`casualties` of both kinds, reading the sentence's lines into groups once."""
    lines: list[list[Token]] = [[]]
    for tok in sentence:
        if tok.is_space and "\n" in tok.text:
            lines.append([])
        elif not tok.is_space:
            lines[-1].append(tok)
    read = [_Line(toks) for toks in lines if toks]
    said = {kind: [s for line in read for s in _line_statements(line, kind)]
            for kind in ("dead", "injured")}
    # "2 policemen killed, 8 others injured": others than the dead, not more injured
    both = all(said.values())
    out: dict[str, Count | None] = {}
    for kind, statements in said.items():
        if both:
            statements = [replace(s, additional=False) for s in statements]
        out[kind] = statements[0] if len(statements) == 1 else spread(statements)
    return out
