"""Deaths of an earlier event, told to place the reported one: "gunmen killed three worshippers,
two months after an ambush in the same area that killed 30 vigilantes", "a strike killed two
people, three days after a strike in nearby Nabatieh killed a commander", "protests continue
despite a death toll of more than 550". The earlier event's dead are not the reported event's
(ACLED codes each event with its own toll); the earlier event, where it is coded, counts them.

An earlier event is the clause or phrase of a mark that a span of time opens ("a day after",
"weeks after", "two months before", numbers.yaml `earlier_marks`, `earlier_units`), or the
phrase of a preposition that sets a toll against the news (`earlier_preps`: "despite a death
toll of 550")."""

from __future__ import annotations

from spacy.tokens import Token

from roydad.extract.count_lexicon import lexicon


def _scope(mark: Token) -> tuple[int, int]:
    """The tokens a mark governs: its clause (a subordinating mark) or its phrase."""
    if mark.dep_ == "mark" and mark.head.i > mark.i:
        return mark.i, mark.head.right_edge.i + 1
    return mark.i, mark.right_edge.i + 1


def _opens_earlier(mark: Token) -> bool:
    lex = lexicon()
    word = mark.lower_
    if word in lex.earlier_preps:
        return any(t.lemma_.lower() in lex.toll_words for t in mark.subtree)
    if word not in lex.earlier_marks or mark.i == mark.sent.start:
        return False
    unit = mark.nbor(-1)
    return unit.lemma_.lower() in lex.earlier_units or unit.lower_ in lex.earlier_units


def earlier_scope(tok: Token) -> tuple[int, int] | None:
    """The [start, end) token span of the earlier event whose telling holds `tok`, or None."""
    for mark in tok.sent:
        if mark.i >= tok.i:
            break
        if _opens_earlier(mark):
            start, end = _scope(mark)
            if start < tok.i < end:
                return start, end
    return None
