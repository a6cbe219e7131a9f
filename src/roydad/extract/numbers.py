"""Counts of dead and injured as news and headlines state them.

A line is cut into noun groups (`headcounts`: "at least 12 soldiers", "a policeman") and each
death or injury word finds its victims where its grammar puts them (`victims`): the object of an
active verb ("kills 3 soldiers"), the subject of a passive or intransitive one ("3 soldiers
killed", "seven dead"), the group after "of" ("bodies of two soldiers") or the number a toll
reaches ("death toll rises to 11"). Groups joined by a comma or "and" are added ("4 soldiers,
2 militants killed"); a group after "including" is part of a count already given, one after
"among" the whole. Headlines are read on the surface (tags and word order): the small model's
dependency parse of a verbless or comma-joined headline is too often wrong. Several statements of
one count (headlines restating a toll) give a range, never a sum.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from roydad.extract.certainty import is_hypothetical
from roydad.extract.count_lexicon import Count, lexicon
from roydad.extract.headcounts import is_trigger, names_people, parse_number, phrasal
from roydad.extract.uncounted import not_this_events
from roydad.extract.victims import CasualtyLine, or_partner, victims_of

__all__ = [
    "Count", "casualties", "casualty_counts", "lexicon", "parse_number", "spread", "states_count",
]


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


def _an_also_word(tok: Token) -> bool:
    """'also', 'too', or the 'well' of 'as well'."""
    also = lexicon().also_words
    return tok.lower_ in also or (tok.i > 0 and f"{tok.nbor(-1).lower_} {tok.lower_}" in also)


def _toll_of_dead(tok: Token) -> bool:
    """'the number of dead', 'the tally of deaths': a toll told with 'the … of'."""
    lex, doc = lexicon(), tok.doc
    if tok.lemma_.lower() not in lex.toll_of_nouns or tok.i < 1 or tok.i + 2 >= len(doc):
        return False
    dead = doc[tok.i + 2]
    return doc[tok.i - 1].lower_ == "the" and doc[tok.i + 1].lower_ == "of" and (
        dead.lemma_.lower() in lex.death_words or dead.lower_ in lex.death_words
    )


def _also(tok: Token) -> bool:
    """'were also killed', 'also killed', 'which also killed', 'died too', 'were killed as
    well': 'also' on the casualty word."""
    return any(c.dep_ == "advmod" and _an_also_word(c) for c in tok.children) or any(
        t.lower_ == "also" for t in tok.doc[max(tok.i - 2, 0) : tok.i]
    )


def _total(counts: list[Count]) -> Count | None:
    """Groups added up; a group of unknown size leaves only a lower bound, while a vague one
    beside numbers adds nothing to them: the number stated stands, unbounded above ("eleven
    policemen and several attackers": 11, at least 11)."""
    if not counts or all(c.bounds == (None, None, None) for c in counts):
        return None
    stated = [c for c in counts if c.value is not None]
    if stated and len(stated) < len(counts) and all(c.value is not None or c.vague
                                                    for c in counts):
        total = _total(stated)
        return None if total is None else replace(total, high=None)
    values, highs = [c.value for c in counts], [c.high for c in counts]
    lows = [c.low for c in counts if c.low is not None]
    return Count(
        sum(v for v in values if v is not None) if None not in values else None,
        sum(lows) if lows else None,
        sum(h for h in highs if h is not None) if None not in highs else None,
        additional=all(c.additional for c in counts),
        vague=all(c.vague for c in counts),
        attackers=_side(counts),
        cumulative=all(c.cumulative for c in counts),
    )


def _side(counts: Sequence[Count]) -> bool | None:
    """The side of people counted together: one side's, or None when mixed or unsaid."""
    sides = {c.attackers for c in counts}
    return sides.pop() if len(sides) == 1 else None


def _with_ordinals(counted: list[Count]) -> Count | None:
    """The line's groups added up, where 'a third passenger' after 'killed 2' counts all three
    (not 2 + 3)."""
    ordinals = [c.value for c in counted if c.cumulative and c.value is not None]
    total = _total([c for c in counted if not c.cumulative])
    if not ordinals:
        return total
    nth = max(ordinals)
    if total is not None and total.value is not None and total.value >= nth:
        return total
    return Count(nth, nth, nth)


def _line_statements(line: CasualtyLine, kind: str) -> list[Count]:
    """What one line says: the sum of its counted groups, or the toll it gives."""
    lex = lexicon()
    words = lex.death_words if kind == "dead" else lex.injury_words
    counted: list[tuple[int | None, Count]] = []
    seen: set[int] = set()
    tolls: list[Count] = []
    for tok in line.tokens:
        if kind == "dead" and (_toll_of_dead(tok) or (
                tok.lemma_.lower() in lex.toll_words and tok.pos_ == "NOUN")):
            toll = line.toll(line.index[tok.i])
            if toll is not None and not_this_events(tok, words, line):
                continue  # "despite a death toll of more than 550"
            if toll is not None:
                # "the toll could rise to 60": how high it may go, not how many died
                tolls.append(Count(None, None, toll.high) if _forecast(tok) else toll)
                continue
            if not is_trigger(tok, words):
                continue  # "7 fatalities" is a counted group like "7 deaths"
        if kind == "injured" and tok.lower_ in lex.unharmed_words:
            counted.append((None, Count(0, 0, 0)))  # "the soldiers inside escaped unhurt"
        if kind == "injured" and _hurt_before_dying(tok):
            continue
        killing_verb = kind == "dead" and phrasal(tok) and tok.nbor().lower_ != "dead"
        if not is_trigger(tok, words) and not killing_verb:
            continue
        if is_hypothetical(tok) or not_this_events(tok, words, line):
            continue  # "plotting to have Bolton killed" kills nobody
        partner = or_partner(line, tok)
        if partner is None:
            victims = victims_of(line, tok)
        else:
            # "50 were killed or wounded", "killed or wounded nearly 180": one group for both.
            first, second = sorted((line.index[tok.i], line.index[partner.i]))
            victims = line.right(second + 1) or line.left(first - 1)
        if tok.lemma_.lower() in lex.person_only_words or tok.lower_ in lex.person_only_words:
            victims = [g for g in victims if g.person]  # "neutralised an IED" kills nobody
        if tok.lemma_.lower() in lex.person_noun_words:
            victims = [g for g in victims if names_people(tok.doc, g)]  # "lost three tanks"
        own: list[Count] = []
        for group in victims:
            # a pronoun and the group it stands for are the same people, counted once
            keys = {group.refers} if group.refers is not None else set(
                range(group.start, group.end))
            if group.start in seen or group.count is None or keys & seen:
                continue
            seen.update({group.start, *keys})
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
        counted.extend([(_reported_by(tok), total)] if total is not None else [])
    # A toll is the running total: it supersedes the line's own partial counts, unless it is
    # only a forecast ("killing at least 40; the toll could rise to 60": 40, up to 60).
    if any(t.value is not None or t.low is not None for t in tolls):
        return tolls
    return _by_source(counted) + tolls


# How a reporting verb holds what it reports: a clause ("said [5 were killed]") or an object
# ("reported [four deaths]").
_REPORTED = ("ccomp", "parataxis", "xcomp", "dobj")


def _reported_by(tok: Token) -> int | None:
    """The reporting verb whose clause or object tells of the casualty word ("police said 5
    were killed", "police reported four deaths"), by its index; None when the line tells it in
    its own voice."""
    node, verbs = tok, lexicon().report_verbs
    while node.head.i != node.i:
        if node.dep_ in _REPORTED and node.head.lemma_.lower() in verbs:
            return node.head.i
        node = node.head
    return None


def _by_source(counted: list[tuple[int | None, Count]]) -> list[Count]:
    """The line's counted groups added up, unless they are told by two reporting clauses:
    "police said 5 were killed, while doctors said 8 died", "officials first said ten had
    died; a hospital later said it had received more than fifty bodies" state one toll twice
    (a statement each), where "gunmen killed 3 and police said two attackers also died" adds."""
    sources = list(dict.fromkeys(source for source, _ in counted if source is not None))
    if len(sources) < 2:
        total = _with_ordinals([c for _, c in counted])
        return [total] if total is not None else []
    parts = [_with_ordinals([c for s, c in counted if s == source]) for source in [None, *sources]]
    return [part for part in parts if part is not None]


def spread(counts: Sequence[Count]) -> Count | None:
    """Several statements of one count (a toll restated, revised or given by several sources):
    the range of everything stated, as UCDP's low and high, and the highest point value stated
    as the best estimate (a toll is revised up as the dead are found, rarely down).

    Statements of people beyond those counted ("the governor was killed … three other people
    died") are added to the first count stated before them, unless another statement already
    gives at least that total ("… four people died in all").

    Statements of the attackers' dead beside statements of the others' ("killing five
    soldiers … security forces killed three of the gunmen") are added: ACLED counts everyone
    killed in the event.

    Statements are in text order."""
    both = _both_sides(counts)
    return both if both is not None else _with_additional(counts)


def _both_sides(counts: Sequence[Count]) -> Count | None:
    """The attackers' dead added to the others', when every statement tells one side."""
    if any(c.attackers is None for c in counts):
        return None
    others = _with_additional([c for c in counts if c.attackers is False])
    attackers = _spread([replace(c, additional=False) for c in counts if c.attackers])
    if others is None or attackers is None:
        return None
    return _total([others, attackers])


def _with_additional(counts: Sequence[Count]) -> Count | None:
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
        _revised(counts, max(values)) if values else None,
        min(lows) if lows else None,
        max(highs) if highs else None,
        additional=all(c.additional for c in counts),
    )


def _revised(counts: Sequence[Count], best: int) -> int:
    """The best figure, or a higher one stated after every point count: a toll revised up
    ("officials first said ten had died; the hospital later counted more than fifty": 50)."""
    last = max((n for n, c in enumerate(counts) if c.value is not None and c.low == c.high),
               default=-1)
    later = [c.value for c in counts[last + 1 :] if c.value is not None]
    return max([best, *later])


def states_count(word: Token) -> bool:
    """Whether a toll word gives a number: "the toll rose to 19", "Fatalities: 5", "7
    fatalities" (not "took another heavy toll")."""
    line = CasualtyLine([t for t in word.sent if not t.is_space])
    n = line.index.get(word.i)
    if n is None:
        return False
    group = line.group(n)
    return line.toll(n) is not None or (group is not None and group.numbered)


def casualties(sentence: Span, kind: str) -> Count | None:
    """The count of people killed (kind='dead') or hurt ('injured') a sentence states. A span
    holding several headlines (one per line) gives the spread of what the lines state."""
    return casualty_counts(sentence)[kind]


def _sided(count: Count, line: CasualtyLine) -> Count:
    """The count, keeping the side of its dead only in a sentence of prose: headlines (lines
    without a full stop) each restate the event from their own angle ("6 terrorists killed" /
    "troops kill 6 separatists"), where a report's sentences tell it on."""
    prose = bool(line.tokens) and line.tokens[-1].text in (".", "!", "?", '"', "'", "”", "’")
    return count if prose else replace(count, attackers=None)


def casualty_counts(sentence: Span) -> dict[str, Count | None]:
    """`casualties` of both kinds, reading the sentence's lines into groups once."""
    lines: list[list[Token]] = [[]]
    for tok in sentence:
        if tok.is_space and "\n" in tok.text:
            lines.append([])
        elif not tok.is_space:
            lines[-1].append(tok)
    read = [CasualtyLine(toks) for toks in lines if toks]
    said = {kind: [_sided(s, line) for line in read for s in _line_statements(line, kind)]
            for kind in ("dead", "injured")}
    # "No casualties were reported", "no one was hurt": nobody died either (a line that counts
    # its dead says so itself: "two were killed but no one else was hurt")
    if not said["dead"] and said["injured"] and all(
        s.bounds == (0, 0, 0) for s in said["injured"]
    ):
        said["dead"] = [Count(0, 0, 0)]
    # "2 policemen killed, 8 others injured": others than the dead, not more injured
    both = all(said.values())
    out: dict[str, Count | None] = {}
    for kind, statements in said.items():
        if both:
            statements = [replace(s, additional=False) for s in statements]
        out[kind] = statements[0] if len(statements) == 1 else spread(statements)
    return out
