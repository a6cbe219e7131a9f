"""Faster stand-ins for the model's attribute ruler and rule lemmatizer, with the same output.

In en_core_web_sm the attribute ruler runs spaCy's general `Matcher` over every token with
all of its ~180 patterns (the tag map: TAG -> POS and MORPH, and exceptions on LOWER and DEP),
and the lemmatizer walks the tokens in Python: together about a sixth of the extraction's CPU
per document. Both only look at a handful of token attributes, which repeat all the time, so
the answers are memoised by those attributes:

- `FastAttributeRules` evaluates the ruler's own patterns (the few predicates it uses: equal,
  IN, NOT_IN, REGEX on TAG, LOWER, DEP and IS_SPACE) once per (TAG, DEP, IS_SPACE, LOWER when
  some pattern names it), finds the matches the `Matcher` would find, and hands them, sorted as
  the ruler sorts them, to the ruler's own `set_annotations`;
- `FastLemmas` asks the lemmatizer once per (ORTH, POS, MORPH), the key of its own cache (its
  rules read nothing else), and writes the column of lemmas in one go; the lemmatizer's word
  index is made of sets instead of lists, so that a word never seen before is quick too.

`speed_up` swaps them in under the original names, and leaves a component it does not know how
to mirror (other patterns, another lemmatizer mode) as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

RULES = "roydad_attribute_rules"
LEMMAS = "roydad_lemmas"
_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_MEMO_MAX = 200_000
_UNNAMED = -1  # stands for every LOWER no pattern names (string ids are never negative)
# A check on one token: (column, test of the column's value)
_Check = tuple[int, Callable[[int], bool]]


class _Unsupported(ValueError):
    """A pattern this module does not mirror: the original component stays."""


def _check(vocab: Any, key: str, value: object) -> _Check:
    if key not in _COLUMNS:
        raise _Unsupported(key)
    col = _COLUMNS[key]

    def ident(v: object) -> int:
        if isinstance(v, bool):
            return int(v)
        if not isinstance(v, (str, int)):
            raise _Unsupported(v)
        return get_string_id(v)

    if not isinstance(value, dict):
        want = ident(value)
        return col, lambda v: v == want
    if len(value) != 1:
        raise _Unsupported(value)
    ((op, arg),) = value.items()
    if op == "IN" and isinstance(arg, list):
        wanted = frozenset(ident(a) for a in arg)
        return col, lambda v: v in wanted
    if op == "NOT_IN" and isinstance(arg, list):
        unwanted = frozenset(ident(a) for a in arg)
        return col, lambda v: v not in unwanted
    if op == "REGEX" and isinstance(arg, str) and key != "IS_SPACE":
        regex = re.compile(arg)
        strings = vocab.strings
        return col, lambda v: v != _UNNAMED and bool(regex.search(strings[v]))
    raise _Unsupported(value)


class FastAttributeRules:
    """The attribute ruler's matches, found by memoised checks instead of the `Matcher`."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        vocab = ruler.vocab
        # every token position of every pattern is a "spec": a conjunction of checks
        self._specs: list[tuple[_Check, ...]] = []
        # spec of a pattern's first token -> (rule number, match id, specs of the rest)
        self._starts: dict[int, list[tuple[int, int, tuple[int, ...]]]] = {}
        self._lowers: set[int] = set()
        self._lower_regexes: list[re.Pattern[str]] = []
        for number, rule in enumerate(ruler.patterns):
            match_id = vocab.strings[str(number)]
            patterns = rule["patterns"]
            if not isinstance(patterns, list):
                raise _Unsupported(patterns)
            for pattern in patterns:
                if not isinstance(pattern, list) or not pattern:
                    raise _Unsupported(pattern)
                ids = []
                for token in pattern:
                    self._note_lowers(token.get("LOWER"))
                    ids.append(len(self._specs))
                    self._specs.append(tuple(_check(vocab, str(k), v) for k, v in token.items()))
                self._starts.setdefault(ids[0], []).append((number, match_id, tuple(ids[1:])))
        self._memo: dict[tuple[int, int, int, int], frozenset[int]] = {}
        self._regex_memo: dict[int, bool] = {}

    def _note_lowers(self, value: object) -> None:
        if value is None:
            return
        if isinstance(value, str):
            self._lowers.add(get_string_id(value))
        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
            self._lowers.update(get_string_id(v) for v in value["IN"])
        elif isinstance(value, dict) and isinstance(value.get("REGEX"), str):
            self._lower_regexes.append(re.compile(value["REGEX"]))
        else:
            raise _Unsupported(value)

    def _named_lower(self, lower: int, strings: Any) -> bool:
        """Whether some pattern can say something about this lower-case form."""
        if lower in self._lowers:
            return True
        known = self._regex_memo.get(lower)
        if known is None:
            if len(self._regex_memo) > _MEMO_MAX:
                self._regex_memo.clear()
            text = strings[lower]
            known = self._regex_memo[lower] = any(r.search(text) for r in self._lower_regexes)
        return known

    def _matching(self, row: tuple[int, int, int, int]) -> frozenset[int]:
        found = self._memo.get(row)
        if found is None:
            if len(self._memo) > _MEMO_MAX:
                self._memo.clear()
            found = frozenset(i for i, spec in enumerate(self._specs)
                              if all(test(row[col]) for col, test in spec))
            self._memo[row] = found
        return found

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(rule number, match id, start, end) of every match, as `AttributeRuler.match`."""
        strings = doc.vocab.strings
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        # A lower-case form no pattern names fails every LOWER check, as _UNNAMED does: all
        # such forms share their memo entries.
        matched = [
            self._matching((tag, lower if self._named_lower(lower, strings) else _UNNAMED, dep,
                            space))
            for tag, lower, dep, space in rows
        ]
        n = len(matched)
        out = set()
        for start, specs in enumerate(matched):
            for spec in specs:
                for number, match_id, rest in self._starts.get(spec, ()):
                    end = start + 1 + len(rest)
                    if end <= n and all(s in matched[start + 1 + k] for k, s in enumerate(rest)):
                        out.add((number, match_id, start, end))
        return sorted(out)

    def __call__(self, doc: Doc) -> Doc:
        self.ruler.set_annotations(doc, self.match(doc))  # type: ignore[no-untyped-call]
        return doc


class FastLemmas:
    """The rule lemmatizer, asked once per (ORTH, POS, MORPH)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._memo: dict[tuple[int, int, int], str] = {}
        # The rules ask whether a form is a known word of its part of speech ("form in
        # index"), and the index holds lists (57,000 nouns): the same words as sets answer
        # at once, where a new word took ~0.15 ms.
        if "lemma_index" in lemmatizer.lookups:
            index = lemmatizer.lookups.get_table("lemma_index")
            for pos, words in list(index.items()):
                index[pos] = frozenset(words)

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        add = doc.vocab.strings.add
        memo = self._memo
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue  # set by the attribute ruler, which the lemmatizer keeps
            key = (orth, pos, morph)
            text = memo.get(key)
            if text is None:
                if len(memo) > _MEMO_MAX:
                    memo.clear()
                text = memo[key] = lemmatizer.lemmatize(doc[i])[0]
            # added on every use: the string may have left with an earlier memory zone
            lemmas[i] = add(text)
        column: Any = numpy.asarray(lemmas, dtype=numpy.uint64).reshape(-1, 1)
        doc.from_array([LEMMA], column)
        return doc


@Language.factory(RULES, default_config={"original": "attribute_ruler"})
def make_rules(nlp: Language, name: str, original: str) -> FastAttributeRules:
    ruler = nlp.get_pipe(original)
    assert isinstance(ruler, AttributeRuler)
    return FastAttributeRules(ruler)


@Language.factory(LEMMAS, default_config={"original": "lemmatizer"})
def make_lemmas(nlp: Language, name: str, original: str) -> FastLemmas:
    lemmatizer = nlp.get_pipe(original)
    assert isinstance(lemmatizer, Lemmatizer)
    return FastLemmas(lemmatizer)


def _mirrorable(nlp: Language, name: str) -> bool:
    if name not in nlp.pipe_names:
        return False
    component = nlp.get_pipe(name)
    if isinstance(component, AttributeRuler):
        try:
            FastAttributeRules(component)
        except _Unsupported:
            return False
        return True
    return (isinstance(component, Lemmatizer) and component.mode == "rule"
            and not component.overwrite)


def speed_up(nlp: Language, names: Iterable[tuple[str, str]] = (
        ("attribute_ruler", RULES), ("lemmatizer", LEMMAS))) -> None:
    """Put the fast stand-ins in place of the named components, under the same names."""
    for name, factory in names:
        if not _mirrorable(nlp, name):
            continue
        stand_in = f"{name}__fast"
        nlp.add_pipe(factory, name=stand_in, after=name, config={"original": name})
        nlp.remove_pipe(name)
        nlp.rename_pipe(stand_in, name)
