"""Counts of dead and injured: "killed 12", "126 people have been killed", "at least 50 killed or
wounded" (a range), "two soldiers", "died hours later" (a later death counts)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from roydad.extract.lexicon import load_lexicon

# Numbers that are not head counts: "killed in 2022", "at 10 o'clock", "$500".
_NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}


@dataclass(frozen=True)
class Count:
    value: int | None
    low: int | None
    high: int | None


@dataclass(frozen=True)
class NumberLexicon:
    words: dict[str, int]
    vague_low: dict[str, int]
    lower_bound: tuple[str, ...]
    upper_bound: tuple[str, ...]
    death_words: frozenset[str]
    injury_words: frozenset[str]


@cache
def lexicon() -> NumberLexicon:
    raw = load_lexicon("numbers")
    return NumberLexicon(
        words=dict(raw["words"]),
        vague_low=dict(raw["vague_low"]),
        lower_bound=tuple(raw["lower_bound"]),
        upper_bound=tuple(raw["upper_bound"]),
        death_words=frozenset(raw["death_words"]),
        injury_words=frozenset(raw["injury_words"]),
    )


def parse_number(tokens: list[Token]) -> int | None:
    """'12', '1,200', 'twenty-five', 'two hundred', 'a dozen' → int."""
    lex = lexicon()
    total, current = 0, 0
    seen = False
    for tok in tokens:
        text = tok.lower_.replace(",", "")
        parts = text.split("-") if "-" in text and not text.startswith("-") else [text]
        for part in parts:
            if part.isdigit():
                current += int(part)
            elif part in ("hundred", "thousand") and seen:
                current = max(current, 1) * lex.words[part]
                if part == "thousand":
                    total, current = total + current, 0
            elif part in lex.words and (part not in ("a", "an") or not seen):
                current += lex.words[part]
            else:
                continue
            seen = True
    return total + current if seen else None


def count_of(noun: Token) -> Count | None:
    """The count attached to a noun ('12 people', 'at least 50 civilians', 'dozens of troops')."""
    lex = lexicon()
    if noun.lower_ in ("one", "nobody", "none") and (
        noun.lower_ != "one" or any(c.lower_ == "no" for c in noun.children)
    ):
        return Count(0, 0, 0)
    nums = [
        c for c in noun.children
        if (c.dep_ == "nummod" or (c.like_num and c.i < noun.i)) and c.ent_type_ not in _NOT_COUNTS
    ]
    if not nums and noun.like_num and noun.ent_type_ not in _NOT_COUNTS:
        nums = [noun]
    if not nums and noun.tag_ in ("NN", "NNP") and (
        noun.ent_type_ == "PERSON" or noun.pos_ == "NOUN"
    ) and not noun.like_num and noun.lower_ not in lex.vague_low:
        # A named person or "a policeman": one victim.
        return Count(1, 1, 1)
    if not nums:
        vague = lex.vague_low.get(noun.lower_)
        if vague is not None:
            return Count(None, vague, None)
        # "dozens of soldiers": the count is the head, the people its 'of' object.
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            outer = noun.head.head
            if outer.lower_ in lex.vague_low:
                return Count(None, lex.vague_low[outer.lower_], None)
            if outer.like_num:
                return count_of(outer)
        return None
    num = nums[0]
    tokens = [num, *[c for c in num.subtree if c != num and c.like_num]]
    value = parse_number(sorted(tokens, key=lambda t: t.i))
    if value is None:
        return None
    left = num.doc[max(num.left_edge.i - 3, 0) : num.i].text.lower()
    if any(left.endswith(b) for b in lex.lower_bound):
        return Count(value, value, None)
    if any(left.endswith(b) for b in lex.upper_bound):
        return Count(value, None, value)
    return Count(value, value, value)


def _victims_of(trigger: Token) -> list[Token]:
    """Who the death/injury word is about: passive subject, object, or subject of 'die'."""
    deps = {"nsubjpass", "dobj", "nsubj"} if trigger.lemma_ in ("die", "perish") else {
        "nsubjpass", "dobj"
    }
    found = [c for c in trigger.children if c.dep_ in deps]
    # "... at least 50 people killed": a participle modifying the counted noun.
    if trigger.dep_ in ("acl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN", "NUM"):
        found.append(trigger.head)
    for tok in list(found):
        found.extend(c for c in tok.children if c.dep_ == "conj")
    return found


def _killed_or_wounded(tok: Token) -> bool:
    """A death word and an injury word joined by 'or' share one count."""
    lex = lexicon()
    both = lex.death_words | lex.injury_words
    pair = [tok.head] if tok.dep_ == "conj" else [c for c in tok.children if c.dep_ == "conj"]
    return any(
        other.lemma_.lower() in both and other.lemma_.lower() != tok.lemma_.lower()
        and any(c.lower_ == "or" for c in (tok.children if tok.dep_ != "conj" else other.children))
        for other in pair
    )


def casualties(sentence: Span, kind: str) -> Count | None:
    """Sum the counts of people killed (kind='dead') or hurt ('injured') in a sentence."""
    lex = lexicon()
    words = lex.death_words if kind == "dead" else lex.injury_words
    counts: list[Count] = []
    seen: set[int] = set()
    for tok in sentence:
        if tok.lemma_.lower() not in words or tok.pos_ not in ("VERB", "ADJ", "NOUN", "AUX"):
            continue
        targets = _victims_of(tok)
        # "killed or wounded": the shared subject hangs from the first verb only.
        if not targets and tok.dep_ == "conj":
            targets = _victims_of(tok.head)
        # "shot dead", "found dead": the adjective's victims are its verb's.
        if tok.pos_ == "ADJ" and tok.dep_ in ("oprd", "acomp", "xcomp", "advcl"):
            targets = _victims_of(tok.head) or [
                c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")
            ]
        if _killed_or_wounded(tok):
            # "50 killed or wounded" counts casualties, not deaths: only an upper bound on each.
            for target in targets:
                count = count_of(target)
                if count is not None and count.high is not None and target.i not in seen:
                    seen.add(target.i)
                    counts.append(Count(None, None, count.high))
            continue
        if tok.pos_ == "NOUN":
            targets = [c for c in tok.children if c.dep_ == "nummod"] and [tok]
        for target in targets:
            if target.i in seen:
                continue
            count = count_of(target)
            if count is not None:
                seen.add(target.i)
                counts.append(count)
    if not counts:
        return None
    if len(counts) == 1:
        return counts[0]
    # Several counted groups ("two soldiers and three civilians"): add them up.
    if all(c.value is None for c in counts):
        highs = [c.high for c in counts if c.high is not None]
        return Count(None, None, max(highs) if highs else None)
    value = sum(c.value or c.low or 0 for c in counts)
    return Count(value, value, value)
