"""spaCy memory zones that keep the words a stream keeps using.

Extraction runs each batch of documents in a memory zone, so that the words first seen in it
leave spaCy's vocabulary with it and a long stream does not pile up names and numbers. But
inside a zone the tokenizer caches nothing and every word the vocabulary did not hold before is
made anew (its lexeme: norm, shape, prefix, suffix, flags) in every batch: "killed", "police",
"said" cost as much in the thousandth batch as in the first, about a quarter of tokenizing.

`memory_zone` remembers the words (whitespace-separated chunks, the tokenizer's cache keys) of
each batch, and after the zone tokenizes, outside it, those seen in two batches: they stay in
the vocabulary and the tokenizer's cache for good. The lexemes and tokens are the same either
way; only where they live changes. Both the chunks remembered and the words kept are bounded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from weakref import WeakKeyDictionary

from spacy.language import Language

SEEN_MAX = 200_000  # chunks remembered as seen once (then forgotten, all at once)
KEPT_MAX = 100_000  # words kept for good, at most (~10-20 MB of lexemes and cache)
_LONGEST = 40  # longer chunks (URLs, run-together text) are not worth keeping


class RecurringWords:
    """Which chunks of text the batches of one pipeline have seen, and how many were kept."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.seen: set[str] = set()
        self.kept: set[str] = set()

    def after_zone(self, chunks: set[str]) -> None:
        """Keep the chunks seen in an earlier batch too (outside any memory zone)."""
        if len(self.kept) >= KEPT_MAX:
            return
        again = sorted(c for c in chunks - self.kept if c in self.seen)
        again = again[:KEPT_MAX - len(self.kept)]
        if again:
            self.nlp.tokenizer(" ".join(again))
            self.kept.update(again)
            self.seen.difference_update(again)
        if len(self.seen) > SEEN_MAX:
            self.seen.clear()
        self.seen.update(c for c in chunks if c not in self.kept)


_WORDS: WeakKeyDictionary[Language, RecurringWords] = WeakKeyDictionary()


@contextmanager
def memory_zone(nlp: Language, texts: Iterable[str]) -> Iterator[None]:
    """`nlp.memory_zone()` for a batch of `texts`, keeping the words the batches share."""
    if getattr(nlp.vocab, "in_memory_zone", False):  # nested: the outer zone decides
        yield
        return
    chunks = {c for text in texts for c in text.split() if len(c) <= _LONGEST}
    with nlp.memory_zone():
        yield
    words = _WORDS.get(nlp)
    if words is None:
        words = _WORDS[nlp] = RecurringWords(nlp)
    words.after_zone(chunks)
