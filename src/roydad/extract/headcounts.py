"""Noun groups of people and the head counts written in them: "at least 12 soldiers", "a
policeman", "two dozen civilians", "no one" — and what is not a head count ("Section 144", "a
14-year-old", "3 days later", a place or an organisation). The grammar that ties groups to death
and injury words is `numbers`; the word lists are numbers.yaml.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from roydad.extract.count_lexicon import Count, lexicon
from roydad.extract.pronoun_counts import counted_antecedent, partitive_whole

# Numbers that are not head counts: "killed in 2022", "at 10 o'clock", "$500".
_NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
# Names of places and organisations are never victims, whatever their grammar.
_NOT_PEOPLE = {"GPE", "LOC", "FAC", "ORG", "DATE", "TIME", "EVENT", "PRODUCT", "LAW", "MONEY"}
_GROUP_TAGS = {"DT", "PDT", "CD", "LS", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS",
               "PRP$", "``", "''"}
_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
_ZERO_HEADS = {"one", "people", "person", "death", "casualty", "fatality", "life", "injury"}


def parse_number(tokens: list[Token]) -> int | None:
    """'12', '1,200', 'twenty-five', 'two hundred', 'a dozen' → int."""
    lex = lexicon()
    total, current = 0, 0
    seen = False
    for tok in tokens:
        text = tok.lower_.replace(",", "")
        for part in text.split("-") if "-" in text.strip("-") else [text]:
            if part.isdigit():
                current += int(part)
            elif part in lex.multipliers:
                current = max(current, 1) * lex.multipliers[part]
                # "two thousand five hundred": a large multiplier closes its part of the sum.
                if lex.multipliers[part] >= 1000:
                    total, current = total + current, 0
            elif part in lex.words:
                current += lex.words[part]
            else:
                continue
            seen = True
    return total + current if seen else None


@dataclass(frozen=True)
class Group:
    """A noun group, tokens [start, end) of the doc. `count` is None when it does not name people;
    `person` when it plainly does (a head count or a person noun), so that it may be added as a
    conjunct, where a bare noun ("bus") may only be a verb's own victim."""

    start: int
    end: int
    count: Count | None
    person: bool
    numbered: bool = False  # the count is written as a number, not read from a noun
    named: bool = False  # a person's name ("Abdul Raziq")
    determined: bool = False  # opens with an article ("the police chief", "a member")
    refers: int | None = None  # a pronoun's: the head of the counted group it stands for


Item = Group | Token


def numeric(tok: Token) -> bool:
    """A numeral or number word ("12", "twelve", "dozen"); an article alone is not one."""
    lex = lexicon()
    return (tok.like_num or tok.lower_ in lex.words or tok.lower_ in lex.multipliers) and (
        tok.lower_ not in ("a", "an")
    )


def ends_with(words: Sequence[str], end: int, phrase: tuple[str, ...]) -> bool:
    """The phrase is the run of words just before index `end`."""
    start = end - len(phrase)
    return start >= 0 and tuple(words[start:end]) == phrase


def _title_verb(tok: Token, words: frozenset[str]) -> bool:
    """'Martyred', 'Injured' in a title-case headline, which the tagger takes for a name."""
    return tok.pos_ == "PROPN" and tok.lower_.endswith("ed") and (
        tok.lower_[:-2] in words or tok.lower_[:-1] in words
    )


def is_trigger(tok: Token, words: frozenset[str]) -> bool:
    """One of the given death or injury words, by lemma or by form."""
    tagged = tok.pos_ in ("VERB", "ADJ", "NOUN", "AUX", "PROPN")
    return (tagged and (tok.lemma_.lower() in words or tok.lower_ in words)) or _title_verb(
        tok, words
    )


def phrasal(tok: Token) -> bool:
    """'gun down', and 'shot dead' whatever the tagger makes of 'shot' in a headline."""
    lex = lexicon()
    if tok.i + 1 >= len(tok.doc):
        return False
    following = tok.nbor().lower_
    return lex.death_phrasal.get(tok.lemma_.lower()) == following or (
        tok.lower_ in lex.manner_of_death and following == "dead"
    )


def _groupable(line: Sequence[Token], i: int, bound: set[int]) -> bool:
    tok, lex = line[i], lexicon()
    nxt = line[i + 1] if i + 1 < len(line) else None
    if i in bound:  # "at least", "up to" before a number belong to its group
        return True
    casualty = lex.casualty_words
    if (tok.tag_ not in _NOUN_TAGS and is_trigger(tok, casualty)) or _title_verb(tok, casualty) \
            or phrasal(tok):
        return False  # "killed", "dead", "gun down": the predicate, never part of a group
    if tok.tag_ == "HYPH":  # "five-star" joins, a spaced dash ("soldiers - agency") does not
        return i > 0 and not line[i - 1].whitespace_ and not tok.whitespace_
    if tok.tag_ == "RB":  # "three heavily armed attackers"
        return nxt is not None and nxt.tag_ in ("JJ", "VBN") and nxt.dep_ == "amod"
    if tok.tag_ == "PRP":  # "he was killed": one victim; "they" only after a counted group
        return tok.lower_ in ("he", "she", "him", "her", "himself", "herself") or (
            counted_antecedent(tok) is not None)
    return tok.tag_ in _GROUP_TAGS or (tok.tag_ in ("VBN", "VBG") and tok.dep_ == "amod")


def items_of(line: Sequence[Token]) -> list[Item]:
    """The line as groups and the single words between them."""
    lex = lexicon()
    bound: set[int] = set()
    lower = [t.lower_ for t in line]
    for i, tok in enumerate(line):
        if numeric(tok) or (tok.lower_ in ("a", "an") and i + 1 < len(line)
                             and numeric(line[i + 1])):
            for phrase in (*lex.lower_bound, *lex.upper_bound, *lex.ceiling, *lex.approximate):
                if ends_with(lower, i, phrase):
                    bound.update(range(i - len(phrase), i))
    items: list[Item] = []
    run: list[Token] = []
    for i, tok in enumerate(line):
        if not _groupable(line, i, bound):
            items.extend([_group(run), tok] if run else [tok])
            run = []
            continue
        prev = run[-1] if run else None
        # Two groups side by side without a comma: "in Quetta 5 killed", "Karachi 5 March".
        # A bound opens a group: "the death toll as high as 45".
        opens = i in bound and i - 1 not in bound
        if prev is not None and ((opens and prev.tag_ in _NOUN_TAGS) or (i not in bound and (
            (prev.tag_ in _NOUN_TAGS and numeric(tok))
            or (tok.tag_ in ("DT", "PDT") and prev.tag_ in (*_NOUN_TAGS, "CD"))
        ))):
            items.append(_group(run))
            run = []
        run.append(tok)
    return items + ([_group(run)] if run else [])


def names_people(doc: Doc, group: Group) -> bool:
    """The group's last noun is a person noun ("two officers", not "three tanks")."""
    nouns = [t for t in doc[group.start : group.end] if t.tag_ in _NOUN_TAGS]
    return bool(nouns) and _person_noun(nouns[-1])


def _person_noun(tok: Token) -> bool:
    lex = lexicon()
    word = tok.lemma_.lower() if tok.pos_ in ("NOUN", "ADJ") else tok.lower_
    singular = word[:-1] if word.endswith("s") and tok.tag_ in ("NNS", "NNPS") else word
    if word in lex.person_nouns or singular in lex.person_nouns or word in lex.companions:
        return True
    if tok.i > 1 and tok.nbor(-1).tag_ == "HYPH" and tok.doc[tok.i - 2 : tok.i + 1].text.lower(
            ) in lex.person_nouns:  # "passer-by", whatever the tagger made of "by"
        return True
    if tok.ent_type_ in ("PERSON", "NORP"):
        return True
    return tok.ent_type_ not in _NOT_PEOPLE and word.endswith(lex.person_suffixes)


def _head_count(tokens: list[Token]) -> Count | None:
    """The head count written in a group: its first run of number words, unless that is a date,
    a time, money, an age ("14-year-old") or a label ("Section 144")."""
    lex = lexicon()
    doc = tokens[0].doc
    i = next((n for n, t in enumerate(tokens) if numeric(t)), None)
    if i is None:
        return None
    end = i
    # "Thirty-two": number words joined by a hyphen the tokenizer split off
    while end < len(tokens) and (numeric(tokens[end]) or (
            tokens[end].tag_ == "HYPH" and end + 1 < len(tokens) and numeric(tokens[end + 1])
            and not tokens[end].whitespace_ and end > i)):
        end += 1
    number = tokens[i:end]
    first, last = number[0], number[-1]
    unit = next((t for t in doc[last.i + 1 : last.i + 3] if t.tag_ != "HYPH"), None)
    year = first.is_digit and len(first.text) == 4 and 1800 <= int(first.text) <= 2100
    if (
        any(t.ent_type_ in _NOT_COUNTS for t in number) or year
        or (first.i > 0 and doc[first.i - 1].lower_ in lex.label_before)
        or (unit is not None and unit.lower_ in lex.unit_after)
    ):
        return None
    value = parse_number(number)
    if value is None:
        return None
    before = [t.lower_ for t in doc[max(first.i - 4, 0) : first.i]]
    if before and before[-1] in ("a", "an"):  # "over a dozen"
        before.pop()
    if any(ends_with(before, len(before), p) for p in lex.lower_bound):
        return Count(value, value, None)
    if any(ends_with(before, len(before), p) for p in lex.upper_bound):
        return Count(value, None, value)
    if any(ends_with(before, len(before), p) for p in lex.ceiling):
        return Count(None, None, value)  # "up to 30": how high it may go, not the count
    return Count(value, value, value)


def _group(tokens: list[Token]) -> Group:
    group = _plain_group(tokens)
    if group.count is not None and (_additional(tokens) or _of_the_wounded(tokens)):
        group = replace(group, count=replace(group.count, additional=True))
    nouns = [t for t in tokens if t.tag_ in _NOUN_TAGS]
    lex = lexicon()
    if group.count is not None and group.person and nouns and (
        nouns[-1].lemma_.lower() not in lex.sideless_nouns
    ):
        # "three militants" are attackers, "five soldiers" are not; "8", "8 people" do not say
        attackers = nouns[-1].lemma_.lower() in lex.attacker_nouns or (
            nouns[-1].lower_ in lex.attacker_nouns
        )
        group = replace(group, count=replace(group.count, attackers=attackers))
    whole = partitive_whole(tokens[-1]) if group.count is not None and not nouns else None
    if whole is not None and group.count is not None:
        # "killed five of them", "two of the gunmen": on the side of the people they are of
        attackers = whole.lemma_.lower() in lex.attacker_nouns or (
            whole.lower_ in lex.attacker_nouns)
        group = replace(group, count=replace(group.count, attackers=attackers))
    return group


def _of_the_wounded(tokens: Sequence[Token]) -> bool:
    """'one of the wounded', 'two of the injured': people counted as hurt, not among the dead,
    so that their dying adds to the dead counted before."""
    doc, end = tokens[0].doc, tokens[-1].i + 1
    return end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ == "the" and (
        doc[end + 2].lower_ in lexicon().injury_words)


def _additional(tokens: Sequence[Token]) -> bool:
    """'three other people', 'another soldier', 'two more policemen' (not 'more than 20'),
    'his driver' (someone beside the victim)."""
    lex = lexicon()
    if len(tokens) > 1 and tokens[0].lower_ in lex.companion_possessives and (
        tokens[-1].lemma_.lower() in lex.companions
    ):
        return True
    for n, tok in enumerate(tokens):
        if tok.lower_ in lex.additional:
            return True
        following = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        if (tok.lower_ == "more" and n > 0 and numeric(tokens[n - 1])
                and (following is None or following.lower_ != "than")):
            return True
    return False


def _plain_group(tokens: list[Token]) -> Group:
    lex = lexicon()
    start, end = tokens[0].i, tokens[-1].i + 1
    group = Group(start, end, None, False, named=tokens[-1].ent_type_ == "PERSON",
                  determined=tokens[0].lower_ in ("a", "an", "the"))
    # "kills civilian": the small model sometimes tags a person noun as an adjective.
    nouns = [t for t in tokens if t.tag_ in _NOUN_TAGS] or [  # "a passer-" (of "passer-by")
        t for t in [t for t in tokens if t.tag_ != "HYPH"][-1:]
        if t.lemma_.lower() in lex.person_nouns or t.lower_ in lex.person_nouns
    ]
    head = nouns[-1] if nouns else None
    first = tokens[0].lower_
    if tokens[-1].tag_ == "PRP":
        noun = counted_antecedent(tokens[-1])
        if noun is not None:  # "they", "themselves": as many as the group they stand for
            meant = _group(list(noun.doc[min(c.i for c in noun.children if c.dep_ == "nummod")
                                         : noun.i + 1]))
            return replace(meant, start=start, end=end, refers=noun.i)
        return replace(group, count=Count(1, 1, 1), person=True)
    if first in ("nobody", "none") or (
        first == "no" and len(tokens) == 2 and head is not None
        and head.lemma_.lower() in _ZERO_HEADS
    ):
        # "no one was killed"; not "no civilians were killed" nor "no military casualties",
        # which are about a part.
        return replace(group, count=Count(0, 0, 0), person=True, numbered=True)
    count = _head_count(tokens)
    if count is not None:
        return replace(group, count=count, person=True, numbered=True)
    if head is None:
        return group
    if head.lemma_.lower() in lex.unknown_count_nouns and any(
        t.lower_ in lex.unknown_count_words for t in tokens[:-1]
    ):
        # "an unknown number (of militants)": people, how many not said
        return replace(group, count=Count(None, None, None, vague=True), person=True)
    person = _person_noun(head)
    nth = _ordinal(tokens)
    if nth is not None and person:
        # "a fourth soldier died later": four dead in all, the count restated
        return replace(group, count=Count(nth, nth, nth, cumulative=True), person=True,
                       numbered=True)
    # "dozens", "several soldiers" (not "a few days"): a lower bound.
    vague = lex.vague_low.get(head.lower_) or next(
        (lex.vague_low[t.lower_] for t in tokens if t.lower_ in lex.vague_low and person), None
    )
    if vague is not None:
        return replace(group, count=Count(None, vague, None, vague=True), person=True)
    if person and first in lex.vague_quantity:  # "some protesters"
        return replace(group, count=Count(None, None, None, vague=True), person=True)
    if head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in (*lex.collective, "people", "police"):
        # "soldiers", "his family": people, but how many is not said.
        return replace(group, count=Count(None, None, None), person=True) if person else group
    bare = head.ent_type_ not in _NOT_PEOPLE and head.tag_ in ("NN", "NNP") and (
        head.lemma_.lower() not in lex.casualty_words | lex.toll_words
    )
    # "a policeman", a named victim: one; a bare noun ("facilitator") only as the victim itself.
    return replace(group, count=Count(1, 1, 1), person=person) if person or bare else group


def _ordinal(tokens: Sequence[Token]) -> int | None:
    """'a third policeman', 'a fifth victim': the ordinal after the group's article."""
    lex = lexicon()
    if len(tokens) < 3 or tokens[0].lower_ not in lex.ordinal_determiners:
        return None
    word = tokens[1].lower_
    if word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"):  # "a 13th victim"
        return int(word[:-2])
    return lex.ordinals.get(word)


def possessor(tokens: Sequence[Token]) -> Group | None:
    """The people a group's possessive names ("the soldier's death" → the soldier, "two
    policemen's killing" → two policemen), or None."""
    mark = next((n for n, t in enumerate(tokens) if t.tag_ == "POS"), None)
    if not mark:
        return None
    return _group(list(tokens[:mark]))


def appositive(first: Group, second: Group) -> bool:
    """Two comma-joined groups that name the same people: a name and its role ("Abdul Raziq,
    the police chief", "the gunman, a member of ..."), not a headline's list ("captain, soldier",
    "4 soldiers, 2 militants")."""
    if second.numbered:
        return False
    if first.numbered:
        # "One man, a farmer, was killed": one person and what he was
        return first.count == Count(1, 1, 1) and second.determined and second.count == first.count
    return first.named != second.named or second.determined
